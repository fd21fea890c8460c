//! Word search: every folded word of the corpus, once, with the items and the articles it occurs
//! in (postings), so a search term costs a binary search and a walk over its postings — never a
//! scan of the corpus text.
//!
//! A term matches the words it begins (`kovale` finds *Kovalenko* and *Kovalenka's*); a term
//! written with inner punctuation (`anna-maria`, `u.s.`) needs each of its word pieces.
//! Words are runs of letters and digits, with an apostrophe between letters kept inside
//! (`kovalenka's`), folded by [`text::fold_char`].
//!
//! The vocabulary is sorted by the first eight bytes of each word ([`sort::prefix_key`]), so the
//! words a term begins are one contiguous run: found by binary search for terms of up to eight
//! bytes, and checked word by word inside that run for longer ones.

use std::collections::HashMap;
use std::ops::Range;

use presslens_engine::lexicon::FxBuild;

use crate::sort::{self, prefix_key};
use crate::text;

/// The words of a corpus and where each occurs.
#[derive(Debug, Default)]
pub struct WordIndex {
    /// [`prefix_key`] of each word, ascending.
    keys: Vec<u64>,
    /// The words, in the order of `keys`.
    words: Vec<Box<str>>,
    /// For each word, the items whose words contain it, ascending.
    items: Vec<Vec<u32>>,
    /// For each word, the articles whose text contains it, with how often, ascending.
    articles: Vec<Vec<(u32, u32)>>,
    n_items: usize,
    n_articles: usize,
}

/// Collects words item by item and article by article; [`Builder::finish`] sorts them.
#[derive(Default)]
pub struct Builder {
    ids: HashMap<Box<str>, u32, FxBuild>,
    words: Vec<Box<str>>,
    items: Vec<Vec<u32>>,
    articles: Vec<Vec<(u32, u32)>>,
    buf: String,
    n_items: usize,
    n_articles: usize,
}

/// The character at byte `i` of `s` (a char boundary) and its length, ASCII without decoding.
fn char_at(s: &str, i: usize) -> (char, usize) {
    match s.as_bytes()[i] {
        b if b < 0x80 => (char::from(b), 1),
        _ => s[i..].chars().next().map_or((' ', 1), |c| (c, c.len_utf8())),
    }
}

/// True when a letter or digit (once folded) starts at byte `i` of `s`.
fn next_is_alphanumeric(s: &str, i: usize) -> bool {
    i < s.len() && text::fold_char(char_at(s, i).0).is_alphanumeric()
}

/// Calls `f` with each folded word of `s`. A word already in folded form is passed as a slice
/// of `s`; only the others are folded, into `buf`.
fn each_word(s: &str, buf: &mut String, mut f: impl FnMut(&str)) {
    let mut emit = |w: &str, plain: bool| {
        if plain {
            f(w);
        } else {
            buf.clear();
            buf.extend(w.chars().map(text::fold_char));
            f(buf);
        }
    };
    let (mut start, mut plain) = (None, true);
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // ASCII without a call: lower case and '`' are what folding changes there.
        let (word_char, same, len) = if b[i] < 0x80 {
            let c = b[i];
            let inner_quote = (c == b'\'' || c == b'`') && start.is_some() && next_is_alphanumeric(s, i + 1);
            (c.is_ascii_alphanumeric() || inner_quote, !c.is_ascii_uppercase() && c != b'`', 1)
        } else {
            let (raw, len) = char_at(s, i);
            let c = text::fold_char(raw);
            let inner_quote = c == '\'' && start.is_some() && next_is_alphanumeric(s, i + len);
            (c.is_alphanumeric() || inner_quote, raw == c, len)
        };
        if word_char {
            if start.is_none() {
                (start, plain) = (Some(i), true);
            }
            plain &= same;
        } else if let Some(st) = start.take() {
            emit(&s[st..i], plain);
        }
        i += len;
    }
    if let Some(st) = start {
        emit(&s[st..], plain);
    }
}

/// The folded word pieces of a search term.
pub fn pieces(term: &str) -> Vec<String> {
    let mut out = Vec::new();
    each_word(term, &mut String::new(), |w| out.push(w.to_string()));
    out
}

impl Builder {
    fn id(&mut self, word: &str) -> usize {
        if let Some(&id) = self.ids.get(word) {
            return id as usize;
        }
        let id = self.words.len();
        self.ids.insert(word.into(), id as u32);
        self.words.push(word.into());
        self.items.push(Vec::new());
        self.articles.push(Vec::new());
        id
    }

