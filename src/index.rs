//! The search index, built once from the corpus, so that a filter is set intersections.
//!
//! The widget lists *items*: events, cross-outlet quote groups, and quotes that no other outlet
//! carries (quotes inside a group are shown in their group; a quote nested in another quote is
//! shown inside it). Items are sorted by date, so a date range is a contiguous run of starts.
//! For each actor, place and outlet the index keeps the sorted list of items that involve it
//! (postings); for text search, a [`WordIndex`] of every item's words (summary, quote text,
//! speaker names and aliases, the sentences that report it) and of every article's text, built on
//! first use ([`Index::words`]; the app builds it just after the first render). [`Index::filter`]
//! intersects the postings of the active filters, then checks kind and date, and counts facets
//! and timeline bars for what remains.

use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};
use std::fmt;

use presslens_engine::{Article, DateValue};

use crate::axis::Axis;
use crate::corpus::CorpusHandle;
use crate::search::{self, WordIndex};
use crate::sort::{self, day_key, prefix_key};
use crate::state::{Filters, Kind};
use crate::text;

/// A card in the list: an event, a cross-outlet quote group or a single-outlet quote.
/// Written `ev4`, `g2`, `q12` (1-based, as `presslens extract` numbers them).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CardId {
    /// Index into `Corpus::events`.
    Event(u32),
    /// Index into `Corpus::quote_groups`.
    Group(u32),
    /// Index into `Corpus::quotes`.
    Quote(u32),
}

impl CardId {
    /// Reads `ev4`, `g2` or `q12`.
    pub fn parse(s: &str) -> Option<CardId> {
        let (make, n): (fn(u32) -> CardId, &str) = if let Some(n) = s.strip_prefix("ev") {
            (CardId::Event, n)
        } else if let Some(n) = s.strip_prefix('g') {
            (CardId::Group, n)
        } else if let Some(n) = s.strip_prefix('q') {
            (CardId::Quote, n)
        } else {
            return None;
        };
        let n: u32 = n.parse().ok()?;
        n.checked_sub(1).map(make)
    }
    /// True for quote groups and single quotes.
    pub fn is_quote(self) -> bool {
        !matches!(self, CardId::Event(_))
    }
}

impl fmt::Display for CardId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CardId::Event(i) => write!(f, "ev{}", i + 1),
            CardId::Group(i) => write!(f, "g{}", i + 1),
            CardId::Quote(i) => write!(f, "q{}", i + 1),
        }
    }
}

/// One listed item and what filters look at.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// What it is.
    pub card: CardId,
    /// First and last day (days since 1970-01-01), when it has a date.
    pub days: Option<(i32, i32)>,
    /// Where its lists end in [`Index`]'s pool of ids, in the order actors, places, outlets,
    /// articles; the first starts at `at`. One pool for all items: building the index of a
    /// large corpus allocates no list per item.
    ends: [u32; 4],
    at: u32,
}

/// An item's lists in the pool: actors, places, outlets, articles.
fn lists_in<'a>(pool: &'a [u32], it: &Item) -> [&'a [u32]; 4] {
    let [a, p, o, r] = it.ends.map(|e| e as usize);
    let at = it.at as usize;
    [&pool[at..a], &pool[a..p], &pool[p..o], &pool[o..r]]
}

/// Builds an [`Item`]'s lists into the pool.
struct Lists<'a> {
    pool: &'a mut Vec<u32>,
    at: u32,
    ends: [u32; 4],
    next: usize,
}

