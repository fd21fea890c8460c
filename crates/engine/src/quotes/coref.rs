//! From the speaker as written to an entity.
//!
//! * A **name** resolves to the entity mentioned there (a person before a place or an
//!   organisation inside a title: `US Secretary of State Antony Blinken` → Blinken), or by
//!   surname to a person of the same article.
//! * A **pronoun** (`he`, `she`) resolves to the most salient person before it: walking back
//!   sentence by sentence (at most six), the first person each sentence names outside
//!   quotations — its subject, as a rule — or the speaker of a quotation there, skipping
//!   possessives (`Tokayev's call`) and people whose gender the text contradicts (`she` after
//!   `Mr.`, or after `he` was used for them).
//! * A **role** (`the Mano director`, `the Belarusian leader`, `the Secretary of State`) resolves
//!   to the person of the article whose roles contain the head noun (or a synonym: leader →
//!   president …) and every modifier (a demonym matches its country); the most recently
//!   mentioned such person wins. A generic role (`the expert`) with no match falls back to
//!   salience, like a pronoun.

use crate::lexicon::FxMap as HashMap;
use std::cell::OnceCell;

use super::attribution::{Np, NpKind};
use crate::entities::{gazetteer, merge};
use crate::lexicon::{self, Gender};
use crate::model::{Article, Entity, EntityKind, Span};

/// Speaker resolution for one article.
pub(crate) struct Coref<'a> {
    a: &'a Article,
    entities: &'a [Entity],
    /// This article's mentions, sorted by start.
    mentions: &'a [(Span, u32)],
    /// Person mentions outside quotations, not possessive: `(position, entity)`, sorted.
    subjects: Vec<(u32, u32)>,
    /// Speakers of quotations resolved so far: `(position, entity)`, in text order.
    speakers: Vec<(u32, u32)>,
    gender: HashMap<u32, Gender>,
    /// The people of this article, in order of first mention.
    persons: Vec<u32>,
}

impl<'a> Coref<'a> {
    /// Prepares resolution for article `a`; `quoted` are the quotations' spans (sorted), whose
    /// mentions never count as antecedents. `role_gender` caches [`role_gender`] by entity, for
    /// all articles.
    pub(crate) fn new(
        a: &'a Article,
        entities: &'a [Entity],
        mentions: &'a [(Span, u32)],
        quoted: &[Span],
        role_gender: &[OnceCell<Option<Gender>>],
    ) -> Self {
        // (At most one subject a mention: allocated once.)
        let mut subjects = Vec::with_capacity(mentions.len());
        let mut gender = HashMap::default();
        let mut persons = Vec::new();
        for &(span, e) in mentions {
            let Some(ent) = entities.get(e as usize) else { continue };
            if ent.kind != EntityKind::Person {
                continue;
            }
            if !persons.contains(&e) && persons.len() < 512 {
                persons.push(e);
            }
            let before = a.text.get(span.start.saturating_sub(5) as usize..span.start as usize).unwrap_or("");
            let title = before.trim_end().trim_end_matches('.').rsplit(' ').next().unwrap_or("");
            if let Some(g) = crate::text::with_lowercase(title, lexicon::gender_of_title) {
                gender.insert(e, g);
            }
            let after = a.text.get(span.end as usize..).unwrap_or("");
            let possessive = after.starts_with("'s") || after.starts_with("’s");
            let i = quoted.partition_point(|q| q.end <= span.start);
            let inside = quoted.get(i).is_some_and(|q| q.start <= span.start);
            if !possessive && !inside {
                subjects.push((span.start, e));
            }
        }
        for &e in &persons {
            if gender.contains_key(&e) {
                continue;
            }
            let g = match role_gender.get(e as usize) {
                Some(cell) => *cell.get_or_init(|| self::role_gender(&entities[e as usize])),
                None => self::role_gender(&entities[e as usize]),
            };
            if let Some(g) = g {
                gender.insert(e, g);
            }
        }
        Coref { a, entities, mentions, subjects, speakers: Vec::new(), gender, persons }
    }

    /// Records that entity `e` spoke at `pos` (a later pronoun may refer to them).
    pub(crate) fn note_speaker(&mut self, pos: u32, e: u32) {
        if self.entities.get(e as usize).is_some_and(|x| x.kind == EntityKind::Person) {
            self.speakers.push((pos, e));
        }
    }

