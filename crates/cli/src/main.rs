//! `presslens`: the engine on the command line.
//!
//! ```text
//! presslens extract [--published YYYY-MM-DD] [--manifest FILE] PATH...   JSON to stdout
//! presslens check PATH...                                               diagnostics; exit 1 on errors
//! presslens bundle [--manifest FILE] --out FILE PATH...                 the widget's binary bundle
//! presslens eval PEER-CASES.json...                                     pass rates on other projects' cases
//! ```
//! A PATH is a file, a folder (its `*.txt` files and `corpus.toml`) or `-` for standard input.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use presslens_engine::load::Loaded;
use presslens_engine::model::{Level, Source};
use presslens_engine::{Date, Input, analyze, bundle};

mod eval;
mod json;

const USAGE: &str = "\
usage:
  presslens extract [--published YYYY-MM-DD] [--manifest FILE] PATH...
  presslens check [--manifest FILE] PATH...
  presslens bundle [--manifest FILE] --out FILE PATH...
  presslens eval PEER-CASES.json...   (e.g. ../shared/peer-cases/quotes.json)

PATH is an article file, a folder (its *.txt files and its corpus.toml manifest) or - (stdin).";

struct Args {
    command: String,
    paths: Vec<PathBuf>,
    stdin: bool,
    manifest: Option<PathBuf>,
    published: Option<Date>,
    out: Option<PathBuf>,
}

fn parse_args() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    let command = it.next().ok_or_else(|| USAGE.to_string())?;
    if matches!(command.as_str(), "-h" | "--help" | "help") {
        return Err(USAGE.to_string());
    }
    let mut a = Args { command, paths: vec![], stdin: false, manifest: None, published: None, out: None };
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--manifest" => a.manifest = Some(it.next().ok_or("--manifest needs a file")?.into()),
            "--out" | "-o" => a.out = Some(it.next().ok_or("--out needs a file")?.into()),
            "--published" => {
                let v = it.next().ok_or("--published needs a date")?;
                a.published =
                    Some(Date::parse_iso(&v).ok_or(format!("--published {v}: write the date as YYYY-MM-DD"))?);
            }
            "-" => a.stdin = true,
            "-h" | "--help" => return Err(USAGE.to_string()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}\n\n{USAGE}")),
            _ => a.paths.push(arg.into()),
        }
    }
    if a.paths.is_empty() && !a.stdin {
        return Err(format!("no input given\n\n{USAGE}"));
    }
    Ok(a)
}

fn load(a: &Args) -> Result<presslens_engine::Corpus, String> {
    let loaded = Loaded::read(&a.paths, a.manifest.as_deref()).map_err(|e| e.to_string())?;
    for w in &loaded.warnings {
        eprintln!("{w}");
    }
    let mut stdin_bytes = Vec::new();
    if a.stdin {
        std::io::stdin().read_to_end(&mut stdin_bytes).map_err(|e| format!("<stdin>: {e}"))?;
    }
    let mut inputs: Vec<Input<'_>> = loaded.inputs();
    if a.stdin {
        inputs.push(Input::new("stdin.txt", &stdin_bytes));
    }
    if let Some(d) = a.published {
        for i in &mut inputs {
            i.meta.published = Some(d);
            if i.meta.source.is_none() {
                i.meta.source = Some(Source::Command);
            }
        }
    }
    Ok(analyze(&inputs))
}

fn run() -> Result<ExitCode, String> {
    let a = parse_args()?;
    match a.command.as_str() {
        "extract" => {
            let corpus = load(&a)?;
            let doc = json::document(&corpus);
            let mut out = std::io::stdout().lock();
            serde_json::to_writer_pretty(&mut out, &doc).map_err(|e| e.to_string())?;
            writeln!(out).map_err(|e| e.to_string())?;
            Ok(ExitCode::SUCCESS)
        }
        "check" => {
            let corpus = load(&a)?;
            let mut errors = 0;
            for art in &corpus.articles {
                for d in &art.diagnostics {
                    println!("{}:{}: {}: {}", art.file, d.line, d.level.label(), d.message);
                    errors += usize::from(d.level == Level::Error);
                }
            }
            eprintln!("{} article(s), {errors} error(s)", corpus.articles.len());
            Ok(if errors > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
        }
        "bundle" => {
            let out = a.out.clone().ok_or("bundle needs --out FILE")?;
            let corpus = load(&a)?;
            let bytes = bundle::encode(&corpus).map_err(|e| e.to_string())?;
            std::fs::write(&out, &bytes).map_err(|e| format!("{}: {e}", out.display()))?;
            eprintln!("wrote {} ({} bytes, {} articles)", out.display(), bytes.len(), corpus.articles.len());
            Ok(ExitCode::SUCCESS)
        }
        "eval" => {
            // Pass rates are a measurement, not a gate: the exit status is 0 whatever they are.
            for p in &a.paths {
                let r = eval::run(p)?;
                let pct = if r.total == 0 { 0.0 } else { 100.0 * r.passed as f64 / r.total as f64 };
                println!("{}: {}/{} passed ({pct:.1}%)", p.display(), r.passed, r.total);
                for f in &r.failures {
                    println!("  FAIL {f}");
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        other => Err(format!("unknown command {other}\n\n{USAGE}")),
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("{msg}");
            ExitCode::from(2)
        }
    }
}
