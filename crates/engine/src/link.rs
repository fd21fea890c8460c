//! Stage 7: the same statement by the same speaker across outlets.
//!
//! Two renderings belong together when
//! * they are in **different articles** and have the **same speaker** (entity);
//! * their **dates agree**: equal when both give a day; a quotation without a date of its own
//!   was said on or before its article's publication date, so a dated one must not be later —
//!   and this holds for the whole group, not only pairwise (an undated rendering cannot chain
//!   two that disagree);
//! * their **content words overlap** after [`normalize`] (stems, demonym → country, a few
//!   synonyms): at least two shared, and at least 30 % of the shorter rendering's. Translations
//!   that share few words (`once Russians are in your house` / `when Russia comes to your
//!   home`) meet on what they do share; different statements by one speaker do not.
//!
//! Partial quotations of one speaker in one sentence are compared as one statement (an outlet
//! may quote a sentence in fragments). Candidates come from an index of (speaker, word), probed
//! with each statement's rarest words (a bounded number of words and postings, so the work stays
//! linear in the corpus); nothing is compared that shares no word. Groups are the connected
//! pairs, strongest first, as long as their dates stay consistent.
//!
//! For each group the first rendering (from the earliest article) is the reference; every other
//! rendering is aligned to it word by word ([`similar`]'s Myers diff over normalised words), with
//! a byte span on each side of every step, and a similarity: the share of the shorter
//! rendering's content words the other has too.

pub mod normalize;

use crate::lexicon::FxMap as HashMap;

use similar::{Algorithm, DiffTag as SimTag, capture_diff_slices};

use crate::date::{Date, DateValue};
use crate::model::{Alignment, Article, DiffOp, DiffTag, Entity, Quote, QuoteGroup, QuoteKind, Span};

/// Minimum share of the shorter rendering's content words found in the other.
const MIN_SHARE: f32 = 0.3;
/// Minimum number of shared content words.
const MIN_SHARED: usize = 2;
/// Candidates for a statement come from its rarest words (for its speaker): this many words…
const PROBE_KEYS: usize = 8;
/// …at most this many statements per word…
const PROBE_POSTINGS: usize = 32;
/// …and at most this many candidates in all.
const MAX_CANDIDATES: usize = 48;
/// Longest rendering (in words) that is aligned in full.
const MAX_ALIGN_WORDS: usize = 4000;

/// One statement: a quotation, or the fragments of one speaker in one sentence.
struct Unit {
    quotes: Vec<u32>,
    article: u32,
    speaker: u32,
    /// Sorted, distinct content keys (interned).
    keys: Vec<u32>,
    date: Option<DateValue>,
    published: Option<Date>,
}

/// Normalised keys, interned: each distinct word as written is normalised once.
#[derive(Default)]
struct Keys<'t> {
    by_word: HashMap<Written<'t>, u32>,
    by_key: HashMap<String, u32>,
    stop: Vec<bool>,
    /// A direct-mapped cache in front of `by_word` for words of at most 16 bytes, which their
    /// [`sketch`] identifies exactly: a hit costs no hashing of the text and no `memcmp`.
    short: Vec<Short>,
}

/// Slots of [`Keys::short`].
const SHORT_SLOTS: usize = 1024;

/// A cached short word: its length and [`sketch`] (`len == u32::MAX`: empty), and its key.
#[derive(Clone, Copy)]
struct Short {
    x: u64,
    y: u64,
    len: u32,
    key: u32,
}

/// A word's first and last (up to) eight bytes. With the length, this is the whole word when it
/// has at most 16 bytes; for a longer one it is a hash input.
fn sketch(b: &[u8]) -> (u64, u64) {
    let n = b.len();
    let le4 = |s: &[u8]| u64::from(u32::from_le_bytes([s[0], s[1], s[2], s[3]]));
    let le8 = |s: &[u8]| u64::from_le_bytes([s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]]);
    if n >= 8 {
        (le8(&b[..8]), le8(&b[n - 8..]))
    } else if n >= 4 {
        (le4(&b[..4]), le4(&b[n - 4..]))
    } else if n > 0 {
        (u64::from(b[0]) | u64::from(b[n / 2]) << 8 | u64::from(b[n - 1]) << 16, 0)
    } else {
        (0, 0)
    }
}

