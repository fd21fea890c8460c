use presslens_engine::{Article, LineRole, ParagraphKind, Span};
use yew::prelude::*;

use crate::components::marked::{Mark, marked};
use crate::describe::{plural, safe_url, source_note, speaker, title};
use crate::hooks::use_corpus;
use crate::state::Action;

/// Properties of [`Reader`].
#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    /// Close the reader.
    pub on_close: Callback<()>,
}

/// The article reader: a dialog with the cleaned text of one article (metadata, body,
/// captions apart, reader comments apart, the quotes found in it), scrolled to the passage it
/// was opened at, which is highlighted. Escape, the close button or a click outside closes it.
#[function_component(Reader)]
pub fn reader(p: &ReaderProps) -> Html {
    let ctx = use_corpus();
    let dialog = use_node_ref();
    let scroller = use_node_ref();
    let at_ref = use_node_ref();
    let sentence_ref = use_node_ref();
    let id = ctx.state.article.clone().unwrap_or_default();
    let at = ctx.state.at;
    {
        // Like any modal dialog: what had focus when it opened gets it back when it closes; if
        // that is gone, or was nothing (opened from a link), the results list's heading does.
        // The hook's cleanup runs as the reader is taken off the page, in the same task, after
        // the page behind it stopped being inert, so there is no moment with focus nowhere.
        // (Only when focus is in the reader or nowhere: a host page that unmounts the widget
        // keeps its own focus.)
        let opener = use_memo((), |()| focused_element());
        let dialog = dialog.clone();
        use_effect_with((), move |()| {
            move || {
                let here = dialog.cast::<web_sys::Node>();
                let in_reader_or_nowhere = focused_element()
                    .is_none_or(|f| f.tag_name() == "BODY" || here.is_some_and(|d| d.contains(Some(&f))));
                if !in_reader_or_nowhere {
                    return;
                }
                let back = opener.as_ref().clone().filter(|el| el.is_connected() && el.tag_name() != "BODY");
                if let Some(el) = back.or_else(|| results_heading(&dialog)) {
                    let _ = el.focus();
                }
            }
        });
    }
    {
        let (dialog, scroller) = (dialog.clone(), scroller.clone());
        let (at_ref, sentence_ref) = (at_ref.clone(), sentence_ref.clone());
        use_effect_with((id.clone(), at), move |_| {
            // Focus the text (a region named by the title): the arrow keys scroll it at once.
            let target = scroller.cast::<web_sys::HtmlElement>().or_else(|| dialog.cast::<web_sys::HtmlElement>());
            if let Some(d) = target {
                let _ = d.focus();
            }
            let target = at_ref.cast::<web_sys::Element>().or_else(|| sentence_ref.cast::<web_sys::Element>());
            if let Some(el) = target {
                let opts = web_sys::ScrollIntoViewOptions::new();
                opts.set_block(web_sys::ScrollLogicalPosition::Center);
                el.scroll_into_view_with_scroll_into_view_options(&opts);
            }
        });
    }
    let close = p.on_close.reform(|_: MouseEvent| ());
    let onkeydown = {
        let on_close = p.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                e.stop_propagation();
                on_close.emit(());
            }
        })
    };
    let heading_id = ctx.id("reader-h");
    let Some((ai, a)) = ctx.index.article(&id) else {
        return html! {
            <div class="pl-reader" role="dialog" aria-modal="true" aria-labelledby={heading_id.clone()} data-testid="article-reader"
                tabindex="-1" ref={dialog} {onkeydown}>
                <h2 id={heading_id}>{ "Article not found" }</h2>
                <button type="button" class="pl-btn" onclick={close}>{ "Close" }</button>
            </div>
        };
    };
    // The list needs only an article's head; the reader shows its body too.
    let a = ctx.corpus.article_in_full(ai).unwrap_or(a);
    let terms = &ctx.results.terms;
    let marks: Vec<(Span, Mark)> = at.filter(|s| !s.is_empty()).map(|s| vec![(s, Mark::At)]).unwrap_or_default();
    let current = at.and_then(|s| a.sentence_at(s.start));
    let body = a.paragraphs.iter().map(|para| {
        let (s0, s1) = (para.sentences.0 as usize, (para.sentences.1 as usize).min(a.sentences.len()));
        let sentences = a.sentences.get(s0..s1).unwrap_or(&[]);
        let content = if sentences.is_empty() {
            marked(a.slice(para.span), para.span.start, &marks, terms, Some(&at_ref))
        } else {
            let mut pos = para.span.start;
            let mut nodes: Vec<Html> = Vec::new();
            for (k, s) in sentences.iter().enumerate() {
                if s.span.start > pos {
                    nodes.push(html! { { a.slice(Span { start: pos, end: s.span.start }) } });
                }
                let is_current = current == Some((s0 + k) as u32);
                let node_ref = if is_current { sentence_ref.clone() } else { NodeRef::default() };
                nodes.push(html! {
                    <span class={classes!("pl-s", is_current.then_some("pl-current"))} ref={node_ref}>
                        { marked(a.slice(s.span), s.span.start, &marks, terms, Some(&at_ref)) }
                    </span>
                });
                pos = s.span.end;
            }
            if pos < para.span.end {
                nodes.push(html! { { a.slice(Span { start: pos, end: para.span.end }) } });
            }
            html! { <>{ for nodes }</> }
        };
        match para.kind {
            ParagraphKind::Subheading => html! { <h3 class="pl-subhead">{ content }</h3> },
            ParagraphKind::Question => {
                html! { <p class="pl-question"><span class="pl-qa">{ "Q" }</span>{ content }</p> }
            }
            ParagraphKind::Answer => html! { <p class="pl-answer"><span class="pl-qa">{ "A" }</span>{ content }</p> },
            ParagraphKind::Text => html! { <p>{ content }</p> },
        }
    });
    let quotes: Vec<(usize, &presslens_engine::Quote)> =
        ctx.corpus.quotes.iter().enumerate().filter(|(_, q)| q.article == ai && q.nested_in.is_none()).collect();
    let open_at = |span: Span| {
        let id = a.id.clone();
        ctx.callback(move |_: MouseEvent| Action::OpenArticle { article: id.clone(), at: Some(span) })
    };
    let outlet = ctx.index.outlet_of(ai).to_string();
    let meta_row = |label: &'static str, value: Html| html! { <><dt>{ label }</dt><dd>{ value }</dd></> };
    let published = a.published.as_ref().map(|f| {
        let inferred = matches!(f.source, presslens_engine::Source::Inferred { .. });
        html! {
            <>
                { f.value.human() }
                <span class={classes!("pl-muted", "pl-small", inferred.then_some("pl-inferred-note"))}>{ format!(" ({})", source_note(&f.source)) }</span>
            </>
        }
    });
    let url = a.url.as_ref().map(|u| match safe_url(&u.value) {
        Some(href) => html! { <a href={href.to_string()} rel="noopener noreferrer nofollow" target="_blank">{ href.to_string() }</a> },
        None => html! { <span>{ u.value.clone() }</span> },
    });
    html! {
        <>
            <div class="pl-backdrop" onclick={close.clone()} aria-hidden="true"></div>
            <div class="pl-reader" role="dialog" aria-modal="true" aria-labelledby={heading_id.clone()}
                data-testid="article-reader" tabindex="-1" ref={dialog} {onkeydown}>
                <div class="pl-reader-bar">
                    <span class="pl-outlet">{ outlet }</span>
                    <button type="button" class="pl-btn pl-close" onclick={close} data-testid="close-reader">
                        <span aria-hidden="true">{ "× " }</span>{ "Close" }
                    </button>
                </div>
                <div class="pl-reader-scroll" ref={scroller} tabindex="0" role="region" aria-labelledby={heading_id.clone()}>
                    <header class="pl-reader-head">
                        <h2 id={heading_id} class="pl-reader-title">{ title(a).to_string() }</h2>
                        <dl class="pl-reader-meta" data-testid="reader-meta">
                            if let Some(pubd) = published { { meta_row("Published", pubd) } }
                            if let Some(au) = &a.author { { meta_row("By", html! { { au.value.clone() } }) } }
                            if let Some(u) = url { { meta_row("Source", u) } }
                            { meta_row("File", html! { <code>{ a.file.clone() }</code> }) }
                        </dl>
                    </header>
                    <section class="pl-reader-body" aria-label="Article text" data-testid="reader-body">
                        if a.paragraphs.is_empty() {
                            <p class="pl-muted">{ "This article has no body text the engine could read." }</p>
                        }
                        { for body }
                    </section>
                    if !a.captions.is_empty() {
                        <section class="pl-reader-aside" aria-labelledby={ctx.id("captions-h")} data-testid="reader-captions">
                            <h3 id={ctx.id("captions-h")}>{ "Photo and video captions" }</h3>
                            <ul>
                                { for a.captions.iter().map(|cap| html! {
                                    <li class="pl-caption">
                                        { marked(a.slice(cap.span), cap.span.start, &marks, terms, Some(&at_ref)) }
                                        if cap.lines.len() > 1 { <span class="pl-muted pl-small">{ format!(" (shown {} times)", cap.lines.len()) }</span> }
                                    </li>
                                }) }
                            </ul>
                        </section>
                    }
                    <section class="pl-reader-aside" aria-labelledby={ctx.id("quotes-h")} data-testid="reader-quotes">
                        <h3 id={ctx.id("quotes-h")}>{ format!("Quotes in this article ({})", quotes.len()) }</h3>
                        if quotes.is_empty() {
                            <p class="pl-muted" data-testid="no-quotes">{ "No quotes were found in this article." }</p>
                        } else {
                            <ul class="pl-reader-quotes">
                                { for quotes.iter().map(|&(_, q)| html! {
                                    <li>
                                        <button type="button" class="pl-link-btn" onclick={open_at(q.span)}>
                                            <span class="pl-speaker">{ speaker(&ctx.corpus, q) }</span>
                                            { format!(" · {}", q.kind.label()) }
                                        </button>
                                        <span class="pl-small pl-muted">{ format!(" “{}”", excerpt(a, q.span, 90)) }</span>
                                    </li>
                                }) }
                            </ul>
                        }
                    </section>
                    if !a.comments.is_empty() {
                        <section class="pl-reader-aside pl-comments" aria-labelledby={ctx.id("comments-h")} data-testid="reader-comments">
                            <h3 id={ctx.id("comments-h")}>{ format!("Reader comments ({})", a.comments.len()) }</h3>
                            <p class="pl-muted pl-small">{ "Kept apart from the article: these are readers' words, not the outlet's." }</p>
                            <ol>
                                { for a.comments.iter().map(|m| html! {
                                    <li class={classes!("pl-comment", m.removed.then_some("pl-removed"))}>
                                        if m.removed { <span class="pl-tag">{ "removed by the site" }</span>{ " " } }
                                        { marked(a.slice(m.span), m.span.start, &marks, terms, Some(&at_ref)) }
                                    </li>
                                }) }
                            </ol>
                        </section>
                    }
                    { boilerplate_note(a) }
                </div>
            </div>
        </>
    }
}

