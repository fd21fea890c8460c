use presslens_engine::Date;
use yew::prelude::*;

use crate::hooks::use_corpus;

/// Corpus summary: how many articles, from which outlets, over which dates.
#[function_component(Header)]
pub fn header() -> Html {
    let ctx = use_corpus();
    let c = &ctx.corpus;
    let mut outlets: Vec<&str> =
        c.articles.iter().filter_map(|a| a.outlet.as_ref().map(|o| o.value.as_str())).collect();
    outlets.sort_unstable();
    outlets.dedup();
    let days: Vec<Date> = c.articles.iter().filter_map(|a| a.published.as_ref().map(|p| p.value.start)).collect();
    let span = match (days.iter().min(), days.iter().max()) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a} – {b}"),
        _ => "undated".to_string(),
    };
    html! {
        <header class="pl-header">
            <h1 class="pl-brand">{ "presslens" }</h1>
            <p class="pl-summary" data-testid="corpus-summary">
                { format!("{} articles · {} outlets · {span}", c.articles.len(), outlets.len()) }
            </p>
        </header>
    }
}
