//! View state and its one reducer. Components never change state any other way: they send an
//! [`Action`] through the context from [`crate::hooks::use_corpus`].

use std::rc::Rc;

use yew::Reducible;

/// Everything about what the user is looking at.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    /// The article open in the reader (its id), if any.
    pub open_article: Option<String>,
}

/// The ways view state can change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Open an article in the reader.
    OpenArticle(String),
    /// Close the reader.
    CloseArticle,
}

impl Reducible for ViewState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::OpenArticle(id) => next.open_article = Some(id),
            Action::CloseArticle => next.open_article = None,
        }
        if next == *self { self } else { Rc::new(next) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_and_close_article() {
        let s = Rc::new(ViewState::default());
        let s = s.reduce(Action::OpenArticle("a".into()));
        assert_eq!(s.open_article.as_deref(), Some("a"));
        let s = s.reduce(Action::CloseArticle);
        assert_eq!(s.open_article, None);
    }
}
