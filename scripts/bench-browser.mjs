// make bench, step 5: the widget in headless Chromium (tests/browser/lib/harness.mjs), on the
// bundled corpus (dist/) and on each generated corpus built by scripts/bench
// (target/bench/dist-N/), then two peers on the same events as JSON: vis-timeline and
// TimelineJS 3 (npm devDependencies, loaded from node_modules/, never bundled). Writes
// target/bench/browser.json.
//
// Timings are read in the page with the Performance API: performance.now() counts from the
// navigation start. "DOM settled" is the last DOM mutation after an input, once 300 ms pass with
// no further one.
import { writeFileSync, existsSync, readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, serve, launch, newPage } from '../tests/browser/lib/harness.mjs';

const OUT = join(ROOT, 'target/bench');
const scales = process.argv.slice(2).map(Number);

// Before any script of the page: when the first element matching `window.__firstSel` appears,
// and the WebAssembly memory of the instance the page creates.
const INIT = () => {
  const sel = () => window.__firstSel ?? '[data-testid="event-card"]';
  new MutationObserver((_, o) => {
    if (document.querySelector(sel())) {
      window.__first = performance.now();
      o.disconnect();
    }
  }).observe(document, { subtree: true, childList: true });
  const keep = (r) => {
    const exp = (r.instance ?? r).exports;
    for (const v of Object.values(exp ?? {})) if (v instanceof WebAssembly.Memory) window.__wasmMemory = v;
    return r;
  };
  const inst = WebAssembly.instantiate;
  WebAssembly.instantiate = (...a) => inst.apply(WebAssembly, a).then(keep);
  const str = WebAssembly.instantiateStreaming;
  if (str) WebAssembly.instantiateStreaming = (...a) => str.apply(WebAssembly, a).then(keep);
};

/** Runs `act` (a string of JS run in the page) and returns ms to the last DOM mutation. */
async function settle(page, act) {
  return page.evaluate(async (act) => {
    let last = null;
    const mo = new MutationObserver(() => (last = performance.now()));
    mo.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    const t0 = performance.now();
    new Function(act)();
    await new Promise((ok) => {
      const check = () => (performance.now() - (last ?? t0) > 300 ? ok() : setTimeout(check, 25));
      setTimeout(check, 25);
    });
    mo.disconnect();
    return last === null ? null : last - t0;
  }, act);
}

async function metrics(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  const dom = await page.evaluate(() => ({
    nodes: document.getElementsByTagName('*').length,
    wasm: window.__wasmMemory ? window.__wasmMemory.buffer.byteLength : null,
  }));
  return { domNodes: dom.nodes, jsHeapUsed: m.JSHeapUsedSize, wasmMemory: dom.wasm };
}

const median = (xs) => {
  const v = xs.filter((x) => x != null).sort((a, b) => a - b);
  return v.length ? v[Math.floor(v.length / 2)] : null;
};

/** Runs of each filter; the median is reported. */
const RUNS = 5;

/** The widget in `dist`: three fresh loads (median first card and decode); on the last page, one
 * search right away (during the word index build), then, once the index is ready, each filter
 * `RUNS` times (median). */
async function widget(browser, name, dist) {
  const server = await serve(dist);
  const r = { name, loads: [] };
  let page;
  try {
    // One load first, not measured: the first page a browser opens pays for starting its
    // renderer and caches, which would land on whichever corpus comes first.
    page = await newPage(browser);
    await page.goto(`${server.url}/index.html`, { waitUntil: 'commit' });
    await page.waitForSelector('[data-testid="event-card"]', { timeout: 120000 });
    for (let i = 0; i < 3; i++) {
      if (page) await page.context().close();
      page = await newPage(browser);
      await page.addInitScript(INIT);
      await page.goto(`${server.url}/index.html`, { waitUntil: 'commit' });
      await page.waitForSelector('[data-testid="event-card"]', { timeout: 120000 });
      r.loads.push(
        await page.evaluate(() => ({
          firstCardMs: window.__first,
          decodeMs: performance.getEntriesByName('presslens:decode')[0]?.duration ?? null,
        })),
      );
    }
    r.firstCardMs = median(r.loads.map((l) => l.firstCardMs));
    r.decodeMs = median(r.loads.map((l) => l.decodeMs));
    r.load = await metrics(page);
    // Search: one input event with a word from the first card's summary.
    const word = await page.evaluate(() => {
      const t = document.querySelector('[data-testid="event-card"]').textContent;
      return (t.match(/[A-Z][a-z]{5,}/g) ?? ['the'])[0];
    });
    r.searchWord = word;
    const typeWord = `const i = document.querySelector('[data-testid="search"]'); i.value = ${JSON.stringify(word)};
           i.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'x', inputType: 'insertText' }));`;
    const clearWord = `const i = document.querySelector('[data-testid="search"]'); i.value = '';
         i.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));`;
    // A search typed right after the load, while the word index is still being built (it then
    // finishes the index first): reported on its own, not mixed into the medians below.
    r.coldSearchMs = await settle(page, typeWord);
    await settle(page, clearWord);
    await page.waitForFunction(() => performance.getEntriesByName('presslens:words-ready').length > 0, null, { timeout: 300000 });
    const search = [], actor = [], brush = [];
    for (let i = 0; i < RUNS; i++) {
      search.push(await settle(page, typeWord));
      if (i === 0) r.afterSearch = await metrics(page);
      await settle(page, clearWord);
    }
    for (let i = 0; i < RUNS; i++) {
      // The first actor chip of the page, else (a page of events with places only) the first
      // entry of the people facet: the same filter.
      actor.push(
        await settle(
          page,
          `(document.querySelector('.pl-chip-actor[data-testid="entity-chip"]')
            ?? document.querySelector('[data-testid="facet-actors"] .pl-facet-btn'))?.click();`,
        ),
      );
      if (i === 0) r.afterActor = await metrics(page);
      await settle(page, `document.querySelector('[data-testid="clear-all"]')?.click();`);
    }
    for (let i = 0; i < RUNS; i++) {
      brush.push(
        await settle(
          page,
          `const b = document.querySelector('[data-testid="brush-start"]'); b?.focus();
           b?.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));`,
        ),
      );
      if (i === 0) r.afterBrush = await metrics(page);
      await settle(
        page,
        `const b = document.querySelector('[data-testid="brush-start"]'); b?.focus();
         b?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));`,
      );
    }
    Object.assign(r, { searchMs: median(search), actorMs: median(actor), brushMs: median(brush), runs: { search, actor, brush } });
    // One more fresh load, left alone: when the word index (built after the first cards, a slice
    // per task) is complete.
    await page.context().close();
    page = await newPage(browser);
    await page.addInitScript(INIT);
    await page.goto(`${server.url}/index.html`, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('presslens:words-ready').length > 0, null, { timeout: 300000 });
    r.wordsReadyMs = await page.evaluate(() => performance.getEntriesByName('presslens:words-ready')[0].startTime);
    r.problems = page.problems.slice(0, 5);
  } catch (e) {
    r.error = String(e.message ?? e).split('\n')[0];
  }
  if (page) await page.context().close();
  await server.close();
  console.error(`presslens ${name}:`, JSON.stringify(r));
  return r;
}

