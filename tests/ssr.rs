//! Component tests without a browser: render the app to a string with Yew's SSR renderer and
//! check what a reader would see.

use presslens_engine::{Corpus, Input, analyze};
use presslens_widget::components::app::CorpusHandle;
use presslens_widget::{App, AppProps, bundled};
use yew::LocalServerRenderer;

fn leak(c: Corpus) -> CorpusHandle {
    CorpusHandle(Box::leak(Box::new(c)))
}

async fn render(corpus: Result<CorpusHandle, String>) -> String {
    LocalServerRenderer::<App>::with_props(AppProps { corpus, options: Default::default() }).render().await
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[tokio::test]
async fn lists_every_bundled_article_with_title_outlet_and_date() {
    let corpus = bundled::corpus().expect("the bundled corpus decodes");
    assert!(!corpus.articles.is_empty(), "corpus/ holds articles");
    let html = render(Ok(corpus)).await;
    assert_eq!(count(&html, r#"data-testid="article-item""#), corpus.articles.len());
    for a in &corpus.articles {
        let title = &a.title.as_ref().expect("every article gets a title, read or inferred").value;
        assert!(html.contains(&escape(title)), "title {title:?} is shown");
        if let Some(o) = &a.outlet {
            assert!(html.contains(&escape(&o.value)), "outlet {:?} is shown", o.value);
        }
    }
}

#[tokio::test]
async fn shows_metadata_read_from_a_new_article() {
    let text = "Harbour Gazette, March 3, 2021\n\nNew ferry line opens\n\nThe first ferry left at dawn. Dozens of passengers cheered.\n\nOfficials said more routes would follow.\n";
    let html = render(Ok(leak(analyze(&[Input::new("ferry.txt", text.as_bytes())])))).await;
    assert!(html.contains("Harbour Gazette"));
    assert!(html.contains("3 March 2021"));
    assert!(html.contains("2 paragraphs"), "{html}");
}

#[tokio::test]
async fn article_text_is_escaped_not_injected() {
    let text = "Site\n\n<img src=x onerror=alert(1)> headline here\n\nBody <script>alert(2)</script> text of the article goes here.\n";
    let html = render(Ok(leak(analyze(&[Input::new("x.txt", text.as_bytes())])))).await;
    assert!(!html.contains("<img src=x"), "markup in article text is never rendered as HTML");
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
}

#[tokio::test]
async fn a_bundle_error_is_shown_not_a_blank_page() {
    let html = render(Err("bundle format version 9 cannot be read".into())).await;
    assert!(html.contains("role=\"alert\""));
    assert!(html.contains("version 9"));
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
