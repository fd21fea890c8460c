// Embedding (dist/example/, dist/embed/ from scripts/delivery.mjs) in real headless Chromium: the
// example host page with hostile CSS, two <presslens-widget> elements, a mount() call and an
// iframe; style isolation both ways; independent widgets; the host's URL hash left alone; and the
// same page under a strict Content-Security-Policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, newPage, screenshot, seriousA11yViolations } from './lib/harness.mjs';
import { waitForCorpus, until, RESULT_SELECTOR } from './lib/widget.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const EXAMPLE = '/example/';
const WIDGETS = ['#widget-a', '#widget-b', '#widget-c'];

let server;
let cspServer;
let browser;
before(async () => {
  server = await serve();
  cspServer = await serve(undefined, { 'content-security-policy': CSP });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await cspServer?.close();
});

/** Opens the example page and waits until every widget (and the iframe) shows the corpus. */
async function openExample(base, options) {
  const page = await newPage(browser, options);
  await page.goto(base + EXAMPLE);
  for (const w of WIDGETS) await waitForCorpus(page.locator(w));
  await waitForCorpus(page.frameLocator('#widget-frame'));
  return page;
}

// Computed styles of every element of a widget, from its .pl-root down (inside the shadow root of
// an embed, under #presslens on the standalone page), each keyed by its path of tag.class[testid].
function stylesIn(page, selector) {
  return page.evaluate((sel) => {
    const host = document.querySelector(sel);
    const top = (host.shadowRoot ?? host).querySelector('.pl-root');
    const name = (e) => `${e.tagName.toLowerCase()}.${[...e.classList].sort().join('.')}[${e.dataset.testid ?? ''}]`;
    const out = [];
    const walk = (e, path) => {
      const key = path ? `${path} > ${name(e)}` : name(e);
      const s = getComputedStyle(e);
      out.push({
        key,
        display: s.display,
        fontFamily: s.fontFamily,
        fontSize: s.fontSize,
        fontWeight: s.fontWeight,
        fontStyle: s.fontStyle,
        lineHeight: s.lineHeight,
        letterSpacing: s.letterSpacing,
        textTransform: s.textTransform,
        color: s.color,
        backgroundColor: s.backgroundColor,
        outlineWidth: s.outlineWidth,
        paddingTop: s.paddingTop,
        marginTop: s.marginTop,
      });
      for (const c of e.children) walk(c, key);
    };
    walk(top, '');
    return out;
  }, selector);
}

test('the example page: two custom elements, a mount() call and an iframe all show the corpus', async () => {
  const page = await openExample(server.url);
  for (const w of WIDGETS) {
    const n = await page.locator(w).locator(RESULT_SELECTOR).count();
    assert.ok(n > 0, `${w} lists something`);
  }
  // One script tag: the WASM is fetched once for all widgets on the page.
  const wasmLoads = await page.evaluate(() =>
    performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.wasm')).length,
  );
  assert.equal(wasmLoads, 1, 'the WASM is loaded once for the whole page');
  await screenshot(page, 'embed-example');
  assert.deepEqual(page.problems, [], 'the console stays clean');
  // Inside the shadow roots the widgets stay accessible (the host page itself is hostile).
  for (const w of ['#widget-a', '#widget-b']) {
    assert.deepEqual(await seriousA11yViolations(page, { include: { fromShadowDom: [w, '.pl-root'] } }), [], `${w} accessibility`);
  }
});

