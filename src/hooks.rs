//! Domain hooks: the corpus context, the URL-hash sync, an element's width, the first paint.

mod use_corpus;
mod use_hash_sync;
mod use_painted;
mod use_width;

pub use use_corpus::{CorpusContext, use_corpus};
pub use use_hash_sync::{initial_view, use_hash_sync};
pub use use_painted::use_painted;
pub use use_width::use_width;
