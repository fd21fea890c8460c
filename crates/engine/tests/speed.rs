//! Throughput of the stages of issue 3 §4–7 on the corpus repeated to ~20 MB. Not a timed test:
//! run it with `cargo test --release -p presslens-engine --test speed -- --ignored --nocapture`.
//! (The criterion bench in `benches/` measures the whole pipeline.)

use std::time::Instant;

/// CPU seconds this thread has used (Linux; wall time elsewhere), so that a busy machine does
/// not distort the figure.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").unwrap_or_default();
    let after = stat.rsplit(')').next().unwrap_or("");
    let f: Vec<&str> = after.split_whitespace().collect();
    match (f.get(11).and_then(|x| x.parse::<f64>().ok()), f.get(12).and_then(|x| x.parse::<f64>().ok())) {
        (Some(u), Some(s)) => (u + s) / 100.0,
        _ => {
            static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
            START.get_or_init(Instant::now).elapsed().as_secs_f64()
        }
    }
}

use presslens_engine::{Input, analyze};

fn corpus_texts() -> Vec<(String, Vec<u8>)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "txt") {
            out.push((p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()));
        }
    }
    out.sort();
    out
}

#[test]
#[ignore = "a measurement, run on demand in release mode"]
fn throughput() {
    let texts = corpus_texts();
    let one: usize = texts.iter().map(|t| t.1.len()).sum();
    let copies = (20 << 20) / one + 1;
    let mut names = Vec::new();
    for i in 0..copies {
        for (n, _) in &texts {
            names.push(format!("{i}_{n}"));
        }
    }
    let inputs: Vec<Input<'_>> =
        names.iter().enumerate().map(|(k, n)| Input::new(n, &texts[k % texts.len()].1)).collect();
    let bytes = one * copies;
    let t = cpu_seconds();
    let c = analyze(&inputs);
    let secs = cpu_seconds() - t;
    eprintln!(
        "{} articles, {:.1} MB in {:.2} s: {:.1} MB/s ({} entities, {} quotes, {} groups)",
        c.articles.len(),
        bytes as f64 / 1e6,
        secs,
        bytes as f64 / 1e6 / secs,
        c.entities.len(),
        c.quotes.len(),
        c.quote_groups.len()
    );
}

#[test]
#[ignore = "a measurement, run on demand in release mode"]
fn stages() {
    use presslens_engine::{entities, ingest, link, quotes, segment, time};
    let texts = corpus_texts();
    let one: usize = texts.iter().map(|t| t.1.len()).sum();
    let copies = (20 << 20) / one + 1;
    let bytes = (one * copies) as f64 / 1e6;
    let t = cpu_seconds();
    let mut articles = Vec::new();
    for i in 0..copies {
        for (n, b) in &texts {
            let mut a = ingest::ingest(&format!("{i}_{n}"), b, &Default::default());
            segment::segment(&mut a);
            articles.push(a);
        }
    }
    let report = |what: &str, t: f64| {
        let s = cpu_seconds() - t;
        eprintln!("{what:>10}: {s:6.2} s CPU  {:8.1} MB/s", bytes / s);
    };
    report("ingest", t);
    let t = cpu_seconds();
    let timexes = time::extract(&mut articles);
    report("time", t);
    let t = cpu_seconds();
    let ents = entities::extract(&articles);
    report("entities", t);
    let t = cpu_seconds();
    let (qs, _terms) = quotes::extract(&articles, &ents, &timexes);
    report("quotes", t);
    let t = cpu_seconds();
    let groups = link::group(&articles, &ents, &qs);
    report("link", t);
    eprintln!("{} groups", groups.len());
}
