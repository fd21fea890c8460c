//! Throughput of the engine (issue 3 §11, issue 6): the whole pipeline and each stage, in bytes
//! of article text per second, over two large inputs:
//!
//! * `corpus` — the five articles of `corpus/` repeated as separate articles (file names made
//!   unique) until they reach 20 MB: real article sizes, real mess, and many renderings of the
//!   same statements;
//! * `generated` — a synthetic corpus from `presslens-corpus-gen` (invented world, every article
//!   style, several outlets per story), sized by `PRESSLENS_BENCH_EVENTS` (default 30,000
//!   events, about 21 MB).
//!
//! Run with `cargo bench -p presslens-engine --bench pipeline` (or `make bench`, which also
//! writes BENCHMARKS.md). `PRESSLENS_BENCH_MB` changes the size of the repeated corpus;
//! `PRESSLENS_BENCH_STAGES=0` skips the per-stage groups. The `bench` profile builds at
//! opt-level 3 (the release profile is opt-level "z" for the WASM).
//!
//! Times are the **CPU time of the benchmark thread** (Linux `/proc/thread-self/schedstat`,
//! nanoseconds), not wall time: on a shared machine other processes would otherwise count against
//! the engine. On an idle machine the two agree; `PRESSLENS_BENCH_CLOCK=wall` measures wall time
//! (and is the fallback where schedstat is missing).

use std::hint::black_box;
use std::time::Duration;

use criterion::measurement::{Measurement, ValueFormatter};
use criterion::{BatchSize, Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use presslens_engine::{Article, Input, analyze, entities, events, ingest, link, quotes, segment, time};

/// `(file name, bytes)` of every article of an input.
type Files = Vec<(String, Vec<u8>)>;

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.replace('_', "").parse().ok()).unwrap_or(default)
}

/// The seed corpus repeated to at least `mb` megabytes, each copy a separate article.
fn repeated_corpus(mb: usize) -> Files {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");
    let mut seed: Files = std::fs::read_dir(dir)
        .expect("corpus/ is readable")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            (p.file_name().unwrap_or_default().to_string_lossy().into_owned(), std::fs::read(&p).unwrap_or_default())
        })
        .collect();
    seed.sort();
    let one: usize = seed.iter().map(|(_, b)| b.len()).sum::<usize>().max(1);
    let copies = (mb << 20).div_ceil(one);
    let mut out = Vec::with_capacity(copies * seed.len());
    for i in 0..copies {
        for (name, bytes) in &seed {
            out.push((format!("{i:05}_{name}"), bytes.clone()));
        }
    }
    out
}

fn generated_corpus(events: usize) -> Files {
    let c = presslens_corpus_gen::generate(&presslens_corpus_gen::Config { seed: 1, events });
    c.articles.into_iter().map(|a| (a.file, a.text.into_bytes())).collect()
}

fn inputs(files: &Files) -> Vec<Input<'_>> {
    files.iter().map(|(n, b)| Input::new(n, b)).collect()
}

fn ingest_all(files: &Files) -> Vec<Article> {
    files
        .iter()
        .map(|(n, b)| {
            let mut a = ingest::ingest(n, b, &Default::default());
            segment::segment(&mut a);
            a
        })
        .collect()
}

/// CPU time of the calling thread, or wall time (see the module documentation).
pub struct Clock {
    cpu: bool,
    start: std::time::Instant,
}

impl Clock {
    fn from_env() -> Clock {
        let cpu = std::env::var("PRESSLENS_BENCH_CLOCK").map_or(true, |v| v != "wall") && thread_cpu_ns().is_some();
        Clock { cpu, start: std::time::Instant::now() }
    }

    fn now(&self) -> u64 {
        if self.cpu { thread_cpu_ns().unwrap_or(0) } else { self.start.elapsed().as_nanos() as u64 }
    }
}

/// Nanoseconds this thread has run on a CPU (the first field of schedstat).
fn thread_cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat").ok()?.split_whitespace().next()?.parse().ok()
}

impl Measurement for Clock {
    type Intermediate = u64;
    type Value = u64;
    fn start(&self) -> u64 {
        self.now()
    }
    fn end(&self, i: u64) -> u64 {
        self.now().saturating_sub(i)
    }
    fn add(&self, a: &u64, b: &u64) -> u64 {
        a + b
    }
    fn zero(&self) -> u64 {
        0
    }
    fn to_f64(&self, v: &u64) -> f64 {
        *v as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        &Nanos
    }
}