test("the host page's CSS does not reach into the widgets", async () => {
  const page = await openExample(server.url);
  for (const w of WIDGETS) {
    const styles = await stylesIn(page, w);
    assert.ok(styles.length > 10, `${w} has content`);
    for (const s of styles) {
      const where = `${w} ${s.key.split(' > ').pop()}`;
      assert.notEqual(s.fontFamily, 'serif', `${where}: host font`);
      assert.notEqual(s.color, 'rgb(255, 0, 0)', `${where}: host colour`);
      assert.notEqual(s.letterSpacing, '2px', `${where}: host letter-spacing`);
      assert.notEqual(s.backgroundColor, 'rgb(255, 255, 0)', `${where}: host background`);
      assert.notEqual(s.outlineWidth, '6px', `${where}: host outline`);
      // (The facets' "Refine" toggle is the widget's own: its container query hides it when the
      // widget is wide enough to show the facets.)
      const el = s.key.split(' > ').pop();
      if (el.startsWith('button.') && !el.includes('pl-refine')) assert.notEqual(s.display, 'none', `${where}: host hides buttons`);
    }
  }

  // The embed (theme auto, light system scheme) looks exactly like the standalone page, rem
  // lengths included, although the host's root font size is 30px.
  const standalone = await newPage(browser);
  await standalone.goto(server.url + '/');
  await waitForCorpus(standalone);
  const reference = new Map();
  for (const r of await stylesIn(standalone, '#presslens')) if (!reference.has(r.key)) reference.set(r.key, r);
  let compared = 0;
  const seen = new Set();
  for (const s of await stylesIn(page, '#widget-c')) {
    // Like the reference, the first element of each kind (siblings of one kind differ in state:
    // the checked option of a switch, the open facet).
    const r = reference.get(s.key);
    if (!r || seen.has(s.key)) continue;
    seen.add(s.key);
    assert.deepEqual(s, r, `${s.key} is styled as on the standalone page`);
    compared++;
  }
  assert.ok(compared >= 5, `compared ${compared} kinds of element with the standalone page`);
  const sizes = await page.evaluate(() => {
    const root = document.querySelector('#widget-c').shadowRoot.querySelector('.pl-root');
    return { padding: getComputedStyle(root).paddingTop, hostRem: getComputedStyle(document.documentElement).fontSize };
  });
  assert.equal(sizes.hostRem, '30px', "the host's root font size is hostile");
  assert.equal(sizes.padding, '16px', "the widget's 1rem is 16px, not the host's 30px");
});

test("the widgets' CSS does not touch the host page", async () => {
  const page = await openExample(server.url);
  const host = await page.evaluate(() => {
    const s = (sel) => {
      const c = getComputedStyle(document.querySelector(sel));
      return { font: `${c.fontSize} ${c.fontFamily}`, color: c.color, background: c.backgroundColor, padding: c.paddingTop, display: c.display };
    };
    return {
      title: s('#host-title'),
      trap: s('#host-trap'),
      button: s('#host-button'),
      sheets: [...document.styleSheets].map((x) => x.href),
      adopted: document.adoptedStyleSheets.length,
    };
  });
  assert.equal(host.title.font, '30px serif');
  assert.equal(host.title.color, 'rgb(255, 0, 0)');
  // An element of the host that uses the widget's class names keeps the host's styles.
  assert.equal(host.trap.font, '30px serif');
  assert.equal(host.trap.color, 'rgb(255, 0, 0)');
  assert.equal(host.trap.background, 'rgb(255, 255, 0)');
  assert.equal(host.trap.padding, '10px');
  assert.equal(host.button.display, 'none', "the host's own rule still hides its button");
  assert.deepEqual(host.sheets, [server.url + EXAMPLE + 'host.css'], 'the document has only the host stylesheet');
  assert.equal(host.adopted, 0);
});

