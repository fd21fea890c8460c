//! # presslens-widget
//!
//! The Yew front end. It decodes the corpus compiled into the WASM ([`bundled`]) once, provides
//! it with the view state through one context ([`hooks::use_corpus`]), and renders it with one
//! component a file ([`components`]). View state changes only through the reducer in [`state`].
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod axis;
pub mod bundled;
pub mod components;
pub mod corpus;
pub mod describe;
pub mod embed;
pub mod hash;
pub mod hooks;
pub mod index;
pub mod options;
pub mod search;
pub mod sort;
pub mod state;
pub mod text;

pub use components::app::{App, AppProps};
pub use options::{Theme, WidgetOptions};

/// Mounts the widget on the page's `#presslens` element (or `<body>` when there is none) —
/// unless the page loaded the embed script, which mounts its widgets itself ([`embed`]).
#[cfg(target_arch = "wasm32")]
pub fn start() {
    if embed::loader_present() {
        return;
    }
    let document = gloo::utils::document();
    let props = AppProps { corpus: bundled::corpus(), options: WidgetOptions::default() };
    match document.get_element_by_id("presslens") {
        Some(root) => yew::Renderer::<App>::with_root_and_props(root, props).render(),
        None => yew::Renderer::<App>::with_props(props).render(),
    };
}

/// Native builds have no page to mount on; the binary exists for the browser build only.
#[cfg(not(target_arch = "wasm32"))]
pub fn start() {
    eprintln!("presslens-widget runs in the browser: build it with `trunk build` (see README)");
}