impl<'a> Lists<'a> {
    fn new(pool: &'a mut Vec<u32>) -> Self {
        let at = pool.len() as u32;
        Lists { pool, at, ends: [at; 4], next: 0 }
    }
    /// Adds `x` to the list being built (list `list`: 0 actors, 1 places, 2 outlets, 3
    /// articles; lists are built in that order), once.
    fn add(&mut self, list: usize, x: u32) {
        debug_assert!(list >= self.next, "lists are built in order");
        while self.next < list {
            self.next += 1;
            self.ends[self.next] = self.ends[self.next - 1];
        }
        let start = if list == 0 { self.at } else { self.ends[list - 1] } as usize;
        if !self.pool[start..].contains(&x) {
            self.pool.push(x);
            self.ends[list] += 1;
        }
    }
    fn item(mut self, card: CardId, days: Option<(i32, i32)>) -> Item {
        while self.next < 3 {
            self.next += 1;
            self.ends[self.next] = self.ends[self.next - 1];
        }
        Item { card, days, ends: self.ends, at: self.at }
    }
}

/// Figures for the header.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Articles.
    pub articles: usize,
    /// Distinct outlets.
    pub outlets: usize,
    /// Earliest and latest publication day.
    pub published: Option<(DateValue, DateValue)>,
    /// Events.
    pub events: usize,
    /// Statements (nested quotes not counted).
    pub quotes: usize,
    /// Cross-outlet quote groups.
    pub groups: usize,
}

/// What a filter found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Results {
    /// Matching items (indices into [`Index::items`]), in date order.
    pub items: Vec<u32>,
    /// How many of `items` are quotes (single or compared across outlets); the rest are events.
    pub quotes: usize,
    /// Events and quotes per timeline slot, under every filter except the date range.
    pub slots: Vec<[u32; 2]>,
    /// Actors among the matches and how many matches involve each, most first.
    pub actors: Vec<(u32, u32)>,
    /// Places among the matches, most first.
    pub places: Vec<(u32, u32)>,
    /// Outlets among the matches, most first.
    pub outlets: Vec<(u32, u32)>,
    /// Articles whose text contains every search term, with the number of matches.
    pub articles: Vec<(u32, u32)>,
    /// The articles to list beside the results: all of them when nothing is filtered, else those
    /// reporting a match or whose text contains the search words, in corpus order.
    pub article_list: Vec<u32>,
    /// The folded search terms.
    pub terms: Vec<String>,
}

/// The index over one corpus.
pub struct Index {
    /// The corpus it indexes.
    pub corpus: CorpusHandle,
    /// Every listed item, in date order (undated last).
    pub items: Vec<Item>,
    /// The items' lists of actors, places, outlets and articles, one after another.
    pool: Vec<u32>,
    /// Outlet names, in order of first appearance.
    pub outlets: Vec<String>,
    /// Each article's outlet (index into `outlets`).
    pub article_outlet: Vec<Option<u32>>,
    /// Each quote's group, if it is in one.
    pub quote_group: Vec<Option<u32>>,
    /// The timeline's scale over all items.
    pub axis: Axis,
    /// Header figures.
    pub summary: Summary,
    /// Position in `items` of each event, group and quote (`NONE` when not listed).
    item_of: [Vec<u32>; 3],
    /// The related event of each group and quote (`NONE` when there is none).
    related: [Vec<u32>; 2],
    actor_postings: Vec<Vec<u32>>,
    place_postings: Vec<Vec<u32>>,
    outlet_postings: Vec<Vec<u32>>,
    /// Alphabetical rank of each entity's and each outlet's name (ties in facet counts).
    entity_rank: Vec<u32>,
    outlet_rank: Vec<u32>,
    words: OnceCell<WordIndex>,
    building: RefCell<Option<WordsInProgress>>,
}

/// The word index while it is built a slice at a time ([`Index::build_words`]).
struct WordsInProgress {
    builder: search::Builder,
    /// The word ids of each entity's names and roles, read once however many items it is in.
    entity_words: Vec<Option<Vec<u32>>>,
    next_item: usize,
    next_article: usize,
}

impl PartialEq for Index {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl fmt::Debug for Index {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Index({} items)", self.items.len())
    }
}

fn days(v: &DateValue) -> (i32, i32) {
    (v.start.to_days() as i32, v.end.to_days() as i32)
}

