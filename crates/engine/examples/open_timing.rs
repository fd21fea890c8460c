//! Time of opening a bundle (the head, as the widget does) and of decoding all of it.
//! Usage: `cargo run --profile bench -p presslens-engine --example open_timing -- BUNDLE.bin`.

use std::time::Instant;

use presslens_engine::bundle::{self, Bundle};

/// The fastest of eleven runs, in ms of wall time (the least disturbed by other load).
fn best(mut f: impl FnMut()) -> f64 {
    (0..11)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1e3
        })
        .fold(f64::MAX, f64::min)
}

fn main() {
    let path = std::env::args().nth(1).expect("usage: open_timing BUNDLE.bin");
    let bytes = std::fs::read(&path).expect("readable bundle");
    let open = best(|| drop(Bundle::open(&bytes).expect("a bundle")));
    let texts = best(|| {
        let b = Bundle::open(&bytes).expect("a bundle");
        for i in 0..b.corpus().articles.len() {
            b.text(i).expect("text");
        }
    });
    let all = best(|| drop(bundle::decode(&bytes).expect("a bundle")));
    println!("{path}: {} bytes", bytes.len());
    println!("open (head)          {open:8.2} ms");
    println!("head + every text    {texts:8.2} ms");
    println!("decode everything    {all:8.2} ms");
}
