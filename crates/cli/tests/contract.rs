//! The `presslens extract` JSON contract (docs/schema.md): every field the schema names is
//! there with its type, every id refers to a record, and every offset slices the article file
//! to the text the record gives. Also `check` (diagnostics, exit code) and stdin input.

use serde_json::Value;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

const WIRE: &str = "Harbour Wire, March 4, 2021\n\nDockers walk out in Port Lenn\n\n\
    By Ana Varga\n\n\
    Dock workers in Port Lenn went on strike on March 2, the union said.\n\n\
    \u{201c}We will not go back until the cranes are safe,\u{201d} union leader Tomas Berg told Harbour Wire.\n\n\
    On Wednesday, the port authority asked the government for help.\n";

const RADIO: &str = "River Radio, March 5, 2021\n\nPort strike enters its fourth day\n\n\
    The strike at Port Lenn began on March 2, workers said.\n\n\
    \"We won't return until the cranes are safe,\" said Tomas Berg, the union leader.\n";

fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("presslens-contract-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("2021-03-04_harbour-wire_strike.txt"), WIRE).unwrap();
    std::fs::write(dir.join("2021-03-05_river-radio_strike.txt"), RADIO).unwrap();
    dir
}

fn presslens(args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_presslens"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(s) = stdin {
        child.stdin.take().unwrap().write_all(s.as_bytes()).unwrap();
    } else {
        drop(child.stdin.take());
    }
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

fn has(v: &Value, keys: &[&str], what: &str) {
    for k in keys {
        assert!(v.get(k).is_some(), "{what} lacks `{k}`: {v}");
    }
}

