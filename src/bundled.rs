//! The corpus compiled into the widget by `build.rs`, decoded once on first use.

use std::sync::LazyLock;

use presslens_engine::{Corpus, bundle};

use crate::components::app::CorpusHandle;

/// The bundle bytes (`presslens_engine::bundle` documents the layout).
pub static BUNDLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

static CORPUS: LazyLock<Result<Corpus, bundle::Error>> = LazyLock::new(|| {
    mark("presslens:decode-start");
    let corpus = bundle::decode(BUNDLE);
    mark("presslens:decode-end");
    measure("presslens:decode", "presslens:decode-start", "presslens:decode-end");
    corpus
});

/// A `performance.mark` (the benchmark, `make bench`, reads the decode time from them).
fn mark(_name: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(_name);
    }
}

/// A `performance.measure` between two marks.
fn measure(_name: &str, _start: &str, _end: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.measure_with_start_mark_and_end_mark(_name, _start, _end);
    }
}

/// The bundled corpus, or why it could not be read.
pub fn corpus() -> Result<CorpusHandle, String> {
    CORPUS.as_ref().map(CorpusHandle).map_err(ToString::to_string)
}
