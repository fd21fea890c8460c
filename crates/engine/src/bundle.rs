//! The bundle: a compact, versioned binary form of a [`Corpus`].
//!
//! Written at build time (the widget's `build.rs`, or `presslens bundle`), compiled into the
//! WASM with `include_bytes!`, read once in the browser.
//!
//! # Layout
//!
//! ```text
//! offset    size       field
//! 0         8          magic: the ASCII bytes "PRESSLNS"
//! 8         2          format version, little-endian u16 (FORMAT_VERSION)
//! 10        4          H: length of the head, little-endian u32
//! 14        H          head: the Corpus, serialised with postcard (serde data model, varint
//!                      integers, length-prefixed strings and sequences, fields in declaration
//!                      order), with every article's text, lines, paragraphs, sentences,
//!                      captions and comments left empty (its metadata and diagnostics stay),
//!                      and every entity's mentions left empty
//! 14+H      4·(n+1)    text offsets: n+1 little-endian u32, n = the head's article count,
//!                      ascending, relative to the start of the texts
//! …         4·(n+1)    body offsets, the same way, relative to the start of the bodies
//! …         T          texts: article i is bytes text_offsets[i]..text_offsets[i+1], its text
//!                      as UTF-8, unchanged (spans index into it)
//! …         B          bodies: article i is bytes body_offsets[i]..body_offsets[i+1], a
//!                      postcard Body (lines, paragraphs, sentences, captions, comments)
//! …         to the end entity mentions: postcard, one sequence of Mention per entity, in the
//!                      head's entity order
//! ```
//!
//! The head is what the widget lists, filters and draws its cards from; a text is read (borrowed
//! from the bundle's bytes, not copied) when a card quotes it or the search indexes it; a body
//! only when the reader opens that article. Entity mentions (every place a name occurs: the
//! largest single part of a large corpus's head, and nothing the widget draws) come last, read
//! by [`Bundle::entity_mentions`]. So [`Bundle::open`] decodes the head, [`Bundle::text`] and
//! [`Bundle::body`] one article's part when asked. [`decode`] reads everything (the `Corpus` that
//! was encoded).
//!
//! Postcard is not self-describing: the field order of the types in [`crate::model`] *is* the
//! format. Any change to those types must bump [`FORMAT_VERSION`]; a reader built for another
//! version refuses the bundle with [`ErrorKind::VersionMismatch`] instead of misreading it.

use core::fmt;

use serde::{Deserialize, Serialize};

use crate::model::{Article, Caption, Comment, Corpus, Line, Mention, Paragraph, Sentence};

/// The eight bytes every bundle starts with.
pub const MAGIC: [u8; 8] = *b"PRESSLNS";

/// The version of the layout of [`crate::model`] this build reads and writes.
pub const FORMAT_VERSION: u16 = 3;

const HEADER: usize = MAGIC.len() + 2;

/// Why a bundle could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

/// The kinds of [`Error`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The bytes do not start with [`MAGIC`]: not a presslens bundle.
    NotABundle,
    /// The bundle was written for another format version.
    VersionMismatch {
        /// Version in the bundle.
        found: u16,
        /// Version this build reads.
        expected: u16,
    },
    /// The payload could not be decoded (truncated or corrupted).
    Corrupt(String),
    /// The corpus could not be encoded.
    Encode(String),
}

impl Error {
    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::NotABundle => write!(f, "not a presslens bundle (the first bytes are not \"PRESSLNS\")"),
            ErrorKind::VersionMismatch { found, expected } => write!(
                f,
                "bundle format version {found} cannot be read by this build, which reads version {expected}: \
                 rebuild the bundle with the same presslens version as the widget"
            ),
            ErrorKind::Corrupt(e) => write!(f, "bundle is truncated or corrupted: {e}"),
            ErrorKind::Encode(e) => write!(f, "could not encode the corpus: {e}"),
        }
    }
}

impl std::error::Error for Error {}

/// The parts of an article only its reader shows, stored apart from the head.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Body {
    /// [`Article::lines`].
    pub lines: Vec<Line>,
    /// [`Article::paragraphs`].
    pub paragraphs: Vec<Paragraph>,
    /// [`Article::sentences`].
    pub sentences: Vec<Sentence>,
    /// [`Article::captions`].
    pub captions: Vec<Caption>,
    /// [`Article::comments`].
    pub comments: Vec<Comment>,
}