/// A well-mixed hash of a word's length and [`sketch`].
fn sketch_hash(n: usize, (x, y): (u64, u64)) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    (x.wrapping_mul(K) ^ y ^ (n as u64) << 56).wrapping_mul(K)
}

/// A word as written, hashed from its length and [`sketch`]: a few loads and multiplies instead
/// of a pass over every byte (equality still compares it all).
#[derive(Clone, Copy, PartialEq, Eq)]
struct Written<'t>(&'t str);

impl core::hash::Hash for Written<'_> {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        let b = self.0.as_bytes();
        let h = sketch_hash(b.len(), sketch(b));
        // (The table takes its slot from the low bits: fold the well-mixed high ones down.)
        state.write_u64(h ^ h >> 29);
    }
}

impl<'t> Keys<'t> {
    fn id(&mut self, word: &'t str) -> u32 {
        let b = word.as_bytes();
        if b.len() > 16 {
            return self.id_slow(word);
        }
        if self.short.is_empty() {
            self.short = vec![Short { x: 0, y: 0, len: u32::MAX, key: 0 }; SHORT_SLOTS];
        }
        let (x, y) = sketch(b);
        let slot = (sketch_hash(b.len(), (x, y)) >> 54) as usize % SHORT_SLOTS;
        let e = self.short[slot];
        if e.len == b.len() as u32 && e.x == x && e.y == y {
            return e.key;
        }
        let key = self.id_slow(word);
        self.short[slot] = Short { x, y, len: b.len() as u32, key };
        key
    }

    /// [`Keys::id`] through the maps.
    fn id_slow(&mut self, word: &'t str) -> u32 {
        if let Some(&k) = self.by_word.get(&Written(word)) {
            return k;
        }
        let key = normalize::key(word);
        let stop = normalize::is_stop(&key);
        let next = self.stop.len() as u32;
        let k = *self.by_key.entry(key).or_insert(next);
        if k == next {
            self.stop.push(stop);
        }
        self.by_word.insert(Written(word), k);
        k
    }
}

/// Groups renderings of one statement across articles and aligns them word by word.
pub fn group(articles: &[Article], _entities: &[Entity], quotes: &[Quote]) -> Vec<QuoteGroup> {
    let mut keys = Keys::default();
    let units = units(articles, quotes, &mut keys);
    let index = Postings::of(&units, keys.stop.len());
    let by_article = Buckets::of(units.len(), articles.len(), |ui| units[ui].article as usize);
    let pairs = scored_pairs(&units, &index, &by_article, keys.stop.len());
    let mut parent = join(&units, &pairs);
    // Components with more than one article.
    let mut comps: HashMap<usize, Vec<usize>> = HashMap::default();
    for ui in 0..units.len() {
        let r = find(&mut parent, ui);
        comps.entry(r).or_default().push(ui);
    }
    let mut groups: Vec<QuoteGroup> = Vec::new();
    for (_, members) in comps {
        let first_article = units[members[0]].article;
        if members.iter().all(|&m| units[m].article == first_article) {
            continue;
        }
        groups.push(build(articles, quotes, &units, &members, &mut keys));
    }
    groups.sort_by_key(|g| g.quotes.first().copied().unwrap_or(0));
    groups
}

/// Items `0..n` grouped by `key` (each below `buckets`), in their order within a group: a
/// counting sort, laid out flat.
struct Buckets {
    /// `items[starts[b]..starts[b + 1]]` are the items of bucket `b`.
    starts: Vec<u32>,
    items: Vec<u32>,
}

impl Buckets {
    fn of(n: usize, buckets: usize, key: impl Fn(usize) -> usize) -> Buckets {
        let mut starts: Vec<u32> = vec![0; buckets + 1];
        for i in 0..n {
            starts[key(i) + 1] += 1;
        }
        for b in 1..starts.len() {
            starts[b] += starts[b - 1];
        }
        let mut items: Vec<u32> = vec![0; n];
        let mut fill = starts.clone();
        for i in 0..n {
            let b = key(i);
            items[fill[b] as usize] = i as u32;
            fill[b] += 1;
        }
        Buckets { starts, items }
    }

