// What a rendered widget must show, derived from the engine's output for corpus/ (so the checks
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
