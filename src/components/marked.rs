//! Text with marks: diff spans, search matches and the reader's highlighted span.
//!
//! Article text is untrusted, so it only ever becomes text nodes; marks are elements around
//! those text nodes (`<del>`, `<ins>`, `<mark>`), never HTML built from strings.

use presslens_engine::Span;
use yew::prelude::*;

use crate::text;

/// What a marked stretch is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// Words only in this rendering (the reference side of a diff).
    Removed,
    /// Words only in this rendering (the other side of a diff).
    Added,
    /// Words replaced by other words in the other rendering.
    Changed,
    /// The span the reader was opened at.
    At,
}

#[derive(Clone, Copy, PartialEq, Eq)]
struct Flags {
    diff: Option<Mark>,
    at: bool,
    hit: bool,
}

/// `text` (which starts at byte `base` of its article) with `marks` (article byte spans) and the
/// matches of the search `terms` marked. The first [`Mark::At`] stretch gets `at_ref`.
pub fn marked(text: &str, base: u32, marks: &[(Span, Mark)], terms: &[String], at_ref: Option<&NodeRef>) -> Html {
    let len = text.len();
    let local = |x: u32| (x.saturating_sub(base) as usize).min(len);
    let hits = text::find(text, terms);
    let mut cuts: Vec<usize> = vec![0, len];
    for (s, _) in marks {
        if s.end > base && (s.start as usize) < base as usize + len {
            cuts.push(local(s.start));
            cuts.push(local(s.end));
        }
    }
    for h in &hits {
        cuts.push(h.start);
        cuts.push(h.end);
    }
    cuts.retain(|&c| text.is_char_boundary(c));
    crate::sort::by_key(&mut cuts, |&c| c as u64);
    cuts.dedup();
    let flags_at = |a: usize, b: usize| -> Flags {
        let (sa, sb) = (a as u32 + base, b as u32 + base);
        let covers = |s: &Span| s.start <= sa && sb <= s.end;
        Flags {
            // Where two marks cover the same words (two alignments), "changed" wins.
            diff: marks
                .iter()
                .find(|(s, m)| *m == Mark::Changed && covers(s))
                .or_else(|| marks.iter().find(|(s, m)| *m != Mark::At && covers(s)))
                .map(|x| x.1),
            at: marks.iter().any(|(s, m)| *m == Mark::At && covers(s)),
            hit: hits.iter().any(|h| h.start <= a && b <= h.end),
        }
    };
    // Merge neighbouring stretches with the same marks.
    let mut runs: Vec<(usize, usize, Flags)> = Vec::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        if a == b {
            continue;
        }
        let f = flags_at(a, b);
        match runs.last_mut() {
            Some(last) if last.2 == f && last.1 == a => last.1 = b,
            _ => runs.push((a, b, f)),
        }
    }
    let mut at_used = false;
    let nodes = runs.into_iter().map(|(a, b, f)| {
        let mut node = html! { { &text[a..b] } };
        if f.hit {
            node = html! { <mark class="pl-hit">{ node }</mark> };
        }
        node = match f.diff {
            Some(Mark::Removed) => html! { <del class="pl-del">{ node }</del> },
            Some(Mark::Added) => html! { <ins class="pl-ins">{ node }</ins> },
            Some(Mark::Changed) => html! { <mark class="pl-chg">{ node }</mark> },
            _ => node,
        };
        if f.at {
            let r = if at_used { NodeRef::default() } else { at_ref.cloned().unwrap_or_default() };
            at_used = true;
            node = html! { <mark class="pl-at" ref={r}>{ node }</mark> };
        }
        node
    });
    html! { <>{ for nodes }</> }
}