test('two widgets are independent, size to their boxes and leave the URL hash alone', async () => {
  const page = await openExample(server.url);
  const historyBefore = await page.evaluate(() => history.length);
  const box = (sel) =>
    page.evaluate((s) => {
      const host = document.querySelector(s);
      const frame = host.shadowRoot.querySelector('.pl-embed');
      const root = host.shadowRoot.querySelector('.pl-root');
      const r = frame.getBoundingClientRect();
      return {
        width: r.width,
        height: r.height,
        hostWidth: host.clientWidth,
        parentWidth: host.parentElement.clientWidth,
        overflowX: root.scrollWidth - root.clientWidth,
        background: getComputedStyle(root).backgroundColor,
        scrolls: frame.scrollHeight > frame.clientHeight,
      };
    }, sel);
  const a = await box('#widget-a');
  const b = await box('#widget-b');
  // Per-widget options: theme and height.
  assert.notEqual(a.background, b.background, 'dark and light widgets side by side');
  assert.equal(a.height, 520, 'height="520px" is honoured');
  assert.ok(a.scrolls, 'the fixed-height widget scrolls inside its box');
  // The narrow one fills its 360px column and wraps instead of overflowing.
  assert.equal(b.width, b.hostWidth);
  assert.ok(b.hostWidth <= b.parentWidth && b.hostWidth > 300, `B fills its column (${b.hostWidth}px of ${b.parentWidth}px)`);
  assert.ok(b.overflowX <= 0, 'B does not overflow sideways');

  // A filter in one widget leaves the other alone (once the UI has its search box, issue 4).
  const search = page.locator('#widget-a').getByTestId('search');
  if ((await search.count()) > 0) {
    const count = (w) => page.locator(w).locator(RESULT_SELECTOR).count();
    const beforeA = await count('#widget-a');
    const beforeB = await count('#widget-b');
    await search.first().fill('zqxjv no such words');
    await until(async () => (await count('#widget-a')) < beforeA, 'widget A to narrow its results');
    assert.equal(await count('#widget-b'), beforeB, 'widget B still shows everything');
    assert.equal(await page.locator('#widget-b').getByTestId('search').first().inputValue(), '', "B's search box is untouched");
  }

  // Changing one widget's attribute re-renders that widget only.
  await page.locator('#widget-a').evaluate((e) => e.setAttribute('theme', 'light'));
  await until(async () => (await box('#widget-a')).background === b.background, 'widget A to turn light');
  await waitForCorpus(page.locator('#widget-a'));
  assert.equal((await box('#widget-b')).background, b.background);

  // Removing one widget leaves the others working.
  await page.evaluate(() => document.querySelector('#widget-c').presslensWidget.unmount());
  assert.equal(await page.locator('#widget-c').locator(RESULT_SELECTOR).count(), 0, 'C is gone');
  await page.evaluate(() => document.querySelector('#widget-b').remove());
  await waitForCorpus(page.locator('#widget-a'));

  const url = await page.evaluate(() => ({ hash: location.hash, length: history.length }));
  assert.equal(url.hash, '', "the host's URL hash is untouched");
  assert.equal(url.length, historyBefore, 'no history entries were added');
  assert.deepEqual(page.problems, []);
});

test('in a shadow root, the reader takes focus and Escape gives it back to the button that opened it', async () => {
  const page = await openExample(server.url);
  const widget = page.locator('#widget-b');
  const button = widget.locator('[data-testid="open-article"], [data-testid="article-item"] button').first();
  const label = await button.textContent();
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = widget.getByTestId('article-reader');
  await dialog.waitFor();
  // document.activeElement is only the host: look inside its shadow root.
  const focused = () =>
    page.evaluate(() => {
      const host = document.querySelector('#widget-b');
      const el = host.shadowRoot.activeElement;
      return { host: document.activeElement === host, inReader: !!el?.closest('[data-testid="article-reader"]'), text: el?.textContent ?? null };
    });
  await until(async () => { const f = await focused(); return f.host && f.inReader; }, 'focus to move into the reader', 5000, 25);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  const after = await focused();
  assert.equal(after.host, true, 'focus stays in the widget');
  assert.equal(after.text, label, 'focus returns to the button that opened the reader');
  assert.deepEqual(page.problems, []);
});

test('a host page that unmounts a widget with its reader open keeps its own focus', async () => {
  const page = await openExample(server.url);
  const widget = page.locator('#widget-c');
  await widget.locator('[data-testid="open-article"], [data-testid="article-item"] button').first().click();
  await widget.getByTestId('article-reader').waitFor();
  // The reader is modal within the widget's box only: the host page stays usable.
  await page.evaluate(() => {
    const input = Object.assign(document.createElement('input'), { id: 'host-input', 'aria-label': 'host input' });
    document.body.append(input);
    input.focus();
  });
  await page.evaluate(() => document.querySelector('#widget-c').presslensWidget.unmount());
  assert.equal(await widget.locator(RESULT_SELECTOR).count(), 0, 'C is gone');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'host-input', "the host's input keeps focus");
  assert.deepEqual(page.problems, []);
});

