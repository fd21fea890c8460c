//! Throughput of the whole pipeline (placeholder until the engine issue's bench lands).
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn pipeline(c: &mut Criterion) {
    let text = "Example Wire, January 13, 2022\n\nOn Friday, January 7, the minister resigned.\n".repeat(100);
    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("small", |b| {
        b.iter(|| presslens_engine::analyze(&[presslens_engine::Input::new("a.txt", text.as_bytes())]))
    });
    g.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
