//! The timeline strip: events and quotes per day as an SVG bar chart over the axis of
//! [`crate::axis`], with a brush (drag across bars, or the two keyboard sliders) that sets the
//! date range. Geometry is in SVG attributes only (no `style`), so it runs under a strict CSP.

use presslens_engine::Date;
use yew::prelude::*;

use crate::axis::{Slot, Unit, Zone};
use crate::describe::plural;
use crate::hooks::{use_corpus, use_painted, use_width};
use crate::state::Action;

const H: f64 = 124.0;
const TOP: f64 = 20.0;
const BASE: f64 = 94.0;
const LABEL_Y: f64 = 112.0;
const PAD: f64 = 12.0;
const GAP: f64 = 20.0;

/// Where each slot is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// Left edge of each slot.
    pub x: Vec<f64>,
    /// Width of each slot.
    pub w: Vec<f64>,
    /// Where the scale breaks (between the overview and the focus range).
    pub breaks: Vec<f64>,
}

/// Lays the slots out in `width` pixels: overview slots a fixed width, the focus range shares
/// the rest, a gap with a break mark between zones.
pub fn layout(slots: &[Slot], width: f64) -> Layout {
    let n_over = slots.iter().filter(|s| s.zone != Zone::Focus).count() as f64;
    let n_focus = slots.iter().filter(|s| s.zone == Zone::Focus).count() as f64;
    let zones = slots.windows(2).filter(|w| w[0].zone != w[1].zone).count() as f64;
    let inner = (width - 2.0 * PAD - zones * GAP).max(40.0);
    let ow = if n_focus == 0.0 {
        inner / n_over.max(1.0)
    } else {
        (if width < 480.0 { 26.0 } else { 32.0f64 }).min(inner * 0.4 / n_over.max(1.0))
    };
    let fw = if n_focus == 0.0 { 0.0 } else { ((inner - n_over * ow) / n_focus).max(1.0) };
    let mut out = Layout { x: Vec::with_capacity(slots.len()), w: Vec::with_capacity(slots.len()), breaks: Vec::new() };
    let mut x = PAD;
    for (i, s) in slots.iter().enumerate() {
        if i > 0 && slots[i - 1].zone != s.zone {
            out.breaks.push(x + GAP / 2.0);
            x += GAP;
        }
        let w = if s.zone == Zone::Focus { fw } else { ow };
        out.x.push(x);
        out.w.push(w);
        x += w;
    }
    out
}

/// The slot under horizontal position `x` (the nearest one in a gap).
pub fn slot_at(l: &Layout, x: f64) -> usize {
    let i = l.x.partition_point(|&x0| x0 <= x);
    if i == 0 {
        return 0;
    }
    let i = i - 1;
    // In the gap before the next slot: take whichever is closer.
    if x > l.x[i] + l.w[i] && i + 1 < l.x.len() && (l.x[i + 1] - x) < (x - l.x[i] - l.w[i]) { i + 1 } else { i }
}

/// Which slots get a label, so labels do not overlap.
fn labelled(slots: &[Slot], l: &Layout) -> Vec<usize> {
    let mut out = Vec::new();
    let mut next_free = f64::MIN;
    for (i, s) in slots.iter().enumerate() {
        let d = Date::from_days(i64::from(s.start));
        let first_of_zone = i == 0 || slots[i - 1].zone != s.zone;
        let wanted = match s.unit {
            Unit::Year | Unit::Decade => true,
            Unit::Day => first_of_zone || d.d == 1 || d.weekday().index() == 0,
            Unit::Week => first_of_zone || d.d <= 7,
            Unit::Month => first_of_zone || d.m == 1,
        };
        let centre = l.x[i] + l.w[i] / 2.0;
        let half = if matches!(s.unit, Unit::Month) { 28.0 } else { 19.0 };
        if wanted && centre - half >= next_free {
            out.push(i);
            next_free = centre + half + 4.0;
        }
    }
    out
}

/// A coordinate with one decimal, without the float formatter (it costs kilobytes of WASM).
fn fmt(x: f64) -> String {
    let t = (x * 10.0).round() as i64;
    let sign = if t < 0 { "-" } else { "" };
    let t = t.unsigned_abs();
    format!("{sign}{}.{}", t / 10, t % 10)
}

/// A slot's text that depends on the layout only: its coordinates and what it covers.
struct SlotText {
    x: AttrValue,
    w: AttrValue,
    /// Bar width (a gap between wide slots).
    bw: AttrValue,
    what: String,
}