/// Formats nanoseconds and bytes per second.
struct Nanos;

impl ValueFormatter for Nanos {
    fn scale_values(&self, typical: f64, values: &mut [f64]) -> &'static str {
        let (div, unit) = match typical {
            t if t < 1e3 => (1.0, "ns"),
            t if t < 1e6 => (1e3, "µs"),
            t if t < 1e9 => (1e6, "ms"),
            _ => (1e9, "s"),
        };
        values.iter_mut().for_each(|v| *v /= div);
        unit
    }
    fn scale_throughputs(&self, typical: f64, t: &Throughput, values: &mut [f64]) -> &'static str {
        let per = match t {
            Throughput::Bytes(b) | Throughput::BytesDecimal(b) => *b as f64,
            Throughput::Elements(e) | Throughput::ElementsAndBytes { elements: e, .. } => *e as f64,
            _ => 1.0,
        };
        let rate = per * 1e9 / typical.max(1.0);
        let (div, unit) = if rate >= 1e6 { (1e6, "MB/s") } else { (1e3, "kB/s") };
        values.iter_mut().for_each(|v| *v = per * 1e9 / v.max(1.0) / div);
        unit
    }
    fn scale_for_machines(&self, _values: &mut [f64]) -> &'static str {
        "ns"
    }
}

fn group(c: &mut Criterion<Clock>, name: &str, files: &Files) {
    let bytes: u64 = files.iter().map(|(_, b)| b.len() as u64).sum();
    eprintln!("{name}: {} articles, {:.1} MB", files.len(), bytes as f64 / 1e6);
    let mut g = c.benchmark_group(format!("pipeline/{name}"));
    g.sampling_mode(SamplingMode::Flat).sample_size(10).warm_up_time(Duration::from_millis(500));
    g.measurement_time(Duration::from_secs(env_usize("PRESSLENS_BENCH_SECONDS", 10) as u64));
    g.throughput(Throughput::Bytes(bytes));
    let ins = inputs(files);
    g.bench_function("analyze", |b| b.iter(|| analyze(black_box(&ins))));
    g.finish();

    if env_usize("PRESSLENS_BENCH_STAGES", 1) == 0 {
        return;
    }
    // Each stage over the output of the stages before it (computed once, outside the timing).
    let mut g = c.benchmark_group(format!("stages/{name}"));
    g.sampling_mode(SamplingMode::Flat).sample_size(10).warm_up_time(Duration::from_millis(500));
    g.measurement_time(Duration::from_secs(env_usize("PRESSLENS_BENCH_SECONDS", 10) as u64 / 2));
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("1-ingest+segment", |b| b.iter(|| ingest_all(black_box(files))));
    let mut articles = ingest_all(files);
    let base = articles.clone();
    g.bench_function("3-time", |b| {
        b.iter_batched(|| base.clone(), |mut a| time::extract(black_box(&mut a)), BatchSize::PerIteration)
    });
    let timexes = time::extract(&mut articles);
    g.bench_function("4-entities", |b| b.iter(|| entities::extract(black_box(&articles))));
    let ents = entities::extract(&articles);
    g.bench_function("5-quotes", |b| b.iter(|| quotes::extract(black_box(&articles), &ents, &timexes)));
    let (qs, _terms) = quotes::extract(&articles, &ents, &timexes);
    g.bench_function("6-events", |b| b.iter(|| events::extract(black_box(&articles), &ents, &timexes, &qs)));
    g.bench_function("7-link", |b| b.iter(|| link::group(black_box(&articles), &ents, &qs)));
    g.finish();
}

fn pipeline(c: &mut Criterion<Clock>) {
    let corpus = repeated_corpus(env_usize("PRESSLENS_BENCH_MB", 20));
    group(c, "corpus", &corpus);
    drop(corpus);
    let generated = generated_corpus(env_usize("PRESSLENS_BENCH_EVENTS", 30_000));
    group(c, "generated", &generated);
}

criterion_group! {
    name = benches;
    config = Criterion::default().with_measurement(Clock::from_env());
    targets = pipeline
}
criterion_main!(benches);