    /// The items of bucket `b`.
    fn get(&self, b: usize) -> &[u32] {
        &self.items[self.starts[b] as usize..self.starts[b + 1] as usize]
    }
}

/// The index of (speaker, key): one posting list of units per pair, in unit order, and for each
/// unit the list of each of its keys (looked up once, here). Counted first, then filled, into
/// flat buffers.
struct Postings {
    /// `lists[unit_at[ui]..unit_at[ui + 1]]`: the list of each key of unit `ui`, in key order.
    unit_at: Vec<usize>,
    lists: Vec<u32>,
    /// `postings[at[l]..at[l + 1]]`: the units of list `l`.
    at: Vec<u32>,
    postings: Vec<u32>,
}

impl Postings {
    /// The index of `units`, whose keys are below `n_keys`.
    fn of(units: &[Unit], n_keys: usize) -> Postings {
        let all_keys: usize = units.iter().map(|u| u.keys.len()).sum();
        let mut unit_at: Vec<usize> = Vec::with_capacity(units.len() + 1);
        unit_at.push(0);
        for u in units {
            unit_at.push(unit_at[unit_at.len() - 1] + u.keys.len());
        }
        let mut lists: Vec<u32> = vec![0; all_keys];
        let mut at: Vec<u32> = Vec::new();
        // Speaker by speaker, each key's list is found in an array by key: `list_of[k] ==
        // (speaker + 1, l)` while that speaker's units are read.
        let speakers = units.iter().map(|u| u.speaker as usize + 1).max().unwrap_or(0);
        let by_speaker = Buckets::of(units.len(), speakers, |ui| units[ui].speaker as usize);
        let mut list_of: Vec<(u32, u32)> = vec![(0, 0); n_keys];
        for &ui in &by_speaker.items {
            let u = &units[ui as usize];
            let tag = u.speaker + 1;
            for (i, &k) in u.keys.iter().enumerate() {
                let (t, l) = list_of[k as usize];
                let l = if t == tag {
                    l
                } else {
                    let l = at.len() as u32;
                    list_of[k as usize] = (tag, l);
                    at.push(0);
                    l
                };
                at[l as usize] += 1;
                lists[unit_at[ui as usize] + i] = l;
            }
        }
        // Counts to starts (and one past the last list's end).
        let mut start = 0;
        for n in &mut at {
            let len = *n;
            *n = start;
            start += len;
        }
        at.push(start);
        let mut postings: Vec<u32> = vec![0; all_keys];
        let mut fill: Vec<u32> = at.clone();
        for ui in 0..units.len() {
            for &l in &lists[unit_at[ui]..unit_at[ui + 1]] {
                postings[fill[l as usize] as usize] = ui as u32;
                fill[l as usize] += 1;
            }
        }
        Postings { unit_at, lists, at, postings }
    }

    /// The list of each key of unit `ui`.
    fn lists_of(&self, ui: usize) -> &[u32] {
        &self.lists[self.unit_at[ui]..self.unit_at[ui + 1]]
    }

    /// The units of list `l`.
    fn list(&self, l: u32) -> &[u32] {
        &self.postings[self.at[l as usize] as usize..self.at[l as usize + 1] as usize]
    }
}

