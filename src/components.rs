//! One component a file. [`app::App`] owns the state; the sections read it through
//! [`crate::hooks::use_corpus`]; cards, chips and facet lists get data and callbacks as props.

/// The root: the corpus context, the reducer, the URL-hash sync, the layout.
pub mod app;
/// The list of articles, each opening in the reader.
pub mod article_list;
pub mod card;
/// How an event's date was read, drawn once asked for.
pub mod date_provenance;
/// An event card.
pub mod event_card;
/// Facets: people and organisations, places, outlets.
pub mod facets;
/// Search box, kind switch, date inputs.
pub mod filter_bar;
/// The corpus summary.
pub mod header;
pub mod marked;
/// A single-outlet quote card.
pub mod quote_card;
/// A cross-outlet quote comparison.
pub mod quote_group;
/// The article reader.
pub mod reader;
/// The result list: cards a page at a time, article matches, empty state.
pub mod results;
/// Result count and active-filter chips.
pub mod status;
pub mod timeline;
