//! Writes the hand-built test corpus (`tests/support`) as a bundle, so the browser tests can run
//! the widget on events, quote groups and dates before (and beside) what the engine finds in
//! `corpus/`. Usage: `cargo run --example fixture_bundle -- OUT.bin` (see `scripts/fixture-dist`).

#[path = "../tests/support/mod.rs"]
mod support;

fn main() {
    let out = std::env::args().nth(1).unwrap_or_else(|| "target/fixture/corpus.bin".into());
    let corpus = support::strike().corpus;
    let bytes = presslens_engine::bundle::encode(&corpus).expect("the fixture encodes");
    if let Some(dir) = std::path::Path::new(&out).parent() {
        std::fs::create_dir_all(dir).expect("can create the output folder");
    }
    std::fs::write(&out, bytes).unwrap_or_else(|e| panic!("cannot write {out}: {e}"));
    eprintln!("wrote {out}: {} events, {} quote groups", corpus.events.len(), corpus.quote_groups.len());
}