/// The pairs of units that share enough words (see [`MIN_SHARED`], [`MIN_SHARE`]), in the
/// order (unit, unit): each unit's in turn, its candidates sorted. Candidates come from the
/// unit's rarest keys in `index`; units of its own article (`by_article`) are never candidates.
fn scored_pairs(units: &[Unit], index: &Postings, by_article: &Buckets, n_keys: usize) -> Vec<Pair> {
    // A pair found from both ends is scored from the first: `scored_by` lists, for each unit,
    // the earlier units that scored it (linked through `scored_by_head`, newest first).
    let mut scored_by_head: Vec<u32> = vec![u32::MAX; units.len()];
    let mut scored_by: Vec<(u32, u32)> = Vec::new();
    // `seen[v] == ui + 1`: v is a candidate of ui (or in its article); `mine[k] == ui + 1`: ui
    // has key k; `done[v] == ui + 1`: v scored ui already.
    let mut seen: Vec<u32> = vec![0; units.len()];
    let mut mine: Vec<u32> = vec![0; n_keys];
    let mut done: Vec<u32> = vec![0; units.len()];
    let mut cands: Vec<u32> = Vec::with_capacity(MAX_CANDIDATES);
    let mut probes: Vec<u64> = Vec::new();
    let mut pairs: Vec<Pair> = Vec::new();
    for (ui, u) in units.iter().enumerate() {
        let mark = ui as u32 + 1;
        cands.clear();
        let a = u.article as usize;
        for &v in by_article.get(a) {
            seen[v as usize] = mark;
        }
        // The statement's rarest words find its candidates; the overlap is then counted in full.
        // (Rarest first, then by key: the keys are sorted, so their index orders them.)
        let lists = index.lists_of(ui);
        probes.clear();
        probes.extend(lists.iter().enumerate().map(|(i, &l)| (index.list(l).len() as u64) << 32 | i as u64));
        if probes.len() > PROBE_KEYS {
            probes.select_nth_unstable(PROBE_KEYS - 1);
            probes.truncate(PROBE_KEYS);
        }
        probes.sort_unstable();
        'probe: for &p in &probes {
            let list = index.list(lists[(p & 0xffff_ffff) as usize]);
            for &v in &list[..list.len().min(PROBE_POSTINGS)] {
                if seen[v as usize] != mark {
                    seen[v as usize] = mark;
                    cands.push(v);
                    if cands.len() >= MAX_CANDIDATES {
                        break 'probe;
                    }
                }
            }
        }
        cands.sort_unstable();
        for &k in &u.keys {
            mine[k as usize] = mark;
        }
        let mut e = scored_by_head[ui];
        while let Some(&(v, next)) = scored_by.get(e as usize) {
            done[v as usize] = mark;
            e = next;
        }
        for &v in &cands {
            // Found from both ends: already scored (and pushed) from v.
            if done[v as usize] == mark {
                continue;
            }
            if v as usize > ui {
                scored_by.push((ui as u32, scored_by_head[v as usize]));
                scored_by_head[v as usize] = (scored_by.len() - 1) as u32;
            }
            let w = &units[v as usize];
            let n = w.keys.iter().filter(|&&k| mine[k as usize] == mark).count();
            let shorter = u.keys.len().min(w.keys.len()).max(1);
            let score = n as f32 / shorter as f32;
            if n >= MIN_SHARED && score >= MIN_SHARE {
                // (Scores are positive, where the order of the bits is the order of the numbers:
                // their complement ranks the strongest first.)
                pairs.push(Pair { rank: !score.to_bits(), u: ui as u32, v });
            }
        }
    }
    pairs
}

/// The groups the pairs make, as a union-find forest over the units: strongest pairs first
/// (ties by unit, then unit), a pair joining two groups only if their dates stay consistent.
fn join(units: &[Unit], pairs: &[Pair]) -> Vec<usize> {
    let mut parent: Vec<usize> = (0..units.len()).collect();
    let mut when: Vec<When> = units.iter().map(When::of).collect();
    for p in strongest_first(pairs) {
        let (u, v) = (p.u as usize, p.v as usize);
        let (ru, rv) = (find(&mut parent, u), find(&mut parent, v));
        if ru == rv {
            continue;
        }
        if let Some(merged) = when[ru].merge(&when[rv]) {
            union(&mut parent, ru, rv);
            let r = find(&mut parent, ru);
            when[r] = merged;
        }
    }
    parent
}

/// A candidate pair of statements that share enough words.
#[derive(Clone, Copy, Default)]
struct Pair {
    /// The complement of the score's bits: the smaller, the stronger.
    rank: u32,
    u: u32,
    v: u32,
}

