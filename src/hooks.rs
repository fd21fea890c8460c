//! Domain hooks.

mod use_corpus;

pub use use_corpus::{CorpusContext, use_corpus};
