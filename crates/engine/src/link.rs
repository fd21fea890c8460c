//! Stage 7: the same statement by the same speaker across outlets.
//!
//! (First increment: an empty set; grouping and alignment land in a following change.)

use crate::model::{Article, Entity, Quote, QuoteGroup};

/// Groups renderings of one statement across articles and aligns them word by word.
pub fn group(_articles: &[Article], _entities: &[Entity], _quotes: &[Quote]) -> Vec<QuoteGroup> {
    Vec::new()
}