test('theme="dark" uses the same palette as the dark system scheme', async () => {
  const palette = (page, sel) =>
    page.evaluate((s) => {
      const host = document.querySelector(s);
      const root = (host.shadowRoot ?? host).querySelector('.pl-root');
      const c = getComputedStyle(root);
      const vars = {};
      for (const sheet of (host.shadowRoot ?? document).styleSheets) {
        for (const rule of sheet.cssRules) {
          for (const name of rule.style ?? []) {
            if (name.startsWith('--pl-') && name !== '--pl-rem') vars[name] = c.getPropertyValue(name).trim();
          }
        }
      }
      return { vars, background: c.backgroundColor, color: c.color };
    }, sel);
  const light = await openExample(server.url, { colorScheme: 'light' });
  const forced = await palette(light, '#widget-a');
  const system = await newPage(browser, { colorScheme: 'dark' });
  await system.goto(server.url + '/');
  await waitForCorpus(system);
  const reference = await palette(system, '#presslens');
  assert.ok(Object.keys(reference.vars).length >= 5, 'the palette has colours');
  assert.deepEqual(forced, reference);
});

test('mount(): options are checked, and an embed does not mount on <body>', async () => {
  const page = await newPage(browser);
  await page.goto(server.url + '/embed/frame.html');
  await waitForCorpus(page.locator('presslens-widget'));
  const results = await page.evaluate(async () => {
    const { mount } = await import('/embed/presslens-embed.js');
    const fails = async (el, options) => {
      try {
        await mount(el, options);
        return null;
      } catch (e) {
        return String(e.message ?? e);
      }
    };
    const div = () => document.body.appendChild(document.createElement('div'));
    return {
      img: await fails(document.body.appendChild(document.createElement('img')), {}),
      height: await fails(div(), { height: 'tall' }),
      theme: await fails(div(), { theme: 3 }),
      notElement: await fails({}, {}),
      ok: await fails(div(), { height: 300, theme: 'dark', view: '#q=x' }),
      // height: "100%" fills the box the element is in.
      percent: await (async () => {
        const outer = div();
        outer.style.height = '300px';
        const slot = outer.appendChild(document.createElement('div'));
        const w = await mount(slot, { height: '100%' });
        const frame = slot.shadowRoot.querySelector('.pl-embed');
        // Shown once its stylesheet has loaded.
        for (let i = 0; i < 100 && frame.getBoundingClientRect().height === 0; i++) await new Promise((ok) => setTimeout(ok, 50));
        const h = frame.getBoundingClientRect().height;
        w.unmount();
        return { h, after: slot.style.height, children: slot.shadowRoot.childNodes.length };
      })(),
      bodyRoots: document.querySelectorAll('body > .pl-root').length,
    };
  });
  assert.match(results.img, /cannot attach a shadow root to <img>/);
  assert.match(results.height, /height "tall" is not a CSS length/);
  assert.match(results.theme, /option theme must be a string/);
  assert.match(results.notElement, /needs a DOM element/);
  assert.equal(results.ok, null, 'a valid call mounts');
  assert.deepEqual(results.percent, { h: 300, after: '', children: 0 }, 'fills its box; unmount leaves nothing behind');
  assert.equal(results.bodyRoots, 0, 'main() left <body> alone');
  assert.deepEqual(page.problems, []);
});

test('under a strict Content-Security-Policy the example page renders with no violation', async () => {
  const page = await newPage(browser);
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const response = await page.goto(cspServer.url + EXAMPLE);
  assert.equal(response.headers()['content-security-policy'], CSP);
  for (const w of WIDGETS) await waitForCorpus(page.locator(w));
  const frame = page.frameLocator('#widget-frame');
  await waitForCorpus(frame);
  const violations = async () => [
    ...(await page.evaluate(() => window.__cspViolations)),
    ...(await page.frame({ url: /frame\.html/ }).evaluate(() => window.__cspViolations)),
  ];
  // Let the stylesheets inside the shadow roots load (the widgets are hidden until they do).
  for (const w of WIDGETS) await page.locator(w).locator('.pl-root').first().waitFor({ state: 'visible' });
  assert.deepEqual(await violations(), [], 'no CSP violation events');
  assert.deepEqual(page.problems, [], 'no CSP messages (or any other) in the console');

  // Control: the policy is in force, and a violation would have been seen.
  await page.addScriptTag({ content: 'window.__inline = 1;' }).catch(() => {});
  await until(async () => (await page.evaluate(() => window.__cspViolations.length)) > 0, 'the control violation');
  assert.equal(await page.evaluate(() => window.__inline), undefined, 'inline script is refused');
});
