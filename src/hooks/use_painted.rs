use yew::prelude::*;

/// Runs `f` after the browser has painted the next frame (a timeout queued from an animation
/// frame callback runs after that frame's paint).
#[cfg(target_arch = "wasm32")]
fn after_next_paint(f: impl FnOnce() + 'static) {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let frame = Closure::once_into_js(move || {
        gloo::timers::callback::Timeout::new(0, f).forget();
    });
    let _ = web_sys::window().map(|w| w.request_animation_frame(frame.unchecked_ref()));
}

/// False while the component's first frame is on its way to the screen, true once it has been
/// painted (the component then renders again). A component draws what can wait (the rest of a
/// page of cards, the timeline's bars) only when this is true, so the first frame comes sooner.
/// Outside the browser (server-side rendering, native tests) it is true from the start.
#[hook]
pub fn use_painted() -> bool {
    let painted = use_state_eq(|| !cfg!(target_arch = "wasm32"));
    {
        #[cfg_attr(not(target_arch = "wasm32"), allow(unused_variables))]
        let painted = painted.clone();
        use_effect_with((), move |_| {
            #[cfg(target_arch = "wasm32")]
            if !*painted {
                after_next_paint(move || painted.set(true));
            }
        });
    }
    *painted
}
