//! The corpus compiled into the widget by `build.rs`: its head decoded once on first use, an
//! article's text (borrowed from the bundle's bytes) when first asked for, its body (only the
//! reader shows it) when the reader first opens that article.

use std::sync::{LazyLock, OnceLock};

use presslens_engine::Article;
use presslens_engine::bundle::{self, Bundle};

use crate::corpus::{CorpusHandle, OnDemand};

/// The bundle bytes (`presslens_engine::bundle` documents the layout).
pub static BUNDLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

static OPENED: LazyLock<Result<Bundle<'static>, bundle::Error>> = LazyLock::new(|| {
    mark("presslens:decode-start");
    let opened = Bundle::open(BUNDLE);
    mark("presslens:decode-end");
    measure("presslens:decode", "presslens:decode-start", "presslens:decode-end");
    opened
});

fn cells<T>() -> Vec<OnceLock<T>> {
    let n = OPENED.as_ref().map_or(0, |b| b.corpus().articles.len());
    (0..n).map(|_| OnceLock::new()).collect()
}

/// Each article's text, checked (UTF-8) once, when first asked for.
static TEXTS: LazyLock<Vec<OnceLock<&'static str>>> = LazyLock::new(cells);

/// Each article with its text and body, once the reader has asked for it.
static IN_FULL: LazyLock<Vec<OnceLock<Option<Article>>>> = LazyLock::new(cells);

fn text(i: u32) -> &'static str {
    let (Ok(opened), Some(cell)) = (OPENED.as_ref(), TEXTS.get(i as usize)) else { return "" };
    cell.get_or_init(|| {
        opened.text(i as usize).unwrap_or_else(|e| {
            gloo::console::error!(format!("presslens: the text of article {} cannot be read: {e}", i + 1));
            ""
        })
    })
}

fn article_in_full(i: u32) -> Option<&'static Article> {
    let opened = OPENED.as_ref().ok()?;
    let cell = IN_FULL.get(i as usize)?;
    cell.get_or_init(|| {
        let mut a = opened.corpus().articles.get(i as usize)?.clone();
        a.text = text(i).to_string();
        match opened.body(i as usize) {
            Ok(body) => body.fill(&mut a),
            Err(e) => gloo::console::error!(format!("presslens: article {} cannot be shown in full: {e}", a.file)),
        }
        Some(a)
    })
    .as_ref()
}

/// A `performance.mark` (the benchmark, `make bench`, reads the decode time and when the word
/// index is ready from them).
pub(crate) fn mark(_name: &str) {
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
    OPENED
        .as_ref()
        .map(|b| CorpusHandle::on_demand(b.corpus(), OnDemand { text, in_full: article_in_full }))
        .map_err(ToString::to_string)
}
