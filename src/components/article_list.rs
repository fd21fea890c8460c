use presslens_engine::model::{Article, Source};
use yew::prelude::*;

use crate::hooks::use_corpus;

/// Every article of the corpus: title, outlet, date and size.
#[function_component(ArticleList)]
pub fn article_list() -> Html {
    let ctx = use_corpus();
    html! {
        <section class="pl-articles" aria-labelledby="pl-articles-h">
            <h2 id="pl-articles-h">{ "Articles" }</h2>
            <ul class="pl-article-list">
                { for ctx.corpus.articles.iter().map(|a| html! { <ArticleItem article={a.id.clone()} /> }) }
            </ul>
        </section>
    }
}

/// Properties of [`ArticleItem`].
#[derive(Properties, PartialEq)]
pub struct ArticleItemProps {
    /// The article's id.
    pub article: AttrValue,
}

fn inferred(source: &Source) -> bool {
    matches!(source, Source::Inferred { .. })
}

/// One article's line in the list.
#[function_component(ArticleItem)]
pub fn article_item(props: &ArticleItemProps) -> Html {
    let ctx = use_corpus();
    let Some(a): Option<&Article> = ctx.corpus.articles.iter().find(|a| a.id == props.article.as_str()) else {
        return Html::default();
    };
    let title = a.title.as_ref().map_or_else(|| a.file.clone(), |t| t.value.clone());
    let title_note = a.title.as_ref().filter(|t| inferred(&t.source)).map(|_| "title taken from the first sentence");
    let outlet = a.outlet.as_ref().map_or_else(|| "Unknown outlet".to_string(), |o| o.value.clone());
    let date = a.published.as_ref().map_or_else(
        || "undated".to_string(),
        |p| if inferred(&p.source) { format!("{} (inferred)", p.value.human()) } else { p.value.human() },
    );
    let errors = a.diagnostics.iter().filter(|d| d.level == presslens_engine::Level::Error).count();
    html! {
        <li class="pl-article-item" data-testid="article-item">
            <article>
                <h3 class="pl-article-title" title={title_note}>{ title }</h3>
                <p class="pl-meta">
                    <span class="pl-outlet" data-testid="article-outlet">{ outlet }</span>
                    { " · " }
                    <time data-testid="article-date">{ date }</time>
                    { " · " }
                    <span data-testid="article-paragraphs">{ format!("{} paragraphs", a.paragraphs.len()) }</span>
                    if errors > 0 {
                        { " · " }
                        <span class="pl-warn">{ format!("{errors} problem(s) reading this file") }</span>
                    }
                </p>
            </article>
        </li>
    }
}
