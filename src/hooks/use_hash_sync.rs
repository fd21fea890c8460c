use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::hash;
use crate::index::Index;
use crate::options::WidgetOptions;
use crate::state::{Action, ViewState};

/// The view to start with: the page's hash when the widget keeps it and it is not empty, else
/// the host's `view` option, else the whole corpus.
pub fn initial_view(index: &Index, options: &WidgetOptions) -> ViewState {
    if options.sync_hash
        && let Some(h) = page_hash()
        && !h.is_empty()
    {
        return hash::read(&h, index);
    }
    options.view.as_deref().map(|v| hash::read(v, index)).unwrap_or_default()
}

/// The keys whose values differ between two fragments, when that is one key (`from` and `to`
/// count as one, `dates`): a run of such changes (typing a search, stepping a date handle)
/// replaces one history entry instead of adding one per keystroke.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub fn change_class(a: &str, b: &str) -> Option<&'static str> {
    const KEYS: [&str; 11] = ["q", "from", "to", "actor", "place", "outlet", "kind", "card", "article", "at", "page"];
    let values = |s: &str, k: &str| -> Vec<String> {
        s.split('&')
            .filter_map(|p| p.split_once('='))
            .filter(|(key, _)| *key == k)
            .map(|(_, v)| v.to_string())
            .collect()
    };
    let mut changed: Vec<&'static str> = KEYS
        .iter()
        .filter(|k| values(a, k) != values(b, k))
        .map(|&k| match k {
            "from" | "to" => "dates",
            "article" | "at" => "article",
            k => k,
        })
        .collect();
    changed.dedup();
    match changed.as_slice() {
        [one] => Some(one),
        _ => None,
    }
}

/// What the hook remembers between renders.
#[derive(Default)]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
struct Written {
    /// A fragment has been written (or found in place) at least once.
    started: bool,
    /// The class of the last change written.
    class: Option<&'static str>,
}

/// Keeps the view state and the page's URL hash in step, when `enabled`: every change of view
/// writes the hash (a new history entry, except within a run of one kind of change), and
/// back/forward or an edited hash restore the view.
///
/// The hash is written in a task of its own, after the one that drew the new view: the history
/// API costs milliseconds a call, which a keystroke should not wait for. A write still pending
/// when the next view comes is replaced by that view's (and one pending when back/forward
/// restores a view is dropped).
#[hook]
pub fn use_hash_sync(index: Rc<Index>, state: UseReducerHandle<ViewState>, enabled: bool) {
    let fragment = hash::write(&state, &index);
    let written = use_mut_ref(Written::default);
    let pending: Rc<RefCell<Option<Pending>>> = use_mut_ref(|| None);
    {
        let index = index.clone();
        let view = (*state).clone();
        let pending = pending.clone();
        use_effect_with((fragment, enabled), move |(fragment, enabled)| {
            if *enabled {
                let fragment = fragment.clone();
                *pending.borrow_mut() = later(move || write(&fragment, &view, &index, &written));
            }
        });
    }
    let dispatcher = state.dispatcher();
    use_effect_with((enabled, index), move |(enabled, index)| {
        let stop: Box<dyn FnOnce()> = if *enabled {
            let index = index.clone();
            listen(move |fragment: String| {
                pending.borrow_mut().take();
                dispatcher.dispatch(Action::Restore(Box::new(hash::read(&fragment, &index))));
            })
        } else {
            Box::new(|| ())
        };
        move || stop()
    });
}

/// A hash write waiting for its task; dropping it cancels the write.
#[cfg(target_arch = "wasm32")]
type Pending = gloo::timers::callback::Timeout;
#[cfg(not(target_arch = "wasm32"))]
type Pending = ();

/// Runs `f` in a task of its own, soon (a zero timeout), unless what it returns is dropped first.
#[cfg(target_arch = "wasm32")]
fn later(f: impl FnOnce() + 'static) -> Option<Pending> {
    Some(gloo::timers::callback::Timeout::new(0, f))
}

#[cfg(not(target_arch = "wasm32"))]
fn later(f: impl FnOnce() + 'static) -> Option<Pending> {
    f();
    None
}

#[cfg(target_arch = "wasm32")]
fn page_hash() -> Option<String> {
    let h = web_sys::window()?.location().hash().ok()?;
    Some(h.trim_start_matches('#').to_string())
}

#[cfg(not(target_arch = "wasm32"))]
fn page_hash() -> Option<String> {
    None
}

#[cfg(target_arch = "wasm32")]
fn write(fragment: &str, view: &ViewState, index: &Index, written: &RefCell<Written>) {
    use wasm_bindgen::JsValue;
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let current = location.hash().unwrap_or_default();
    let current = current.trim_start_matches('#');
    let mut w = written.borrow_mut();
    let same = current == fragment || {
        let mut there = hash::read(current, index);
        there.expanded = view.expanded.clone();
        there == *view
    };
    if same {
        w.started = true;
        return;
    }
    let Ok(history) = window.history() else { return };
    let url = if fragment.is_empty() {
        format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default())
    } else {
        format!("#{fragment}")
    };
    let class = change_class(current, fragment);
    let replace = !w.started || (class.is_some() && class == w.class);
    let _ = if replace {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    };
    w.started = true;
    w.class = class;
}

#[cfg(not(target_arch = "wasm32"))]
fn write(_fragment: &str, _view: &ViewState, _index: &Index, _written: &RefCell<Written>) {}

/// Calls `on_change` with the page's fragment after back/forward or an edited hash; returns
/// what stops listening.
#[cfg(target_arch = "wasm32")]
fn listen(on_change: impl Fn(String) + 'static) -> Box<dyn FnOnce()> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let Some(window) = web_sys::window() else { return Box::new(|| ()) };
    let cb = Closure::<dyn Fn(web_sys::Event)>::new(move |_: web_sys::Event| {
        on_change(page_hash().unwrap_or_default());
    });
    let f: js_sys::Function = cb.as_ref().unchecked_ref::<js_sys::Function>().clone();
    for ev in ["popstate", "hashchange"] {
        let _ = window.add_event_listener_with_callback(ev, &f);
    }
    Box::new(move || {
        for ev in ["popstate", "hashchange"] {
            let _ = window.remove_event_listener_with_callback(ev, &f);
        }
        drop(cb);
    })
}

#[cfg(not(target_arch = "wasm32"))]
fn listen(_on_change: impl Fn(String) + 'static) -> Box<dyn FnOnce()> {
    Box::new(|| ())
}

#[cfg(test)]
mod tests {
    use super::change_class;

    #[test]
    fn runs_of_one_kind_of_change_are_recognised() {
        assert_eq!(change_class("q=lu", "q=luk"), Some("q"));
        assert_eq!(change_class("", "q=l"), Some("q"));
        assert_eq!(change_class("q=x&from=2022-01-01", "q=x&from=2022-01-02&to=2022-01-09"), Some("dates"));
        assert_eq!(change_class("q=x", "q=x&actor=e3"), Some("actor"));
        assert_eq!(change_class("q=x", "q=y&actor=e3"), None);
        assert_eq!(change_class("a=1", "a=1"), None);
    }
}
