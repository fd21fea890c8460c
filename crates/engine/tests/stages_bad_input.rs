//! Bad input for the entity, quote and link stages (the engine-wide cases are in `bad_input.rs`): arbitrary text, thousands of unbalanced
//! quotation marks, long unpunctuated runs. Never a panic, never a hang.

use std::time::Instant;

use presslens_engine::{Input, analyze};
use proptest::prelude::*;

fn run(text: &str) -> presslens_engine::Corpus {
    analyze(&[Input::new("bad.txt", text.as_bytes())])
}

/// Quotation marks, apostrophes, dashes and capitals: the characters the stages care about.
fn tricky() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "“",
        "”",
        "\"",
        "«",
        "»",
        "„",
        "‘",
        "’",
        "'",
        " – ",
        " -- ",
        ", ",
        ". ",
        "? ",
        "\n\n",
        ":",
        "(",
        ")",
        "[",
        "]",
        "he said",
        "said",
        "told",
        "according to",
        "Smith",
        "John Smith",
        "the mayor",
        "Ms.",
        "US",
        "CSTO",
        "(CSTO)",
        "President",
        "of",
        "the",
        "Alma-Ata",
        "Almaty",
        "Tokayev's",
        "Q?",
        "A.",
        "é",
        "\u{a0}",
        "Lukashenka",
        "x",
    ]);
    prop::collection::vec(pieces, 0..120).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,400}") {
        let c = run(&s);
        for q in &c.quotes {
            let a = &c.articles[q.article as usize];
            prop_assert!(a.text.get(q.span.range()).is_some());
            for p in &q.parts {
                prop_assert!(q.span.contains(*p));
            }
        }
    }

    #[test]
    fn quote_heavy_text_never_panics(s in tricky()) {
        let c = run(&format!("A headline for the test\n\nFirst paragraph of the body.\n\n{s}\n"));
        for q in &c.quotes {
            let a = &c.articles[q.article as usize];
            prop_assert!(a.text.get(q.span.range()).is_some());
            if let Some(p) = q.nested_in {
                prop_assert!((p as usize) < c.quotes.len());
            }
        }
        for e in &c.entities {
            for m in &e.mentions {
                prop_assert!(c.articles[m.article as usize].text.get(m.span.range()).is_some());
            }
        }
    }
}

/// 10,000 unbalanced quotation marks in one paragraph, and one per paragraph: fast and finite.
#[test]
fn ten_thousand_unbalanced_marks() {
    for text in [
        format!("Headline of the piece\n\nIt begins here.\n\n{}\n", "“ he said ".repeat(10_000)),
        format!(
            "Headline of the piece\n\nIt begins here.\n\n{}",
            "“Open and never closed, said Smith.\n\n".repeat(10_000)
        ),
        format!("Headline of the piece\n\nIt begins here.\n\n{}\n", "\" ' ” « ’ „ ".repeat(2_000)),
    ] {
        let t = Instant::now();
        let c = run(&text);
        let secs = t.elapsed().as_secs_f64();
        // A generous bound for a debug build on a busy machine: the point is "no blow-up".
        assert!(secs < 20.0, "{secs:.1} s for {} bytes", text.len());
        assert!(c.quotes.len() <= 20_000);
    }
}

/// A long run of capitalised words, and a huge single sentence: no quadratic blow-up.
#[test]
fn long_names_and_sentences() {
    let text = format!(
        "Headline of the piece\n\nIt begins here.\n\n{} said.\n\n{}\n",
        "Alpha Beta Gamma Delta ".repeat(5_000),
        "and the mayor said that \"it is so\" ".repeat(5_000)
    );
    let t = Instant::now();
    let _ = run(&text);
    assert!(t.elapsed().as_secs_f64() < 20.0);
}
