//! Quotations on made-up fixture articles: every kind (direct, partial, multi-paragraph,
//! interrupted, block, interview, headline, nested), every attribution form, terms versus
//! quotations. Snapshots in `tests/snapshots/`, reviewed like code.

mod common;

use common::{Dated, fixture, quotes_of, run};

#[test]
fn wire_copy_attributions() {
    let c = run(
        &[("2023-03-03_northwind_harbour.txt", fixture("quotes/wire_attributions.txt"))],
        &[Dated { article: 0, text: "Friday, March 3", after: "On Friday", day: "2023-03-03" }],
    );
    insta::assert_yaml_snapshot!(quotes_of(&c, 0));
}

#[test]
fn long_nested_block_and_headline() {
    let c = run(&[("2023-03-10_courier_reopening.txt", fixture("quotes/long_and_nested.txt"))], &[]);
    insta::assert_yaml_snapshot!(quotes_of(&c, 0));
}

#[test]
fn interview_answers_and_questions() {
    let c = run(&[("2023-03-12_courier_demir.txt", fixture("quotes/interview.txt"))], &[]);
    insta::assert_yaml_snapshot!(quotes_of(&c, 0));
}

/// Captions and reader comments are never sources of quotations.
#[test]
fn captions_and_comments_are_not_quoted() {
    let text = "Harbour news in brief today\n\n\
                Officials met on Monday to discuss the docks, the agency reported.\n\n\
                \"We are closing the docks,\" the minister said, in a photo from the meeting. [Photo/Agency]\n\n\
                Do you like this article?\n\n2 Comment(s)\n\n\
                \"This is a disgrace and everyone knows it,\" one reader wrote.\n";
    let c = run(&[("brief.txt", text.to_string())], &[]);
    assert_eq!(c.articles[0].captions.len(), 1);
    assert_eq!(c.articles[0].comments.len(), 1);
    assert!(c.quotes.is_empty(), "{:?}", c.quotes);
}

/// `Name: statement` is a headline quotation only when the name is a person of the article.
#[test]
fn headline_needs_a_person() {
    let body = "Harbour City Courier, March 1, 2023\n\nPort director Tomas Varga spoke on Monday about the docks.\n";
    let c = run(&[("a.txt", format!("Breaking: the docks will close for a week\n\n{body}"))], &[]);
    assert!(c.quotes.is_empty(), "{:?}", c.quotes);
    let c = run(&[("b.txt", format!("Varga: the docks will close for a week\n\n{body}"))], &[]);
    assert_eq!(c.quotes.len(), 1);
    assert_eq!(c.quotes[0].kind, presslens_engine::QuoteKind::Headline);
    assert_eq!(c.entities[c.quotes[0].speaker.unwrap() as usize].name, "Tomas Varga");
}

/// Each quote's speaker as written and the entity it resolved to.
fn speakers(c: &presslens_engine::Corpus) -> Vec<(Option<String>, Option<String>)> {
    c.quotes.iter().map(|q| (q.speaker_text.clone(), q.speaker.map(|e| c.entities[e as usize].name.clone()))).collect()
}

/// Role nouns resolve to the person with that role: a demonym matches the country in the role
/// (`the Moldovan leader` → `President of Moldova`), an office keeps its complement
/// (`the Secretary of State`).
#[test]
fn role_nouns_resolve_to_the_person_with_the_role() {
    let text = "Regional news in brief today\n\n\
                Ana Popescu, the President of Moldova, met US Secretary of State Mark Ellis in Chisinau on Monday.\n\n\
                \"We will not sign anything this year,\" the Moldovan leader said.\n\n\
                \"We understand that position,\" the Secretary of State added.\n";
    let c = run(&[("roles.txt", text.to_string())], &[]);
    let speakers = speakers(&c);
    assert_eq!(
        speakers,
        [
            (Some("the Moldovan leader".into()), Some("Ana Popescu".into())),
            (Some("the Secretary of State".into()), Some("Mark Ellis".into())),
        ]
    );
}

/// An indefinite speaker (`a former official`, `an adviser`) is someone the article has not
/// named: the quote keeps the words, never a person met earlier.
#[test]
fn indefinite_speakers_stay_unnamed() {
    let text = "Port news\n\n\
                Harbour director Tomas Varga opened the new terminal on Monday.\n\n\
                According to a former official who asked not to be named, \"nothing is decided without the minister.\"\n\n\
                \"The terminal was built too late,\" an adviser to the mayor said.\n\n\
                \"We are proud of it,\" the director said.\n";
    let c = run(&[("indef.txt", text.to_string())], &[]);
    let speakers = speakers(&c);
    assert_eq!(
        speakers,
        [
            (Some("a former official".into()), None),
            (Some("an adviser to the mayor".into()), None),
            (Some("the director".into()), Some("Tomas Varga".into())),
        ]
    );
}

/// Inside an interview answer, words the interviewee quotes by name are that person's; comments
/// under a `Comments (2)` header are readers', never answers.
#[test]
fn a_name_quoted_in_an_answer_and_comments_after_a_counted_header() {
    let text = "Remittances are our oil\n\nAsia-Plus, 15 March 2023\n\n\
                We asked economist Karim Umarov what happens if the flow stops.\n\n\
                Q: How dependent is the country on migrants?\n\n\
                A: Very dependent. Remittances are more than the budget.\n\n\
                Q: What should the government do?\n\n\
                A: Create jobs at home. As my late colleague Saodat Olimova once said, \"a country cannot live on the suitcases of its sons.\"\n\n\
                Comments (2)\n\n\
                Farrukh: Absolutely right, the government must act.\n\n\
                Guest: Where are the jobs?\n";
    let c = run(&[("qa.txt", text.to_string())], &[]);
    let speakers: Vec<(&str, Option<String>)> =
        c.quotes.iter().map(|q| (q.kind.label(), q.speaker.map(|e| c.entities[e as usize].name.clone()))).collect();
    assert_eq!(
        speakers,
        [
            ("interview", None),
            ("interview", Some("Karim Umarov".into())),
            ("interview", None),
            ("interview", Some("Karim Umarov".into())),
            ("partial", Some("Saodat Olimova".into()))
        ]
    );
    assert_eq!(c.articles[0].comments.len(), 2);
}

/// A block quotation may be signed on a line of its own, the role after a comma in lower case
/// (`Nodira Karimova, a member of the city council`); the signature is no subheading.
#[test]
fn a_block_quotation_signed_on_its_own_line() {
    let text = "Metro news\n\nThe city plans more lines.\n\n\
                Public transport must serve the people, not the statistics. If the fares keep rising, students will walk.\n\n\
                Nodira Karimova, a member of the city council\n\n\
                The council meets next week.\n";
    let c = run(&[("block.txt", text.to_string())], &[]);
    let q: Vec<(&str, Option<String>, String)> = c
        .quotes
        .iter()
        .map(|q| {
            (
                q.kind.label(),
                q.speaker.map(|e| c.entities[e as usize].name.clone()),
                c.articles[0].slice(q.parts[0]).to_string(),
            )
        })
        .collect();
    assert_eq!(
        q,
        [(
            "block",
            Some("Nodira Karimova".into()),
            "Public transport must serve the people, not the statistics. If the fares keep rising, students will walk."
                .into()
        )]
    );
    // A short plain paragraph before a one-line paragraph with no person is no block quotation.
    let text = "Metro news\n\nThe city plans more lines. Fares will rise.\n\nConcerns in the region\n\nThe council meets next week.\n";
    assert!(run(&[("plain.txt", text.to_string())], &[]).quotes.is_empty());
}
