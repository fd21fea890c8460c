use yew::prelude::*;

use crate::components::app::CorpusHandle;
use crate::state::ViewState;

/// What every component can read: the corpus and the view state (with its dispatcher).
#[derive(Clone, PartialEq)]
pub struct CorpusContext {
    /// The decoded corpus.
    pub corpus: CorpusHandle,
    /// View state; `state.dispatch(Action)` is the only way to change it.
    pub state: UseReducerHandle<ViewState>,
}

/// The corpus and view state provided by [`crate::App`].
#[hook]
pub fn use_corpus() -> CorpusContext {
    use_context::<CorpusContext>().expect("use_corpus() is only called inside <App>")
}
