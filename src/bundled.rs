//! The corpus compiled into the widget by `build.rs`, decoded once on first use.

use std::sync::LazyLock;

use presslens_engine::{Corpus, bundle};

use crate::components::app::CorpusHandle;

/// The bundle bytes (`presslens_engine::bundle` documents the layout).
pub static BUNDLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

static CORPUS: LazyLock<Result<Corpus, bundle::Error>> = LazyLock::new(|| bundle::decode(BUNDLE));

/// The bundled corpus, or why it could not be read.
pub fn corpus() -> Result<CorpusHandle, String> {
    CORPUS.as_ref().map(CorpusHandle).map_err(ToString::to_string)
}