impl Body {
    /// Moves the body out of an article (leaving those fields empty).
    fn take(a: &mut Article) -> Body {
        Body {
            lines: std::mem::take(&mut a.lines),
            paragraphs: std::mem::take(&mut a.paragraphs),
            sentences: std::mem::take(&mut a.sentences),
            captions: std::mem::take(&mut a.captions),
            comments: std::mem::take(&mut a.comments),
        }
    }

    /// Puts the body into an article.
    pub fn fill(self, a: &mut Article) {
        (a.lines, a.paragraphs, a.sentences, a.captions, a.comments) =
            (self.lines, self.paragraphs, self.sentences, self.captions, self.comments);
    }
}

fn corrupt(e: impl fmt::Display) -> Error {
    Error { kind: ErrorKind::Corrupt(e.to_string()) }
}

fn encode_error(e: impl fmt::Display) -> Error {
    Error { kind: ErrorKind::Encode(e.to_string()) }
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// Serialises a corpus into a bundle.
pub fn encode(corpus: &Corpus) -> Result<Vec<u8>, Error> {
    let mut head = corpus.clone();
    let bodies: Vec<Body> = head.articles.iter_mut().map(Body::take).collect();
    let texts: Vec<String> = head.articles.iter_mut().map(|a| std::mem::take(&mut a.text)).collect();
    let mentions: Vec<Vec<Mention>> = head.entities.iter_mut().map(|e| std::mem::take(&mut e.mentions)).collect();
    let head = postcard::to_allocvec(&head).map_err(encode_error)?;
    let too_big = || encode_error("the bundle would be over 4 GiB");
    let u32_le = |n: usize| u32::try_from(n).map(u32::to_le_bytes).map_err(|_| too_big());
    let mut out = Vec::new();
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&u32_le(head.len())?);
    out.extend_from_slice(&head);
    let mut text_data = Vec::new();
    out.extend_from_slice(&u32_le(0)?);
    for t in &texts {
        text_data.extend_from_slice(t.as_bytes());
        out.extend_from_slice(&u32_le(text_data.len())?);
    }
    let mut body_data = Vec::new();
    out.extend_from_slice(&u32_le(0)?);
    for body in &bodies {
        body_data = postcard::to_extend(body, body_data).map_err(encode_error)?;
        out.extend_from_slice(&u32_le(body_data.len())?);
    }
    out.extend_from_slice(&text_data);
    out.extend_from_slice(&body_data);
    postcard::to_extend(&mentions, out).map_err(encode_error)
}

/// Bytes `[i]..[i+1]` of `data` by the offset table `table`.
fn part<'a>(table: &[u8], data: &'a [u8], i: usize) -> Result<&'a [u8], Error> {
    let (Some(start), Some(end)) = (u32_at(table, 4 * i), u32_at(table, 4 * i + 4)) else {
        return Err(corrupt(format!("no article {i}")));
    };
    data.get(start as usize..end as usize).ok_or_else(|| corrupt(format!("article {i} out of range")))
}

/// A bundle whose head is decoded; article texts and bodies are read one by one on demand.
#[derive(Debug)]
pub struct Bundle<'a> {
    corpus: Corpus,
    text_offsets: &'a [u8],
    body_offsets: &'a [u8],
    texts: &'a [u8],
    bodies: &'a [u8],
    mentions: &'a [u8],
}

