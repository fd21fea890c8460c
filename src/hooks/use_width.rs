use yew::prelude::*;

/// The width in CSS pixels of the element behind `node`, kept up to date as it resizes
/// (`ResizeObserver`); `fallback` before the first measurement and outside a browser.
#[hook]
pub fn use_width(node: NodeRef, fallback: u32) -> u32 {
    let width = use_state_eq(|| fallback);
    {
        let width = width.setter();
        use_effect_with(node, move |node| {
            let stop = observe(node.clone(), move |w| width.set(w));
            move || stop()
        });
    }
    *width
}

#[cfg(target_arch = "wasm32")]
fn observe(node: NodeRef, set: impl Fn(u32) + 'static) -> Box<dyn FnOnce()> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let Some(el) = node.cast::<web_sys::Element>() else { return Box::new(|| ()) };
    let measure = move |el: &web_sys::Element| {
        let w = el.client_width();
        if w > 0 {
            set(w as u32);
        }
    };
    measure(&el);
    let target = el.clone();
    let cb = Closure::<dyn Fn(js_sys::Array)>::new(move |_: js_sys::Array| measure(&target));
    let Ok(observer) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) else { return Box::new(|| ()) };
    observer.observe(&el);
    Box::new(move || {
        observer.disconnect();
        drop(cb);
    })
}

#[cfg(not(target_arch = "wasm32"))]
fn observe(_node: NodeRef, _set: impl Fn(u32) + 'static) -> Box<dyn FnOnce()> {
    Box::new(|| ())
}
