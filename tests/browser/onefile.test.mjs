// The one-file build (dist/presslens.html, from scripts/delivery.mjs) opened from disk, as a
// double-click would: file://, no server, networking off.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { DIST, launch, screenshot } from './lib/harness.mjs';
import { waitForCorpus, RESULT_SELECTOR } from './lib/widget.mjs';

let browser;
let dir;
before(async () => {
  browser = await launch();
  // Alone in an empty folder: nothing beside it could be loaded by accident.
  dir = mkdtempSync(join(tmpdir(), 'presslens-onefile-'));
  copyFileSync(join(DIST, 'presslens.html'), join(dir, 'presslens.html'));
});
after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('presslens.html opened from file:// with networking off shows the corpus, console empty', async () => {
  const file = join(dir, 'presslens.html');
  assert.ok(statSync(file).size > 10_000, 'the file holds the widget');
  const context = await browser.newContext({ offline: true, viewport: { width: 1280, height: 900 } });
  const requests = [];
  const console_ = [];
  await context.route(/^(https?|wss?):/, (route) => route.abort('internetdisconnected'));
  const page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => console_.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => console_.push(`pageerror: ${e.message}`));

  const url = pathToFileURL(file).href;
  await page.goto(url);
  const want = await waitForCorpus(page.locator('#presslens'));
  const shown = await page.locator('#presslens').locator(RESULT_SELECTOR).count();
  assert.ok(shown > 0, 'it lists something');
  if (want.events > 0) assert.ok((await page.getByTestId('event-card').count()) > 0, 'event cards');
  if (want.quoteGroups > 0) assert.ok((await page.getByTestId('quote-group').count()) > 0, 'quote comparisons');

  // Styled by its inlined CSS (not the browser's default serif).
  const font = await page.locator('#presslens .pl-root').evaluate((e) => getComputedStyle(e).fontFamily);
  assert.doesNotMatch(font, /^serif$|Times/);

  assert.deepEqual(requests, [url], 'the only request is the file itself');
  assert.deepEqual(console_, [], 'the console is empty');
  await screenshot(page, 'onefile');
  await context.close();
});