const NONE: u32 = u32::MAX;

fn kind_and_index(card: CardId) -> (usize, u32) {
    match card {
        CardId::Event(i) => (0, i),
        CardId::Group(i) => (1, i),
        CardId::Quote(i) => (2, i),
    }
}

/// Each name's position in alphabetical order (by its first eight letters, then index).
fn ranks<'a>(names: impl Iterator<Item = &'a str>) -> Vec<u32> {
    let mut order: Vec<(u64, u32)> = names.enumerate().map(|(i, n)| (prefix_key(n), i as u32)).collect();
    sort::by_key(&mut order, |x| x.0);
    let mut rank = vec![0; order.len()];
    for (r, &(_, i)) in order.iter().enumerate() {
        rank[i as usize] = r as u32;
    }
    rank
}

impl Index {
    /// Builds the index (once per corpus).
    pub fn new(corpus: CorpusHandle) -> Index {
        let c = corpus;
        let mut outlets: Vec<String> = Vec::new();
        let article_outlet: Vec<Option<u32>> = c
            .articles
            .iter()
            .map(|a| {
                let name = a.outlet.as_ref()?.value.trim();
                if name.is_empty() {
                    return None;
                }
                Some(match outlets.iter().position(|o| o == name) {
                    Some(i) => i as u32,
                    None => {
                        outlets.push(name.to_string());
                        (outlets.len() - 1) as u32
                    }
                })
            })
            .collect();
        let mut quote_group = vec![None; c.quotes.len()];
        for (g, group) in c.quote_groups.iter().enumerate() {
            for &q in &group.quotes {
                if let Some(slot) = quote_group.get_mut(q as usize) {
                    *slot = Some(g as u32);
                }
            }
        }
        let published = |article: u32| c.articles.get(article as usize).and_then(|a| a.published.as_ref());
        let outlet_of = |article: u32| article_outlet.get(article as usize).copied().flatten();

        let mut items: Vec<Item> = Vec::with_capacity(c.events.len() + c.quotes.len());
        let mut pool: Vec<u32> = Vec::with_capacity(6 * (c.events.len() + c.quotes.len()));
        for (i, e) in c.events.iter().enumerate() {
            let mut l = Lists::new(&mut pool);
            e.actors.iter().for_each(|&a| l.add(0, a));
            e.places.iter().for_each(|&p| l.add(1, p));
            e.mentions.iter().filter_map(|m| outlet_of(m.article)).for_each(|o| l.add(2, o));
            e.mentions.iter().for_each(|m| l.add(3, m.article));
            items.push(l.item(CardId::Event(i as u32), Some(days(&e.date))));
        }
        for (g, group) in c.quote_groups.iter().enumerate() {
            let quotes = group.quotes.iter().filter_map(|&q| c.quotes.get(q as usize));
            let date =
                group.date.or_else(|| quotes.clone().filter_map(|q| q.date).min_by_key(|d| d.start)).or_else(|| {
                    quotes.clone().filter_map(|q| published(q.article).map(|p| p.value)).min_by_key(|d| d.start)
                });
            let mut l = Lists::new(&mut pool);
            l.add(0, group.speaker);
            quotes.clone().filter_map(|q| outlet_of(q.article)).for_each(|o| l.add(2, o));
            quotes.for_each(|q| l.add(3, q.article));
            items.push(l.item(CardId::Group(g as u32), date.as_ref().map(days)));
        }
        for (i, q) in c.quotes.iter().enumerate() {
            if q.nested_in.is_some() || quote_group[i].is_some() {
                continue;
            }
            let date = q.date.or_else(|| published(q.article).map(|p| p.value));
            let mut l = Lists::new(&mut pool);
            q.speaker.into_iter().for_each(|a| l.add(0, a));
            outlet_of(q.article).into_iter().for_each(|o| l.add(2, o));
            l.add(3, q.article);
            items.push(l.item(CardId::Quote(i as u32), date.as_ref().map(days)));
        }
        sort::by_key(&mut items, |it| {
            let (kind, i) = kind_and_index(it.card);
            day_key(it.days.map_or(i32::MAX, |d| d.0)) << 32 | (kind as u64) << 30 | u64::from(i & 0x3fff_ffff)
        });
        let n_entities = c.entities.len();

        let mut index = Index {
            corpus,
            axis: Axis::build(&items.iter().filter_map(|it| it.days.map(|d| d.0)).collect::<Vec<_>>()),
            summary: Summary::default(),
            item_of: [vec![NONE; c.events.len()], vec![NONE; c.quote_groups.len()], vec![NONE; c.quotes.len()]],
            related: [vec![NONE; c.quote_groups.len()], vec![NONE; c.quotes.len()]],
            actor_postings: vec![Vec::new(); n_entities],
            place_postings: vec![Vec::new(); n_entities],
            outlet_postings: vec![Vec::new(); outlets.len()],
            entity_rank: ranks(c.entities.iter().map(|e| e.name.as_str())),
            outlet_rank: ranks(outlets.iter().map(String::as_str)),
            words: OnceCell::new(),
            pool,
            building: RefCell::new(None),
            outlets,
            article_outlet,
            quote_group,
            items: Vec::new(),
        };
        for (n, it) in items.iter().enumerate() {
            let n = n as u32;
            let (kind, i) = kind_and_index(it.card);
            index.item_of[kind][i as usize] = n;
            let [actors, places, outlets, _] = lists_in(&index.pool, it);
            for &a in actors {
                if let Some(p) = index.actor_postings.get_mut(a as usize) {
                    p.push(n);
                }
            }
            for &p in places {
                if let Some(v) = index.place_postings.get_mut(p as usize) {
                    v.push(n);
                }
            }
            for &o in outlets {
                index.outlet_postings[o as usize].push(n);
            }
        }
        index.items = items;
        index.link_quotes_to_events();
        index.summary = summary(&index);
        index
    }

