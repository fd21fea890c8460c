use yew::prelude::*;

use crate::describe::plural;
use crate::hooks::use_corpus;

/// Corpus summary: how many articles from how many outlets, over which dates, and how many
/// events and quotes the engine found in them.
#[function_component(Header)]
pub fn header() -> Html {
    let ctx = use_corpus();
    let s = &ctx.index.summary;
    let span = match s.published {
        Some((a, b)) if a == b => a.human(),
        Some((a, b)) => format!("{} – {}", a.human(), b.human()),
        None => "undated".to_string(),
    };
    let quotes = if s.groups > 0 {
        format!("{} ({} compared across outlets)", plural(s.quotes, "quote", "quotes"), s.groups)
    } else {
        plural(s.quotes, "quote", "quotes")
    };
    html! {
        <header class="pl-header">
            <div class="pl-brand-row">
                <h1 class="pl-brand">{ "presslens" }</h1>
                <p class="pl-tagline">{ "How outlets report the same events and the same words" }</p>
            </div>
            <ul class="pl-stats" data-testid="corpus-summary" aria-label="Corpus summary">
                <li>{ plural(s.articles, "article", "articles") }</li>
                <li>{ plural(s.outlets, "outlet", "outlets") }</li>
                <li>{ format!("published {span}") }</li>
                <li>{ plural(s.events, "event", "events") }</li>
                <li>{ quotes }</li>
            </ul>
        </header>
    }
}
