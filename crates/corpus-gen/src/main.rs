//! `presslens-corpus-gen`: writes a synthetic corpus folder for the benchmarks.
//!
//! ```text
//! presslens-corpus-gen --events N [--seed S] --out DIR
//! ```
//! The folder gets one `.txt` file per article and a `corpus.toml`; it can be read by
//! `presslens extract DIR` and bundled into the widget with `PRESSLENS_CORPUS=DIR trunk build`.
//! A summary (articles, bytes, planned stories, happenings, statements) goes to stdout as one
//! line of `key=value` pairs.

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: presslens-corpus-gen --events N [--seed S] --out DIR";

fn main() -> ExitCode {
    let mut events = None;
    let mut seed = 1u64;
    let mut out: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = |what: &str| args.next().ok_or(format!("{a} needs {what}"));
        let r: Result<(), String> = match a.as_str() {
            "--events" => value("a number").and_then(|v| {
                events = Some(v.replace('_', "").parse().map_err(|_| format!("--events {v}: not a number"))?);
                Ok(())
            }),
            "--seed" => value("a number").and_then(|v| {
                seed = v.parse().map_err(|_| format!("--seed {v}: not a number"))?;
                Ok(())
            }),
            "--out" => value("a folder").map(|v| out = Some(v.into())),
            "-h" | "--help" => Err(USAGE.into()),
            _ => Err(format!("unknown argument {a}\n{USAGE}")),
        };
        if let Err(e) = r {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    }
    let (Some(events), Some(out)) = (events, out) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let corpus = presslens_corpus_gen::generate(&presslens_corpus_gen::Config { seed, events });
    if let Err(e) = corpus.write(&out) {
        eprintln!("cannot write {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    println!(
        "articles={} bytes={} stories={} happenings={} statements={} dir={}",
        corpus.articles.len(),
        corpus.bytes(),
        corpus.stories,
        corpus.happenings,
        corpus.statements,
        out.display()
    );
    ExitCode::SUCCESS
}
