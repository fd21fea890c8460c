//! View state and its one reducer. Components never change state any other way: they send an
//! [`Action`] through the context from [`crate::hooks::use_corpus`] (top-level sections) or call
//! the callbacks those sections hand them (cards, chips, facets).
//!
//! The URL hash is this state written out ([`crate::hash`]); everything but the expanded facet
//! lists is in it.

use std::rc::Rc;

use presslens_engine::{Date, Span};
use yew::Reducible;

use crate::index::CardId;

/// Which items to list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Kind {
    /// Events and quotes.
    #[default]
    Both,
    /// Events only.
    Events,
    /// Quote groups and single quotes only.
    Quotes,
}

impl Kind {
    /// `both`, `events` or `quotes`.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Both => "both",
            Kind::Events => "events",
            Kind::Quotes => "quotes",
        }
    }
    /// Reads a [`Kind::label`].
    pub fn parse(s: &str) -> Option<Kind> {
        match s {
            "both" | "all" => Some(Kind::Both),
            "events" | "event" => Some(Kind::Events),
            "quotes" | "quote" => Some(Kind::Quotes),
            _ => None,
        }
    }
}

/// What the list is narrowed to. Filters combine with AND: every actor, place and outlet chosen
/// must be involved, every search word must occur.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// Free-text search.
    pub q: String,
    /// First day (inclusive).
    pub from: Option<Date>,
    /// Last day (inclusive).
    pub to: Option<Date>,
    /// Entities (indices into `Corpus::entities`) that must take part.
    pub actors: Vec<u32>,
    /// Places (entity indices) that must be involved.
    pub places: Vec<u32>,
    /// Outlets (indices into `Index::outlets`) that must report it.
    pub outlets: Vec<u32>,
    /// Events, quotes or both.
    pub kind: Kind,
}

impl Filters {
    /// True when nothing narrows the list.
    pub fn is_empty(&self) -> bool {
        self.q.trim().is_empty()
            && self.from.is_none()
            && self.to.is_none()
            && self.actors.is_empty()
            && self.places.is_empty()
            && self.outlets.is_empty()
            && self.kind == Kind::Both
    }
}

/// A list of facet values the user can expand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Facet {
    /// People and organisations.
    Actors,
    /// Places.
    Places,
    /// Outlets.
    Outlets,
    /// The list of articles.
    Articles,
    /// The whole facet panel, on narrow screens where it folds away.
    Panel,
}

/// Everything about what the user is looking at.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// The filters.
    pub filters: Filters,
    /// The card shown expanded (its mentions listed).
    pub card: Option<CardId>,
    /// The article open in the reader (its id).
    pub article: Option<String>,
    /// The span to scroll to and highlight in the reader.
    pub at: Option<Span>,
    /// The page of results (0-based); `None` means the page holding the open card, or the first.
    pub page: Option<u32>,
    /// Facet lists shown in full (not kept in the URL).
    pub expanded: Vec<Facet>,
}

/// The ways view state can change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Set the search text.
    SetQuery(String),
    /// Set the date range (either end open); the ends are swapped if reversed.
    SetDates(Option<Date>, Option<Date>),
    /// Add or remove an actor filter.
    ToggleActor(u32),
    /// Add or remove a place filter.
    TogglePlace(u32),
    /// Add or remove an outlet filter.
    ToggleOutlet(u32),
    /// Show events, quotes or both.
    SetKind(Kind),
    /// Remove every filter.
    ClearFilters,
    /// Expand a card, or collapse it if it is the expanded one; `page` is the page on show (kept).
    ToggleCard(CardId, u32),
    /// Expand a card and show the page it is on; with `clear_filters`, first remove the filters
    /// that hide it.
    ShowCard {
        /// The card.
        card: CardId,
        /// Remove the filters first.
        clear_filters: bool,
    },
    /// Open an article in the reader, scrolled to `at`.
    OpenArticle {
        /// The article's id.
        article: String,
        /// What to highlight.
        at: Option<Span>,
    },
    /// Close the reader.
    CloseArticle,
    /// Show a page of results.
    SetPage(u32),
    /// Expand or collapse a facet list.
    ToggleFacet(Facet),
    /// Replace the view (from the URL hash); the expanded facet lists stay.
    Restore(Box<ViewState>),
}

fn toggle(v: &mut Vec<u32>, x: u32) {
    match v.iter().position(|&y| y == x) {
        Some(i) => {
            v.remove(i);
        }
        None => v.push(x),
    }
}

