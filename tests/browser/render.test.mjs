// The built widget (dist/, from `trunk build --release`) in real headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, engineOutput, seriousA11yViolations, screenshot } from './lib/harness.mjs';

let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('lists every article of the bundled corpus with its title, outlet and date', async () => {
  const expected = engineOutput().articles;
  const page = await newPage(browser);
  await page.goto(server.url + '/');
  const items = page.getByTestId('article-item');
  await items.first().waitFor({ timeout: 15000 });
  assert.equal(await items.count(), expected.length);
  const text = await page.locator('#presslens').innerText();
  for (const a of expected) {
    assert.ok(text.includes(a.title), `title shown: ${a.title}`);
    if (a.outlet) assert.ok(text.includes(a.outlet), `outlet shown: ${a.outlet}`);
  }
  const dates = await page.getByTestId('article-date').allInnerTexts();
  assert.equal(dates.length, expected.length);
  await screenshot(page, 'articles-desktop');
  assert.deepEqual(page.problems, [], 'the console stays clean');
});

test('the page has no serious or critical accessibility violations', async () => {
  const page = await newPage(browser);
  await page.goto(server.url + '/');
  await page.getByTestId('article-item').first().waitFor({ timeout: 15000 });
  const violations = await seriousA11yViolations(page);
  assert.deepEqual(violations, []);
});
