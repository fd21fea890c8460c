// Page object for the widget: how a user gets around it, in one place.
import assert from 'node:assert/strict';

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