    /// An item's actors (event actors; a quote's speaker), places (events only), outlets
    /// (indices into [`Index::outlets`]) and articles.
    pub fn lists(&self, it: &Item) -> [&[u32]; 4] {
        lists_in(&self.pool, it)
    }

    /// The word index of every item and article, built (or finished) on first use.
    pub fn words(&self) -> &WordIndex {
        self.build_words(usize::MAX);
        self.words.get().expect("build_words(usize::MAX) completes the word index")
    }

    /// Builds the next slice of the word index, about `budget` bytes of text; true once it is
    /// complete. The app calls it between frames after the first render, so the first search
    /// finds it ready without the first cards waiting for it.
    pub fn build_words(&self, budget: usize) -> bool {
        if self.words.get().is_some() {
            return true;
        }
        let c = self.corpus;
        let mut slot = self.building.borrow_mut();
        let p = slot.get_or_insert_with(|| WordsInProgress {
            builder: search::Builder::default(),
            entity_words: vec![None; c.entities.len()],
            next_item: 0,
            next_article: 0,
        });
        let mut spent = 0usize;
        while spent < budget && p.next_item < self.items.len() {
            let n = p.next_item as u32;
            let (b, entity_words) = (&mut p.builder, &mut p.entity_words);
            item_texts(c, self.items[p.next_item].card, &mut |t| match t {
                ItemText::Text(s) => {
                    spent += s.len();
                    b.item_text(n, s);
                }
                ItemText::Entity(e) => {
                    let Some(slot) = entity_words.get_mut(e as usize) else { return };
                    let ids = slot.get_or_insert_with(|| {
                        let mut ids = Vec::new();
                        let ent = &c.entities[e as usize];
                        for s in std::iter::once(&ent.name).chain(&ent.aliases).chain(&ent.roles) {
                            b.word_ids(s, &mut ids);
                        }
                        ids
                    });
                    spent += ids.len();
                    b.item_words(n, ids);
                }
            });
            p.next_item += 1;
        }
        while spent < budget && p.next_article < c.articles.len() {
            let text = c.text(p.next_article as u32);
            p.builder.article_text(p.next_article as u32, text);
            spent += text.len();
            p.next_article += 1;
        }
        if p.next_item < self.items.len() || p.next_article < c.articles.len() {
            return false;
        }
        if let Some(done) = slot.take() {
            let _ = self.words.set(done.builder.finish());
        }
        true
    }

