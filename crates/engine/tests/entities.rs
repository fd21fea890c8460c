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

/// A name outside the gazetteer that speaks (`Drejistan asked …`) is a person unless the text
/// more often puts it where places go (`in Drejistan`); a person's name is never there.
#[test]
fn a_country_that_asks_stays_a_place() {
    let text = "Troops arrive\n\n\
                Protests spread across Drejistan on Monday. Drejistan asked the alliance for help.\n\n\
                Troops landed in Drejistan on Tuesday, and shops in Drejistan stayed closed.\n\n\
                \"We need calm,\" Tomas Varga said. Varga asked for patience.\n";
    let c = run(&[("a.txt", text.to_string())], &[]);
    let kinds: Vec<(String, &str)> = entities_of(&c).into_iter().map(|e| (e.name, e.kind)).collect();
    assert_eq!(kinds, [("Drejistan".to_string(), "place"), ("Tomas Varga".to_string(), "person")]);
}
