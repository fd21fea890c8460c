//! Runs the engine's stages over a folder of articles and prints each stage's CPU time and
//! throughput: a target for profilers (`perf record`, `valgrind --tool=callgrind`) and a quick
//! per-stage figure without criterion's repetitions.
//!
//! ```text
//! cargo run --profile bench -p presslens-engine --example profile -- [--mb N] [--until STAGE] [--rounds R] DIR...
//! ```
//! `--mb N` repeats the files (as separate articles) until they reach N megabytes; `--until
//! ingest|time|entities|quotes|events|link` stops after that stage (profile one stage's
//! inputs without the later ones); `--rounds R` runs everything R times.

use std::path::PathBuf;
use std::time::Instant;

use presslens_engine::{Input, entities, events, ingest, link, quotes, segment, time};

/// CPU seconds of this thread (Linux schedstat; wall time elsewhere).
fn cpu() -> f64 {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<u64>().ok())
        .map_or_else(|| START.get_or_init(Instant::now).elapsed().as_secs_f64(), |ns| ns as f64 / 1e9)
}

fn main() {
    let mut dirs: Vec<PathBuf> = Vec::new();
    let (mut mb, mut until, mut rounds) = (0usize, String::from("link"), 1usize);
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--mb" => mb = args.next().and_then(|v| v.parse().ok()).unwrap_or(0),
            "--until" => until = args.next().unwrap_or_default(),
            "--rounds" => rounds = args.next().and_then(|v| v.parse().ok()).unwrap_or(1),
            _ => dirs.push(a.into()),
        }
    }
    if dirs.is_empty() {
        dirs.push(concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus").into());
    }
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for d in &dirs {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(d)
            .unwrap_or_else(|e| panic!("{}: {e}", d.display()))
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        for p in paths {
            let name = p.file_name().unwrap_or_default().to_string_lossy().into_owned();
            files.push((name, std::fs::read(&p).unwrap_or_default()));
        }
    }
    let one: usize = files.iter().map(|f| f.1.len()).sum::<usize>().max(1);
    if mb > 0 {
        let copies = (mb << 20).div_ceil(one);
        let seed = std::mem::take(&mut files);
        for i in 0..copies {
            files.extend(seed.iter().map(|(n, b)| (format!("{i:05}_{n}"), b.clone())));
        }
    }
    let bytes: usize = files.iter().map(|f| f.1.len()).sum();
    let mbytes = bytes as f64 / 1e6;
    eprintln!("{} articles, {mbytes:.1} MB", files.len());
    let report = |what: &str, t: f64| {
        let s = cpu() - t;
        eprintln!("{what:>16}: {s:7.3} s CPU  {:9.1} MB/s", mbytes / s);
    };
    for _ in 0..rounds {
        let t0 = cpu();
        let t = cpu();
        let inputs: Vec<Input<'_>> = files.iter().map(|(n, b)| Input::new(n, b)).collect();
        let mut articles: Vec<_> = inputs
            .iter()
            .map(|i| {
                let mut a = ingest::ingest(i.file, i.bytes, &i.meta);
                segment::segment(&mut a);
                a
            })
            .collect();
        report("ingest+segment", t);
        if until == "ingest" {
            continue;
        }
        let t = cpu();
        let timexes = time::extract(&mut articles);
        report("time", t);
        if until == "time" {
            continue;
        }
        let t = cpu();
        let ents = entities::extract(&articles);
        report("entities", t);
        if until == "entities" {
            continue;
        }
        let t = cpu();
        let (qs, _terms) = quotes::extract(&articles, &ents, &timexes);
        report("quotes", t);
        if until == "quotes" {
            continue;
        }
        let t = cpu();
        let evs = events::extract(&articles, &ents, &timexes, &qs);
        report("events", t);
        if until == "events" {
            continue;
        }
        let t = cpu();
        let groups = link::group(&articles, &ents, &qs);
        report("link", t);
        report("all stages", t0);
        eprintln!(
            "{} timexes, {} entities, {} quotes, {} groups, {} events",
            timexes.len(),
            ents.len(),
            qs.len(),
            groups.len(),
            evs.len()
        );
    }
}
