//! The engine behind two functions a JavaScript host can call, so its throughput can be measured
//! in WebAssembly (Node or a browser) on exactly the input the native bench reads.
//!
//! `scripts/bench/wasm.mjs` builds this crate for `wasm32-unknown-unknown`, runs `wasm-bindgen
//! --target nodejs`, and times [`analyze`] over the same files as the native criterion bench.

use wasm_bindgen::prelude::*;

/// Runs the whole pipeline over articles concatenated in `data`, article `i` being the next
/// `lens[i]` bytes. Returns the number of events plus quotes found (so the work cannot be
/// optimised away, and the host can check both builds agree).
#[wasm_bindgen]
pub fn analyze(data: &[u8], lens: &[u32]) -> u32 {
    // Names and inputs are built inside the timed call, as `analyze` on native gets them ready:
    // their cost is negligible next to the pipeline.
    let mut names = Vec::with_capacity(lens.len());
    let mut at = 0usize;
    let mut spans = Vec::with_capacity(lens.len());
    for (i, &l) in lens.iter().enumerate() {
        let end = (at + l as usize).min(data.len());
        spans.push((at, end));
        names.push(format!("{i:06}.txt"));
        at = end;
    }
    let inputs: Vec<presslens_engine::Input<'_>> =
        spans.iter().zip(&names).map(|(&(s, e), n)| presslens_engine::Input::new(n, &data[s..e])).collect();
    let c = presslens_engine::analyze(&inputs);
    (c.events.len() + c.quotes.len()) as u32
}

/// Opens a bundle written by `presslens bundle` as the widget does at start-up (the head; article
/// bodies wait for the reader); returns its number of events, or `u32::MAX` when it does not
/// decode.
#[wasm_bindgen]
pub fn decode(bundle: &[u8]) -> u32 {
    presslens_engine::bundle::Bundle::open(bundle).map_or(u32::MAX, |b| b.corpus().events.len() as u32)
}
