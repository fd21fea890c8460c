use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};

use presslens_engine::Corpus;
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

/// A decoded corpus that lives for the whole page (the bundled one is decoded once into a
/// static). Compared by address: the same corpus is the same value.
#[derive(Clone, Copy, Debug)]
pub struct CorpusHandle(pub &'static Corpus);

impl PartialEq for CorpusHandle {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl std::ops::Deref for CorpusHandle {
    type Target = Corpus;
    fn deref(&self) -> &Corpus {
        self.0
    }
}

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

#[function_component(Widget)]
fn widget(props: &WidgetProps) -> Html {
    let index: Rc<Index> = use_memo(props.corpus, |c| Index::new(c.0));
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

    // Focus goes back where it was when the reader closes.
    let last_focus = use_mut_ref(|| None::<web_sys::HtmlElement>);
    let onfocusin = {
        let last_focus = last_focus.clone();
        Callback::from(move |e: FocusEvent| {
            use wasm_bindgen::JsCast;
            if let Some(el) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
                *last_focus.borrow_mut() = Some(el);
            }
        })
    };
    let reading = state.article.is_some();
    use_effect_with(reading, move |reading| {
        // Take the element out first: focusing it fires `focusin`, which writes the cell again.
        let target = if *reading { None } else { last_focus.borrow().clone() };
        if let Some(el) = target.filter(|el| el.is_connected()) {
            let _ = el.focus();
        }
    });
    let on_close = {
        let d = state.dispatcher();
        Callback::from(move |()| d.dispatch(Action::CloseArticle))
    };
    html! {
        <ContextProvider<CorpusContext> context={ctx}>
            <div class={classes!("pl-root", props.options.theme.class())}>
                <div class="pl-app" {onfocusin} inert={reading}>
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