/// `pairs` strongest first, pairs of equal score in the order given. A counting sort: a score
/// is a ratio of two small counts, so there are few distinct scores however many pairs.
fn strongest_first(pairs: &[Pair]) -> Vec<Pair> {
    // Each distinct rank gets a dense index (one lookup per pair), and its pairs are counted.
    let mut dense: HashMap<u32, u32> = HashMap::default();
    let mut count: Vec<u32> = Vec::new();
    let index: Vec<u32> = pairs
        .iter()
        .map(|p| {
            let next = count.len() as u32;
            let d = *dense.entry(p.rank).or_insert(next);
            if d == next {
                count.push(0);
            }
            count[d as usize] += 1;
            d
        })
        .collect();
    let mut ranks: Vec<(u32, u32)> = dense.into_iter().collect();
    ranks.sort_unstable();
    // Where each score's pairs start in the output.
    let mut at = 0;
    for (_, d) in ranks {
        let n = count[d as usize];
        count[d as usize] = at;
        at += n;
    }
    let mut out = vec![Pair::default(); pairs.len()];
    for (p, &d) in pairs.iter().zip(&index) {
        out[count[d as usize] as usize] = *p;
        count[d as usize] += 1;
    }
    out
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        parent[ra.max(rb)] = ra.min(rb);
    }
}

/// Quotations with a speaker, as statements.
fn units<'t>(articles: &'t [Article], quotes: &[Quote], keys: &mut Keys<'t>) -> Vec<Unit> {
    let mut out: Vec<Unit> = Vec::new();
    // (article, speaker, sentence) of the last partial quotation, and its unit.
    type Place = (u32, u32, Option<u32>);
    let mut last_partial: Option<(Place, usize)> = None;
    for (qi, q) in quotes.iter().enumerate() {
        let Some(speaker) = q.speaker else { continue };
        if q.nested_in.is_some() {
            continue;
        }
        let Some(a) = articles.get(q.article as usize) else { continue };
        let mut ks = content_keys(a, q, keys);
        let published = a.published_day();
        if q.kind == QuoteKind::Partial {
            let here = (q.article, speaker, a.sentence_at(q.span.start));
            if let Some((prev, ui)) = &last_partial {
                if *prev == here && here.2.is_some() {
                    let u = &mut out[*ui];
                    u.quotes.push(qi as u32);
                    u.keys.append(&mut ks);
                    u.keys.sort();
                    u.keys.dedup();
                    u.date = u.date.or(q.date);
                    continue;
                }
            }
            last_partial = Some((here, out.len()));
        }
        out.push(Unit { quotes: vec![qi as u32], article: q.article, speaker, keys: ks, date: q.date, published });
    }
    out
}

/// Sorted, distinct content keys of a quotation, leaving out editorial insertions in brackets.
fn content_keys<'t>(a: &'t Article, q: &Quote, keys: &mut Keys<'t>) -> Vec<u32> {
    // About one word in six bytes of news prose.
    let bytes: usize = q.parts.iter().map(|p| p.len()).sum();
    let mut out: Vec<u32> = Vec::with_capacity((bytes / 6 + 1).min(MAX_ALIGN_WORDS));
    each_word(a, q, keys, |w, keys| {
        if !w.bracketed && !keys.stop[w.key as usize] {
            out.push(w.key);
        }
    });
    out.sort_unstable();
    out.dedup();
    out
}

/// A word of a rendering.
struct Word {
    span: Span,
    key: u32,
    part: usize,
    bracketed: bool,
}

/// The words of a rendering, at most [`MAX_ALIGN_WORDS`].
fn words<'t>(a: &'t Article, q: &Quote, keys: &mut Keys<'t>) -> Vec<Word> {
    // About one word in six bytes of news prose.
    let bytes: usize = q.parts.iter().map(|p| p.len()).sum();
    let mut out = Vec::with_capacity((bytes / 6 + 1).min(MAX_ALIGN_WORDS));
    each_word(a, q, keys, |w, _| out.push(w));
    out
}

