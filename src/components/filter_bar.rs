use presslens_engine::Date;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::hooks::use_corpus;
use crate::state::{Action, Kind};

/// Search box, kind switch and date range.
#[function_component(FilterBar)]
pub fn filter_bar() -> Html {
    let ctx = use_corpus();
    let f = &ctx.state.filters;
    let oninput = ctx.callback(|e: InputEvent| Action::SetQuery(e.target_unchecked_into::<HtmlInputElement>().value()));
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());
    let (from, to) = (f.from, f.to);
    let on_from = ctx.callback(move |e: Event| {
        Action::SetDates(Date::parse_iso(&e.target_unchecked_into::<HtmlInputElement>().value()), to)
    });
    let on_to = ctx.callback(move |e: Event| {
        Action::SetDates(from, Date::parse_iso(&e.target_unchecked_into::<HtmlInputElement>().value()))
    });
    let bounds =
        ctx.index.axis.slots.first().zip(ctx.index.axis.slots.last()).map(|(a, b)| {
            (Date::from_days(i64::from(a.start)).to_string(), Date::from_days(i64::from(b.end)).to_string())
        });
    let (min, max) = bounds.unzip();
    let kinds = [(Kind::Both, "Everything"), (Kind::Events, "Events"), (Kind::Quotes, "Quotes")];
    let kind_name = ctx.id("kind");
    html! {
        <form class="pl-filters" role="search" aria-label="Filter events and quotes" {onsubmit}>
            <div class="pl-search">
                <label for={ctx.id("q")}>{ "Search" }</label>
                <input
                    id={ctx.id("q")}
                    type="search"
                    data-testid="search"
                    autocomplete="off"
                    spellcheck="false"
                    placeholder="Events, quotes, speakers, article text"
                    value={f.q.clone()}
                    {oninput}
                />
            </div>
            <fieldset class="pl-kind">
                <legend>{ "Show" }</legend>
                <div class="pl-segmented">
                    { for kinds.iter().map(|&(k, label)| {
                        let id = ctx.id(&format!("kind-{}", k.label()));
                        let onchange = ctx.callback(move |_: Event| Action::SetKind(k));
                        html! {
                            <span class="pl-seg">
                                <input type="radio" id={id.clone()} name={kind_name.clone()} value={k.label()}
                                    checked={f.kind == k} {onchange} data-testid={format!("kind-{}", k.label())} />
                                <label for={id}>{ label }</label>
                            </span>
                        }
                    }) }
                </div>
            </fieldset>
            <fieldset class="pl-dates">
                <legend>{ "Dates" }</legend>
                <label>
                    <span>{ "From" }</span>
                    <input type="date" data-testid="date-from" min={min.clone()} max={max.clone()}
                        value={from.map(|d| d.to_string()).unwrap_or_default()} onchange={on_from} />
                </label>
                <label>
                    <span>{ "To" }</span>
                    <input type="date" data-testid="date-to" {min} {max}
                        value={to.map(|d| d.to_string()).unwrap_or_default()} onchange={on_to} />
                </label>
            </fieldset>
        </form>
    }
}
