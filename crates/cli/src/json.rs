//! The JSON document `presslens extract` prints (schema 1, documented in `docs/schema.md`).
//!
//! The engine refers to records by index; here they get string ids (`e3`, `q12`, `g1`, `ev4`)
//! and articles are named by their id.

use presslens_engine::model::*;
use serde_json::{Value, json};

/// Schema version of the document.
pub const SCHEMA: u32 = 1;

fn eid(i: u32) -> String {
    format!("e{}", i + 1)
}
fn qid(i: u32) -> String {
    format!("q{}", i + 1)
}

fn source(s: &Source) -> Value {
    match s {
        Source::Text { line } => json!({"kind": "text", "line": line}),
        Source::Inferred { note } => json!({"kind": "inferred", "note": note}),
        other => json!({"kind": other.label()}),
    }
}

fn field(f: &Option<Field<String>>) -> Value {
    f.as_ref().map_or(Value::Null, |f| json!(f.value))
}

fn field_source(f: &Option<Field<String>>) -> Value {
    f.as_ref().map_or(Value::Null, |f| source(&f.source))
}

/// The whole document.
pub fn document(c: &Corpus) -> Value {
    let art = |i: u32| c.articles.get(i as usize).map_or(String::new(), |a| a.id.clone());
    let articles: Vec<Value> = c
        .articles
        .iter()
        .map(|a| {
            json!({
                "id": a.id,
                "file": a.file,
                "title": field(&a.title),
                "title_source": field_source(&a.title),
                "outlet": field(&a.outlet),
                "outlet_source": field_source(&a.outlet),
                "author": field(&a.author),
                "author_source": field_source(&a.author),
                "published": a.published.as_ref().map(|f| f.value.value()),
                "published_precision": a.published.as_ref().map(|f| f.value.precision.label()),
                "published_source": a.published.as_ref().map(|f| f.source.label()),
                "published_detail": a.published.as_ref().map(|f| source(&f.source)),
                "url": field(&a.url),
                "url_source": field_source(&a.url),
                "lines": a.lines.iter().map(|l| {
                    let mut v = json!({"n": l.n, "role": l.role.label(), "start": l.span.start, "end": l.span.end});
                    if let Some(d) = l.duplicate_of { v["duplicate_of"] = json!(d); }
                    v
                }).collect::<Vec<_>>(),
                "paragraphs": a.paragraphs.iter().map(|p| json!({
                    "start": p.span.start, "end": p.span.end,
                    "kind": format!("{:?}", p.kind).to_lowercase(),
                    "sentences": a.sentences[p.sentences.0 as usize..p.sentences.1 as usize]
                        .iter().map(|s| json!([s.span.start, s.span.end])).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
                "captions": a.captions.iter().map(|cap| json!({
                    "text": a.slice(cap.span), "lines": cap.lines,
                    "credit": cap.credit.map(|s| a.slice(s)),
                })).collect::<Vec<_>>(),
                "comments": a.comments.iter().map(|m| json!({
                    "text": a.slice(m.span), "line": a.line_of(m.span.start), "removed": m.removed,
                })).collect::<Vec<_>>(),
                "diagnostics": a.diagnostics.iter().map(|d| json!({
                    "level": d.level.label(), "line": d.line, "message": d.message,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let entities: Vec<Value> = c
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| {
            json!({
                "id": eid(i as u32),
                "name": e.name,
                "kind": e.kind.label(),
                "aliases": e.aliases,
                "roles": e.roles,
                "mentions": e.mentions.iter().map(|m| json!({
                    "article": art(m.article), "start": m.span.start, "end": m.span.end,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let text_of = |article: u32, s: Span| c.articles.get(article as usize).map_or("", |a| a.slice(s)).to_string();
    let timexes: Vec<Value> = c
        .timexes
        .iter()
        .map(|t| {
            json!({
                "article": art(t.article),
                "text": text_of(t.article, t.span),
                "start": t.span.start,
                "end": t.span.end,
                "value": t.value.value(),
                "precision": t.value.precision.label(),
                "part": t.value.part.map(|p| p.label()),
                "rule": t.rule,
                "anchor": t.anchor.map(|d| d.to_string()),
                "anchor_note": t.anchor_note,
                // Where the words are: the body, or a photo caption (the time stage reads both).
                "section": c.articles.get(t.article as usize).map_or("body", |a| {
                    if a.captions.iter().any(|cap| cap.span.contains(t.span)) { "caption" } else { "body" }
                }),
            })
        })
        .collect();
    let quotes: Vec<Value> = c
        .quotes
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let text: Vec<String> = q.parts.iter().map(|p| text_of(q.article, *p)).collect();
            json!({
                "id": qid(i as u32),
                "article": art(q.article),
                "text": text.join(" "),
                "start": q.span.start,
                "end": q.span.end,
                "parts": q.parts.iter().map(|p| json!([p.start, p.end])).collect::<Vec<_>>(),
                "kind": q.kind.label(),
                "multi_paragraph": q.multi_paragraph,
                "interrupted": q.interrupted,
                "nested_in": q.nested_in.map(qid),
                "speaker": q.speaker.map(eid),
                "speaker_text": q.speaker_text,
                "cue": q.cue,
                "date": q.date.map(|d| d.value()),
            })
        })
        .collect();
    let terms: Vec<Value> = c
        .terms
        .iter()
        .map(|t| json!({"article": art(t.article), "text": text_of(t.article, t.span), "start": t.span.start, "end": t.span.end}))
        .collect();
    let groups: Vec<Value> = c
        .quote_groups
        .iter()
        .enumerate()
        .map(|(i, g)| {
            json!({
                "id": format!("g{}", i + 1),
                "speaker": eid(g.speaker),
                "quotes": g.quotes.iter().map(|&q| qid(q)).collect::<Vec<_>>(),
                "date": g.date.map(|d| d.value()),
                "similarity": round(g.similarity),
                "alignment": g.alignment.iter().map(|al| {
                    let (qa, qb) = (&c.quotes[al.a as usize], &c.quotes[al.b as usize]);
                    json!({
                        "a": qid(al.a), "b": qid(al.b), "similarity": round(al.similarity),
                        "ops": al.ops.iter().map(|op| json!({
                            "op": op.tag.label(),
                            "a": text_of(qa.article, op.a),
                            "b": text_of(qb.article, op.b),
                        })).collect::<Vec<_>>(),
                    })
                }).collect::<Vec<_>>(),
            })
        })
        .collect();
    let events: Vec<Value> = c
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            json!({
                "id": format!("ev{}", i + 1),
                "date": e.date.value(),
                "precision": e.date.precision.label(),
                "part": e.date.part.map(|p| p.label()),
                "summary": e.summary,
                "kind": e.kind,
                "actors": e.actors.iter().map(|&x| eid(x)).collect::<Vec<_>>(),
                "places": e.places.iter().map(|&x| eid(x)).collect::<Vec<_>>(),
                "mentions": e.mentions.iter().map(|m| json!({
                    "article": art(m.article),
                    "start": m.span.start,
                    "end": m.span.end,
                    "sentence": text_of(m.article, m.span),
                    "date": m.date.value(),
                })).collect::<Vec<_>>(),
                "date_disagreement": e.date_disagreement,
            })
        })
        .collect();
    json!({
        "schema": SCHEMA,
        "articles": articles,
        "entities": entities,
        "timexes": timexes,
        "quotes": quotes,
        "terms": terms,
        "quote_groups": groups,
        "events": events,
    })
}

fn round(x: f32) -> f64 {
    (f64::from(x) * 1000.0).round() / 1000.0
}
