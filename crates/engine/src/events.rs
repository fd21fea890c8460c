//! Stage 6: dated happenings, merged across articles.
//!
//! (First increment: an empty set; event extraction lands in a following change.)

use crate::model::{Article, Entity, Event, Timex};

/// Builds events from dated sentences.
pub fn extract(_articles: &[Article], _entities: &[Entity], _timexes: &[Timex]) -> Vec<Event> {
    Vec::new()
}
