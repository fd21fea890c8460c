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
