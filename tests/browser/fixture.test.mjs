// The widget on the hand-built test corpus (tests/support/mod.rs: a made-up dock strike in
// "Port Vella", two outlets, five events, two cross-outlet quote groups) in headless Chromium.
// It exercises what needs events and quotes — cards, chips, the timeline brush, the diff, the
// link from a quote to its event — independently of what the engine finds in corpus/.
// Build it with `scripts/fixture-dist` (scripts/test does); skipped when dist-fixture/ is absent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, serve, launch, newPage, seriousA11yViolations, screenshot } from './lib/harness.mjs';
import { openWidget, waitForHash, search, resultCount, allCards, reader, readerFocused, inlineStyled, until } from './lib/widget.mjs';

const DIR = join(ROOT, 'dist-fixture');
const skip = !existsSync(join(DIR, 'index.html')) && 'dist-fixture/ is not built (run scripts/fixture-dist)';

let server;
let browser;
before(async () => {
  if (skip) return;
  server = await serve(DIR);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const card = (page, id) => page.locator(`[data-card="${id}"]`);

test('a quote group shows both outlets side by side with the word-level diff', { skip }, async () => {
  const page = await newPage(browser);
  await openWidget(page, server.url);
  const g = card(page, 'g1');
  await g.waitFor();
  assert.deepEqual(await g.getByTestId('rendering-outlet').allInnerTexts(), ['Harbour Wire', 'Coastal Radio']);
  assert.deepEqual(await g.locator('.pl-quote del.pl-del').allInnerTexts(), ['We', 'the']);
  assert.deepEqual(await g.locator('.pl-quote mark.pl-chg').allInnerTexts(), ['go back', 'return']);
  const boxes = await g.getByTestId('rendering').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
  assert.equal(boxes[0], boxes[1], 'side by side on a desktop');
  assert.deepEqual(await inlineStyled(page), []);
  assert.deepEqual(page.problems, []);
});

test('renderings stack on a phone and nothing overflows at 320 px', { skip }, async () => {
  for (const width of [320, 375]) {
    const page = await newPage(browser, { viewport: { width, height: 800 } });
    await openWidget(page, server.url);
    const tops = await card(page, 'g1').getByTestId('rendering').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    assert.ok(tops[1] > tops[0], `stacked at ${width}px`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `no sideways scroll at ${width}px (${overflow}px)`);
  }
});

test('clicking an actor chip filters, the chip is removable, and facets narrow', { skip }, async () => {
  const page = await newPage(browser);
  await openWidget(page, server.url);
  assert.equal(await resultCount(page), '8 results: 5 events, 3 quotes');
  await card(page, 'ev3').getByTestId('entity-chip').filter({ hasText: 'Elin Sato' }).click();
  await waitForHash(page, (p) => p.get('actor') === 'e2', 'actor=e2');
  assert.equal(await resultCount(page), '3 results: 2 events, 1 quote');
  for (const t of await allCards(page).allInnerTexts()) assert.ok(t.includes('Elin Sato'));
  const outlets = await page.getByTestId('facet-outlets').locator('button').allInnerTexts();
  assert.ok(!outlets.some((o) => o.includes('Metro Daily')), 'facets narrow to what is left');
  await page.getByTestId('filter-chip').filter({ hasText: 'Elin Sato' }).click();
  await waitForHash(page, (p) => !p.has('actor'), 'no actor');
  assert.equal(await resultCount(page), '8 results: 5 events, 3 quotes');
  assert.deepEqual(page.problems, []);
});

test("a date's explanation opens on its own card and does not pass to the card drawn in its place", { skip }, async () => {
  const page = await newPage(browser);
  await openWidget(page, server.url);
  const first = page.getByTestId('event-card').first();
  const id = await first.getAttribute('data-card');
  assert.equal(await page.getByTestId('date-provenance').count(), 0, 'closed cards draw no explanation');
  await card(page, id).locator('details.pl-prov summary').first().click();
  const prov = card(page, id).getByTestId('date-provenance');
  await prov.waitFor();
  assert.match(await prov.innerText(), /Normalised[\s\S]*Rule/);
  // New results put other cards where this one was: their disclosures stay closed.
  await search(page, 'cranes');
  await waitForHash(page, (p) => p.get('q') === 'cranes', 'q=cranes');
  const open = await page.locator('.pl-card:has(details.pl-prov[open])').evaluateAll((els) => els.map((e) => e.dataset.card));
  assert.ok(open.every((c) => c === id), `only ${id} may show its explanation, not ${open}`);
  assert.equal(await page.locator(`.pl-card:not([data-card="${id}"]) [data-testid="date-provenance"]`).count(), 0);
  assert.deepEqual(page.problems, []);
});

test('the timeline brush works by keyboard, by drag and by click', { skip }, async () => {
  const page = await newPage(browser);
  await openWidget(page, server.url);
  await page.getByTestId('brush-start').focus();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await waitForHash(page, (p) => p.get('from') === '2023-03-14' && p.get('to') === '2023-03-15', 'the last two days');
  assert.equal(await resultCount(page), '4 results: 1 event, 3 quotes');
  assert.equal(await page.getByTestId('date-from').inputValue(), '2023-03-14', 'the date inputs follow');
  assert.equal(await page.getByTestId('brush-start').getAttribute('aria-valuetext'), 'from 14 March 2023');
  await page.keyboard.press('Home');
  await waitForHash(page, (p) => !p.has('from'), 'the whole range again');
  const svg = page.getByTestId('timeline-strip').locator('svg');
  const box = await svg.boundingBox();
  await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.95, box.y + box.height * 0.5, { steps: 6 });
  await page.mouse.up();
  const p = await waitForHash(page, (q) => q.has('from') && q.has('to'), 'a dragged range');
  assert.ok(p.get('from') > '2023-03-06' && p.get('to') <= '2023-03-15', `${p.get('from')}..${p.get('to')}`);
  // A click on the 1998 bar picks that year.
  await page.mouse.click(box.x + 20, box.y + box.height * 0.5);
  await waitForHash(page, (q) => q.get('from') === '1998-01-01' && q.get('to') === '1998-12-31', 'the year 1998');
  assert.equal(await resultCount(page), '1 result: 1 event, 0 quotes');
  assert.deepEqual(page.problems, []);
});

test('every card of the page is drawn, and a linked card further down is drawn open and scrolled to', { skip }, async () => {
  const small = await newPage(browser, { viewport: { width: 1280, height: 500 } });
  await openWidget(small, server.url);
  await until(async () => (await allCards(small).count()) === 8, 'all 8 cards of the page drawn');
  const last = await allCards(small).last().getAttribute('data-card');
  const linked = await newPage(browser, { viewport: { width: 1280, height: 500 } });
  await openWidget(linked, server.url, `card=${last}`);
  const open = card(linked, last);
  await open.waitFor();
  await until(async () => {
    const box = await open.boundingBox();
    return box && box.y < 500 && box.y + box.height > 0;
  }, `the linked card ${last} (the 8th) scrolled into view`);
  assert.equal(await allCards(linked).count(), 8);
  assert.deepEqual([...small.problems, ...linked.problems], []);
});

test('the first frame shows cards; the timeline bars and facet lists follow without moving them', { skip }, async () => {
  const page = await newPage(browser);
  // What the page holds when the first card enters it, and where that card is.
  await page.addInitScript(() => {
    new MutationObserver((_, o) => {
      const first = document.querySelector('[data-testid="event-card"]');
      if (!first) return;
      o.disconnect();
      const r = first.getBoundingClientRect();
      window.__firstFrame = {
        cards: document.querySelectorAll('[data-testid="event-card"]').length,
        sliders: document.querySelectorAll('[role="slider"]').length,
        bars: document.querySelectorAll('.pl-bar-ev').length,
        facetLists: document.querySelectorAll('.pl-facet-list').length,
        at: [r.left, r.top, r.width],
      };
    }).observe(document, { subtree: true, childList: true });
  });
  await openWidget(page, server.url);
  await until(async () => (await page.locator('.pl-bar-ev').count()) > 0 && (await page.locator('.pl-facet-list').count()) > 0,
    'the bars and the facet lists drawn');
  const first = await page.evaluate(() => window.__firstFrame);
  assert.ok(first.cards > 0, 'cards in the first frame');
  assert.equal(first.sliders, 2, 'the date sliders are there from the start (keyboard users can reach them)');
  assert.equal(first.bars, 0, 'the bars wait for the first frame');
  assert.equal(first.facetLists, 0, 'so do the facet lists');
  const now = await page.getByTestId('event-card').first().evaluate((e) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.width]; });
  assert.deepEqual(now, first.at, 'the first card has not moved');
  assert.deepEqual(page.problems, []);
});

