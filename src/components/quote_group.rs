use presslens_engine::{DiffTag, Span};
use yew::prelude::*;

use crate::components::card::{CardProps, cue_line, entity_chips, quote_text, read_button, related_event};
use crate::components::marked::Mark;
use crate::describe::{entity_role, percent, plural};
use crate::index::CardId;

/// Renderings shown side by side on a closed card.
const MAX_SHOWN: usize = 4;
/// Renderings shown on an open card (the DOM stays bounded however many outlets carry it).
const MAX_OPEN: usize = 50;

/// A statement as several outlets rendered it: speaker, date, each rendering side by side
/// (stacked on narrow screens) with the engine's word-level diff against the first one.
#[function_component(QuoteGroupCard)]
pub fn quote_group_card(p: &CardProps) -> Html {
    let CardId::Group(g) = p.card else { return Html::default() };
    let index = &p.index;
    let (h, c) = (index.corpus, index.corpus.corpus());
    let Some(group) = c.quote_groups.get(g as usize) else { return Html::default() };
    let quotes: Vec<(u32, &presslens_engine::Quote)> =
        group.quotes.iter().filter_map(|&q| c.quotes.get(q as usize).map(|x| (q, x))).collect();
    let Some(&(ref_q, reference)) = quotes.first() else { return Html::default() };
    let heading = format!("{}-{}", p.uid, p.card);
    let card = p.card;
    let ref_outlet = index.outlet_of(reference.article).to_string();
    let mut outlets: Vec<&str> = Vec::new();
    for (_, q) in &quotes {
        let o = index.outlet_of(q.article);
        if !outlets.contains(&o) {
            outlets.push(o);
        }
    }
    let date = group.date.or_else(|| quotes.iter().filter_map(|(_, q)| q.date).min_by_key(|d| d.start));
    let published = quotes
        .iter()
        .filter_map(|(_, q)| c.articles.get(q.article as usize)?.published.as_ref().map(|f| f.value))
        .min_by_key(|d| d.start);
    // The reference shows what it has that others lack (or word differently).
    let mut ref_marks: Vec<(Span, Mark)> = Vec::new();
    for al in group.alignment.iter().filter(|al| al.a == ref_q) {
        for op in &al.ops {
            match op.tag {
                DiffTag::Replace => ref_marks.push((op.a, Mark::Changed)),
                DiffTag::Delete if !op.a.is_empty() => ref_marks.push((op.a, Mark::Removed)),
                _ => {}
            }
        }
    }
    let speaker = crate::describe::entity_name(c, group.speaker).to_string();
    let role = entity_role(c, group.speaker);
    html! {
        <article class={classes!("pl-card", "pl-group")} data-testid="quote-group" data-card={p.card.to_string()}
            aria-labelledby={heading.clone()}>
            <div class="pl-card-top">
                <p class="pl-card-kind">{ "Quote compared across outlets" }</p>
                <span class="pl-badge" data-testid="outlet-badge" title={outlets.join(", ")}>{ plural(outlets.len(), "outlet", "outlets") }</span>
            </div>
            <h3 id={heading} class="pl-card-h">
                <span class="pl-speaker" data-testid="speaker">{ speaker }</span>
                if let Some(r) = role { <span class="pl-role">{ format!(", {r}") }</span> }
            </h3>
            <div class="pl-date-line">
                if let Some(d) = date {
                    <span>{ "said " }<time class="pl-date" datetime={d.value()}>{ d.human() }</time></span>
                } else if let Some(d) = published {
                    <span class="pl-muted">{ "first published " }<time class="pl-date" datetime={d.value()}>{ d.human() }</time></span>
                }
                <span class="pl-sim" data-testid="similarity" title="Share of the shorter rendering worded exactly as the other (lowest pair); rewordings and translations score low">
                    { format!("{} worded alike", percent(group.similarity)) }
                </span>
            </div>
            <div class={classes!("pl-renderings", (quotes.len() > 2).then_some("pl-many"))}>
                { for quotes.iter().take(if p.open { MAX_OPEN } else { MAX_SHOWN }).enumerate().map(|(k, &(qi, q))| {
                    let outlet = index.outlet_of(q.article).to_string();
                    let al = group.alignment.iter().find(|al| al.b == qi && al.a == ref_q);
                    let marks: Vec<(Span, Mark)> = if k == 0 {
                        ref_marks.clone()
                    } else {
                        al.map(|al| al.ops.iter().filter_map(|op| match op.tag {
                            DiffTag::Insert if !op.b.is_empty() => Some((op.b, Mark::Added)),
                            DiffTag::Replace => Some((op.b, Mark::Changed)),
                            _ => None,
                        }).collect()).unwrap_or_default()
                    };
                    let note = if k == 0 {
                        if quotes.len() > 1 { "reference wording".to_string() } else { String::new() }
                    } else {
                        al.map(|al| format!("{} worded as in {ref_outlet}", percent(al.similarity))).unwrap_or_default()
                    };
                    html! {
                        <figure class="pl-rendering" key={k} data-testid="rendering">
                            <figcaption>
                                <span class="pl-outlet" data-testid="rendering-outlet">{ outlet }</span>
                                if !note.is_empty() { <span class="pl-muted pl-small">{ note }</span> }
                            </figcaption>
                            <blockquote class="pl-quote">{ quote_text(h, q, &marks, &p.terms) }</blockquote>
                            <p class="pl-cue pl-small pl-muted">{ cue_line(q) }</p>
                            { read_button(index, q.article, q.span, &p.actions.open_article, None) }
                        </figure>
                    }
                }) }
            </div>
            if quotes.len() > MAX_SHOWN {
                <button type="button" class="pl-link-btn pl-expand" aria-expanded={p.open.to_string()}
                    onclick={p.actions.toggle_card.reform(move |_: MouseEvent| card)} data-testid="toggle-renderings">
                    { if p.open {
                        "Show fewer renderings".to_string()
                    } else {
                        format!("Show all {} renderings", quotes.len().min(MAX_OPEN))
                    } }
                </button>
            }
            if quotes.len() > 1 {
                <p class="pl-diff-legend pl-small">
                    <span class="pl-muted">{ format!("Compared with {ref_outlet}: ") }</span>
                    <del class="pl-del">{ "only in the reference" }</del>{ " " }
                    <ins class="pl-ins">{ "added" }</ins>{ " " }
                    <mark class="pl-chg">{ "worded differently" }</mark>
                </p>
            }
            { entity_chips(c, "Speaker", &[group.speaker], &p.actors_on, &p.actions.actor, "pl-chip-actor", None) }
            { related_event(index, p.card, &p.actions.show_card) }
        </article>
    }
}
