//! Bad input never panics or hangs: each problem is a diagnostic naming the line, and the other
//! articles of the corpus are still processed.

use presslens_engine::{Input, Level, analyze};

const GOOD: &str =
    "Example Wire, March 2, 2021\n\nShips leave port\n\nOn Monday, the harbour master said ships would leave soon.\n";

/// Diagnostics of one level as (line, message).
type Found = Vec<(u32, String)>;

fn errors_and_warnings(bytes: &[u8]) -> (Found, Found, presslens_engine::Corpus) {
    let corpus = analyze(&[Input::new("bad.txt", bytes), Input::new("good.txt", GOOD.as_bytes())]);
    let bad = &corpus.articles[0];
    let pick =
        |l: Level| bad.diagnostics.iter().filter(|d| d.level == l).map(|d| (d.line, d.message.clone())).collect();
    let (e, w) = (pick(Level::Error), pick(Level::Warning));
    let good = &corpus.articles[1];
    assert!(good.diagnostics.iter().all(|d| d.level != Level::Error), "the good article is unaffected");
    assert_eq!(good.paragraphs.len(), 1, "the good article is still read");
    (e, w, corpus)
}

#[test]
fn empty_file_is_an_error_on_line_1() {
    let (e, _, _) = errors_and_warnings(b"");
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].0, 1);
    assert!(e[0].1.contains("empty"));
    let (e, _, _) = errors_and_warnings(b"  \n\n \r\n");
    assert!(e[0].1.contains("empty"));
}

#[test]
fn invalid_utf8_names_the_line() {
    let (e, _, _) = errors_and_warnings(b"Title line here\n\nfirst para.\n\nbad \xc3\x28 byte\n");
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].0, 5);
    assert!(e[0].1.contains("UTF-8"));
}

#[test]
fn binary_file_is_refused() {
    let mut bytes = vec![0u8; 4096];
    for (i, b) in bytes.iter_mut().enumerate() {
        *b = (i * 37 % 256) as u8;
    }
    let (e, _, _) = errors_and_warnings(&bytes);
    assert_eq!(e.len(), 1);
    assert!(e[0].1.contains("binary"));
}

#[test]
fn title_only_file_is_a_warning() {
    let (e, w, c) = errors_and_warnings(b"Just a headline and nothing else\n");
    assert!(e.is_empty());
    assert!(w.iter().any(|(l, m)| *l == 1 && m.contains("no body")), "{w:?}");
    assert_eq!(c.articles[0].title.as_ref().unwrap().value, "Just a headline and nothing else");
}

#[test]
fn no_date_anywhere_is_a_warning() {
    let (_, w, c) =
        errors_and_warnings(b"A headline without dates\n\nThe committee met and agreed on a plan. Nobody said when.\n");
    assert!(c.articles[0].published.is_none());
    assert!(w.iter().any(|(_, m)| m.contains("no publication date")), "{w:?}");
}

#[test]
fn ten_thousand_unbalanced_quote_marks() {
    let mut s = String::from("Headline of the quote storm\n\n");
    for i in 0..10_000 {
        s.push_str(["“", "\"", "«", "”", "'"][i % 5]);
        s.push_str(if i % 7 == 0 { "word said. " } else { "x " });
    }
    let (e, _, c) = errors_and_warnings(s.as_bytes());
    assert!(e.is_empty());
    assert!(!c.articles[0].paragraphs.is_empty());
}

#[test]
fn a_hundred_megabyte_file() {
    // Realistic paragraphs with names, dates and quotes, repeated to 100 MB, in one article.
    let para = "On Friday, January 7, President Jane Doe said the talks would resume. \
                “We will not give up,” she told reporters in Springfield. \
                Protests began on January 2 and spread to 12 cities.\n\n";
    let mut s = String::with_capacity(100 << 20);
    s.push_str("Example Wire, January 13, 2022\n\nA very long article\n\n");
    while s.len() < 100 << 20 {
        s.push_str(para);
    }
    let c = analyze(&[Input::new("huge.txt", s.as_bytes())]);
    assert!(c.articles[0].paragraphs.len() > 100_000);
    assert!(c.articles[0].diagnostics.iter().all(|d| d.level != Level::Error));
}

#[test]
fn one_huge_line_without_spaces() {
    let s = "x".repeat(20 << 20);
    let c = analyze(&[Input::new("line.txt", s.as_bytes())]);
    assert_eq!(c.articles.len(), 1);
}
