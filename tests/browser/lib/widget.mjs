// Page objects for the widget. What a rendered widget must show, derived from the engine's output for corpus/ (so the checks
// follow the engine and the UI as they grow), and waits for it inside any scope: a page, a frame,
// or one widget's host element (Playwright's CSS locators pierce open shadow roots).
import assert from 'node:assert/strict';
import { engineOutput } from './harness.mjs';

/** How much the engine finds in corpus/: the widget shows event cards and quote comparisons
 *  when there are any, and lists the articles until then. */
export function expected() {
  const out = engineOutput();
  return {
    articles: out.articles.length,
    events: out.events?.length ?? 0,
    quoteGroups: out.quote_groups?.length ?? 0,
  };
}

/** Everything a widget lists (cards, comparisons, articles). */
export const RESULT_SELECTOR = [
  '[data-testid="event-card"]',
  '[data-testid="quote-group"]',
  '[data-testid="quote-card"]',
  '[data-testid="article-item"]',
].join(', ');

/** Waits until `scope` shows the corpus: event cards and quote comparisons where the engine has
 *  them, else every article. Returns what it waited for. */
export async function waitForCorpus(scope, timeout = 20000) {
  const want = expected();
  if (want.events > 0) await scope.locator('[data-testid="event-card"]').first().waitFor({ timeout });
  if (want.quoteGroups > 0) await scope.locator('[data-testid="quote-group"]').first().waitFor({ timeout });
  if (want.events === 0 && want.quoteGroups === 0) {
    const items = scope.locator('[data-testid="article-item"]');
    await items.first().waitFor({ timeout });
    assert.equal(await items.count(), want.articles, 'every article of the corpus is listed');
  }
  return want;
}

/** Polls `fn` until it returns a truthy value (or throws after `timeout` ms with `what`). */
export async function until(fn, what, timeout = 20000, every = 100) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    last = await fn();
    if (last) return last;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((ok) => setTimeout(ok, every));
  }
}

// How a user gets around one widget on a page (the standalone page, URL hash synced).

/** Opens the widget at `hash` (the URL-hash vocabulary of src/hash.rs) and waits until it is drawn. */
export async function openWidget(page, baseUrl, hash = '') {
  await page.goto(baseUrl + '/' + (hash ? '#' + hash : ''));
  await ready(page);
}

/** Waits until the widget has rendered its result count. */
export async function ready(page) {
  await page.getByTestId('result-count').waitFor({ timeout: 20000 });
}

/** The page's fragment without '#'. */
export function fragment(page) {
  return new URL(page.url()).hash.replace(/^#/, '');
}

/** Waits until the fragment satisfies `pred` (a function of URLSearchParams). */
export async function waitForHash(page, pred, what) {
  const deadline = Date.now() + 5000;
  for (;;) {
    const params = new URLSearchParams(fragment(page));
    if (pred(params)) return params;
    if (Date.now() > deadline) assert.fail(`the URL hash never got ${what}: #${fragment(page)}`);
    await page.waitForTimeout(25);
  }
}

export async function search(page, text) {
  const box = page.getByTestId('search');
  await box.fill(text);
}

export async function resultCount(page) {
  return (await page.getByTestId('result-count').innerText()).trim();
}

/** Every card on the current page of results, any kind. */
export function allCards(page) {
  return page.locator('[data-testid="event-card"], [data-testid="quote-group"], [data-testid="quote-card"]');
}

export function reader(page) {
  return page.getByTestId('article-reader');
}

/** Waits until focus is inside the open reader. The reader focuses itself from a Yew effect,
 *  which may run a task after the DOM change: a user sees it open, then types. */
export async function readerFocused(page) {
  await until(() => page.evaluate(() => !!document.activeElement?.closest('[data-testid="article-reader"]')), 'focus to move into the reader', 5000, 25);
}

/** Elements inside the widget that carry a style attribute (forbidden by the CSP the widget must run under). */
export async function inlineStyled(page) {
  return page.evaluate(() => [...document.querySelectorAll('.pl-root [style], .pl-root[style]')].map((e) => e.outerHTML.slice(0, 80)));
}

/** The engine's view of corpus/: lookups the tests derive their expectations from. */
export function facts(out) {
  const entity = (id) => out.entities.find((e) => e.id === id);
  const article = (id) => out.articles.find((a) => a.id === id);
  const outletOf = (articleId) => article(articleId)?.outlet ?? 'Unknown outlet';
  const named = (re) => out.entities.filter((e) => re.test(e.name) || (e.aliases ?? []).some((a) => re.test(a)));
  return { entity, article, outletOf, named };
}