impl<'a> Bundle<'a> {
    /// Checks the header and decodes the head.
    pub fn open(bytes: &'a [u8]) -> Result<Bundle<'a>, Error> {
        if bytes.len() < HEADER || bytes[..MAGIC.len()] != MAGIC {
            return Err(Error { kind: ErrorKind::NotABundle });
        }
        let found = u16::from_le_bytes([bytes[MAGIC.len()], bytes[MAGIC.len() + 1]]);
        if found != FORMAT_VERSION {
            return Err(Error { kind: ErrorKind::VersionMismatch { found, expected: FORMAT_VERSION } });
        }
        let head_len = u32_at(bytes, HEADER).ok_or_else(|| corrupt("no head length"))? as usize;
        let head = bytes.get(HEADER + 4..).and_then(|b| b.get(..head_len)).ok_or_else(|| corrupt("head cut short"))?;
        let corpus: Corpus = postcard::from_bytes(head).map_err(corrupt)?;
        let table = 4 * (corpus.articles.len() + 1);
        let rest = &bytes[HEADER + 4 + head_len..];
        if rest.len() < 2 * table {
            return Err(corrupt("offset tables cut short"));
        }
        let (text_offsets, rest) = rest.split_at(table);
        let (body_offsets, rest) = rest.split_at(table);
        let texts_len = u32_at(text_offsets, table - 4).unwrap_or(0) as usize;
        if rest.len() < texts_len {
            return Err(corrupt("texts cut short"));
        }
        let (texts, rest) = rest.split_at(texts_len);
        let bodies_len = u32_at(body_offsets, table - 4).unwrap_or(0) as usize;
        if rest.len() < bodies_len {
            return Err(corrupt("bodies cut short"));
        }
        let (bodies, mentions) = rest.split_at(bodies_len);
        Ok(Bundle { corpus, text_offsets, body_offsets, texts, bodies, mentions })
    }

    /// The corpus, each article without its text and its body (lines, paragraphs, sentences,
    /// captions, comments), each entity without its mentions.
    pub fn corpus(&self) -> &Corpus {
        &self.corpus
    }

    /// The text of article `i`, borrowed from the bundle's bytes.
    pub fn text(&self, i: usize) -> Result<&'a str, Error> {
        let bytes = part(self.text_offsets, self.texts, i)?;
        std::str::from_utf8(bytes).map_err(|e| corrupt(format!("article {i}'s text: {e}")))
    }

    /// Decodes the body of article `i`.
    pub fn body(&self, i: usize) -> Result<Body, Error> {
        postcard::from_bytes(part(self.body_offsets, self.bodies, i)?).map_err(corrupt)
    }

    /// Decodes every entity's mentions, in the order of the head's entities.
    pub fn entity_mentions(&self) -> Result<Vec<Vec<Mention>>, Error> {
        let all: Vec<Vec<Mention>> = postcard::from_bytes(self.mentions).map_err(corrupt)?;
        if all.len() != self.corpus.entities.len() {
            return Err(corrupt(format!("mentions for {} entities, not {}", all.len(), self.corpus.entities.len())));
        }
        Ok(all)
    }

    /// The whole corpus, every text, body and entity mention in place.
    pub fn into_corpus(mut self) -> Result<Corpus, Error> {
        let mut articles = std::mem::take(&mut self.corpus.articles);
        for (i, a) in articles.iter_mut().enumerate() {
            a.text = self.text(i)?.to_string();
            self.body(i)?.fill(a);
        }
        let mentions = self.entity_mentions()?;
        for (e, m) in self.corpus.entities.iter_mut().zip(mentions) {
            e.mentions = m;
        }
        self.corpus.articles = articles;
        Ok(self.corpus)
    }
}