    fn link_quotes_to_events(&mut self) {
        let c = self.corpus;
        let mut by_actor: Vec<Vec<(i32, i32, u32)>> = vec![Vec::new(); c.entities.len()];
        for (i, e) in c.events.iter().enumerate() {
            // The event's date and every date a mention gives it (outlets may disagree).
            let mut dates: Vec<(i32, i32)> = e.mentions.iter().map(|m| days(&m.date)).collect();
            dates.push(days(&e.date));
            sort::by_key(&mut dates, |d| day_key(d.0) << 32 | day_key(d.1));
            dates.dedup();
            for (s, t) in dates.into_iter().take(8) {
                if t - s > 6 {
                    continue;
                }
                for &a in &e.actors {
                    if let Some(v) = by_actor.get_mut(a as usize) {
                        v.push((s, t, i as u32));
                    }
                }
            }
        }
        for v in &mut by_actor {
            sort::by_key(v, |e| day_key(e.0) << 32 | u64::from(e.2));
        }
        let find = |speaker: u32, date: &DateValue| -> Option<u32> {
            let events = by_actor.get(speaker as usize)?;
            let (qs, qe) = days(date);
            let p = events.partition_point(|e| e.0 <= qe);
            events[..p].iter().rev().take(16).find(|e| e.1 >= qs).map(|e| e.2)
        };
        let mut related = [vec![NONE; c.quote_groups.len()], vec![NONE; c.quotes.len()]];
        for (g, group) in c.quote_groups.iter().enumerate() {
            let date = group.date.or_else(|| {
                group.quotes.iter().filter_map(|&q| c.quotes.get(q as usize)?.date).min_by_key(|d| d.start)
            });
            if let Some(ev) = date.and_then(|d| find(group.speaker, &d)) {
                related[0][g] = ev;
            }
        }
        for (i, q) in c.quotes.iter().enumerate() {
            if let (Some(s), Some(d)) = (q.speaker, q.date)
                && let Some(ev) = find(s, &d)
            {
                related[1][i] = ev;
            }
        }
        self.related = related;
    }

    /// The position of a card in [`Index::items`], if it is listed.
    pub fn item_of(&self, card: CardId) -> Option<u32> {
        let (kind, i) = kind_and_index(card);
        self.item_of[kind].get(i as usize).copied().filter(|&n| n != NONE)
    }

    /// The article with this id.
    pub fn article(&self, id: &str) -> Option<(u32, &'static Article)> {
        let i = self.corpus.articles.iter().position(|a| a.id == id)?;
        Some((i as u32, &self.corpus.corpus().articles[i]))
    }

    /// The outlet name of an article (or "Unknown outlet").
    pub fn outlet_of(&self, article: u32) -> &str {
        self.article_outlet
            .get(article as usize)
            .copied()
            .flatten()
            .map_or("Unknown outlet", |o| &self.outlets[o as usize])
    }

    /// The outlet with this name (case-insensitive).
    pub fn outlet_named(&self, name: &str) -> Option<u32> {
        let name = text::fold(name.trim());
        self.outlets.iter().position(|o| text::fold(o) == name).map(|i| i as u32)
    }

