#!/usr/bin/env node
// The two delivery forms trunk does not make itself, written from trunk's own output after every
// build (a post_build hook in Trunk.toml, so `trunk build` and `trunk serve` both run it; by hand:
// `node scripts/delivery.mjs [dist]`):
//
//   embed/          stable names for embedding in another page: presslens-embed.js (the one module
//                   a host loads; from www/embed/), presslens-widget.js (wasm-bindgen glue),
//                   presslens-widget_bg.wasm, presslens.css (shadow-root reset + the widget's CSS),
//                   frame.html (the page the <iframe> snippet points at), favicon.svg
//   example/        an example host page: hostile CSS, two widgets, mount(), an iframe, strict-CSP
//                   friendly (from www/example/)
//   presslens.html  the whole widget in one file (glue, WASM, CSS; the corpus is inside the WASM)
//                   that works opened from disk (file://), with no server and no network
//
// It reads the names of trunk's hashed files from the built index.html, so it follows whatever
// trunk produced; it never changes trunk's own files.
import { readFileSync, writeFileSync, mkdirSync, copyFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WWW = join(ROOT, 'www');
const out = resolve(process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? join(ROOT, 'dist'));

function die(message) {
  console.error(`delivery: error: ${message}`);
  process.exit(1);
}

// --- what trunk built ---------------------------------------------------------------------------
const indexPath = join(out, 'index.html');
if (!existsSync(indexPath)) die(`${indexPath} is missing: run trunk build first`);
const index = readFileSync(indexPath, 'utf8');
const asset = (href) => {
  const path = join(out, basename(new URL(href, 'http://x/').pathname));
  if (!existsSync(path)) die(`${path} (from index.html) is missing`);
  return path;
};
const one = (re, what) => {
  const m = index.match(re);
  if (!m) die(`cannot find the ${what} in ${indexPath}`);
  return asset(m[1]);
};
const gluePath = one(/import init, \* as bindings from '([^']+\.js)'/, 'wasm-bindgen glue');
const wasmPath = one(/module_or_path:\s*'([^']+\.wasm)'/, 'WASM');
const cssPaths = [...index.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => asset(m[1]));
if (cssPaths.length === 0) die(`no stylesheet in ${indexPath}`);
const iconMatch = index.match(/<link rel="icon" href="([^"]+\.svg)"/);
const title = index.match(/<title>([^<]*)<\/title>/)?.[1] ?? 'presslens';

const glue = readFileSync(gluePath, 'utf8');
const wasm = readFileSync(wasmPath);
const css = cssPaths.map((p) => readFileSync(p, 'utf8')).join('\n');

// --- 1. embed/ ----------------------------------------------------------------------------------
// Inside a shadow root, rem still means the host page's root font size; the widget's rem lengths
// become calc(N * var(--pl-rem)) (set by embed.css). Media query conditions keep rem (var() is not
// allowed there, and there rem means the initial font size anyway).
function localRem(text) {
  return text.replace(/(@(?:media|container|supports)[^{]*)|(?<![\w.#])(-?\d*\.?\d+)rem\b/g, (all, prelude, n) =>
    prelude !== undefined ? prelude : `calc(${n} * var(--pl-rem))`,
  );
}
const embed = join(out, 'embed');
mkdirSync(embed, { recursive: true });
writeFileSync(join(embed, 'presslens-widget.js'), glue);
writeFileSync(join(embed, 'presslens-widget_bg.wasm'), wasm);
writeFileSync(join(embed, 'presslens.css'), readFileSync(join(WWW, 'embed/embed.css'), 'utf8') + '\n' + localRem(css));
for (const f of ['presslens-embed.js', 'frame.html', 'frame.css']) copyFileSync(join(WWW, 'embed', f), join(embed, f));
copyFileSync(join(WWW, 'favicon.svg'), join(embed, 'favicon.svg'));

// --- 2. example/ --------------------------------------------------------------------------------
const example = join(out, 'example');
mkdirSync(example, { recursive: true });
for (const f of readdirSync(join(WWW, 'example'))) copyFileSync(join(WWW, 'example', f), join(example, f));

// --- 3. presslens.html --------------------------------------------------------------------------
// The glue is an ES module; inline, it stays one (a module script needs no fetch when it has no
// imports). Its export line goes; the boot code calls its init with the WASM bytes, stored
// gzip-compressed as base64 and unpacked with the browser's DecompressionStream.
const exportLine = /^export \{([^}]*)\};?\s*$/m;
const exported = glue.match(exportLine);
if (!exported) die(`cannot find the export line of ${gluePath}`);
const initName = exported[1].split(',').map((s) => s.trim().split(/\s+as\s+/)).find(([, as]) => as === 'default')?.[0];
if (!initName) die(`${gluePath} exports no default init function`);
const boot = `
const packed = Uint8Array.from(atob(${JSON.stringify(gzipSync(wasm, { level: 9 }).toString('base64'))}), (c) => c.charCodeAt(0));
try {
  const bytes = await new Response(new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
  await ${initName}({ module_or_path: bytes });
} catch (e) {
  document.getElementById('presslens').textContent = 'presslens could not start in this browser: ' + e;
  throw e;
}
`;
const script = glue.replace(exportLine, '') + boot;
if (/<\/script|<!--/i.test(script)) die('the glue contains </script or <!--: it cannot be inlined as is');
if (/<\/style/i.test(css)) die('the CSS contains </style: it cannot be inlined as is');
const icon = iconMatch ? `data:image/svg+xml;base64,${readFileSync(asset(iconMatch[1])).toString('base64')}` : null;
const html = `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>${title}</title>
${icon ? `    <link rel="icon" href="${icon}" />\n` : ''}    <style>
${css}
    </style>
  </head>
  <body>
    <div id="presslens" class="pl-host"></div>
    <noscript>presslens needs JavaScript and WebAssembly to show its corpus.</noscript>
    <script type="module">
${script}
    </script>
  </body>
</html>
`;
writeFileSync(join(out, 'presslens.html'), html);

const kb = (n) => `${(n / 1024).toFixed(0)} KiB`;
console.error(
  `delivery: ${join(out, 'embed')}/ (wasm ${kb(wasm.length)}), ${join(out, 'example')}/, ${join(out, 'presslens.html')} (${kb(Buffer.byteLength(html))})`,
);
