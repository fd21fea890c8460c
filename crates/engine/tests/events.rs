//! Events over the whole pipeline on two made-up reports of one dock strike: the same
//! happening in two outlets is one event with a mention from each; where they date it a day
//! apart, the event says so; different happenings on one day stay apart.

mod common;

use common::fixture;
use presslens_engine::{Input, analyze};
use serde::Serialize;

#[derive(Serialize)]
struct EventView {
    date: String,
    kind: String,
    summary: String,
    actors: Vec<String>,
    places: Vec<String>,
    outlets: Vec<String>,
    date_disagreement: bool,
}

fn strike() -> presslens_engine::Corpus {
    let files = ["2023-03-15_harbour-wire_strike.txt", "2023-03-16_coastal-radio_strike.txt"];
    let texts: Vec<String> = files.iter().map(|f| fixture(&format!("events/{f}"))).collect();
    let inputs: Vec<Input<'_>> = files.iter().zip(&texts).map(|(f, t)| Input::new(f, t.as_bytes())).collect();
    analyze(&inputs)
}

fn views(c: &presslens_engine::Corpus) -> Vec<EventView> {
    let name = |e: &u32| c.entities[*e as usize].name.clone();
    c.events
        .iter()
        .map(|e| EventView {
            date: e.date.value(),
            kind: e.kind.to_string(),
            summary: e.summary.clone(),
            actors: e.actors.iter().map(name).collect(),
            places: e.places.iter().map(name).collect(),
            outlets: e
                .mentions
                .iter()
                .map(|m| c.articles[m.article as usize].outlet.as_ref().map_or("?".into(), |o| o.value.clone()))
                .collect(),
            date_disagreement: e.date_disagreement,
        })
        .collect()
}

#[test]
fn one_strike_two_outlets() {
    let c = strike();
    let events = views(&c);
    insta::assert_yaml_snapshot!(events);
    let two =
        |e: &&EventView| e.outlets.contains(&"Harbour Wire".into()) && e.outlets.contains(&"Coastal Radio".into());
    let crane: Vec<_> = events.iter().filter(|e| e.date == "2023-03-10").collect();
    assert!(crane.iter().any(two), "the crane accident, reported by both: {crane:?}", crane = crane.len());
    let appeal = events.iter().find(|e| e.kind == "appeal").expect("the mayor's appeal");
    assert_eq!(appeal.date, "2023-03-14", "`On Tuesday` in a paper of Wednesday March 15 and `on March 14` agree");
    assert!(two(&appeal), "one appeal, both outlets");
    let start = events.iter().find(|e| e.kind == "protest" && two(e)).expect("the strike's start, in both");
    assert!(start.date_disagreement, "March 13 in one outlet, March 12 in the other");
    let arrests = events.iter().find(|e| e.summary.contains("arrested")).expect("the arrests");
    assert!(!two(&arrests) && arrests.outlets.len() == 1, "another happening the same day stays apart");
    let meeting = events.iter().find(|e| e.kind == "meeting").expect("the minister's meeting");
    assert_eq!(meeting.date, "2023-03-15", "Wednesday before a Thursday, March 16 paper");
}
