//! What the three kinds of card share: their callbacks, entity chips, source buttons, quote
//! text with marks, and the link from a quote to its event.

use std::rc::Rc;

use presslens_engine::{Corpus, Quote, Span};
use yew::prelude::*;

use crate::components::marked::{Mark, marked};
use crate::corpus::CorpusHandle;
use crate::describe::entity_name;
use crate::index::{CardId, Index};

/// Everything a card can ask for. Built once per page of results, so cards whose data did not
/// change are not re-rendered.
#[derive(Clone, PartialEq)]
pub struct CardActions {
    /// Expand or collapse a card.
    pub toggle_card: Callback<CardId>,
    /// Show another card (a quote's event), even when the filters hide it.
    pub show_card: Callback<CardId>,
    /// Add or remove an actor filter.
    pub actor: Callback<u32>,
    /// Add or remove a place filter.
    pub place: Callback<u32>,
    /// Open an article in the reader at a span.
    pub open_article: Callback<(u32, Span)>,
}

/// Properties every card takes.
#[derive(Properties, PartialEq, Clone)]
pub struct CardProps {
    /// The index (and through it the corpus).
    pub index: Rc<Index>,
    /// Which card.
    pub card: CardId,
    /// Shown expanded.
    pub open: bool,
    /// Search terms to highlight.
    pub terms: Rc<Vec<String>>,
    /// Actors that are active filters (their chips show pressed).
    pub actors_on: Rc<Vec<u32>>,
    /// Places that are active filters.
    pub places_on: Rc<Vec<u32>>,
    /// What the card can do.
    pub actions: CardActions,
    /// Prefix for element ids.
    pub uid: AttrValue,
}

/// Chips a closed card shows in one list (active filters always show).
pub const MAX_CHIPS: usize = 6;

/// Toggle chips for entities (click = filter by it). Like the cards, chips are keyed by
/// position, so a card showing new results is patched, not rebuilt. With `more` (the
/// card's open/close callback and whether it is open), a list longer than [`MAX_CHIPS`] shows
/// that many on a closed card (and every active filter) and, after the list, a button that says
/// how many are left and opens the card, which shows them all (and the button closes it again).
pub fn entity_chips(
    c: &Corpus,
    label: &str,
    ids: &[u32],
    on: &[u32],
    cb: &Callback<u32>,
    class: &'static str,
    more: Option<(&Callback<MouseEvent>, bool)>,
) -> Html {
    if ids.is_empty() {
        return Html::default();
    }
    let long = more.is_some() && ids.len() > MAX_CHIPS;
    let capped = long && more.is_some_and(|(_, open)| !open);
    let shown =
        ids.iter().enumerate().filter(|&(i, id)| !capped || i < MAX_CHIPS || on.contains(id)).map(|(_, &id)| id);
    let hidden =
        if capped { ids.iter().enumerate().filter(|&(i, id)| i >= MAX_CHIPS && !on.contains(id)).count() } else { 0 };
    html! {
        <>
        <ul class={classes!("pl-chips", "pl-entity-chips")} aria-label={label.to_string()}>
            { for shown.enumerate().map(|(pos, id)| {
                let pressed = on.contains(&id);
                let name = entity_name(c, id).to_string();
                let title = if pressed { format!("Stop filtering by {name}") } else { format!("Show only results with {name}") };
                html! {
                    <li key={pos}>
                        <button type="button" class={classes!("pl-chip", class)} aria-pressed={pressed.to_string()}
                            title={title} onclick={cb.reform(move |_: MouseEvent| id)} data-testid="entity-chip">
                            { name }
                        </button>
                    </li>
                }
            }) }
        </ul>
        if let Some((toggle, open)) = more.filter(|_| long) {
            <button type="button" class="pl-link-btn pl-small pl-more-chips" aria-expanded={open.to_string()}
                data-testid="more-chips" onclick={toggle.clone()}>
                { if open { format!("Fewer {}", label.to_lowercase()) } else { format!("and {hidden} more {}", label.to_lowercase()) } }
            </button>
        }
        </>
    }
}

/// A quote's words: its parts joined by an ellipsis, with marks and search matches.
pub fn quote_text(c: CorpusHandle, q: &Quote, marks: &[(Span, Mark)], terms: &[String]) -> Html {
    let parts: Vec<Span> = if q.parts.is_empty() { vec![q.span] } else { q.parts.clone() };
    let n = parts.len();
    html! {
        <>
            { for parts.into_iter().enumerate().map(|(i, p)| html! {
                <>
                    { marked(c.slice(q.article, p), p.start, marks, terms, None) }
                    if i + 1 < n { { " … " } }
                </>
            }) }
        </>
    }
}

/// How a quote was given, in one line: its kind, the cue verb, the words naming the speaker.
pub fn cue_line(q: &Quote) -> String {
    let mut s = q.kind.label().to_string();
    if let Some(cue) = &q.cue {
        s.push_str(" · ");
        s.push_str(cue);
    }
    if let Some(t) = &q.speaker_text {
        s.push_str(" · as “");
        s.push_str(t);
        s.push('”');
    }
    s
}

/// The button that shows the event on the same date by the same person, if there is one.
pub fn related_event(index: &Index, card: CardId, show: &Callback<CardId>) -> Html {
    let Some(ev) = index.related_event(card) else { return Html::default() };
    let Some(e) = index.corpus.events.get(ev as usize) else { return Html::default() };
    let target = CardId::Event(ev);
    html! {
        <p class="pl-related">
            <span class="pl-muted">{ "Same day, same speaker: " }</span>
            <button type="button" class="pl-link-btn" data-testid="related-event" onclick={show.reform(move |_: MouseEvent| target)}>
                { format!("{} — {}", e.date.human(), e.summary) }
            </button>
        </p>
    }
}

/// "Read in `<outlet>`" button that opens an article at a span.
pub fn read_button(index: &Index, article: u32, at: Span, open: &Callback<(u32, Span)>, text: Option<&str>) -> Html {
    let outlet = index.outlet_of(article).to_string();
    let title =
        index.corpus.articles.get(article as usize).map(|a| crate::describe::title(a).to_string()).unwrap_or_default();
    let label = text.map_or_else(|| format!("Read in {outlet}"), str::to_string);
    html! {
        <button type="button" class="pl-btn pl-btn-small pl-read" title={format!("Open “{title}” ({outlet}) at this passage")}
            data-testid="open-article" onclick={open.reform(move |_: MouseEvent| (article, at))}>
            { label }
        </button>
    }
}
