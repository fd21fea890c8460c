//! The URL-hash vocabulary: what a link says is what the widget shows, and back again.

mod support;

use presslens_engine::{Date, Span};
use presslens_widget::hash::{decode, encode, read, write};
use presslens_widget::index::{CardId, Index};
use presslens_widget::state::{Filters, Kind, ViewState};
use support::strike;

fn index() -> Index {
    Index::new(strike().handle())
}

#[test]
fn every_field_round_trips() {
    let ix = index();
    let view = ViewState {
        filters: Filters {
            q: "cranes & co = 100% Tomás".into(),
            from: Date::new(2023, 3, 6),
            to: Date::new(2023, 3, 14),
            actors: vec![1, 0],
            places: vec![2],
            outlets: vec![1],
            kind: Kind::Quotes,
        },
        card: Some(CardId::Group(1)),
        article: Some("2023-03-14_harbour-wire_dock-strike".into()),
        at: Some(Span::new(120, 140)),
        page: Some(2),
        expanded: vec![],
    };
    let h = write(&view, &ix);
    assert_eq!(
        h,
        "q=cranes%20%26%20co%20%3D%20100%25%20Tom%C3%A1s&from=2023-03-06&to=2023-03-14&actor=e2&actor=e1&place=e3\
         &outlet=Coastal%20Radio&kind=quotes&card=g2&article=2023-03-14_harbour-wire_dock-strike&at=120-140&page=3"
    );
    assert_eq!(read(&h, &ix), view);
    assert_eq!(read(&format!("#{h}"), &ix), view, "a leading # is fine");
}

#[test]
fn the_default_view_is_an_empty_fragment() {
    let ix = index();
    assert_eq!(write(&ViewState::default(), &ix), "");
    assert_eq!(read("", &ix), ViewState::default());
    let first_page = ViewState { page: Some(0), ..ViewState::default() };
    assert_eq!(write(&first_page, &ix), "", "page 1 is not written");
}

#[test]
fn hand_written_links_may_use_names_and_commas() {
    let ix = index();
    let v = read("actor=Elin+Sato,tomás%20reyes&outlet=harbour%20wire&place=Port%20Vella&kind=events", &ix);
    assert_eq!(v.filters.actors, vec![1, 0], "names and aliases, any case");
    assert_eq!(v.filters.outlets, vec![0]);
    assert_eq!(v.filters.places, vec![2]);
    assert_eq!(v.filters.kind, Kind::Events);
    assert_eq!(write(&v, &ix), "actor=e2&actor=e1&place=e3&outlet=Harbour%20Wire&kind=events");
}

#[test]
fn what_does_not_resolve_is_left_out() {
    let ix = index();
    let v = read(
        "card=ev99&actor=e99&actor=Nobody&outlet=Nope&article=missing&at=5&kind=bogus&page=0&x=1&from=2023-02-30&&=",
        &ix,
    );
    assert_eq!(v, ViewState::default());
    let v = read("at=10-20", &ix);
    assert_eq!(v.at, None, "a span without an article means nothing");
}

#[test]
fn a_single_offset_and_reversed_ranges() {
    let ix = index();
    let v = read("article=2023-03-15_coastal-radio_governor&at=42", &ix);
    assert_eq!(v.at, Some(Span::new(42, 42)));
    assert_eq!(write(&v, &ix), "article=2023-03-15_coastal-radio_governor&at=42");
    let v = read("from=2023-03-14&to=2023-03-06&at=9-3", &ix);
    assert_eq!((v.filters.from, v.filters.to), (Date::new(2023, 3, 6), Date::new(2023, 3, 14)));
}

#[test]
fn percent_encoding() {
    assert_eq!(encode("a b&c=d#e/f:g"), "a%20b%26c%3Dd%23e/f:g");
    assert_eq!(decode("a+b%20c%zz%4"), "a b c%zz%4");
    assert_eq!(decode("%E2%80%9Cq%E2%80%9D"), "“q”");
    assert_eq!(decode("%FF"), "\u{FFFD}", "bad UTF-8 is replaced, not fatal");
}