#[test]
fn extract_prints_the_documented_contract() {
    let dir = folder("extract");
    let (code, out, err) = presslens(&["extract", dir.to_str().unwrap()], None);
    assert_eq!(code, 0, "{err}");
    let doc: Value = serde_json::from_str(&out).expect("one JSON document on stdout");
    assert_eq!(doc["schema"], 1);
    let texts: std::collections::HashMap<String, String> = doc["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let file = a["file"].as_str().unwrap();
            (a["id"].as_str().unwrap().to_string(), std::fs::read_to_string(dir.join(file)).unwrap())
        })
        .collect();
    let slice = |v: &Value| -> String {
        let t = &texts[v["article"].as_str().unwrap()];
        t[v["start"].as_u64().unwrap() as usize..v["end"].as_u64().unwrap() as usize].to_string()
    };

    let articles = doc["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 2);
    for a in articles {
        has(
            a,
            &[
                "id",
                "file",
                "title",
                "outlet",
                "author",
                "published",
                "published_source",
                "url",
                "lines",
                "diagnostics",
            ],
            "article",
        );
        assert!(["text", "manifest", "command", "inferred"].contains(&a["published_source"].as_str().unwrap()));
        for l in a["lines"].as_array().unwrap() {
            has(l, &["n", "role"], "line");
            assert!(
                ["title", "metadata", "body", "caption", "comment", "boilerplate", "blank"]
                    .contains(&l["role"].as_str().unwrap()),
                "{l}"
            );
        }
    }
    let wire = articles.iter().find(|a| a["outlet"] == "Harbour Wire").expect("outlet read from the text");
    assert_eq!(wire["published"], "2021-03-04");
    assert_eq!(wire["author"], "Ana Varga");
    assert_eq!(wire["title"], "Dockers walk out in Port Lenn");

    let entity_ids: Vec<&str> = doc["entities"].as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap()).collect();
    for e in doc["entities"].as_array().unwrap() {
        has(e, &["id", "name", "kind", "aliases", "roles"], "entity");
        assert!(["person", "organization", "place", "other"].contains(&e["kind"].as_str().unwrap()));
    }
    for t in doc["timexes"].as_array().unwrap() {
        has(t, &["article", "text", "start", "end", "value", "precision", "rule"], "timex");
        assert_eq!(slice(t), t["text"].as_str().unwrap(), "timex offsets are byte offsets into the file");
    }
    assert!(doc["timexes"].as_array().unwrap().iter().any(|t| t["value"] == "2021-03-03"), "Wednesday → March 3");
    let quote_ids: Vec<&str> = doc["quotes"].as_array().unwrap().iter().map(|q| q["id"].as_str().unwrap()).collect();
    for q in doc["quotes"].as_array().unwrap() {
        has(q, &["id", "article", "text", "start", "end", "kind", "speaker", "speaker_text", "cue", "date"], "quote");
        assert!(["direct", "partial", "block", "interview", "headline"].contains(&q["kind"].as_str().unwrap()));
        if let Some(s) = q["speaker"].as_str() {
            assert!(entity_ids.contains(&s), "speaker {s} is an entity id");
        }
        assert!(slice(q).contains(q["text"].as_str().unwrap().split(' ').next().unwrap()));
    }
    for t in doc["terms"].as_array().unwrap() {
        has(t, &["article", "text", "start", "end"], "term");
    }
    let groups = doc["quote_groups"].as_array().unwrap();
    assert_eq!(groups.len(), 1, "the union leader's words in both outlets: {groups:?}");
    for g in groups {
        has(g, &["id", "speaker", "quotes", "similarity", "alignment"], "quote group");
        for q in g["quotes"].as_array().unwrap() {
            assert!(quote_ids.contains(&q.as_str().unwrap()));
        }
        let ops = g["alignment"][0]["ops"].as_array().unwrap();
        assert!(ops.iter().any(|o| o["op"] == "equal") && ops.iter().any(|o| o["op"] != "equal"), "{ops:?}");
    }
    let events = doc["events"].as_array().unwrap();
    for e in events {
        has(e, &["id", "date", "precision", "summary", "actors", "places", "mentions", "date_disagreement"], "event");
        for m in e["mentions"].as_array().unwrap() {
            has(m, &["article", "start", "end", "sentence"], "mention");
            assert_eq!(slice(m), m["sentence"].as_str().unwrap());
        }
        for x in e["actors"].as_array().unwrap().iter().chain(e["places"].as_array().unwrap()) {
            assert!(entity_ids.contains(&x.as_str().unwrap()));
        }
    }
    let strike: Vec<&Value> = events.iter().filter(|e| e["date"] == "2021-03-02").collect();
    assert!(strike.iter().any(|e| e["mentions"].as_array().unwrap().len() == 2), "one strike, two outlets: {events:?}");
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn extract_reads_stdin_with_a_given_publication_date() {
    let text = "Wire\n\nMinister resigns\n\nThe minister resigned on Monday, officials said.\n";
    let (code, out, err) = presslens(&["extract", "--published", "2021-03-04", "-"], Some(text));
    assert_eq!(code, 0, "{err}");
    let doc: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["articles"][0]["published"], "2021-03-04");
    assert_eq!(doc["articles"][0]["published_source"], "command", "given on the command line");
    assert!(doc["timexes"].as_array().unwrap().iter().any(|t| t["value"] == "2021-03-01"), "Monday before March 4");
}

#[test]
fn check_names_file_and_line_and_fails_on_errors() {
    let dir = folder("check");
    std::fs::write(dir.join("broken.txt"), b"\xff\xfe\x00binary\x00").unwrap();
    let (code, out, err) = presslens(&["check", dir.to_str().unwrap()], None);
    assert_eq!(code, 1, "an error exits 1: {out}{err}");
    let all = format!("{out}{err}");
    assert!(all.lines().any(|l| l.contains("broken.txt:1: error:")), "{all}");
    std::fs::remove_file(dir.join("broken.txt")).unwrap();
    let (code, out, err) = presslens(&["check", dir.to_str().unwrap()], None);
    assert_eq!(code, 0, "{out}{err}");
    std::fs::remove_dir_all(dir).ok();
}