test('search highlights matches in cards', { skip }, async () => {
  const page = await newPage(browser);
  await openWidget(page, server.url);
  await search(page, 'cranes');
  await waitForHash(page, (p) => p.get('q') === 'cranes', 'q=cranes');
  assert.match(await resultCount(page), /^2 results: 1 event, 1 quote · the words are in 2 articles$/);
  assert.ok((await page.locator('mark.pl-hit').count()) >= 2);
  assert.equal(await page.getByTestId('article-hits').locator('li').count(), 2, 'the articles whose text matches are listed');
  assert.deepEqual(page.problems, []);
});

test("a quote links to the same person's event that day, even when the filters hide it", { skip }, async () => {
  const page = await newPage(browser);
  await openWidget(page, server.url, 'kind=quotes');
  await card(page, 'g2').getByTestId('related-event').click();
  await waitForHash(page, (p) => p.get('card') === 'ev3' && !p.has('kind'), 'card=ev3 with the kind filter gone');
  const ev = card(page, 'ev3');
  await ev.waitFor();
  assert.equal(await ev.getByTestId('toggle-mentions').getAttribute('aria-expanded'), 'true');
  assert.ok(await ev.getByTestId('date-disagreement').isVisible());
  await page.goBack();
  await waitForHash(page, (p) => p.get('kind') === 'quotes', 'back to quotes');
  assert.deepEqual(page.problems, []);
});