impl ViewState {
    /// The state after `action` (pure; [`Reducible::reduce`] wraps it).
    pub fn apply(&self, action: Action) -> ViewState {
        let mut next = self.clone();
        let before = next.filters.clone();
        match action {
            Action::SetQuery(q) => next.filters.q = q,
            Action::SetDates(from, to) => {
                (next.filters.from, next.filters.to) = match (from, to) {
                    (Some(a), Some(b)) if a > b => (Some(b), Some(a)),
                    x => x,
                }
            }
            Action::ToggleActor(e) => toggle(&mut next.filters.actors, e),
            Action::TogglePlace(e) => toggle(&mut next.filters.places, e),
            Action::ToggleOutlet(o) => toggle(&mut next.filters.outlets, o),
            Action::SetKind(k) => next.filters.kind = k,
            Action::ClearFilters => next.filters = Filters::default(),
            Action::ToggleCard(card, page) => {
                next.card = if next.card == Some(card) { None } else { Some(card) };
                next.page = Some(page);
            }
            Action::ShowCard { card, clear_filters } => {
                if clear_filters {
                    next.filters = Filters::default();
                }
                next.card = Some(card);
                next.page = None;
                return next;
            }
            Action::OpenArticle { article, at } => {
                next.article = Some(article);
                next.at = at;
            }
            Action::CloseArticle => {
                next.article = None;
                next.at = None;
            }
            Action::SetPage(p) => next.page = Some(p),
            Action::ToggleFacet(f) => match next.expanded.iter().position(|&x| x == f) {
                Some(i) => {
                    next.expanded.remove(i);
                }
                None => next.expanded.push(f),
            },
            Action::Restore(view) => {
                let expanded = std::mem::take(&mut next.expanded);
                next = *view;
                next.expanded = expanded;
                return next;
            }
        }
        if next.filters != before {
            next.page = Some(0);
        }
        next
    }
}

impl Reducible for ViewState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self { self } else { Rc::new(next) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, dd: u8) -> Date {
        Date::new(y, m, dd).unwrap()
    }

    #[test]
    fn open_and_close_article() {
        let s = ViewState::default().apply(Action::OpenArticle { article: "a".into(), at: Some(Span::new(3, 9)) });
        assert_eq!(s.article.as_deref(), Some("a"));
        assert_eq!(s.at, Some(Span::new(3, 9)));
        let s = s.apply(Action::CloseArticle);
        assert_eq!((s.article, s.at), (None, None));
    }

    #[test]
    fn chips_toggle_and_filter_changes_go_back_to_the_first_page() {
        let s = ViewState::default().apply(Action::SetPage(3));
        let s = s.apply(Action::ToggleActor(4));
        assert_eq!(s.filters.actors, vec![4]);
        assert_eq!(s.page, Some(0), "a new filter starts at the first page");
        let s = s.apply(Action::ToggleActor(7)).apply(Action::ToggleActor(4));
        assert_eq!(s.filters.actors, vec![7]);
        let s = s.apply(Action::ToggleOutlet(1)).apply(Action::TogglePlace(2)).apply(Action::SetKind(Kind::Quotes));
        assert!(!s.filters.is_empty());
        let s = s.apply(Action::ClearFilters);
        assert!(s.filters.is_empty());
    }

    #[test]
    fn reversed_dates_are_swapped() {
        let s = ViewState::default().apply(Action::SetDates(Some(d(2022, 1, 10)), Some(d(2022, 1, 5))));
        assert_eq!((s.filters.from, s.filters.to), (Some(d(2022, 1, 5)), Some(d(2022, 1, 10))));
        let s = s.apply(Action::SetDates(None, Some(d(2022, 1, 5))));
        assert_eq!((s.filters.from, s.filters.to), (None, Some(d(2022, 1, 5))));
    }

    #[test]
    fn cards_toggle_and_keep_their_page() {
        let card = CardId::Event(3);
        let s = ViewState::default().apply(Action::ToggleCard(card, 2));
        assert_eq!((s.card, s.page), (Some(card), Some(2)));
        let s = s.apply(Action::ToggleCard(card, 2));
        assert_eq!((s.card, s.page), (None, Some(2)), "closing a card does not jump to another page");
    }

    #[test]
    fn show_card_can_clear_the_filters_that_hide_it() {
        let s = ViewState::default().apply(Action::SetKind(Kind::Quotes)).apply(Action::SetPage(2));
        let card = CardId::Event(0);
        let kept = s.apply(Action::ShowCard { card, clear_filters: false });
        assert_eq!((kept.filters.kind, kept.card, kept.page), (Kind::Quotes, Some(card), None));
        let cleared = s.apply(Action::ShowCard { card, clear_filters: true });
        assert!(cleared.filters.is_empty());
        assert_eq!(cleared.page, None, "the page holding the card is shown");
    }

    #[test]
    fn restore_replaces_the_view_but_keeps_expanded_facets() {
        let s = ViewState::default().apply(Action::ToggleFacet(Facet::Places)).apply(Action::SetQuery("x".into()));
        let target = ViewState { card: Some(CardId::Group(0)), ..ViewState::default() };
        let s = s.apply(Action::Restore(Box::new(target)));
        assert_eq!(s.card, Some(CardId::Group(0)));
        assert_eq!(s.filters.q, "");
        assert_eq!(s.expanded, vec![Facet::Places]);
    }

    #[test]
    fn an_action_that_changes_nothing_keeps_the_same_state() {
        let s = Rc::new(ViewState::default());
        let same = s.clone().reduce(Action::CloseArticle);
        assert!(Rc::ptr_eq(&s, &same), "no re-render when nothing changed");
    }

    #[test]
    fn blank_search_is_not_a_filter() {
        let s = ViewState::default().apply(Action::SetQuery("   ".into()));
        assert!(s.filters.is_empty());
    }
}
