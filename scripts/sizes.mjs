#!/usr/bin/env node
// `make sizes`: the release build's sizes (raw, gzip -9, brotli q11) — WASM, JS glue, CSS, the
// corpus bundle (compiled into the WASM), the embed files and the one-file HTML — and what is
// linked into the WASM, per crate, read from the name section of the linked module (before
// wasm-opt strips the names). Fails with --check when a JSON parser, regex engine, TOML parser
// or calendar crate has code in the WASM (the architecture keeps them out of the browser build).
//
//   node scripts/sizes.mjs [--check] [dist]       (after `make build`; dist/ by default)
import { readFileSync, existsSync, statSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const dist = resolve(args.find((a) => !a.startsWith('--')) ?? join(ROOT, 'dist'));
const FORBIDDEN = ['serde_json', 'regex', 'regex_automata', 'regex_syntax', 'fancy_regex', 'toml', 'toml_edit', 'toml_parser', 'chrono', 'time', 'jiff'];

function die(message) {
  console.error(`sizes: error: ${message}`);
  process.exit(1);
}

// --- the built files ----------------------------------------------------------------------------
const indexPath = join(dist, 'index.html');
if (!existsSync(indexPath)) die(`${indexPath} is missing: run make build first`);
const index = readFileSync(indexPath, 'utf8');
const asset = (href) => join(dist, basename(new URL(href, 'http://x/').pathname));
const wasmPath = asset(index.match(/module_or_path:\s*'([^']+\.wasm)'/)?.[1] ?? die('no WASM in index.html'));
const gluePath = asset(index.match(/import init, \* as bindings from '([^']+\.js)'/)?.[1] ?? die('no glue in index.html'));
const cssPaths = [...index.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => asset(m[1]));
const wasm = readFileSync(wasmPath);
if (wasm.length > 2_000_000) console.error('sizes: warning: this WASM looks like a debug build (trunk serve); run make build for release sizes');

// The corpus bundle, encoded by the same engine code the build script uses.
function corpusBundle() {
  const tmp = mkdtempSync(join(tmpdir(), 'presslens-sizes-'));
  const out = join(tmp, 'corpus.bin');
  const corpus = process.env.PRESSLENS_CORPUS ?? join(ROOT, 'corpus');
  try {
    execFileSync('cargo', ['run', '-q', '-p', 'presslens-cli', '--', 'bundle', '--out', out, corpus], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    return readFileSync(out);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const rows = [
  ['wasm', wasmPath],
  ['  of which corpus bundle', corpusBundle()],
  ['js (wasm-bindgen glue)', gluePath],
  ['css', Buffer.concat(cssPaths.map((p) => readFileSync(p)))],
  ['index.html', indexPath],
  ['embed loader (embed/presslens-embed.js)', join(dist, 'embed/presslens-embed.js')],
  ['embed css (embed/presslens.css)', join(dist, 'embed/presslens.css')],
  ['one file (presslens.html)', join(dist, 'presslens.html')],
];
const firstLoad = [wasmPath, gluePath, ...cssPaths, indexPath].map((p) => readFileSync(p));
rows.push(['standalone page, first load (html+js+wasm+css)', firstLoad]);

const measure = (bufs) => {
  const list = Array.isArray(bufs) ? bufs : [bufs];
  let raw = 0, gz = 0, br = 0;
  for (const b of list) {
    raw += b.length;
    gz += gzipSync(b, { level: 9 }).length;
    br += brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length;
  }
  return { raw, gz, br };
};
const fmt = (n) => n.toLocaleString('en-US');
console.log(`presslens release sizes (${dist})\n`);
console.log(`${'file'.padEnd(48)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`);
for (const [name, what] of rows) {
  const bufs = typeof what === 'string' ? (existsSync(what) ? readFileSync(what) : null) : what;
  if (!bufs) {
    console.log(`${name.padEnd(48)} ${'(missing)'.padStart(10)}`);
    continue;
  }
  const m = measure(bufs);
  console.log(`${name.padEnd(48)} ${fmt(m.raw).padStart(10)} ${fmt(m.gz).padStart(10)} ${fmt(m.br).padStart(10)}`);
}

// --- what is linked into the WASM ---------------------------------------------------------------
// The module cargo linked (before wasm-bindgen and wasm-opt), which still has its name section.
function linkedModule() {
  const candidates = [
    join(ROOT, 'target/wasm-debian/wasm32-unknown-unknown/release/presslens-widget.wasm'),
    join(ROOT, 'target/wasm32-unknown-unknown/release/presslens-widget.wasm'),
  ].filter(existsSync);
  candidates.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return candidates[0];
}

/** Function body sizes and names of a wasm module: [{ name, size }]. */
function functions(bytes) {
  let p = 8;
  const leb = () => {
    let r = 0, shift = 0, b;
    do {
      b = bytes[p++];
      r += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    return r;
  };
  const str = () => {
    const n = leb();
    const s = bytes.subarray(p, p + n).toString('utf8');
    p += n;
    return s;
  };
  let imported = 0;
  const sizes = [];
  const names = new Map();
  let data = 0;
  while (p < bytes.length) {
    const id = bytes[p++];
    const size = leb();
    const end = p + size;
    if (id === 2) {
      for (let n = leb(), i = 0; i < n; i++) {
        str();
        str();
        const kind = bytes[p++];
        if (kind === 0) {
          leb();
          imported++;
        } else if (kind === 1) {
          p++;
          const flags = leb();
          leb();
          if (flags & 1) leb();
        } else if (kind === 2) {
          const flags = leb();
          leb();
          if (flags & 1) leb();
        } else if (kind === 3) {
          p += 2;
        } else {
          leb();
          leb();
        }
      }
    } else if (id === 10) {
      for (let n = leb(), i = 0; i < n; i++) {
        const s = leb();
        sizes.push(s);
        p += s;
      }
    } else if (id === 11) {
      data = size;
    } else if (id === 0) {
      if (str() === 'name') {
        while (p < end) {
          const sub = bytes[p++];
          const subSize = leb();
          const subEnd = p + subSize;
          if (sub === 1) for (let n = leb(), i = 0; i < n; i++) names.set(leb(), str());
          p = subEnd;
        }
      }
    }
    p = end;
  }
  return { data, fns: sizes.map((size, i) => ({ size, name: names.get(imported + i) ?? '' })) };
}

/** The crate a (v0 or legacy) mangled Rust symbol belongs to: its first path component. */
function crateOf(name) {
  let m = name.match(/^_R[^C]*C(?:s[0-9A-Za-z]*_)?(\d+)/);
  if (m) {
    const start = m.index + m[0].length;
    return name.slice(start, start + Number(m[1])).replace(/^_/, '');
  }
  m = name.match(/^_ZN(\d+)/);
  if (m) return name.slice(m[0].length, m[0].length + Number(m[1]));
  if (name.startsWith('__wbindgen') || name.startsWith('__wbg')) return '(wasm-bindgen)';
  return '(other)';
}

const linked = linkedModule();
let failed = false;
if (!linked) {
  console.log('\n(no linked release module under target/: run make build to see what is in the WASM)');
} else {
  const { fns, data } = functions(readFileSync(linked));
  const named = fns.filter((f) => f.name).length;
  const byCrate = new Map();
  for (const f of fns) {
    const c = crateOf(f.name);
    const e = byCrate.get(c) ?? { size: 0, n: 0 };
    e.size += f.size;
    e.n++;
    byCrate.set(c, e);
  }
  const total = fns.reduce((s, f) => s + f.size, 0);
  console.log(`\nlinked module before wasm-bindgen/wasm-opt: ${linked.replace(ROOT + '/', '')}`);
  console.log(`  code ${fmt(total)} B in ${fmt(fns.length)} functions (${fmt(named)} named), data ${fmt(data)} B`);
  console.log('  code by crate (largest first):');
  for (const [c, e] of [...byCrate].sort((a, b) => b[1].size - a[1].size).slice(0, 12)) {
    console.log(`    ${c.padEnd(28)} ${fmt(e.size).padStart(9)} B  ${String(e.n).padStart(5)} fns`);
  }
  if (named < fns.length / 2) {
    console.log('  (the module has few names: the crate check below cannot see much)');
  }
  const present = FORBIDDEN.filter((c) => byCrate.has(c));
  if (present.length) {
    failed = check;
    for (const c of present) console.log(`  ${check ? 'ERROR' : 'note'}: ${c} has ${byCrate.get(c).n} functions (${fmt(byCrate.get(c).size)} B) in the WASM`);
  } else {
    console.log(`  no JSON parser, regex engine, TOML parser or calendar crate is linked (${FORBIDDEN.join(', ')})`);
  }
  // In the dependency graph is not in the binary: say which of them cargo sees at all.
  try {
    const tree = execFileSync('cargo', ['tree', '-q', '-e', 'normal', '--target', 'wasm32-unknown-unknown', '-p', 'presslens-widget', '--prefix', 'none'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString();
    const inGraph = FORBIDDEN.filter((c) => new RegExp(`^${c.replace(/_/g, '[-_]')} v`, 'm').test(tree));
    if (inGraph.length) console.log(`  in the dependency graph but not linked: ${inGraph.filter((c) => !present.includes(c)).join(', ') || '(none)'}`);
  } catch {}
}
const glue = readFileSync(gluePath, 'utf8');
const jsParsers = ['JSON.parse', 'new RegExp', 'eval(', 'new Function'].filter((s) => glue.includes(s));
console.log(`  JS glue calls ${jsParsers.length ? jsParsers.join(', ') : 'no JSON.parse, RegExp, eval or Function'}`);
if (failed) process.exit(1);
