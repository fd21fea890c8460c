use std::rc::Rc;

use presslens_engine::Span;
use yew::prelude::*;

use crate::components::article_list::ArticleList;
use crate::components::card::{CardActions, CardProps};
use crate::components::event_card::EventCard;
use crate::components::quote_card::QuoteCard;
use crate::components::quote_group::QuoteGroupCard;
use crate::describe::{plural, title};
use crate::hooks::{use_corpus, use_painted};
use crate::index::{CardId, Results};
use crate::state::Action;
use crate::text;

/// Cards on one page: the DOM holds only these, however large the corpus.
pub const PAGE: usize = 20;
/// Cards drawn in the widget's first frame (about a screenful); the rest of the page follows
/// once that frame is painted, so the first cards do not wait for twenty.
pub const FIRST_FRAME: usize = 4;

/// The page to show: the one asked for, or the one holding the open card, within bounds.
pub fn page_to_show(asked: Option<u32>, open_at: Option<usize>, n: usize) -> usize {
    let pages = n.div_ceil(PAGE).max(1);
    asked.map_or_else(|| open_at.map_or(0, |i| i / PAGE), |p| p as usize).min(pages - 1)
}

/// The matching cards, a page at a time, with the articles whose text matches the search and
/// an empty state.
#[function_component(ResultList)]
pub fn result_list() -> Html {
    let ctx = use_corpus();
    let r: &Results = &ctx.results;
    let state = &ctx.state;
    let n = r.items.len();
    let open_at = state.card.and_then(|c| {
        let i = ctx.index.item_of(c)?;
        r.items.binary_search(&i).ok()
    });
    let page = page_to_show(state.page, open_at, n);
    let pages = n.div_ceil(PAGE).max(1);

    // In the browser the first render draws a screenful of cards (and the open one), the rest
    // after that frame is painted; later renders draw the whole page at once.
    let whole_page = use_painted();

    // Callbacks that do not change while the page stays: cards keep equal props.
    let latest = use_mut_ref(|| Rc::clone(&ctx.results));
    *latest.borrow_mut() = Rc::clone(&ctx.results);
    let actions = {
        let d = state.dispatcher();
        let index = ctx.index.clone();
        let corpus = ctx.corpus;
        use_memo(page, move |&page| {
            let shown = move |card: CardId| {
                let r = latest.borrow();
                index.item_of(card).is_some_and(|i| r.items.binary_search(&i).is_ok())
            };
            let (d1, d2, d3, d4, d5) = (d.clone(), d.clone(), d.clone(), d.clone(), d);
            CardActions {
                toggle_card: Callback::from(move |c| d1.dispatch(Action::ToggleCard(c, page as u32))),
                show_card: Callback::from(move |card| {
                    d2.dispatch(Action::ShowCard { card, clear_filters: !shown(card) })
                }),
                actor: Callback::from(move |e| d3.dispatch(Action::ToggleActor(e))),
                place: Callback::from(move |e| d4.dispatch(Action::TogglePlace(e))),
                open_article: Callback::from(move |(a, at): (u32, Span)| {
                    if let Some(art) = corpus.articles.get(a as usize) {
                        d5.dispatch(Action::OpenArticle { article: art.id.clone(), at: Some(at) });
                    }
                }),
            }
        })
    };
    let terms = use_memo(r.terms.clone(), |t| t.clone());
    let actors_on = use_memo(state.filters.actors.clone(), |a| a.clone());
    let places_on = use_memo(state.filters.places.clone(), |a| a.clone());

    // A new page scrolls back to the top of the list (not on the first render).
    let heading = use_node_ref();
    let first = use_mut_ref(|| true);
    {
        let heading = heading.clone();
        use_effect_with(page, move |_| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                h.scroll_into_view();
                let _ = h.focus();
            }
        });
    }
    // A link that names a card scrolls to it once the list is drawn.
    let open_ref = use_node_ref();
    {
        let open_ref = open_ref.clone();
        use_effect_with((), move |_| {
            if let Some(el) = open_ref.cast::<web_sys::Element>() {
                el.scroll_into_view();
            }
        });
    }

    let heading_id = ctx.id("results-h");
    let article_hits = (!r.articles.is_empty()).then(|| {
        let shown = r.articles.iter().take(8);
        let more = r.articles.len().saturating_sub(8);
        html! {
            <section class="pl-article-hits" aria-labelledby={ctx.id("hits-h")} data-testid="article-hits">
                <h2 id={ctx.id("hits-h")} class="pl-small-h">{ format!("The words appear in {}", plural(r.articles.len(), "article", "articles")) }</h2>
                <ul>
                    { for shown.enumerate().map(|(pos, &(a, count))| {
                        let art = &ctx.corpus.articles[a as usize];
                        let at = text::find(ctx.corpus.text(a), &r.terms).first().map(|h| Span::new(h.start, h.end));
                        let id = art.id.clone();
                        let onclick = ctx.callback(move |_: MouseEvent| Action::OpenArticle { article: id.clone(), at });
                        html! {
                            <li key={pos}>
                                <button type="button" class="pl-link-btn" {onclick}>{ title(art).to_string() }</button>
                                <span class="pl-muted pl-small">{ format!(" {} · {}", ctx.index.outlet_of(a), plural(count as usize, "match", "matches")) }</span>
                            </li>
                        }
                    }) }
                </ul>
                if more > 0 { <p class="pl-muted pl-small">{ format!("and {more} more") }</p> }
            </section>
        }
    });

    if n == 0 {
        let filtered = !state.filters.is_empty();
        let clear = ctx.callback(|_: MouseEvent| Action::ClearFilters);
        return html! {
            <section class="pl-results" aria-labelledby={heading_id.clone()}>
                <h2 id={heading_id} class="pl-sr">{ "Results" }</h2>
                <div class="pl-empty" data-testid="empty-state">
                    if filtered {
                        <p class="pl-empty-h">{ "No events or quotes match these filters." }</p>
                        <p class="pl-muted">{ "Try fewer words, another spelling, or a wider date range." }</p>
                        <button type="button" class="pl-btn" onclick={clear} data-testid="empty-clear">{ "Clear filters" }</button>
                    } else {
                        <p class="pl-empty-h">{ "The engine found no events or quotes in this corpus yet." }</p>
                        <p class="pl-muted">{ "The articles can still be searched and read." }</p>
                    }
                </div>
                { article_hits.unwrap_or_default() }
                <ArticleList />
            </section>
        };
    }

    // Cards are keyed by their position on the page, not by id: a new page or new filters patch
    // the twenty cards in place (text and attributes) instead of removing and building them
    // again, and the rest of a page drawn after the first frame is appended after the cards
    // already there (an unkeyed Yew list would be matched from its end, so each card would move).
    // What a card keeps between renders (the date disclosure) is tied to the card itself.
    let start = page * PAGE;
    let drawn = if whole_page { PAGE } else { FIRST_FRAME.max(open_at.map_or(0, |i| i % PAGE + 1)) };
    let cards = r.items[start..(start + drawn.min(PAGE)).min(n)].iter().enumerate().map(|(pos, &i)| {
        let card = ctx.index.items[i as usize].card;
        let open = state.card == Some(card);
        let props = CardProps {
            index: ctx.index.clone(),
            card,
            open,
            terms: terms.clone(),
            actors_on: actors_on.clone(),
            places_on: places_on.clone(),
            actions: (*actions).clone(),
            uid: ctx.uid.clone(),
        };
        let body = match card {
            CardId::Event(_) => html! { <EventCard ..props /> },
            CardId::Group(_) => html! { <QuoteGroupCard ..props /> },
            CardId::Quote(_) => html! { <QuoteCard ..props /> },
        };
        html! {
            <li key={pos} class="pl-card-item" ref={if open { open_ref.clone() } else { NodeRef::default() }}>
                { body }
            </li>
        }
    });
    let go = |p: usize| ctx.callback(move |_: MouseEvent| Action::SetPage(p as u32));
    html! {
        <section class="pl-results" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id} class="pl-sr" tabindex="-1" ref={heading}>{ format!("Results, page {} of {pages}", page + 1) }</h2>
            { article_hits.unwrap_or_default() }
            <ol class="pl-cards" start={(start + 1).to_string()}>
                { for cards }
            </ol>
            if pages > 1 {
                <nav class="pl-pager" aria-label="Result pages" data-testid="pager">
                    <button type="button" class="pl-btn" disabled={page == 0} onclick={go(page.saturating_sub(1))}>{ "← Previous" }</button>
                    <span class="pl-muted">{ format!("Page {} of {pages} · {}–{} of {n}", page + 1, start + 1, (start + PAGE).min(n)) }</span>
                    <button type="button" class="pl-btn" disabled={page + 1 >= pages} onclick={go(page + 1)} data-testid="next-page">{ "Next →" }</button>
                </nav>
            }
            <ArticleList />
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_follows_the_open_card_unless_one_is_asked_for() {
        assert_eq!(page_to_show(None, None, 100), 0);
        assert_eq!(page_to_show(None, Some(45), 100), 2);
        assert_eq!(page_to_show(Some(1), Some(45), 100), 1);
        assert_eq!(page_to_show(Some(9), None, 100), 4, "clamped to the last page");
        assert_eq!(page_to_show(Some(3), None, 0), 0);
    }
}