/// At most `max` characters of a span, cut at a word.
fn excerpt(a: &Article, span: Span, max: usize) -> String {
    let s = a.slice(span);
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |x| x.0);
    format!("{cut} …")
}

/// How many lines were set aside as boilerplate (share buttons and the like).
fn boilerplate_note(a: &Article) -> Html {
    let n = a.lines.iter().filter(|l| l.role == LineRole::Boilerplate).count();
    if n == 0 {
        return Html::default();
    }
    html! { <p class="pl-muted pl-small pl-reader-foot">{ format!("{} set aside as site furniture (share buttons, comment policy and the like).", plural(n, "line", "lines")) }</p> }
}

/// The element that has focus, looking into open shadow roots (an embedded widget lives in
/// one, where `document.activeElement` is only its host).
#[cfg(target_arch = "wasm32")]
fn focused_element() -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    let mut el = web_sys::window()?.document()?.active_element()?;
    while let Some(inner) = el.shadow_root().and_then(|r| r.active_element()) {
        el = inner;
    }
    el.dyn_into().ok()
}

#[cfg(not(target_arch = "wasm32"))]
fn focused_element() -> Option<web_sys::HtmlElement> {
    None
}

/// The heading of the results list in the reader's own widget (the reader is still on the page).
fn results_heading(dialog: &NodeRef) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    let root = dialog.cast::<web_sys::Element>()?.closest(".pl-root").ok()??;
    root.query_selector(".pl-results > h2").ok()??.dyn_into().ok()
}
