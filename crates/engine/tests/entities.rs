//! Entities on made-up fixture articles: transliteration variants merged by rule across two
//! outlets, acronyms defined in the text, roles, surname-only mentions, and what must not
//! become an entity (first words of sentences, months, weekdays).

mod common;

use common::{entities_of, fixture, run};

#[test]
fn variants_acronyms_and_roles_across_outlets() {
    let c = run(
        &[
            ("2023-06-04_steppe-ledger_alliance.txt", fixture("entities/grain_ledger.txt")),
            ("2023-06-20_caspian-review_office.txt", fixture("entities/caspian_review.txt")),
        ],
        &[],
    );
    let view = entities_of(&c);
    insta::assert_yaml_snapshot!(view);
    let names: Vec<&str> = view.iter().map(|e| e.name.as_str()).collect();
    for not_a_name in ["However", "Monday", "Tuesday", "Thursday", "Friday", "May", "June", "Thursday's"] {
        assert!(!names.contains(&not_a_name), "{not_a_name} is not an entity");
    }
}

/// `Nazarov` and `Nazarova` in one article are different people (one has a first name), and
/// a single surname resolves to the person of its own article.
#[test]
fn surname_only_mentions_resolve_to_the_person_of_the_article() {
    let c = run(
        &[(
            "a.txt",
            "Local news today in brief\n\nThe envoy Timur Bekov met the mayor on Monday. Later, Bekov said \
             the talks went well.\n\nIn another city, Aigerim Bekova, a teacher, opened a school.\n"
                .to_string(),
        )],
        &[],
    );
    let bekov = c.entities.iter().find(|e| e.name == "Timur Bekov").expect("Timur Bekov");
    assert_eq!(bekov.mentions.len(), 2, "{bekov:?}");
    assert!(c.entities.iter().any(|e| e.name == "Aigerim Bekova"));
}