    /// The entity written `e3` (1-based id) or with this canonical name or alias
    /// (case-insensitive).
    pub fn entity(&self, token: &str) -> Option<u32> {
        let ents = &self.corpus.entities;
        if let Some(n) = token.strip_prefix('e').and_then(|n| n.parse::<u32>().ok()) {
            return n.checked_sub(1).filter(|&i| (i as usize) < ents.len());
        }
        let t = text::fold(token.trim());
        if t.is_empty() {
            return None;
        }
        let by = |f: &dyn Fn(&presslens_engine::Entity) -> bool| ents.iter().position(f).map(|i| i as u32);
        by(&|e| text::fold(&e.name) == t).or_else(|| by(&|e| e.aliases.iter().any(|a| text::fold(a) == t)))
    }

    /// The event on the same date by the same person, for a quote or quote group.
    pub fn related_event(&self, card: CardId) -> Option<u32> {
        let (kind, i) = kind_and_index(card);
        let list = self.related.get(kind.checked_sub(1)?)?;
        list.get(i as usize).copied().filter(|&e| e != NONE)
    }

    /// Everything that matches `f`.
    pub fn filter(&self, f: &Filters) -> Results {
        let mut terms = text::terms(&f.q);
        // A term of punctuation only ("--") begins no word: it does not narrow anything.
        terms.retain(|t| !search::pieces(t).is_empty());
        let empty: &[u32] = &[];
        let mut sets: Vec<Cow<'_, [u32]>> = Vec::new();
        for a in &f.actors {
            sets.push(Cow::Borrowed(self.actor_postings.get(*a as usize).map_or(empty, |v| v)));
        }
        for p in &f.places {
            sets.push(Cow::Borrowed(self.place_postings.get(*p as usize).map_or(empty, |v| v)));
        }
        for o in &f.outlets {
            sets.push(Cow::Borrowed(self.outlet_postings.get(*o as usize).map_or(empty, |v| v)));
        }
        for t in &terms {
            sets.push(Cow::Owned(self.words().items(t)));
        }
        sort::by_key(&mut sets, |s| s.len() as u64);
        let candidates: Vec<u32> = match sets.split_first() {
            None => (0..self.items.len() as u32).collect(),
            Some((first, rest)) => {
                first.iter().copied().filter(|x| rest.iter().all(|s| s.binary_search(x).is_ok())).collect()
            }
        };
        let from = f.from.map(|d| d.to_days() as i32);
        let to = f.to.map(|d| d.to_days() as i32);
        let mut r = Results { slots: vec![[0, 0]; self.axis.slots.len()], terms, ..Results::default() };
        let mut actor_n = vec![0u32; self.actor_postings.len()];
        let mut place_n = vec![0u32; self.place_postings.len()];
        let mut outlet_n = vec![0u32; self.outlets.len()];
        let mut listed = vec![f.is_empty(); self.corpus.articles.len()];
        for i in candidates {
            let it = &self.items[i as usize];
            let is_quote = it.card.is_quote();
            match f.kind {
                Kind::Events if is_quote => continue,
                Kind::Quotes if !is_quote => continue,
                _ => {}
            }
            if let Some((s, _)) = it.days
                && let Some(slot) = self.axis.slot_of(s)
            {
                r.slots[slot][usize::from(is_quote)] += 1;
            }
            let in_range = match it.days {
                Some((s, e)) => from.is_none_or(|f| e >= f) && to.is_none_or(|t| s <= t),
                None => from.is_none() && to.is_none(),
            };
            if !in_range {
                continue;
            }
            r.items.push(i);
            r.quotes += usize::from(is_quote);
            let [actors, places, outlets, articles] = self.lists(it);
            for &a in articles {
                if let Some(l) = listed.get_mut(a as usize) {
                    *l = true;
                }
            }
            for &a in actors {
                if let Some(n) = actor_n.get_mut(a as usize) {
                    *n += 1;
                }
            }
            for &p in places {
                if let Some(n) = place_n.get_mut(p as usize) {
                    *n += 1;
                }
            }
            outlets.iter().for_each(|&o| outlet_n[o as usize] += 1);
        }
        r.actors = ranked(&actor_n, &self.entity_rank);
        r.places = ranked(&place_n, &self.entity_rank);
        r.outlets = ranked(&outlet_n, &self.outlet_rank);
        if !r.terms.is_empty() {
            for (a, &n) in self.words().article_matches(&r.terms).iter().enumerate() {
                let outlet_ok = f.outlets.is_empty() || self.article_outlet[a].is_some_and(|o| f.outlets.contains(&o));
                if n > 0 && outlet_ok {
                    r.articles.push((a as u32, n));
                    listed[a] = true;
                }
            }
            sort::by_key(&mut r.articles, |&(a, n)| u64::from(u32::MAX - n) << 32 | u64::from(a));
        }
        r.article_list = listed.iter().enumerate().filter(|x| *x.1).map(|(a, _)| a as u32).collect();
        r
    }
}

