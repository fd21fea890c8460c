use yew::prelude::*;

use crate::describe::entity_name;
use crate::hooks::{use_corpus, use_painted};
use crate::state::{Action, Facet};

/// How many values a facet shows before "Show all".
pub const SHORT: usize = 8;
/// How many values a facet shows at most (a search narrows the rest).
pub const LONG: usize = 60;

/// One value of a facet.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Entity or outlet index.
    pub id: u32,
    /// Its name.
    pub label: AttrValue,
    /// Matches that involve it.
    pub count: u32,
    /// It is an active filter.
    pub selected: bool,
}

/// The three facet lists: people and organisations, places, outlets. On narrow screens they
/// fold behind a "Refine" button.
#[function_component(Facets)]
pub fn facets() -> Html {
    let ctx = use_corpus();
    // The lists wait for the first frame (their column is as wide without them, so the cards
    // beside it do not move when they come).
    let painted = use_painted();
    let c = ctx.corpus;
    let r = &ctx.results;
    let f = &ctx.state.filters;
    // Only what a list can show is named (the results may involve thousands of entities).
    let entries = |list: &[(u32, u32)], selected: &[u32], name: &dyn Fn(u32) -> String| -> (Vec<Entry>, usize) {
        let mut v: Vec<Entry> = selected
            .iter()
            .map(|&id| Entry {
                id,
                label: name(id).into(),
                count: list.iter().find(|x| x.0 == id).map_or(0, |x| x.1),
                selected: true,
            })
            .collect();
        let others = list.iter().filter(|x| !selected.contains(&x.0));
        v.extend(others.take(LONG.saturating_sub(v.len())).map(|&(id, count)| Entry {
            id,
            label: name(id).into(),
            count,
            selected: false,
        }));
        // Every selected value is listed once, whether or not the matches involve it.
        let total = selected.len() + list.len() - list.iter().filter(|x| selected.contains(&x.0)).count();
        (v, total)
    };
    let ent = |e: u32| entity_name(&c, e).to_string();
    let outlet = |o: u32| ctx.index.outlets.get(o as usize).cloned().unwrap_or_default();
    let open = ctx.state.expanded.contains(&Facet::Panel);
    let panel_id = ctx.id("facets");
    let toggle_panel = ctx.callback(|_: MouseEvent| Action::ToggleFacet(Facet::Panel));
    let n_active = f.actors.len() + f.places.len() + f.outlets.len();
    // Named only once the lists are drawn (the first frame leaves them out).
    let lists = painted.then(|| {
        [
            (
                Facet::Actors,
                "actors",
                "People and organisations",
                entries(&r.actors, &f.actors, &ent),
                ctx.callback(Action::ToggleActor),
            ),
            (Facet::Places, "places", "Places", entries(&r.places, &f.places, &ent), ctx.callback(Action::TogglePlace)),
            (
                Facet::Outlets,
                "outlets",
                "Outlets",
                entries(&r.outlets, &f.outlets, &outlet),
                ctx.callback(Action::ToggleOutlet),
            ),
        ]
    });
    html! {
        <aside class={classes!("pl-facets", open.then_some("pl-open"))} aria-label="Refine by people, places and outlets">
            <button type="button" class="pl-btn pl-refine" aria-expanded={open.to_string()} aria-controls={panel_id.clone()} onclick={toggle_panel}>
                { "Refine: people, places, outlets" }
                if n_active > 0 { { format!(" ({n_active})") } }
            </button>
            <div id={panel_id} class="pl-facet-panel">
                { for lists.into_iter().flatten().map(|(facet, key, title, (entries, total), on_toggle)| {
                    let expanded = ctx.state.expanded.contains(&facet);
                    let on_expand = ctx.callback(move |_: MouseEvent| Action::ToggleFacet(facet));
                    html! {
                        <FacetList {key} {title} {entries} {total} {expanded} {on_toggle} {on_expand}
                            list_id={ctx.id(&format!("facet-{key}"))} testid={format!("facet-{key}")} />
                    }
                }) }
            </div>
        </aside>
    }
}

/// Properties of [`FacetList`].
#[derive(Properties, PartialEq)]
pub struct FacetListProps {
    /// Heading.
    pub title: AttrValue,
    /// Values, selected first, then most frequent first (at most [`LONG`] of them).
    pub entries: Vec<Entry>,
    /// How many values there are in all.
    pub total: usize,
    /// Show up to [`LONG`] instead of [`SHORT`].
    pub expanded: bool,
    /// Called with a value's id to add or remove it as a filter.
    pub on_toggle: Callback<u32>,
    /// Called to expand or collapse the list.
    pub on_expand: Callback<MouseEvent>,
    /// Id of the list element.
    pub list_id: AttrValue,
    /// `data-testid` of the section.
    pub testid: AttrValue,
}

/// One facet: a heading and a list of toggle buttons with counts.
#[function_component(FacetList)]
pub fn facet_list(p: &FacetListProps) -> Html {
    let limit = if p.expanded { LONG } else { SHORT };
    let n = p.total;
    html! {
        <section class="pl-facet" data-testid={p.testid.clone()}>
            <h2 class="pl-facet-h">{ p.title.clone() }</h2>
            if n == 0 {
                <p class="pl-muted pl-small">{ "None among these results." }</p>
            } else {
                <ul class="pl-facet-list" id={p.list_id.clone()}>
                    { for p.entries.iter().take(limit).map(|e| {
                        let id = e.id;
                        let onclick = p.on_toggle.reform(move |_: MouseEvent| id);
                        let count = format!(", {} {}", e.count, if e.count == 1 { "result" } else { "results" });
                        html! {
                            <li key={e.id}>
                                <button type="button" class="pl-facet-btn" aria-pressed={e.selected.to_string()} {onclick}>
                                    <span class="pl-facet-name">{ e.label.clone() }</span>
                                    <span class="pl-count" aria-hidden="true">{ e.count }</span>
                                    <span class="pl-sr">{ count }</span>
                                </button>
                            </li>
                        }
                    }) }
                </ul>
                if n > SHORT {
                    <button type="button" class="pl-link-btn pl-small" aria-expanded={p.expanded.to_string()}
                        aria-controls={p.list_id.clone()} onclick={p.on_expand.clone()}>
                        { if p.expanded { "Show fewer".to_string() } else { format!("Show all {n}") } }
                    </button>
                    if p.expanded && n > LONG {
                        <p class="pl-muted pl-small">{ format!("The first {LONG} of {n}; search to find the others.") }</p>
                    }
                }
            }
        </section>
    }
}