impl SlotText {
    fn new(s: &Slot, x: f64, w: f64) -> Self {
        let bw = if w > 4.0 { w - 1.5 } else { w };
        SlotText { x: fmt(x).into(), w: fmt(w).into(), bw: fmt(bw).into(), what: s.describe() }
    }
}

fn to_date(day: i32) -> Date {
    Date::from_days(i64::from(day))
}

/// The strip.
#[function_component(Timeline)]
pub fn timeline() -> Html {
    let ctx = use_corpus();
    let wrap = use_node_ref();
    let svg = use_node_ref();
    let width = use_width(wrap.clone(), 720) as f64;
    let drag = use_state_eq(|| None::<(usize, usize)>);
    // The bars (most of the strip's elements) wait for the first frame: the strip's frame, its
    // axis labels and the sliders are drawn at once, so nothing moves when the bars come.
    let painted = use_painted();
    // What does not change with the filters is formatted once per width.
    let fixed = use_memo((ctx.index.clone(), width.to_bits()), move |(index, _)| {
        let l = layout(&index.axis.slots, width);
        index.axis.slots.iter().enumerate().map(|(i, s)| SlotText::new(s, l.x[i], l.w[i])).collect::<Vec<_>>()
    });
    let slots = &ctx.index.axis.slots;
    let heading_id = ctx.id("timeline-h");
    if slots.is_empty() {
        return html! {
            <section class="pl-timeline" aria-labelledby={heading_id.clone()} data-testid="timeline-strip">
                <h2 id={heading_id}>{ "Timeline" }</h2>
                <p class="pl-muted">{ "Nothing in this corpus has a date." }</p>
            </section>
        };
    }
    let l = layout(slots, width);
    let last = slots.len() - 1;
    let f = &ctx.state.filters;
    let from = f.from.map(|d| d.to_days() as i32);
    let to = f.to.map(|d| d.to_days() as i32);
    let chosen = if from.is_some() || to.is_some() { ctx.index.axis.slots_between(from, to) } else { None };
    let shown = (*drag).map(|(a, b)| (a.min(b), a.max(b))).or(chosen);
    let (sel_a, sel_b) = chosen.unwrap_or((0, last));
    let counts = &ctx.results.slots;
    let max = counts.iter().map(|c| c[0] + c[1]).max().unwrap_or(0).max(1) as f64;
    let scale = (BASE - TOP) / max;

    let dispatch_range = {
        let d = ctx.state.dispatcher();
        let slots = slots.clone();
        move |a: usize, b: usize| {
            let (a, b) = (a.min(b), a.max(b));
            if a == 0 && b == slots.len() - 1 {
                d.dispatch(Action::SetDates(None, None));
            } else {
                d.dispatch(Action::SetDates(Some(to_date(slots[a].start)), Some(to_date(slots[b].end))));
            }
        }
    };
    let x_of = {
        let svg = svg.clone();
        move |client_x: i32| -> Option<f64> {
            let el = svg.cast::<web_sys::Element>()?;
            let r = el.get_bounding_client_rect();
            (r.width() > 0.0).then(|| (f64::from(client_x) - r.left()) * width / r.width())
        }
    };
    let onpointerdown = {
        let (drag, l, x_of, svg) = (drag.clone(), l.clone(), x_of.clone(), svg.clone());
        Callback::from(move |e: PointerEvent| {
            if e.button() != 0 {
                return;
            }
            let Some(x) = x_of(e.client_x()) else { return };
            let i = slot_at(&l, x);
            let handle = e
                .target()
                .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                .and_then(|t| t.closest("[data-handle]").ok().flatten())
                .and_then(|h| h.get_attribute("data-handle"));
            let anchor = match handle.as_deref() {
                Some("start") => sel_b,
                Some("end") => sel_a,
                _ => i,
            };
            if let Some(el) = svg.cast::<web_sys::Element>() {
                let _ = el.set_pointer_capture(e.pointer_id());
            }
            drag.set(Some((anchor, i)));
        })
    };
    let onpointermove = {
        let (drag, l, x_of) = (drag.clone(), l.clone(), x_of.clone());
        Callback::from(move |e: PointerEvent| {
            if let (Some((a, _)), Some(x)) = (*drag, x_of(e.client_x())) {
                drag.set(Some((a, slot_at(&l, x))));
            }
        })
    };
    let onpointerup = {
        let (drag, dispatch_range) = (drag.clone(), dispatch_range.clone());
        let d = ctx.state.dispatcher();
        Callback::from(move |_: PointerEvent| {
            if let Some((a, b)) = *drag {
                if a == b && chosen == Some((a, a)) {
                    d.dispatch(Action::SetDates(None, None));
                } else {
                    dispatch_range(a, b);
                }
            }
            drag.set(None);
        })
    };
    let onpointercancel = {
        let drag = drag.clone();
        Callback::from(move |_: PointerEvent| drag.set(None))
    };
    let handle_keys = |which: &'static str| {
        let dispatch_range = dispatch_range.clone();
        Callback::from(move |e: KeyboardEvent| {
            let cur = if which == "start" { sel_a } else { sel_b };
            let step = (last / 10).max(2);
            let next = match e.key().as_str() {
                "ArrowLeft" | "ArrowDown" => cur.saturating_sub(1),
                "ArrowRight" | "ArrowUp" => (cur + 1).min(last),
                "PageDown" => cur.saturating_sub(step),
                "PageUp" => (cur + step).min(last),
                "Home" => 0,
                "End" => last,
                _ => return,
            };
            e.prevent_default();
            if which == "start" {
                dispatch_range(next.min(sel_b), sel_b);
            } else {
                dispatch_range(sel_a, next.max(sel_a));
            }
        })
    };

    let (top, full) = (AttrValue::from(fmt(TOP)), AttrValue::from(fmt(BASE - TOP)));
    let bars = slots.iter().zip(fixed.iter()).enumerate().map(|(i, (s, t))| {
        let [ev, q] = counts.get(i).copied().unwrap_or([0, 0]);
        let inside = shown.is_none_or(|(a, b)| (a..=b).contains(&i));
        let he = f64::from(ev) * scale;
        let hq = f64::from(q) * scale;
        let title = format!(
            "{}: {}, {}",
            t.what,
            plural(ev as usize, "event", "events"),
            plural(q as usize, "quote", "quotes")
        );
        html! {
            <g class={classes!("pl-slot", (!inside).then_some("pl-out"), (s.zone != Zone::Focus).then_some("pl-over"))}>
                <title>{ title }</title>
                <rect class="pl-hit-area" x={&t.x} y={&top} width={&t.w} height={&full} />
                // Both bars are always drawn (height 0 when empty): new filters then change
                // attributes, not the elements.
                <rect class="pl-bar-ev" x={&t.x} y={fmt(BASE - he)} width={&t.bw} height={fmt(he)} />
                <rect class="pl-bar-q" x={&t.x} y={fmt(BASE - he - hq)} width={&t.bw} height={fmt(hq)} />
            </g>
        }
    });
    let labels = labelled(slots, &l).into_iter().map(|i| {
        html! {
            <text class="pl-tick" x={fmt(l.x[i] + l.w[i] / 2.0)} y={fmt(LABEL_Y)} text-anchor="middle">{ slots[i].label() }</text>
        }
    });
    let breaks = l.breaks.iter().map(|&x| {
        let d = format!(
            "M{} {} L{} {} M{} {} L{} {}",
            fmt(x - 5.0),
            fmt(BASE + 6.0),
            fmt(x - 1.0),
            fmt(BASE - 6.0),
            fmt(x + 1.0),
            fmt(BASE + 6.0),
            fmt(x + 5.0),
            fmt(BASE - 6.0)
        );
        html! { <path class="pl-break" d={d} /> }
    });
    let brush = shown.map(|(a, b)| {
        let x0 = l.x[a];
        let x1 = l.x[b] + l.w[b];
        html! { <rect class="pl-brush" x={fmt(x0)} y={fmt(TOP - 4.0)} width={fmt((x1 - x0).max(1.0))} height={fmt(BASE - TOP + 4.0)} /> }
    });
    let handle = |which: &'static str, i: usize, x: f64| {
        let label = if which == "start" { "Start of the date range" } else { "End of the date range" };
        let text = if which == "start" {
            format!("from {}", human_day(to_date(slots[i].start)))
        } else {
            format!("to {}", human_day(to_date(slots[i].end)))
        };
        html! {
            <g class="pl-handle" data-handle={which} role="slider" tabindex="0" aria-label={label}
                aria-orientation="horizontal" aria-valuemin="0" aria-valuemax={last.to_string()}
                aria-valuenow={i.to_string()} aria-valuetext={text} onkeydown={handle_keys(which)}
                data-testid={format!("brush-{which}")}>
                <line class="pl-handle-line" x1={fmt(x)} x2={fmt(x)} y1={fmt(TOP - 6.0)} y2={fmt(BASE + 2.0)} />
                <rect class="pl-handle-knob" x={fmt(x - 7.0)} y="2" width="14" height="16" rx="4" />
                <rect class="pl-handle-grip" x={fmt(x - 10.0)} y="0" width="20" height={fmt(BASE + 4.0)} />
            </g>
        }
    };
    let (ha, hb) = shown.unwrap_or((sel_a, sel_b));
    let busiest = counts
        .iter()
        .enumerate()
        .filter(|(_, c)| c[0] + c[1] > 0)
        .max_by_key(|(i, c)| (c[0] + c[1], std::cmp::Reverse(*i)))
        .map(|(i, c)| {
            format!("Busiest: {}, {}.", slots[i].describe(), plural((c[0] + c[1]) as usize, "item", "items"))
        });
    let clear = ctx.callback(|_: MouseEvent| Action::SetDates(None, None));
    html! {
        <section class="pl-timeline" aria-labelledby={heading_id.clone()} data-testid="timeline-strip">
            <div class="pl-tl-head">
                <h2 id={heading_id}>{ "Timeline" }</h2>
                <p class="pl-legend" aria-hidden="true">
                    <span class="pl-key pl-key-ev"></span>{ "Events" }
                    <span class="pl-key pl-key-q"></span>{ "Quotes" }
                </p>
                if chosen.is_some() {
                    <button type="button" class="pl-btn pl-btn-small" onclick={clear}>{ "All dates" }</button>
                }
            </div>
            <p class="pl-sr">{ "Drag across the bars, or move the two sliders with the arrow keys, to choose a date range. Earlier and later years are folded into single bars at the ends. " }{ busiest.unwrap_or_default() }</p>
            <div class="pl-tl-wrap" ref={wrap}>
                <svg ref={svg} class={classes!("pl-tl-svg", drag.is_some().then_some("pl-dragging"))}
                    width={fmt(width)} height={fmt(H)} viewBox={format!("0 0 {} {}", fmt(width), fmt(H))}
                    role="group" aria-label="Events and quotes per day"
                    {onpointerdown} {onpointermove} {onpointerup} {onpointercancel}>
                    <g aria-hidden="true">
                        { brush.unwrap_or_default() }
                        if painted { { for bars } }
                        <line class="pl-baseline" x1={fmt(PAD)} x2={fmt(width - PAD)} y1={fmt(BASE)} y2={fmt(BASE)} />
                        { for breaks }
                        { for labels }
                    </g>
                    { handle("start", ha, l.x[ha]) }
                    { handle("end", hb, l.x[hb] + l.w[hb]) }
                </svg>
            </div>
        </section>
    }
}

