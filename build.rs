//! Parses `corpus/` with the engine at build time and writes the binary bundle the widget embeds
//! (`$OUT_DIR/corpus.bin`, see `presslens_engine::bundle` for its layout). The browser never
//! parses articles: it decodes this blob.
//!
//! A malformed article does not stop the build: its diagnostics are printed as cargo warnings
//! (`file:line: level: message`) and the rest of the corpus is bundled.
//!
//! `PRESSLENS_BUNDLE=path/to/corpus.bin` embeds a ready-made bundle instead (the browser tests use
//! it to run the widget on the hand-built test corpus, see `scripts/fixture-dist`).

use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-env-changed=PRESSLENS_BUNDLE");
    if let Ok(bundle) = std::env::var("PRESSLENS_BUNDLE") {
        println!("cargo:rerun-if-changed={bundle}");
        let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("corpus.bin");
        std::fs::copy(&bundle, &out).unwrap_or_else(|e| panic!("cannot copy PRESSLENS_BUNDLE={bundle}: {e}"));
        return;
    }
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    // PRESSLENS_CORPUS points the build at another corpus folder (benchmarks use it).
    let dir = std::env::var("PRESSLENS_CORPUS").map(PathBuf::from).unwrap_or_else(|_| root.join("corpus"));
    println!("cargo:rerun-if-env-changed=PRESSLENS_CORPUS");
    println!("cargo:rerun-if-changed={}", dir.display());
    watch_files(&dir);

    let loaded = match presslens_engine::load::Loaded::read(std::slice::from_ref(&dir), None) {
        Ok(l) => l,
        Err(e) => {
            println!("cargo:error={e}");
            std::process::exit(1);
        }
    };
    for w in &loaded.warnings {
        println!("cargo:warning={w}");
    }
    let corpus = loaded.analyze();
    for a in &corpus.articles {
        for d in &a.diagnostics {
            println!("cargo:warning={}:{}: {}: {}", dir.join(&a.file).display(), d.line, d.level.label(), d.message);
        }
    }
    let bytes = presslens_engine::bundle::encode(&corpus).expect("a corpus always encodes");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("corpus.bin");
    std::fs::write(&out, bytes).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}

/// Rebuild when any article or the manifest changes (a folder's mtime alone misses edits).
fn watch_files(dir: &Path) {
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            println!("cargo:rerun-if-changed={}", e.path().display());
        }
    }
}
