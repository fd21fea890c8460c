// presslens embed loader. A host page needs only:
//
//   <script type="module" src="https://your.site/presslens/embed/presslens-embed.js"></script>
//   <presslens-widget theme="auto" height="600px" view="q=Tokayev"></presslens-widget>
//
// or, from its own module:  import { mount } from '…/presslens-embed.js';
//                           const w = await mount(element, { theme: 'dark', height: 480 });  w.unmount();
//
// Options / attributes: view (initial view, URL-hash vocabulary), theme (light | dark | auto),
// height (a number of pixels or a CSS length; default: as tall as the content), syncHash /
// sync-hash (keep the view in the page's URL hash; off by default). The widget renders inside a
// shadow root with its own stylesheet (presslens.css beside this file), so host and widget
// styles stay apart, and it needs no inline script or style: it runs under
// `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'`.
//
// scripts/delivery.mjs copies this file into the build output (dist/embed/) next to the
// wasm-bindgen glue (presslens-widget.js), the WASM and presslens.css.
import init, { mount as mountInShadow } from './presslens-widget.js';

const stylesheet = new URL('./presslens.css', import.meta.url).href;
const ELEMENT = 'presslens-widget';

let ready;

/** Loads and starts the WASM once per page. */
function start() {
  ready ??= init({ module_or_path: new URL('./presslens-widget_bg.wasm', import.meta.url) });
  return ready;
}

/** Mounts a widget inside a shadow root on `element`; resolves to `{ unmount() }`. */
export async function mount(element, options = {}) {
  await start();
  const widget = mountInShadow(element, { ...options, stylesheet: options.stylesheet ?? stylesheet });
  let mounted = true;
  return {
    unmount() {
      if (!mounted) return;
      mounted = false;
      widget.unmount();
      widget.free();
    },
  };
}

/** `<presslens-widget view="…" theme="…" height="…" sync-hash>`: re-mounts when an attribute changes. */
class PresslensWidget extends HTMLElement {
  static observedAttributes = ['view', 'theme', 'height', 'sync-hash'];

  #widget = null;
  #scheduled = false;

  connectedCallback() {
    this.#schedule();
  }

  disconnectedCallback() {
    this.#schedule();
  }

  attributeChangedCallback() {
    if (this.#widget) this.#schedule();
  }

  // Several attribute changes in one task give one re-mount.
  #schedule() {
    if (this.#scheduled) return;
    this.#scheduled = true;
    start().then(() => {
      this.#scheduled = false;
      this.#widget?.unmount();
      this.#widget = null;
      if (!this.isConnected) return;
      const options = {
        view: this.getAttribute('view') ?? undefined,
        theme: this.getAttribute('theme') ?? undefined,
        height: this.getAttribute('height') ?? undefined,
        syncHash: this.hasAttribute('sync-hash'),
        stylesheet,
      };
      const widget = mountInShadow(this, options);
      this.#widget = {
        unmount() {
          widget.unmount();
          widget.free();
        },
      };
    });
  }
}

// Defined before the WASM starts: its main() sees the element and leaves the page to the embeds.
if (!customElements.get(ELEMENT)) customElements.define(ELEMENT, PresslensWidget);
start();
