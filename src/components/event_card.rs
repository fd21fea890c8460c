use presslens_engine::{Precision, Span};
use yew::prelude::*;

use crate::components::card::{CardProps, entity_chips, read_button};
use crate::components::date_provenance::DateProvenance;
use crate::components::marked::marked;
use crate::describe::{plural, provenance};
use crate::index::CardId;

/// Sources listed on a card; the rest are counted (the DOM stays small however many outlets
/// report an event).
const MAX_SOURCES: usize = 8;
/// Mention sentences listed when a card is open.
const MAX_MENTIONS: usize = 50;

/// An event: its date (as written and normalised, with how it was read), summary, actors and
/// places, the outlets reporting it, and on request every sentence that mentions it.
#[function_component(EventCard)]
pub fn event_card(p: &CardProps) -> Html {
    let CardId::Event(ev) = p.card else { return Html::default() };
    let index = &p.index;
    let (h, c) = (index.corpus, index.corpus.corpus());
    let Some(e) = c.events.get(ev as usize) else { return Html::default() };
    let heading = format!("{}-{}", p.uid, p.card);
    let mentions_id = format!("{heading}-mentions");
    let prov = provenance(h, e);
    // One source per article, at its first mention.
    let mut sources: Vec<(u32, Span)> = Vec::new();
    for m in &e.mentions {
        if !sources.iter().any(|s| s.0 == m.article) {
            sources.push((m.article, m.span));
        }
    }
    let mut outlets: Vec<&str> = Vec::new();
    for s in &sources {
        let o = index.outlet_of(s.0);
        if !outlets.contains(&o) {
            outlets.push(o);
        }
    }
    let precision = e.date.precision;
    let card = p.card;
    let toggle = p.actions.toggle_card.reform(move |_: MouseEvent| card);
    // A closed card shows a few chips; "and n more" opens it, and an open card shows them all.
    let more = Some((&toggle, p.open));
    let written = prov.written.as_ref().map(|w| {
        let by = prov.article.map(|a| index.outlet_of(a)).unwrap_or_default();
        (w.clone(), by.to_string())
    });
    let disagreement = e.date_disagreement.then(|| {
        let mut seen: Vec<(String, String)> = Vec::new();
        for m in &e.mentions {
            let x = (index.outlet_of(m.article).to_string(), m.date.human());
            if !seen.contains(&x) {
                seen.push(x);
            }
        }
        seen.into_iter().map(|(o, d)| format!("{o}: {d}")).collect::<Vec<_>>().join(" · ")
    });
    html! {
        <article class={classes!("pl-card", "pl-event", p.open.then_some("pl-open"))} data-testid="event-card"
            data-card={p.card.to_string()} aria-labelledby={heading.clone()}>
            <div class="pl-card-top">
                <p class="pl-card-kind">{ if e.kind.is_empty() || e.kind == "other" { "Event".to_string() } else { format!("Event · {}", e.kind) } }</p>
                <span class="pl-badge" data-testid="outlet-badge" title={outlets.join(", ")}>{ plural(outlets.len(), "outlet", "outlets") }</span>
            </div>
            <h3 id={heading} class="pl-card-h">{ marked(&e.summary, 0, &[], &p.terms, None) }</h3>
            <div class="pl-date-line">
                <time class="pl-date" datetime={e.date.value()} data-testid="event-date">{ e.date.human() }</time>
                if precision != Precision::Day {
                    <span class="pl-tag" title="How exactly the date is known">{ precision.label() }</span>
                }
                if let Some((w, by)) = &written {
                    <span class="pl-written" data-testid="date-written">{ format!("written “{w}”") }
                        if outlets.len() > 1 { <span class="pl-muted">{ format!(" ({by})") }</span> }
                    </span>
                }
                if prov.inferred {
                    <span class="pl-flag pl-inferred" data-testid="inferred-date" title="No sentence states this date in words; it was inferred">{ "inferred date" }</span>
                }
                <DateProvenance card={p.card} date={e.date} prov={prov.clone()} by={written.as_ref().map(|w| AttrValue::from(w.1.clone())).unwrap_or_default()} card_open={p.open} />
            </div>
            if let Some(d) = disagreement {
                <p class="pl-flag pl-disagree" data-testid="date-disagreement">
                    <strong>{ "Outlets disagree on the date. " }</strong>{ d }
                </p>
            }
            { entity_chips(c, "People and organisations", &e.actors, &p.actors_on, &p.actions.actor, "pl-chip-actor", more) }
            { entity_chips(c, "Places", &e.places, &p.places_on, &p.actions.place, "pl-chip-place", more) }
            <div class="pl-sources">
                <span class="pl-muted pl-small">{ "Reported by" }</span>
                <ul class="pl-source-list">
                    { for sources.iter().take(MAX_SOURCES).enumerate().map(|(pos, &(a, at))| html! {
                        <li key={pos}>{ read_button(index, a, at, &p.actions.open_article, Some(index.outlet_of(a))) }</li>
                    }) }
                    if sources.len() > MAX_SOURCES {
                        <li class="pl-muted pl-small" data-testid="more-sources">
                            { format!("and {} more (see the mentions)", sources.len() - MAX_SOURCES) }
                        </li>
                    }
                </ul>
            </div>
            <button type="button" class="pl-link-btn pl-expand" aria-expanded={p.open.to_string()} aria-controls={mentions_id.clone()}
                onclick={toggle} data-testid="toggle-mentions">
                { if p.open { "Hide the sentences".to_string() } else { format!("Show {}", plural(e.mentions.len(), "mention", "mentions")) } }
            </button>
            if p.open {
                <ol class="pl-mentions" id={mentions_id}>
                    { for e.mentions.iter().take(MAX_MENTIONS).enumerate().map(|(i, m)| {
                        let text = h.slice(m.article, m.span);
                        html! {
                            <li key={i}>
                                <p class="pl-mention-meta">
                                    <span class="pl-outlet">{ index.outlet_of(m.article).to_string() }</span>
                                    { " · " }<span>{ m.date.human() }</span>
                                </p>
                                <blockquote class="pl-sentence">{ marked(text, m.span.start, &[], &p.terms, None) }</blockquote>
                                { read_button(index, m.article, m.span, &p.actions.open_article, Some("Read in the article")) }
                            </li>
                        }
                    }) }
                </ol>
                if e.mentions.len() > MAX_MENTIONS {
                    <p class="pl-muted pl-small" data-testid="more-mentions">
                        { format!("The first {MAX_MENTIONS} of {} mentions; filter by outlet to see the others.", e.mentions.len()) }
                    </p>
                }
            }
        </article>
    }
}
