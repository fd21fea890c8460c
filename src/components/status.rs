use presslens_engine::DateValue;
use yew::prelude::*;

use crate::describe::{entity_name, plural};
use crate::hooks::use_corpus;
use crate::state::{Action, Kind};

/// One active filter, shown as a removable chip.
#[derive(Clone, Debug, PartialEq)]
pub struct Chip {
    /// What kind of filter (`Search`, `Actor`, …).
    pub what: &'static str,
    /// Its value.
    pub value: String,
    /// The action that removes it.
    pub remove: Action,
}

/// The result count (announced to screen readers), the active filters as removable chips, and
/// "Clear all".
#[function_component(Status)]
pub fn status() -> Html {
    let ctx = use_corpus();
    let c = ctx.corpus;
    let f = &ctx.state.filters;
    let r = &ctx.results;
    let mut chips: Vec<Chip> = Vec::new();
    if !f.q.trim().is_empty() {
        chips.push(Chip {
            what: "Search",
            value: format!("“{}”", f.q.trim()),
            remove: Action::SetQuery(String::new()),
        });
    }
    let day = |d: presslens_engine::Date| DateValue::day(d).human();
    match (f.from, f.to) {
        (Some(a), Some(b)) => chips.push(Chip {
            what: "Dates",
            value: format!("{} – {}", day(a), day(b)),
            remove: Action::SetDates(None, None),
        }),
        (Some(a), None) => chips.push(Chip { what: "From", value: day(a), remove: Action::SetDates(None, None) }),
        (None, Some(b)) => chips.push(Chip { what: "Until", value: day(b), remove: Action::SetDates(None, None) }),
        (None, None) => {}
    }
    for &a in &f.actors {
        chips.push(Chip { what: "Actor", value: entity_name(&c, a).into(), remove: Action::ToggleActor(a) });
    }
    for &p in &f.places {
        chips.push(Chip { what: "Place", value: entity_name(&c, p).into(), remove: Action::TogglePlace(p) });
    }
    for &o in &f.outlets {
        let name = ctx.index.outlets.get(o as usize).cloned().unwrap_or_default();
        chips.push(Chip { what: "Outlet", value: name, remove: Action::ToggleOutlet(o) });
    }
    if f.kind != Kind::Both {
        let value = if f.kind == Kind::Events { "events only" } else { "quotes only" };
        chips.push(Chip { what: "Showing", value: value.into(), remove: Action::SetKind(Kind::Both) });
    }
    let n_quotes = r.quotes;
    let n_events = r.items.len() - n_quotes;
    let count = if r.items.is_empty() {
        "No results".to_string()
    } else {
        format!(
            "{}: {}, {}",
            plural(r.items.len(), "result", "results"),
            plural(n_events, "event", "events"),
            plural(n_quotes, "quote", "quotes")
        )
    };
    let count = if r.terms.is_empty() || r.articles.is_empty() {
        count
    } else {
        format!("{count} · the words are in {}", plural(r.articles.len(), "article", "articles"))
    };
    let clear = ctx.callback(|_: MouseEvent| Action::ClearFilters);
    html! {
        <div class="pl-status">
            <p class="pl-count" data-testid="result-count" role="status" aria-live="polite" aria-atomic="true">{ count }</p>
            if !chips.is_empty() {
                <ul class="pl-chips" aria-label="Active filters">
                    { for chips.into_iter().map(|chip| {
                        let label = format!("Remove filter {}: {}", chip.what, chip.value);
                        let remove = chip.remove.clone();
                        let onclick = ctx.callback(move |_: MouseEvent| remove.clone());
                        html! {
                            <li>
                                <button type="button" class="pl-chip pl-chip-active" data-testid="filter-chip" aria-label={label} {onclick}>
                                    <span class="pl-chip-what">{ chip.what }</span>
                                    { " " }{ chip.value }
                                    <span class="pl-chip-x" aria-hidden="true">{ "×" }</span>
                                </button>
                            </li>
                        }
                    }) }
                </ul>
                <button type="button" class="pl-btn pl-btn-small" data-testid="clear-all" onclick={clear}>{ "Clear all" }</button>
            }
        </div>
    }
}
