// make bench, step 4: the engine compiled to WebAssembly (crates/wasm-bench, built by
// scripts/bench into target/bench/wasm-node/) run in Node over the same inputs as the native
// runner: corpus/ repeated to 20 MB, and each generated corpus. Also the bundle decode time (what
// the widget does at start-up). Writes target/bench/wasm.json.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'target/bench');
const wasm = createRequire(import.meta.url)(join(OUT, 'wasm-node/presslens_wasm_bench.js'));
const scales = process.argv.slice(2).map(Number);

/** The `.txt` files of `dir`, sorted, as byte arrays. */
function files(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f)));
}

/** `data` (all files concatenated) and `lens` for wasm.analyze. */
function pack(list) {
  const total = list.reduce((s, b) => s + b.length, 0);
  const data = new Uint8Array(total);
  const lens = new Uint32Array(list.length);
  let at = 0;
  list.forEach((b, i) => {
    data.set(b, at);
    lens[i] = b.length;
    at += b.length;
  });
  return { data, lens };
}

/** Best of `rounds` runs of the whole pipeline (the CPU is shared: the minimum is the cleanest). */
function throughput(name, list, rounds) {
  const { data, lens } = pack(list);
  let best = Infinity;
  let found = 0;
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    found = wasm.analyze(data, lens);
    best = Math.min(best, performance.now() - t);
  }
  const mb = data.length / 1e6;
  console.error(`wasm ${name}: ${list.length} articles, ${mb.toFixed(1)} MB, ${(best / 1000).toFixed(3)} s, ${(mb / (best / 1000)).toFixed(1)} MB/s (events+quotes ${found})`);
  return { name, articles: list.length, bytes: data.length, seconds: best / 1000, mbps: mb / (best / 1000), found };
}

const seed = files(join(ROOT, 'corpus'));
const repeated = [];
while (repeated.reduce((s, b) => s + b.length, 0) < 20 * 2 ** 20) repeated.push(...seed);

const result = { throughput: [], decode: [] };
result.throughput.push(throughput('corpus20', repeated, 3));
for (const n of scales) {
  result.throughput.push(throughput(String(n), files(join(OUT, `c${n}`)), n >= 100000 ? 1 : 3));
}
for (const n of ['corpus', ...scales]) {
  const bin = readFileSync(join(OUT, n === 'corpus' ? 'corpus.bin' : `c${n}.bin`));
  const times = [];
  let events = 0;
  for (let r = 0; r < 7; r++) {
    const t = performance.now();
    events = wasm.decode(bin);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const ms = times[3];
  console.error(`wasm decode ${n}: ${bin.length} bytes, ${events} events, median ${ms.toFixed(2)} ms`);
  result.decode.push({ name: String(n), bytes: bin.length, events, ms });
}
writeFileSync(join(OUT, 'wasm.json'), JSON.stringify(result, null, 2));
