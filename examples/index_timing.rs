//! Native timings of the widget's data path on a bundle: decode, index build, filters.
//! Usage: `cargo run --release --example index_timing -- BUNDLE.bin [WORD]`.

use std::time::Instant;

use presslens_widget::corpus::CorpusHandle;
use presslens_widget::index::Index;
use presslens_widget::state::Filters;

fn main() {
    let path = std::env::args().nth(1).expect("usage: index_timing BUNDLE.bin [WORD]");
    let word = std::env::args().nth(2).unwrap_or_else(|| "protest".into());
    let bytes = std::fs::read(&path).expect("readable bundle");
    let t = Instant::now();
    let head = presslens_engine::bundle::Bundle::open(&bytes).expect("a bundle");
    println!("open (head)   {:8.2} ms", t.elapsed().as_secs_f64() * 1e3);
    drop(head);
    let t = Instant::now();
    let corpus = presslens_engine::bundle::decode(&bytes).expect("a bundle");
    println!("decode (all)  {:8.2} ms", t.elapsed().as_secs_f64() * 1e3);
    let corpus = CorpusHandle::new(Box::leak(Box::new(corpus)));
    let t = Instant::now();
    let index = Index::new(corpus);
    println!("index         {:8.2} ms ({} items)", t.elapsed().as_secs_f64() * 1e3, index.items.len());
    let t = Instant::now();
    let words = index.words();
    println!("word index    {:8.2} ms ({} words)", t.elapsed().as_secs_f64() * 1e3, words.len());
    for round in 0..3 {
        let t = Instant::now();
        let r = index.filter(&Filters { q: word.clone(), ..Filters::default() });
        println!(
            "search #{round}     {:8.2} ms ({} items, {} articles)",
            t.elapsed().as_secs_f64() * 1e3,
            r.items.len(),
            r.articles.len()
        );
    }
    let t = Instant::now();
    let r = index.filter(&Filters::default());
    println!("no filter     {:8.2} ms ({} items)", t.elapsed().as_secs_f64() * 1e3, r.items.len());
    if let Some(&(actor, _)) = r.actors.first() {
        let t = Instant::now();
        let a = index.filter(&Filters { actors: vec![actor], ..Filters::default() });
        println!("actor         {:8.2} ms ({} items)", t.elapsed().as_secs_f64() * 1e3, a.items.len());
    }
}