    /// Adds words of item `item`. Items must come in ascending order (an item's texts may
    /// come in several calls).
    pub fn item_text(&mut self, item: u32, s: &str) {
        let mut buf = std::mem::take(&mut self.buf);
        each_word(s, &mut buf, |w| {
            let id = self.id(w);
            self.item_word(item, id as u32);
        });
        self.buf = buf;
    }

    /// The word ids of `s`, to add to several items with [`Builder::item_words`].
    pub fn word_ids(&mut self, s: &str, out: &mut Vec<u32>) {
        let mut buf = std::mem::take(&mut self.buf);
        each_word(s, &mut buf, |w| out.push(self.id(w) as u32));
        self.buf = buf;
    }

    /// Adds words (ids from [`Builder::word_ids`]) to item `item`.
    pub fn item_words(&mut self, item: u32, ids: &[u32]) {
        ids.iter().for_each(|&id| self.item_word(item, id));
    }

    fn item_word(&mut self, item: u32, id: u32) {
        self.n_items = self.n_items.max(item as usize + 1);
        let p = &mut self.items[id as usize];
        if p.last() != Some(&item) {
            p.push(item);
        }
    }

    /// Adds the text of article `article`. Articles must come in ascending order.
    pub fn article_text(&mut self, article: u32, s: &str) {
        self.n_articles = self.n_articles.max(article as usize + 1);
        let mut buf = std::mem::take(&mut self.buf);
        each_word(s, &mut buf, |w| {
            let id = self.id(w);
            match self.articles[id].last_mut() {
                Some((a, n)) if *a == article => *n += 1,
                _ => self.articles[id].push((article, 1)),
            }
        });
        self.buf = buf;
    }

    /// Sorts the vocabulary.
    pub fn finish(self) -> WordIndex {
        let Builder { mut words, mut items, mut articles, n_items, n_articles, .. } = self;
        let mut order: Vec<u32> = (0..words.len() as u32).collect();
        sort::by_key(&mut order, |&w| prefix_key(&words[w as usize]));
        let mut index = WordIndex { n_items, n_articles, ..WordIndex::default() };
        for w in order.into_iter().map(|w| w as usize) {
            index.keys.push(prefix_key(&words[w]));
            index.words.push(std::mem::take(&mut words[w]));
            index.items.push(std::mem::take(&mut items[w]));
            index.articles.push(std::mem::take(&mut articles[w]));
        }
        index
    }
}

impl WordIndex {
    /// How many distinct words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when no word was indexed.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The words `piece` begins (indices into the vocabulary).
    fn begun_by<'a>(&'a self, piece: &'a str) -> impl Iterator<Item = usize> + 'a {
        let mut hi = [0xffu8; 8];
        for (d, s) in hi.iter_mut().zip(piece.bytes()) {
            *d = s;
        }
        let (lo, hi) = (prefix_key(piece), u64::from_be_bytes(hi));
        let run: Range<usize> = self.keys.partition_point(|&k| k < lo)..self.keys.partition_point(|&k| k <= hi);
        run.filter(move |&w| piece.len() <= 8 || self.words[w].starts_with(piece))
    }

    /// The items whose words contain a word begun by each piece of `term`, ascending.
    pub fn items(&self, term: &str) -> Vec<u32> {
        let mut all: Option<Vec<u64>> = None;
        for piece in pieces(term) {
            let mut bits = vec![0u64; self.n_items.div_ceil(64)];
            for w in self.begun_by(&piece) {
                for &i in &self.items[w] {
                    bits[i as usize / 64] |= 1 << (i % 64);
                }
            }
            all = Some(match all {
                None => bits,
                Some(mut a) => {
                    a.iter_mut().zip(&bits).for_each(|(a, b)| *a &= b);
                    a
                }
            });
        }
        let mut out = Vec::new();
        for (n, &word) in all.unwrap_or_default().iter().enumerate() {
            let mut b = word;
            while b != 0 {
                out.push((n * 64) as u32 + b.trailing_zeros());
                b &= b - 1;
            }
        }
        out
    }

    /// For every article, how many words in it the pieces of `term` begin: 0 when any piece
    /// is missing from it (else the count of the rarest piece).
    pub fn article_counts(&self, term: &str) -> Vec<u32> {
        self.combined(pieces(term).iter().map(|piece| self.piece_counts(piece)), u32::min)
    }

