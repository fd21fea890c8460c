//! One component a file. [`app::App`] owns the state; the sections read it through
//! [`crate::hooks::use_corpus`]; cards, chips and facet lists get data and callbacks as props.

pub mod app;
pub mod article_list;
pub mod card;
pub mod event_card;
pub mod facets;
pub mod filter_bar;
pub mod header;
pub mod marked;
pub mod quote_card;
pub mod quote_group;
pub mod reader;
pub mod results;
pub mod status;
pub mod timeline;
