// Dev-server smoke test: the README's serve command (scripts/serve → trunk serve) on a free port,
// over a temporary copy of corpus/ (PRESSLENS_CORPUS; the real corpus/ is never touched). The page
// renders; a new article, then an edit to it, show up in the open page after trunk rebuilds and
// live-reloads it. A cold dev build takes minutes on 2 cores: every wait is for a condition.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ROOT, launch, newPage, screenshot } from './lib/harness.mjs';
import { expected, until, waitForCorpus } from './lib/widget.mjs';

const FIRST_BUILD = 20 * 60_000; // a cold dev build of the widget and its dependencies
const REBUILD = 5 * 60_000;

let tmp;
let trunk;
let log = '';
let exited = null;
let browser;

async function freePort() {
  const s = createServer();
  await new Promise((ok) => s.listen(0, '127.0.0.1', ok));
  const { port } = s.address();
  await new Promise((ok) => s.close(ok));
  return port;
}

async function stopTrunk() {
  if (!trunk || exited) return;
  const gone = new Promise((ok) => trunk.once('exit', ok));
  try {
    process.kill(-trunk.pid, 'SIGINT'); // its whole process group: trunk and any cargo it started
  } catch {}
  const timer = setTimeout(() => {
    try {
      process.kill(-trunk.pid, 'SIGKILL');
    } catch {}
  }, 15_000);
  await gone;
  clearTimeout(timer);
}

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'presslens-serve-'));
  cpSync(join(ROOT, 'corpus'), join(tmp, 'corpus'), { recursive: true });
  browser = await launch();
});
after(async () => {
  await stopTrunk();
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** The header's corpus summary ("6 articles · …, 2021-03-03 – …"). */
async function summary(page) {
  const s = page.getByTestId('corpus-summary');
  return (await s.count()) > 0 ? s.first().innerText() : '';
}

test('make serve: trunk serve renders the page and picks up a new and an edited article', { timeout: FIRST_BUILD + 3 * REBUILD }, async () => {
  const port = await freePort();
  const corpus = join(tmp, 'corpus');
  trunk = spawn(join(ROOT, 'scripts/serve'), ['--port', String(port), '--watch', corpus, '--dist', join(tmp, 'dist')], {
    cwd: ROOT,
    env: { ...process.env, PRESSLENS_CORPUS: corpus, NO_COLOR: '1' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  trunk.stdout.on('data', (d) => (log += d));
  trunk.stderr.on('data', (d) => (log += d));
  trunk.on('exit', (code) => (exited = code ?? 'signal'));
  const alive = () => {
    if (exited !== null) throw new Error(`trunk serve exited (${exited}):\n${log.slice(-4000)}`);
  };

  const url = `http://127.0.0.1:${port}/`;
  await until(
    async () => {
      alive();
      try {
        const r = await fetch(url);
        return r.ok && (await r.text()).includes('presslens');
      } catch {
        return false;
      }
    },
    'trunk serve to build and answer',
    FIRST_BUILD,
    1000,
  );

  const page = await newPage(browser);
  await page.goto(url);
  const want = await waitForCorpus(page);
  assert.match(await summary(page), new RegExp(`\\b${want.articles} articles\\b`));

  // A new article (made up, in the style of a regional paper's web copy).
  const file = join(corpus, '2021-03-03_harbour-gazette_ferry-line.txt');
  const title = 'Ferry line opens in Port Elan';
  writeFileSync(
    file,
    `Harbour Gazette, March 3, 2021\n\n${title}\n\n` +
      'The first ferry left at dawn on Wednesday, the harbour master said. Dozens of passengers cheered as it cleared the breakwater.\n\n' +
      'Officials said more routes would follow in the spring.\n',
  );
  const shows = async (what, pred) =>
    until(
      async () => {
        alive();
        try {
          return pred(await summary(page), await page.locator('#presslens').innerText());
        } catch {
          return false; // the page is reloading
        }
      },
      what,
      REBUILD,
      500,
    );
  const listsTitles = (await page.getByTestId('article-item').count()) > 0;
  await shows('the new article after the rebuild', (sum, text) =>
    new RegExp(`\\b${want.articles + 1} articles\\b`).test(sum) && sum.includes('2021') && (!listsTitles || text.includes(title)),
  );

  // An edit to it: a new date (and title), seen without touching the page.
  const edited = 'Ferry line to Port Elan delayed';
  writeFileSync(file, readFileSync(file, 'utf8').replace('March 3, 2021', 'March 3, 2023').replace(title, edited));
  await shows('the edited article after the rebuild', (sum, text) =>
    sum.includes('2023') && !sum.includes('2021') && (!listsTitles || (text.includes(edited) && !text.includes(title))),
  );
  await screenshot(page, 'dev-server');
  assert.deepEqual(
    page.problems.filter((p) => !/WebSocket|trunk/i.test(p)),
    [],
    'no errors in the console (trunk’s reload socket aside)',
  );
  // The real corpus is untouched.
  assert.equal(expected().articles, want.articles);
});