    /// For every article, its matches of all `terms` together: 0 when any term is missing from
    /// it, else the sum of each term's [`WordIndex::article_counts`].
    pub fn article_matches(&self, terms: &[String]) -> Vec<u32> {
        self.combined(terms.iter().map(|t| self.article_counts(t)), |a, b| a + b)
    }

    fn piece_counts(&self, piece: &str) -> Vec<u32> {
        let mut counts = vec![0u32; self.n_articles];
        for w in self.begun_by(piece) {
            for &(a, n) in &self.articles[w] {
                counts[a as usize] += n;
            }
        }
        counts
    }

    /// Per-article counts combined with `f` where every list has the article, else 0 (all 0 for
    /// no lists).
    fn combined(&self, lists: impl Iterator<Item = Vec<u32>>, f: impl Fn(u32, u32) -> u32) -> Vec<u32> {
        let mut total: Option<Vec<u32>> = None;
        for list in lists {
            total = Some(match total {
                None => list,
                Some(mut t) => {
                    t.iter_mut().zip(&list).for_each(|(t, &c)| *t = if *t == 0 || c == 0 { 0 } else { f(*t, c) });
                    t
                }
            });
        }
        total.unwrap_or_else(|| vec![0; self.n_articles])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(items: &[&str], articles: &[&str]) -> WordIndex {
        let mut b = Builder::default();
        for (i, s) in items.iter().enumerate() {
            b.item_text(i as u32, s);
        }
        for (a, s) in articles.iter().enumerate() {
            b.article_text(a as u32, s);
        }
        b.finish()
    }

    #[test]
    fn words_split_on_punctuation_and_keep_inner_apostrophes() {
        let mut got = Vec::new();
        each_word("Kovalenka’s “threat” — Anna-Maria, U.S. 'quoted'", &mut String::new(), |w| {
            got.push(w.to_string())
        });
        assert_eq!(got, ["kovalenka's", "threat", "anna", "maria", "u", "s", "quoted"]);
    }

    #[test]
    fn ascii_text_splits_as_any_text_does() {
        let words = |s: &str| {
            let mut v = Vec::new();
            each_word(s, &mut String::new(), |w| v.push(w.to_string()));
            v
        };
        let ascii = "Don`t STOP: it's 2022's U.S.-led 'deal' -- x' 'y";
        let mut non_ascii = words(&format!("{ascii} é"));
        assert_eq!(non_ascii.pop().as_deref(), Some("é"));
        assert_eq!(words(ascii), non_ascii);
    }

    #[test]
    fn a_term_finds_the_words_it_begins() {
        let ix = index(&["Kovalenko spoke", "Kovalenka's words", "the Ruritanian leader", "unlike"], &[]);
        assert_eq!(ix.items("kova"), [0, 1]);
        assert_eq!(ix.items("Kovalenka"), [1]);
        assert_eq!(ix.items("kovalenka's"), [1]);
        // Inside a word is not the beginning of one.
        assert_eq!(ix.items("ike"), Vec::<u32>::new());
        assert_eq!(ix.items("zzz"), Vec::<u32>::new());
    }

    #[test]
    fn long_terms_and_pieces() {
        let ix = index(&["the Organization said", "Organizational change", "Anna-Maria Kell", "Maria alone"], &[]);
        assert_eq!(ix.items("organization"), [0, 1]);
        assert_eq!(ix.items("organizationa"), [1]);
        assert_eq!(ix.items("anna-maria"), [2]);
    }

    #[test]
    fn article_counts_need_every_piece() {
        let ix = index(&[], &["Troops arrived. Troops left.", "troops only", "nothing here"]);
        assert_eq!(ix.article_counts("troop"), [2, 1, 0]);
        assert_eq!(ix.article_counts("troops-arrived"), [1, 0, 0]);
        assert_eq!(ix.article_counts("absent"), [0, 0, 0]);
        let terms = |t: &[&str]| t.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(ix.article_matches(&terms(&["troops", "arrived"])), [3, 0, 0], "every term, matches summed");
        assert_eq!(ix.article_matches(&terms(&["troops"])), [2, 1, 0]);
        assert_eq!(ix.article_matches(&[]), [0, 0, 0]);
    }

    #[test]
    fn many_items_cross_bitset_words() {
        let texts: Vec<String> =
            (0..200).map(|i| if i % 3 == 0 { format!("alpha {i}") } else { "beta".into() }).collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let ix = index(&refs, &[]);
        let want: Vec<u32> = (0..200).filter(|i| i % 3 == 0).collect();
        assert_eq!(ix.items("alpha"), want);
        assert_eq!(ix.items("beta").len(), 200 - want.len());
    }
}
