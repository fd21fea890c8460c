//! Stage 4: people, organisations and places.
//!
//! (First increment: an empty set; recognition and alias merging land in a following change.)

use crate::model::{Article, Entity};

/// Finds named entities in all articles and merges spelling variants.
pub fn extract(_articles: &[Article]) -> Vec<Entity> {
    Vec::new()
}
