use presslens_engine::DateValue;
use yew::prelude::*;

use crate::describe::Provenance;
use crate::index::CardId;

/// Properties of [`DateProvenance`].
#[derive(Properties, PartialEq, Clone)]
pub struct DateProvenanceProps {
    /// The card it explains: what was opened on one card stays closed on the next one drawn in
    /// its place.
    pub card: CardId,
    /// The event's date.
    pub date: DateValue,
    /// How it was read.
    pub prov: Provenance,
    /// The outlet whose words gave the date.
    pub by: AttrValue,
    /// The card is open: the explanation is drawn even before the disclosure is.
    #[prop_or_default]
    pub card_open: bool,
}

/// The "i" disclosure beside a date: the date normalised, the words it came from, the rule and
/// the anchor. Its body is built only once opened (or when the card is open), so a page of
/// closed cards carries none of it: fewer nodes to create every time the results change. The
/// `open` attribute follows the state (which remembers the card it was opened on), so a card
/// patched in place of another does not inherit its open disclosure.
#[function_component(DateProvenance)]
pub fn date_provenance(p: &DateProvenanceProps) -> Html {
    let opened_on = use_state_eq(|| None::<CardId>);
    let ontoggle = {
        let (opened_on, card) = (opened_on.clone(), p.card);
        Callback::from(move |e: Event| {
            if let Some(d) = e.target_dyn_into::<web_sys::Element>() {
                opened_on.set(d.has_attribute("open").then_some(card));
            }
        })
    };
    let open = *opened_on == Some(p.card);
    let prov = &p.prov;
    let precision = p.date.precision;
    let body = (open || p.card_open).then(|| {
        html! {
            <div class="pl-prov-body" data-testid="date-provenance">
                <dl>
                    <dt>{ "Normalised" }</dt>
                    <dd>{ format!("{} ({})", p.date.value(), precision.label()) }{ p.date.part.map(|x| format!(", {}", x.label())).unwrap_or_default() }</dd>
                    if let Some(w) = &prov.written {
                        <dt>{ "Words" }</dt><dd>{ format!("“{w}” — {}", p.by) }</dd>
                    }
                    if let Some(r) = &prov.rule {
                        <dt>{ "Rule" }</dt><dd><code>{ r.clone() }</code></dd>
                    }
                    if let Some(a) = &prov.anchor {
                        <dt>{ "Anchor" }</dt><dd>{ a.clone() }</dd>
                    }
                    if prov.inferred {
                        <dt>{ "Source" }</dt><dd>{ "inferred from the article (no date in words)" }</dd>
                    }
                </dl>
            </div>
        }
    });
    html! {
        <details class="pl-prov" {open} {ontoggle}>
            <summary aria-label="How this date was read"><span aria-hidden="true">{ "i" }</span></summary>
            { body.unwrap_or_default() }
        </details>
    }
}