test('keyboard only: Tab to a card, open its source, read the passage, Escape back', { skip }, async () => {
  const page = await newPage(browser);
  await openWidget(page, server.url);
  let reached = false;
  for (let i = 0; i < 120 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => !!document.activeElement?.closest('[data-testid="event-card"]') && document.activeElement.dataset.testid === 'open-article');
  }
  assert.ok(reached, 'a card’s source button is reachable by Tab');
  const label = await page.evaluate(() => document.activeElement.textContent);
  await page.keyboard.press('Enter');
  await reader(page).waitFor();
  await readerFocused(page);
  const at = reader(page).locator('mark.pl-at');
  assert.ok(await at.first().isVisible(), 'the mentioned passage is highlighted and in view');
  await page.keyboard.press('Escape');
  await reader(page).waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.textContent), label, 'focus is back on the button');
  // Expand a card's mentions with the keyboard.
  await page.keyboard.press('Shift+Tab');
  for (let i = 0; i < 10; i++) {
    if (await page.evaluate(() => document.activeElement?.dataset.testid === 'toggle-mentions')) break;
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await waitForHash(page, (p) => p.has('card'), 'an open card');
  assert.deepEqual(page.problems, []);
});

test('no serious or critical accessibility violations with cards, diffs, flags and the reader', { skip }, async () => {
  for (const colorScheme of ['light', 'dark']) {
    const page = await newPage(browser, { colorScheme });
    await openWidget(page, server.url, 'card=ev3&actor=e2');
    await page.locator('[data-card="ev3"] details.pl-prov summary').click();
    assert.deepEqual(await seriousA11yViolations(page), [], `cards (${colorScheme})`);
    await openWidget(page, server.url, 'q=cranes');
    assert.deepEqual(await seriousA11yViolations(page), [], `search (${colorScheme})`);
    await openWidget(page, server.url, 'article=2023-03-14_harbour-wire_dock-strike&at=200-260&q=strike');
    await reader(page).waitFor();
    assert.deepEqual(await seriousA11yViolations(page), [], `reader (${colorScheme})`);
  }
});

test('screenshots of the cards (desktop and 375 px)', { skip }, async () => {
  const overview = await newPage(browser, { viewport: { width: 1280, height: 860 }, reducedMotion: 'reduce' });
  await openWidget(overview, server.url, 'from=2023-03-13&to=2023-03-15');
  await screenshot(overview, 'fixture-overview-desktop');
  for (const [name, viewport] of [['desktop', { width: 1280, height: 1000 }], ['mobile', { width: 375, height: 812 }]]) {
    const page = await newPage(browser, { viewport, reducedMotion: 'reduce', deviceScaleFactor: name === 'mobile' ? 2 : 1 });
    await openWidget(page, server.url, 'card=ev3');
    await screenshot(page, `fixture-main-${name}`);
    await openWidget(page, server.url, 'q=cranes&kind=quotes');
    await screenshot(page, `fixture-search-${name}`);
    await openWidget(page, server.url, 'article=2023-03-15_coastal-radio_governor&at=120-170');
    await reader(page).waitFor();
    await screenshot(page, `fixture-reader-${name}`);
  }
});