fn human_day(d: Date) -> String {
    presslens_engine::DateValue::day(d).human()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::axis::Axis;

    #[test]
    fn focus_slots_share_the_width_and_overview_slots_stay_narrow() {
        let day = |y, m, d| Date::new(y, m, d).unwrap().to_days() as i32;
        let mut days = vec![day(1992, 5, 15), day(1999, 6, 1)];
        days.extend((1..=31).map(|d| day(2022, 1, d)));
        let axis = Axis::build(&days);
        let l = layout(&axis.slots, 800.0);
        assert_eq!(l.breaks.len(), 1);
        let focus_w = l.w[2];
        assert!(focus_w > 15.0, "January is readable: {focus_w}px a day");
        assert!(l.w[0] <= 32.0);
        let end = l.x.last().unwrap() + l.w.last().unwrap();
        assert!((end - (800.0 - PAD)).abs() < 1.0, "the strip fills the width: {end}");
        assert_eq!(slot_at(&l, 0.0), 0);
        assert_eq!(slot_at(&l, 799.0), axis.slots.len() - 1);
        assert_eq!(slot_at(&l, l.x[5] + 1.0), 5);
        assert_eq!(
            (fmt(12.345), fmt(-0.04), fmt(-3.25), fmt(0.0)),
            ("12.3".into(), "0.0".into(), "-3.3".into(), "0.0".into())
        );
        let narrow = layout(&axis.slots, 320.0);
        assert!(narrow.w[2] >= 5.0, "still a bar per day at 320 px");
    }
}