    /// The entity the phrase names, if the text allows telling.
    pub(crate) fn resolve(&mut self, np: &Np) -> Option<u32> {
        match &np.kind {
            NpKind::Name => self.by_name(np.span),
            NpKind::Pronoun(g) => {
                let g = (*g)?;
                let e = self.salient(np.span.start, Some(g))?;
                self.gender.entry(e).or_insert(g);
                Some(e)
            }
            NpKind::Role => {
                // `a former official`, `an adviser`: someone the article does not name.
                if matches!(np.lower.split(' ').next(), Some("a" | "an" | "another" | "one")) {
                    return None;
                }
                if let Some(e) = self.by_mention_head(np.span) {
                    return Some(e);
                }
                if let Some(e) = self.by_role(&np.lower, np.span.start) {
                    return Some(e);
                }
                let head = np.lower.rsplit(' ').next()?;
                if lexicon::is_generic_role(head) {
                    return self.salient(np.span.start, None);
                }
                None
            }
        }
    }

    fn overlapping(&self, span: Span) -> impl Iterator<Item = &(Span, u32)> {
        let i = self.mentions.partition_point(|m| m.0.end <= span.start);
        self.mentions[i..].iter().take_while(move |m| m.0.start < span.end)
    }

    /// A name: the person mentioned inside it (the last one, for `X and Y` there is none),
    /// else an organisation or place ending it, else a person of the article by surname.
    pub(crate) fn by_name(&self, span: Span) -> Option<u32> {
        let mut persons: Vec<u32> = Vec::new();
        let mut ending: Option<u32> = None;
        for &(m, e) in self.overlapping(span) {
            match self.entities[e as usize].kind {
                EntityKind::Person if !persons.contains(&e) => persons.push(e),
                EntityKind::Person => {}
                _ if m.end == span.end => ending = Some(e),
                _ => {}
            }
        }
        match persons.len() {
            1 => return Some(persons[0]),
            n if n > 1 => return None,
            _ => {}
        }
        if ending.is_some() {
            return ending;
        }
        // No mention there: a surname of someone in this article.
        let written = self.a.slice(span);
        let last = written.split_whitespace().last()?;
        let normal = merge::normal(&crate::text::fold(last));
        let mut found = None;
        for &p in &self.persons {
            let ent = &self.entities[p as usize];
            let names = core::iter::once(&ent.name).chain(&ent.aliases);
            if names
                .filter_map(|n| n.split_whitespace().last())
                .any(|w| merge::normals_match(&merge::normal(w), &normal))
            {
                if found.is_some() {
                    return None;
                }
                found = Some(p);
            }
        }
        found
    }

    /// `the Kremlin`, `the State Department`: a role phrase whose head is a name.
    fn by_mention_head(&self, span: Span) -> Option<u32> {
        self.overlapping(span).find(|(m, _)| m.end == span.end).map(|&(_, e)| e)
    }

    /// The most salient person before `pos`, of gender `g` if given.
    fn salient(&self, pos: u32, g: Option<Gender>) -> Option<u32> {
        let sents = &self.a.sentences;
        let s0 = sents.partition_point(|s| s.span.start <= pos).checked_sub(1)?;
        let ok = |e: u32| match (g, self.gender.get(&e)) {
            (Some(want), Some(have)) => want == *have,
            _ => true,
        };
        for s in (s0.saturating_sub(6)..=s0).rev() {
            let sp = sents[s].span;
            let limit = if s == s0 { pos } else { sp.end };
            let first_in = |v: &[(u32, u32)]| -> Option<(u32, u32)> {
                let i = v.partition_point(|x| x.0 < sp.start);
                v[i..].iter().take_while(|x| x.0 < limit).find(|x| ok(x.1)).copied()
            };
            let a = first_in(&self.subjects);
            let b = first_in(&self.speakers);
            let best = match (a, b) {
                (Some(x), Some(y)) => Some(if y.0 < x.0 { y } else { x }),
                (x, y) => x.or(y),
            };
            if let Some((_, e)) = best {
                return Some(e);
            }
        }
        None
    }