/** Events of an extract JSON as the peers take them. */
function peerData(n) {
  const j = JSON.parse(readFileSync(join(OUT, `c${n}.json`), 'utf8'));
  return j.events
    .map((e) => ({ id: e.id, date: e.date, text: e.summary ?? '' }))
    .filter((e) => /^\d{4}/.test(e.date));
}

const PAGES = {
  vis: (n) => `<!doctype html><meta charset="utf-8"><title>vis</title>
<link rel="stylesheet" href="/node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css">
<div id="t"></div>
<script src="/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"></script>
<script>
fetch('/target/bench/peers/events-${n}.json').then(r => r.json()).then(ev => {
  const items = new vis.DataSet(ev.map(e => ({ id: e.id, content: e.text, start: e.date.length === 4 ? e.date + '-01-01' : e.date })));
  window.__data = items;
  new vis.Timeline(document.getElementById('t'), items, { height: '800px' });
});
</script>`,
  timelinejs: (n) => `<!doctype html><meta charset="utf-8"><title>tljs</title>
<link rel="stylesheet" href="/node_modules/@knight-lab/timelinejs/dist/css/timeline.css">
<div id="t" style="width:100%;height:800px"></div>
<script src="/node_modules/@knight-lab/timelinejs/dist/js/timeline.js"></script>
<script>
fetch('/target/bench/peers/events-${n}.json').then(r => r.json()).then(ev => {
  const events = ev.map(e => { const [y, m, d] = e.date.split('-').map(Number);
    return { unique_id: e.id, start_date: { year: y, month: m, day: d }, text: { headline: e.text } }; });
  new TL.Timeline('t', { events }, { timenav_height: 200 });
});
</script>`,
};
const FIRST = { vis: '.vis-item', timelinejs: '.tl-slide-content' };

async function peer(browser, server, kind, n) {
  const page = await newPage(browser);
  await page.addInitScript(`window.__firstSel = ${JSON.stringify(FIRST[kind])};`);
  await page.addInitScript(INIT);
  const r = { peer: kind, events: n };
  try {
    await page.goto(`${server.url}/target/bench/peers/${kind}-${n}.html`, { waitUntil: 'commit' });
    await page.waitForSelector(FIRST[kind], { timeout: 120000, state: 'attached' });
    r.firstItemMs = await page.evaluate(() => window.__first);
    r.load = await metrics(page);
  } catch (e) {
    r.error = String(e.message ?? e).split('\n')[0];
  }
  await page.context().close();
  console.error(`peer ${kind} ${n}:`, JSON.stringify(r));
  return r;
}

const browser = await launch();
const result = { chromium: browser.version(), widget: [], peers: [] };
if (existsSync(join(ROOT, 'dist/index.html'))) result.widget.push(await widget(browser, 'corpus', join(ROOT, 'dist')));
for (const n of scales) {
  const dist = join(OUT, `dist-${n}`);
  if (existsSync(join(dist, 'index.html'))) result.widget.push(await widget(browser, String(n), dist));
}
mkdirSync(join(OUT, 'peers'), { recursive: true });
const server = await serve(ROOT);
for (const n of scales) {
  if (!existsSync(join(OUT, `c${n}.json`))) continue;
  const data = peerData(n);
  writeFileSync(join(OUT, `peers/events-${n}.json`), JSON.stringify(data));
  for (const kind of Object.keys(PAGES)) {
    // TimelineJS took 11 s at 10k events in the first runs; beyond that it would eat the budget.
    if (kind === 'timelinejs' && n > 10000) continue;
    writeFileSync(join(OUT, `peers/${kind}-${n}.html`), PAGES[kind](n));
    result.peers.push(await peer(browser, server, kind, n));
  }
}
await server.close();
await browser.close();
writeFileSync(join(OUT, 'browser.json'), JSON.stringify(result, null, 2));