/// Calls `f` with each word of a rendering, at most [`MAX_ALIGN_WORDS`].
fn each_word<'t>(a: &'t Article, q: &Quote, keys: &mut Keys<'t>, mut f: impl FnMut(Word, &Keys<'t>)) {
    let mut n = 0;
    for (pi, p) in q.parts.iter().enumerate() {
        let t = a.slice(*p);
        // Bracket depth at each word: `[of the organizers …]`, `(in Kazakhstan, – approx. …)`.
        let mut depth = 0i32;
        let mut last = 0;
        for w in crate::text::words(t) {
            // (Brackets are ASCII, and no byte of a longer UTF-8 character is ASCII.)
            for &c in &t.as_bytes()[last..w.start] {
                match c {
                    b'(' | b'[' => depth += 1,
                    b')' | b']' => depth = (depth - 1).max(0),
                    _ => {}
                }
            }
            // (A word holds no bracket: the scan resumes after it.)
            last = w.end;
            let s = p.start as usize + w.start;
            let key = keys.id(w.text);
            f(Word { span: Span::new(s, s + w.text.len()), key, part: pi, bracketed: depth > 0 }, keys);
            n += 1;
            if n >= MAX_ALIGN_WORDS {
                return;
            }
        }
    }
}

/// What a group of renderings says about when the statement was made: the day the dated ones
/// give, and the earliest publication date of the undated ones (each was said on or before
/// its article's publication).
#[derive(Clone, Copy, Debug)]
struct When {
    day: Option<Date>,
    said_by: Option<Date>,
}

impl When {
    fn of(u: &Unit) -> When {
        match u.date.and_then(|d| d.day_value()) {
            Some(d) => When { day: Some(d), said_by: None },
            None => When { day: None, said_by: u.published },
        }
    }

    /// The two together, if they can be one statement.
    fn merge(&self, o: &When) -> Option<When> {
        let day = match (self.day, o.day) {
            (Some(a), Some(b)) if a != b => return None,
            (a, b) => a.or(b),
        };
        let said_by = match (self.said_by, o.said_by) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        if let (Some(d), Some(by)) = (day, said_by) {
            if d > by {
                return None;
            }
        }
        Some(When { day, said_by })
    }
}

fn build<'t>(
    articles: &'t [Article],
    quotes: &[Quote],
    units: &[Unit],
    members: &[usize],
    keys: &mut Keys<'t>,
) -> QuoteGroup {
    let mut qs: Vec<u32> = members.iter().flat_map(|&m| units[m].quotes.iter().copied()).collect();
    // Reference: from the earliest article (by publication date, then corpus order), longest.
    let sort_key = |q: u32| {
        let quote = &quotes[q as usize];
        let a = &articles[quote.article as usize];
        let len: u32 = quote.parts.iter().map(|p| p.len() as u32).sum();
        (a.published_day().map_or(i64::MAX, |d| d.to_days()), quote.article, u32::MAX - len)
    };
    let reference = qs.iter().copied().min_by_key(|&q| sort_key(q)).unwrap_or(qs[0]);
    qs.retain(|&q| q != reference);
    qs.sort_by_key(|&q| (quotes[q as usize].article, quotes[q as usize].span.start));
    // Identical renderings (syndicated copies) share one alignment, shifted to their spans.
    let text_of = |q: u32| -> Vec<&str> {
        let quote = &quotes[q as usize];
        let a = &articles[quote.article as usize];
        quote.parts.iter().map(|p| a.slice(*p)).collect()
    };
    let mut seen: HashMap<Vec<&str>, usize> = HashMap::default();
    let mut alignment: Vec<Alignment> = Vec::with_capacity(qs.len());
    // (The reference's words are read once for all its alignments.)
    let rq = &quotes[reference as usize];
    let reference_words = words(&articles[rq.article as usize], rq, keys);
    for &q in &qs {
        let t = text_of(q);
        if let Some(&i) = seen.get(&t) {
            let first = &alignment[i];
            let (from, to) = (&quotes[first.b as usize].parts, &quotes[q as usize].parts);
            let shift = |s: Span| -> Span {
                let k = from.iter().position(|p| p.start <= s.start && s.end <= p.end).unwrap_or(0);
                let d = i64::from(to[k].start) - i64::from(from[k].start);
                Span { start: (i64::from(s.start) + d) as u32, end: (i64::from(s.end) + d) as u32 }
            };
            let ops = first.ops.iter().map(|op| DiffOp { tag: op.tag, a: op.a, b: shift(op.b) }).collect();
            alignment.push(Alignment { a: reference, b: q, similarity: first.similarity, ops });
            continue;
        }
        seen.insert(t, alignment.len());
        alignment.push(align_with(articles, quotes, (reference, &reference_words), q, keys));
    }
    let similarity = alignment.iter().map(|a| a.similarity).fold(1.0f32, f32::min);
    // The date the renderings agree on.
    let mut dates: Vec<Date> = core::iter::once(reference)
        .chain(qs.iter().copied())
        .filter_map(|q| quotes[q as usize].date.and_then(|d| d.day_value()))
        .collect();
    dates.sort();
    let date = dates.first().copied().filter(|d| dates.iter().all(|x| x == d)).map(DateValue::day);
    let mut all = vec![reference];
    all.extend(qs);
    QuoteGroup { speaker: units[members[0]].speaker, quotes: all, date, similarity, alignment }
}

