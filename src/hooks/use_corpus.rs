use std::rc::Rc;

use yew::prelude::*;

use crate::components::app::CorpusHandle;
use crate::index::{Index, Results};
use crate::state::{Action, ViewState};

/// What the widget's sections read: the corpus, its index, the view state (with its
/// dispatcher) and what the current filters match. Cards and other leaves get their data and
/// callbacks as properties instead, so they re-render only when their own props change.
#[derive(Clone, PartialEq)]
pub struct CorpusContext {
    /// The decoded corpus.
    pub corpus: CorpusHandle,
    /// The index built from it (once).
    pub index: Rc<Index>,
    /// View state; `dispatch(Action)` is the only way to change it.
    pub state: UseReducerHandle<ViewState>,
    /// What the current filters match (memoised on the filters).
    pub results: Rc<Results>,
    /// A prefix that makes this widget's element ids unique on the page.
    pub uid: AttrValue,
}

impl CorpusContext {
    /// An element id unique to this widget instance.
    pub fn id(&self, name: &str) -> AttrValue {
        AttrValue::from(format!("{}-{name}", self.uid))
    }
    /// Changes the view state.
    pub fn dispatch(&self, action: Action) {
        self.state.dispatch(action);
    }
    /// A callback that maps its argument to an action.
    pub fn callback<T: 'static>(&self, f: impl Fn(T) -> Action + 'static) -> Callback<T> {
        let d = self.state.dispatcher();
        Callback::from(move |x| d.dispatch(f(x)))
    }
}

/// The corpus, index, view state and results provided by [`crate::App`].
#[hook]
pub fn use_corpus() -> CorpusContext {
    use_context::<CorpusContext>().expect("use_corpus() is only called inside <App>")
}