/// Reads a bundle written by [`encode`] of the same [`FORMAT_VERSION`], bodies and all.
pub fn decode(bytes: &[u8]) -> Result<Corpus, Error> {
    Bundle::open(bytes)?.into_corpus()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_errors_are_distinct() {
        assert_eq!(decode(b"nope").unwrap_err().kind(), &ErrorKind::NotABundle);
        let mut b = encode(&Corpus::default()).unwrap();
        b[8] = 99;
        let e = decode(&b).unwrap_err();
        assert!(matches!(e.kind(), ErrorKind::VersionMismatch { found: 99, .. }));
        assert!(e.to_string().contains("rebuild"));
        let good = encode(&Corpus::default()).unwrap();
        assert_eq!(decode(&good).unwrap(), Corpus::default());
        let mut cut = encode(&Corpus { articles: vec![], ..Corpus::default() }).unwrap();
        cut.truncate(HEADER + 1);
        assert!(decode(&cut).is_err());
    }

    fn analysed() -> Corpus {
        let text = "Harbour Post\n\nDockers strike in Port Vela\n\nBy Ana Ruiz\n\nPORT VELA, March 3, 2023 -- \
                    Dockers walked out on Thursday, March 2.\n\n\"We will not go back,\" union leader Tomas Ek said.\n\n\
                    [Photo: the harbour]\n\nShare this article\n";
        let other = "Coast Radio\n\nPort strike goes on\n\nThe strike in Port Vela went on for a second day.\n";
        crate::analyze(&[crate::Input::new("a.txt", text.as_bytes()), crate::Input::new("b.txt", other.as_bytes())])
    }

    #[test]
    fn a_corpus_round_trips() {
        let corpus = analysed();
        assert!(corpus.articles[0].sentences.len() > 1 && !corpus.articles[0].lines.is_empty());
        let bytes = encode(&corpus).unwrap();
        assert_eq!(decode(&bytes).unwrap(), corpus);
    }

    #[test]
    fn the_head_opens_without_bodies_and_each_body_decodes_on_demand() {
        let corpus = analysed();
        let bytes = encode(&corpus).unwrap();
        let b = Bundle::open(&bytes).unwrap();
        assert_eq!(b.corpus().articles.len(), 2);
        assert_eq!(b.corpus().quotes, corpus.quotes);
        assert!(b.corpus().articles.iter().all(|a| a.text.is_empty() && a.lines.is_empty() && a.sentences.is_empty()));
        assert!(corpus.entities.iter().any(|e| !e.mentions.is_empty()));
        assert!(b.corpus().entities.iter().all(|e| e.mentions.is_empty()), "mentions are not in the head");
        let names: Vec<&str> = b.corpus().entities.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, corpus.entities.iter().map(|e| e.name.as_str()).collect::<Vec<_>>());
        let mentions: Vec<Vec<Mention>> = corpus.entities.iter().map(|e| e.mentions.clone()).collect();
        assert_eq!(b.entity_mentions().unwrap(), mentions, "read on demand, in entity order");
        for (i, want) in corpus.articles.iter().enumerate() {
            let mut a = b.corpus().articles[i].clone();
            let text = b.text(i).unwrap();
            assert!(bytes.as_ptr_range().contains(&text.as_ptr()), "the text is borrowed, not copied");
            a.text = text.to_string();
            b.body(i).unwrap().fill(&mut a);
            assert_eq!(&a, want);
        }
        assert!(b.body(2).is_err() && b.text(2).is_err(), "no third article");
    }

    #[test]
    fn a_damaged_body_table_is_an_error_not_a_panic() {
        let bytes = encode(&analysed()).unwrap();
        let head_len = u32_at(&bytes, HEADER).unwrap() as usize;
        let table = HEADER + 4 + head_len;
        for cut in [HEADER + 2, table + 3, bytes.len() - 1] {
            let _ = decode(&bytes[..cut]);
        }
        let mut bad = bytes.clone();
        bad[table + 4..table + 8].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(decode(&bad).is_err(), "a text offset past the end");
        let mut bad = bytes.clone();
        let n = 2;
        bad[table + 4 * (n + 1) + 4..table + 4 * (n + 1) + 8].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(decode(&bad).is_err(), "a body offset past the end");
        assert!(decode(&bytes[..table + 3]).is_err());
        let mut bad = bytes.clone();
        let at = bad.windows(7).rposition(|w| w == b"Dockers").expect("the text is stored as it is");
        bad[at] = 0xff;
        let b = Bundle::open(&bad).expect("the head is intact");
        assert!(b.text(0).is_err(), "text that is not UTF-8 is an error");
        assert!(b.text(1).is_ok() && decode(&bad).is_err());
        let cut = Bundle::open(&bytes[..bytes.len() - 1]).expect("the head, texts and bodies are intact");
        assert!(cut.body(1).is_ok() && cut.entity_mentions().is_err(), "mentions cut short are an error");
        assert!(decode(&bytes[..bytes.len() - 1]).is_err());
    }

    #[test]
    fn a_huge_stated_length_is_an_error_not_an_abort() {
        // The head starts with the article count, a varint: state 2^35 - 1 articles instead of 2.
        let bytes = encode(&analysed()).unwrap();
        let head = HEADER + 4;
        assert_eq!(bytes[head], 2);
        let mut bad = bytes[..head].to_vec();
        bad.extend_from_slice(&[0xff, 0xff, 0xff, 0xff, 0x7f]);
        bad.extend_from_slice(&bytes[head + 1..]);
        let len = u32_at(&bytes, HEADER).unwrap() + 4;
        bad[HEADER..HEADER + 4].copy_from_slice(&len.to_le_bytes());
        let e = Bundle::open(&bad).unwrap_err();
        assert!(matches!(e.kind(), ErrorKind::Corrupt(_)), "{e}");
    }
}