/// Word-level alignment of two renderings (quotes `a` and `b`).
pub fn align(articles: &[Article], quotes: &[Quote], a: u32, b: u32) -> Alignment {
    let mut keys = Keys::default();
    let qa = &quotes[a as usize];
    let wa = words(&articles[qa.article as usize], qa, &mut keys);
    align_with(articles, quotes, (a, &wa), b, &mut keys)
}

/// [`align`], given quote `a`'s [`words`].
fn align_with<'t>(
    articles: &'t [Article],
    quotes: &[Quote],
    (a, wa): (u32, &[Word]),
    b: u32,
    keys: &mut Keys<'t>,
) -> Alignment {
    let (qa, qb) = (&quotes[a as usize], &quotes[b as usize]);
    let (aa, ab) = (&articles[qa.article as usize], &articles[qb.article as usize]);
    let wb = words(ab, qb, keys);
    // An editor's bracketed insertion (`(in Kazakhstan, – approx. …)`) is not the speaker's:
    // its words get keys of their own so they never anchor the alignment.
    let own_key = |w: &Word, i: usize, side: u32| if w.bracketed { u32::MAX - side - 2 * i as u32 } else { w.key };
    let ka: Vec<u32> = wa.iter().enumerate().map(|(i, w)| own_key(w, i, 0)).collect();
    let kb: Vec<u32> = wb.iter().enumerate().map(|(i, w)| own_key(w, i, 1)).collect();
    let raw = capture_diff_slices(Algorithm::Patience, &ka, &kb);
    let steps: Vec<(SimTag, core::ops::Range<usize>, core::ops::Range<usize>)> =
        raw.iter().map(|op| op.as_tag_tuple()).collect();
    let mut ops = Vec::with_capacity(steps.len() + 2);
    for (i, (tag, ra, rb)) in steps.iter().cloned().enumerate() {
        // A long stretch replaced by a short one is mostly words one side lacks: the short side
        // replaces the words next to the neighbouring match, the rest is a deletion (insertion).
        let before_equal = i > 0 && steps[i - 1].0 == SimTag::Equal;
        let after_equal = steps.get(i + 1).is_some_and(|s| s.0 == SimTag::Equal);
        let head = before_equal && !after_equal;
        if tag == SimTag::Replace && ra.len() > 2 * rb.len() + 2 {
            let cut = if head { ra.start + rb.len() } else { ra.end - rb.len() };
            let (first, second) = (ra.start..cut, cut..ra.end);
            if head {
                ops.push((SimTag::Replace, first, rb.clone()));
                ops.push((SimTag::Delete, second, rb.end..rb.end));
            } else {
                ops.push((SimTag::Delete, first, rb.start..rb.start));
                ops.push((SimTag::Replace, second, rb));
            }
        } else if tag == SimTag::Replace && rb.len() > 2 * ra.len() + 2 {
            let cut = if head { rb.start + ra.len() } else { rb.end - ra.len() };
            let (first, second) = (rb.start..cut, cut..rb.end);
            if head {
                ops.push((SimTag::Replace, ra.clone(), first));
                ops.push((SimTag::Insert, ra.end..ra.end, second));
            } else {
                ops.push((SimTag::Insert, ra.start..ra.start, first));
                ops.push((SimTag::Replace, ra, second));
            }
        } else {
            ops.push((tag, ra, rb));
        }
    }
    let mut out = Vec::with_capacity(ops.len());
    let mut equal_words = 0usize;
    for (tag, ra, rb) in ops {
        let tag = match tag {
            SimTag::Equal => DiffTag::Equal,
            SimTag::Delete => DiffTag::Delete,
            SimTag::Insert => DiffTag::Insert,
            SimTag::Replace => DiffTag::Replace,
        };
        if tag == DiffTag::Equal {
            // Word i of one side is word i of the other. The alignment matched them on
            // normalised keys (`house` = `home`); the reader must still see that the words
            // differ, so a pair whose surface forms differ is a replacement. Cut where either
            // side changes part or where that changes.
            let same =
                |k: usize| crate::text::fold_eq(aa.slice(wa[ra.start + k].span), ab.slice(wb[rb.start + k].span));
            let mut k = 0;
            while k < ra.len() && k < rb.len() {
                let (pa, pb, eq) = (wa[ra.start + k].part, wb[rb.start + k].part, same(k));
                let mut e = k + 1;
                while e < ra.len()
                    && e < rb.len()
                    && wa[ra.start + e].part == pa
                    && wb[rb.start + e].part == pb
                    && same(e) == eq
                {
                    e += 1;
                }
                let sa = Span { start: wa[ra.start + k].span.start, end: wa[ra.start + e - 1].span.end };
                let sb = Span { start: wb[rb.start + k].span.start, end: wb[rb.start + e - 1].span.end };
                out.push(DiffOp { tag: if eq { DiffTag::Equal } else { DiffTag::Replace }, a: sa, b: sb });
                if eq {
                    equal_words += e - k;
                }
                k = e;
            }
            continue;
        }
        push_split(&mut out, tag, pieces(wa, ra, qa), pieces(&wb, rb, qb));
    }
    // Similarity: the share of the shorter rendering worded exactly as the other (after case
    // and typography); bracketed insertions do not count.
    let own = |w: &[Word]| w.iter().filter(|w| !w.bracketed).count();
    let shorter = own(wa).min(own(&wb));
    let similarity = if shorter == 0 { 0.0 } else { (equal_words as f32 / shorter as f32).min(1.0) };
    Alignment { a, b, similarity, ops: out }
}

