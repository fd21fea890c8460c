//! Throughput of stage 3 (time) alone: the corpus's five articles repeated 200 times (about
//! 4.7 MB, 1,000 articles), ingested and segmented once, then `time::extract` timed on fresh
//! copies; and `time::find` over the same text as one document.
//!
//! `cargo bench -p presslens-engine --bench time` (note: the workspace's release profile is
//! `opt-level = "z"` for the WASM; `CARGO_PROFILE_BENCH_OPT_LEVEL=3` measures native speed).
use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use presslens_engine::{Date, ExternalMeta, ingest, segment, time};

fn corpus() -> Vec<(String, Vec<u8>)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(p).expect("read")))
        .collect()
}

fn bench(c: &mut Criterion) {
    let files = corpus();
    let meta = ExternalMeta::default();
    let mut articles = Vec::new();
    let mut one = String::new();
    for _ in 0..200 {
        for (name, bytes) in &files {
            let mut a = ingest::ingest(name, bytes, &meta);
            segment::segment(&mut a);
            articles.push(a);
            one.push_str(std::str::from_utf8(bytes).expect("utf-8"));
            one.push_str("\n\n");
        }
    }
    let total: usize = articles.iter().map(|a| a.text.len()).sum();
    let mut g = c.benchmark_group("time");
    g.sample_size(20);
    g.throughput(Throughput::Bytes(total as u64));
    g.bench_function("extract_1000_articles", |b| {
        b.iter_batched(
            || articles.clone(),
            |mut a| {
                let t = time::extract(&mut a);
                (a, t) // dropped outside the measurement
            },
            BatchSize::LargeInput,
        )
    });
    g.throughput(Throughput::Bytes(one.len() as u64));
    g.bench_function("find_one_document", |b| b.iter(|| time::find(&one, Date::new(2022, 1, 13))));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
