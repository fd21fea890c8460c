use presslens_engine::model::Source;
use yew::prelude::*;

use crate::components::facets::{LONG, SHORT};
use crate::describe::{plural, title};
use crate::hooks::use_corpus;
use crate::state::{Action, Facet};

/// The corpus's articles (outlet, date, title), each opening in the reader. Items are keyed by
/// position: new results patch their text rather than rebuild the list.
#[function_component(ArticleList)]
pub fn article_list() -> Html {
    let ctx = use_corpus();
    let c = ctx.corpus;
    let expanded = ctx.state.expanded.contains(&Facet::Articles);
    let shown = &ctx.results.article_list;
    let n = shown.len();
    let total = c.articles.len();
    let list_id = ctx.id("articles");
    let on_expand = ctx.callback(|_: MouseEvent| Action::ToggleFacet(Facet::Articles));
    html! {
        <section class="pl-facet pl-article-facet" aria-labelledby={ctx.id("articles-h")}>
            <h2 class="pl-facet-h" id={ctx.id("articles-h")}>
                { if n == total { format!("Articles ({n})") } else { format!("Articles ({n} of {total})") } }
            </h2>
            if n == 0 {
                <p class="pl-muted pl-small">{ "No article matches." }</p>
            }
            <ul class="pl-article-list" id={list_id.clone()}>
                { for shown.iter().filter_map(|&i| c.articles.get(i as usize)).take(if expanded { LONG } else { SHORT }).enumerate().map(|(pos, a)| {
                    let id = a.id.clone();
                    let onclick = ctx.callback(move |_: MouseEvent| Action::OpenArticle { article: id.clone(), at: None });
                    let date = a.published.as_ref().map_or_else(
                        || "undated".to_string(),
                        |p| if matches!(p.source, Source::Inferred { .. }) { format!("{} (inferred)", p.value.human()) } else { p.value.human() },
                    );
                    let outlet = a.outlet.as_ref().map_or_else(|| "Unknown outlet".to_string(), |o| o.value.clone());
                    let errors = a.diagnostics.iter().filter(|d| d.level == presslens_engine::Level::Error).count();
                    html! {
                        <li key={pos} class="pl-article-item" data-testid="article-item">
                            <button type="button" class="pl-article-btn" {onclick}>
                                <span class="pl-article-title">{ title(a).to_string() }</span>
                                <span class="pl-meta">
                                    <span class="pl-outlet" data-testid="article-outlet">{ outlet }</span>
                                    { " · " }
                                    <span data-testid="article-date">{ date }</span>
                                    if errors > 0 {
                                        { " · " }<span class="pl-warn">{ plural(errors, "problem reading this file", "problems reading this file") }</span>
                                    }
                                </span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
            if n > SHORT {
                <button type="button" class="pl-link-btn pl-small" aria-expanded={expanded.to_string()} aria-controls={list_id} onclick={on_expand}>
                    { if expanded { "Show fewer".to_string() } else { format!("Show all {n}") } }
                </button>
            }
        </section>
    }
}