/// The spans a range of words covers, one per quotation part; an empty range gives one empty
/// span where the words would be.
fn pieces(words: &[Word], r: core::ops::Range<usize>, q: &Quote) -> Vec<Span> {
    if r.is_empty() {
        let at = words.get(r.start).map_or_else(|| words.last().map_or(q.span.end, |w| w.span.end), |w| w.span.start);
        return vec![Span { start: at, end: at }];
    }
    let mut out: Vec<Span> = Vec::new();
    let mut cur_part = usize::MAX;
    for w in &words[r] {
        if w.part == cur_part {
            if let Some(last) = out.last_mut() {
                last.end = w.span.end;
            }
        } else {
            out.push(w.span);
            cur_part = w.part;
        }
    }
    out
}

/// Emits one diff step, split where either side crosses a part boundary.
fn push_split(out: &mut Vec<DiffOp>, tag: DiffTag, a: Vec<Span>, b: Vec<Span>) {
    let n = a.len().max(b.len());
    for i in 0..n {
        match (a.get(i), b.get(i)) {
            (Some(&x), Some(&y)) => out.push(DiffOp { tag, a: x, b: y }),
            (Some(&x), None) => {
                let at = b.last().map_or(0, |s| s.end);
                out.push(DiffOp { tag: DiffTag::Delete, a: x, b: Span { start: at, end: at } });
            }
            (None, Some(&y)) => {
                let at = a.last().map_or(0, |s| s.end);
                out.push(DiffOp { tag: DiffTag::Insert, a: Span { start: at, end: at }, b: y });
            }
            (None, None) => {}
        }
    }
}