/// The non-zero counts as `(id, count)`, most first, ties alphabetically by `rank`.
fn ranked(counts: &[u32], rank: &[u32]) -> Vec<(u32, u32)> {
    let mut v: Vec<(u32, u32)> = counts.iter().enumerate().filter(|x| *x.1 > 0).map(|(i, &n)| (i as u32, n)).collect();
    sort::by_key(&mut v, |&(i, n)| {
        u64::from(u32::MAX - n) << 32 | u64::from(rank.get(i as usize).copied().unwrap_or(0))
    });
    v
}

/// What an item is found by: a text, or an entity's names, aliases and roles.
enum ItemText<'a> {
    Text(&'a str),
    Entity(u32),
}

/// Calls `found_by` with each text an item is found by: its summary or quoted words, who and
/// where, the sentences that report it.
fn item_texts(h: CorpusHandle, card: CardId, found_by: &mut dyn FnMut(ItemText<'static>)) {
    let c = h.corpus();
    match card {
        CardId::Event(i) => {
            let e = &c.events[i as usize];
            found_by(ItemText::Text(&e.summary));
            for &x in e.actors.iter().chain(&e.places) {
                found_by(ItemText::Entity(x));
            }
            for m in &e.mentions {
                found_by(ItemText::Text(h.slice(m.article, m.span)));
            }
        }
        CardId::Group(g) => {
            let group = &c.quote_groups[g as usize];
            found_by(ItemText::Entity(group.speaker));
            for &q in &group.quotes {
                if let Some(q) = c.quotes.get(q as usize) {
                    quote_texts(h, q, found_by);
                }
            }
        }
        CardId::Quote(q) => {
            let q = &c.quotes[q as usize];
            if let Some(s) = q.speaker {
                found_by(ItemText::Entity(s));
            }
            quote_texts(h, q, found_by);
        }
    }
}

fn quote_texts(c: CorpusHandle, q: &'static presslens_engine::Quote, found_by: &mut dyn FnMut(ItemText<'static>)) {
    for p in &q.parts {
        found_by(ItemText::Text(c.slice(q.article, *p)));
    }
    if q.parts.is_empty() {
        found_by(ItemText::Text(c.slice(q.article, q.span)));
    }
    if let Some(s) = &q.speaker_text {
        found_by(ItemText::Text(s));
    }
}

fn summary(index: &Index) -> Summary {
    let c = index.corpus;
    let pubs = || c.articles.iter().filter_map(|a| a.published.as_ref().map(|p| p.value));
    let first = pubs().min_by_key(|d| d.start.to_days());
    let last = pubs().max_by_key(|d| d.start.to_days());
    Summary {
        articles: c.articles.len(),
        outlets: index.outlets.len(),
        published: first.zip(last),
        events: c.events.len(),
        quotes: c.quotes.iter().filter(|q| q.nested_in.is_none()).count(),
        groups: c.quote_groups.len(),
    }
}
