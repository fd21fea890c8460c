use presslens_engine::Corpus;
use yew::prelude::*;

use crate::components::article_list::ArticleList;
use crate::components::header::Header;
use crate::hooks::CorpusContext;
use crate::options::WidgetOptions;
use crate::state::ViewState;

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
    let state = use_reducer(ViewState::default);
    let corpus = match &props.corpus {
        Ok(c) => *c,
        Err(e) => {
            return html! {
                <div class="pl-root">
                    <p class="pl-error" role="alert">{ format!("presslens could not read its corpus: {e}") }</p>
                </div>
            };
        }
    };
    let ctx = CorpusContext { corpus, state };
    html! {
        <ContextProvider<CorpusContext> context={ctx}>
            <div class={classes!("pl-root", props.options.theme.class())}>
                <Header />
                <main class="pl-main">
                    <ArticleList />
                </main>
            </div>
        </ContextProvider<CorpusContext>>
    }
}
