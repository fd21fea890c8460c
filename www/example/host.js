// The JS-call way to embed: mount(element, options) from the embed module (the same module the
// page's <script> tag loads, so the WASM starts once).
import { mount } from '../embed/presslens-embed.js';

const slot = document.getElementById('widget-c');
const widget = await mount(slot, { theme: 'auto', height: 360, syncHash: false });
// A host can remove it again with widget.unmount(); the tests reach it through the slot.
slot.presslensWidget = widget;
