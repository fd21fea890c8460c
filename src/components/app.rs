use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

pub use crate::corpus::CorpusHandle;
use yew::prelude::*;

use crate::components::facets::Facets;
use crate::components::filter_bar::FilterBar;
use crate::components::header::Header;
use crate::components::reader::Reader;
use crate::components::results::ResultList;
use crate::components::status::Status;
use crate::components::timeline::Timeline;
use crate::hooks::{CorpusContext, initial_view, use_hash_sync};
use crate::index::Index;
use crate::options::WidgetOptions;
use crate::state::Action;

/// Properties of [`App`].
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The corpus to show, or the reason it could not be decoded.
    pub corpus: Result<CorpusHandle, String>,
    /// How the host configures the widget.
    #[prop_or_default]
    pub options: WidgetOptions,
}

/// The whole widget.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    match &props.corpus {
        Ok(corpus) => html! { <Widget corpus={*corpus} options={props.options.clone()} /> },
        Err(e) => html! {
            <div class={classes!("pl-root", props.options.theme.class())}>
                <p class="pl-error" role="alert">{ format!("presslens could not read its corpus: {e}") }</p>
            </div>
        },
    }
}

#[derive(Properties, PartialEq)]
struct WidgetProps {
    corpus: CorpusHandle,
    options: WidgetOptions,
}

static INSTANCES: AtomicU32 = AtomicU32::new(0);

/// How long one slice of the word index may take, in ms: short enough that input is answered
/// at once, long enough that the pauses between tasks are not most of the time.
const WORDS_SLICE_MS: f64 = 12.0;

/// Builds the word index a slice per task; each slice's size (bytes of text) is adjusted so that
/// it takes about [`WORDS_SLICE_MS`].
fn build_words_between_frames(index: Rc<Index>, bytes: usize) {
    gloo::timers::callback::Timeout::new(0, move || {
        let t0 = js_sys::Date::now();
        if index.build_words(bytes) {
            crate::bundled::mark("presslens:words-ready");
            return;
        }
        let took = js_sys::Date::now() - t0;
        let next = if took < WORDS_SLICE_MS / 2.0 {
            bytes * 2
        } else if took > WORDS_SLICE_MS * 2.0 {
            bytes / 2
        } else {
            bytes
        };
        build_words_between_frames(index, next.clamp(16 * 1024, 16 * 1024 * 1024));
    })
    .forget();
}

#[function_component(Widget)]
fn widget(props: &WidgetProps) -> Html {
    let index: Rc<Index> = use_memo(props.corpus, |c| Index::new(*c));
    // The word index is needed at the first search, not for the first cards: build it after
    // they are painted, a slice per task, so the page answers input meanwhile.
    {
        let index = index.clone();
        use_effect_with(props.corpus, move |_| build_words_between_frames(index, 64 * 1024));
    }
    let state = {
        let (index, options) = (index.clone(), props.options.clone());
        use_reducer(move || initial_view(&index, &options))
    };
    use_hash_sync(index.clone(), state.clone(), props.options.sync_hash);
    let results = {
        let index = index.clone();
        use_memo(state.filters.clone(), move |f| index.filter(f))
    };
    let uid = use_state(|| AttrValue::from(format!("pl{}", INSTANCES.fetch_add(1, Ordering::Relaxed))));
    let ctx = CorpusContext { corpus: props.corpus, index, state: state.clone(), results, uid: (*uid).clone() };

    let reading = state.article.is_some();
    let on_close = {
        let d = state.dispatcher();
        Callback::from(move |()| d.dispatch(Action::CloseArticle))
    };
    html! {
        <ContextProvider<CorpusContext> context={ctx}>
            <div class={classes!("pl-root", props.options.theme.class())}>
                <div class="pl-app" inert={reading}>
                    <Header />
                    <FilterBar />
                    <Timeline />
                    <Status />
                    <div class="pl-layout">
                        <Facets />
                        <ResultList />
                    </div>
                </div>
                if reading {
                    <Reader {on_close} />
                }
            </div>
        </ContextProvider<CorpusContext>>
    }
}