    /// The person of this article whose roles fit the phrase (`words`: its words, lower case,
    /// separated by spaces).
    fn by_role(&self, words: &str, pos: u32) -> Option<u32> {
        let content: Vec<&str> = words
            .split(' ')
            .filter(|w| {
                !matches!(*w, "the" | "a" | "an" | "of" | "for" | "this" | "that" | "his" | "her" | "its" | "their")
            })
            .collect();
        // The head is the last role noun (`Secretary` in `the Secretary of State`); the other
        // words qualify it.
        let is_head = |w: &str| lexicon::is_role_noun(w) || !lexicon::role_synonyms(w).is_empty();
        let h = content.iter().rposition(|w| is_head(w))?;
        let head = content[h];
        let mods: Vec<&str> = content.iter().enumerate().filter(|&(i, _)| i != h).map(|(_, w)| *w).collect();
        let mut heads: Vec<&str> = vec![head];
        heads.extend_from_slice(lexicon::role_synonyms(head));
        let mods: Vec<&str> = mods.iter().copied().filter(|m| !is_vague_modifier(m)).collect();
        // Each word with the place it names, looked up once.
        let heads: Vec<(&str, Option<u32>)> = heads.iter().map(|h| (*h, geo(h))).collect();
        let mods: Vec<(&str, Option<u32>)> = mods.iter().map(|m| (*m, geo(m))).collect();
        let mut best: Option<(u32, u32)> = None;
        for &p in &self.persons {
            let ent = &self.entities[p as usize];
            let fits = ent.roles.iter().any(|r| {
                let rw: Vec<String> = crate::text::words(r).map(|w| crate::text::fold(w.text)).collect();
                let rw_geo: Vec<Option<u32>> = rw.iter().map(|x| geo(x)).collect();
                // A role word that is `w`, its plural, or names the same place.
                let has = |(w, w_geo): (&str, Option<u32>)| {
                    rw.iter()
                        .zip(&rw_geo)
                        .any(|(x, g)| x == w || x.strip_suffix('s') == Some(w) || g.is_some() && *g == w_geo)
                };
                heads.iter().any(|&h| has(h))
                    && mods.iter().all(|&m| {
                        has(m)
                            || ent.name.split_whitespace().any(|n| crate::text::fold(n) == m.0)
                            || r_has_geo(&rw, m.0)
                    })
            });
            if !fits {
                continue;
            }
            let before = self.mentions.partition_point(|m| m.0.start < pos);
            let last_before =
                self.mentions[..before].iter().rev().take(4096).find(|m| m.1 == p).map_or(0, |m| m.0.start);
            if best.is_none_or(|(_, at)| last_before > at) {
                best = Some((p, last_before));
            }
        }
        best.map(|(p, _)| p)
    }
}

/// The gender the entity's roles give it (`spokeswoman`), if any.
pub(crate) fn role_gender(e: &Entity) -> Option<Gender> {
    e.roles.iter().flat_map(|r| r.split(' ')).find_map(|w| crate::text::with_lowercase(w, lexicon::gender_of_title))
}

/// Modifiers that say nothing about which person is meant.
fn is_vague_modifier(w: &str) -> bool {
    matches!(
        w,
        "former"
            | "new"
            | "top"
            | "senior"
            | "current"
            | "then"
            | "acting"
            | "same"
            | "veteran"
            | "well-known"
            | "prominent"
            | "local"
            | "independent"
            | "young"
            | "old"
            | "chief"
    )
}

/// The gazetteer entry a word names, directly or as a demonym.
fn geo(w: &str) -> Option<u32> {
    gazetteer::lookup(w).or_else(|| gazetteer::demonym(w)).map(|(i, _)| i)
}

/// True when the role's words name the country or region `m` is about (`Belarusian` →
/// `President of Belarus`), including multi-word names (`United States`).
fn r_has_geo(rw: &[String], m: &str) -> bool {
    let Some(want) = geo(m) else { return false };
    for i in 0..rw.len() {
        let mut key = String::new();
        for w in rw.iter().skip(i).take(4) {
            if !key.is_empty() {
                key.push(' ');
            }
            key.push_str(w);
            if geo(&key) == Some(want) {
                return true;
            }
        }
    }
    false
}
