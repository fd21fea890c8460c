use yew::prelude::*;

use crate::components::card::{CardProps, cue_line, entity_chips, quote_text, read_button, related_event};
use crate::describe::{entity_role, speaker};
use crate::index::CardId;

/// A statement only one outlet carries: speaker, cue, kind, date and the words.
#[function_component(QuoteCard)]
pub fn quote_card(p: &CardProps) -> Html {
    let CardId::Quote(qi) = p.card else { return Html::default() };
    let index = &p.index;
    let (h, c) = (index.corpus, index.corpus.corpus());
    let Some(q) = c.quotes.get(qi as usize) else { return Html::default() };
    let heading = format!("{}-{}", p.uid, p.card);
    let who = speaker(c, q);
    let role = q.speaker.and_then(|s| entity_role(c, s));
    let published = c.articles.get(q.article as usize).and_then(|a| a.published.as_ref()).map(|f| f.value);
    let outlet = index.outlet_of(q.article).to_string();
    html! {
        <article class={classes!("pl-card", "pl-quote-card", q.speaker.is_none().then_some("pl-unattributed"))}
            data-testid="quote-card" data-card={p.card.to_string()} aria-labelledby={heading.clone()}>
            <div class="pl-card-top">
                <p class="pl-card-kind">{ format!("Quote · {}", q.kind.label()) }</p>
                <span class="pl-badge pl-badge-quiet" data-testid="outlet-badge">{ "1 outlet" }</span>
            </div>
            <h3 id={heading} class="pl-card-h">
                <span class="pl-speaker" data-testid="speaker">{ who }</span>
                if let Some(r) = role { <span class="pl-role">{ format!(", {r}") }</span> }
            </h3>
            <div class="pl-date-line">
                if let Some(d) = q.date {
                    <span>{ "said " }<time class="pl-date" datetime={d.value()}>{ d.human() }</time></span>
                } else if let Some(d) = published {
                    <span class="pl-muted">{ "published " }<time class="pl-date" datetime={d.value()}>{ d.human() }</time></span>
                }
                <span class="pl-outlet">{ outlet }</span>
            </div>
            <blockquote class="pl-quote">{ quote_text(h, q, &[], &p.terms) }</blockquote>
            <p class="pl-cue pl-small pl-muted" data-testid="quote-cue">{ cue_line(q) }</p>
            <div class="pl-card-actions">
                { read_button(index, q.article, q.span, &p.actions.open_article, None) }
            </div>
            if let Some(s) = q.speaker {
                { entity_chips(c, "Speaker", &[s], &p.actors_on, &p.actions.actor, "pl-chip-actor", None) }
            }
            { related_event(index, p.card, &p.actions.show_card) }
        </article>
    }
}
