//! Words normalised so that two translations of one statement can be compared: folded, plural
//! and verb endings stripped, demonyms and place names mapped to their country or city
//! (`Russians` → `russia`, `Alma-Ata` → `almaty`), and a small table of common synonyms
//! (`house` / `home`, `hard` / `difficult`). Function words do not count as content.

use crate::entities::gazetteer;

/// The comparison key of a word as written.
pub fn key(word: &str) -> String {
    let mut w = crate::text::fold(word);
    for suffix in ["'s", "'"] {
        if let Some(stem) = w.strip_suffix(suffix) {
            if !stem.is_empty() {
                w = stem.to_string();
                break;
            }
        }
    }
    if crate::lexicon::is_function(&w) {
        return w;
    }
    if let Some((_, e)) = gazetteer::demonym(&w).or_else(|| gazetteer::lookup(&w).filter(|_| w.len() > 2)) {
        return gazetteer::key(e.name);
    }
    if let Some(s) = synonym(&w) {
        return s.to_string();
    }
    let stemmed = stem(&w);
    match synonym(&stemmed) {
        Some(s) => s.to_string(),
        None => stemmed,
    }
}

/// True when a key carries no content (articles, pronouns, auxiliaries …).
pub fn is_stop(key: &str) -> bool {
    crate::lexicon::is_function(key)
        || matches!(
            key,
            "be" | "am"
                | "being"
                | "s"
                | "t"
                | "don't"
                | "can't"
                | "won't"
                | "isn't"
                | "aren't"
                | "shall"
                | "ve"
                | "ll"
                | "d"
                | "re"
                | "oh"
                | "well"
                | "lot"
                | "thing"
                | "way"
                | "like"
                | "said"
                | "say"
        )
        || key.chars().count() < 2
}

/// Irregular forms, and a light suffix stripper (not Porter: enough for plural, past and
/// progressive forms to meet their base).
pub fn stem(w: &str) -> String {
    let irregular = match w {
        "said" | "says" => "say",
        "told" => "tell",
        "came" => "come",
        "went" | "gone" => "go",
        "taught" => "teach",
        "thought" => "think",
        "brought" => "bring",
        "made" => "make",
        "got" | "gotten" => "get",
        "left" => "leave",
        "took" | "taken" => "take",
        "gave" | "given" => "give",
        "knew" | "known" => "know",
        "saw" | "seen" => "see",
        "began" | "begun" => "begin",
        "children" => "child",
        "men" => "man",
        "women" => "woman",
        "people" => "people",
        "was" | "were" | "is" | "are" => "be",
        "has" | "had" => "have",
        _ => "",
    };
    if !irregular.is_empty() {
        return irregular.to_string();
    }
    let mut s = w.to_string();
    if s.len() > 4 && s.ends_with("ies") {
        s.truncate(s.len() - 3);
        s.push('y');
    } else if s.len() > 4 && (s.ends_with("sses") || s.ends_with("shes") || s.ends_with("ches") || s.ends_with("xes")) {
        s.truncate(s.len() - 2);
    } else if s.len() > 3 && s.ends_with('s') && !s.ends_with("ss") && !s.ends_with("us") && !s.ends_with("is") {
        s.truncate(s.len() - 1);
    }
    if s.len() > 5 && s.ends_with("ing") {
        s.truncate(s.len() - 3);
    } else if s.len() > 4 && s.ends_with("ed") {
        s.truncate(s.len() - 2);
    }
    // Doubled final consonant after stripping (`stopped` → `stopp` → `stop`).
    let b = s.as_bytes();
    if s.len() > 3 && b[b.len() - 1] == b[b.len() - 2] && !matches!(b[b.len() - 1], b'l' | b's' | b'z' | b'e') {
        s.pop();
    }
    // British and American spellings.
    if s.len() > 5 && s.ends_with("our") {
        s.truncate(s.len() - 2);
        s.push('r');
    }
    if s.len() > 5 && (s.ends_with("ise") || s.ends_with("yse")) {
        s.truncate(s.len() - 2);
        s.push_str("ze");
    }
    // A final `e` (`leave` / `leaving` → `leav`).
    if s.len() > 3 && s.ends_with('e') {
        s.pop();
    }
    s
}

/// A small table of general synonyms, mapped to one word of each set.
fn synonym(w: &str) -> Option<&'static str> {
    Some(match w {
        "house" | "houses" | "home" | "homes" | "hous" | "hom" => "home",
        "hard" | "difficult" | "tough" => "difficult",
        "large" | "big" | "huge" => "big",
        "start" | "begin" | "commence" | "begun" | "began" | "star" | "begin'" => "begin",
        "depart" | "leave" | "leav" | "depar" => "leave",
        "arrive" | "arriv" | "come" | "com" => "come",
        "assist" | "aid" | "help" | "assistance" | "assistanc" => "help",
        "nation" | "country" | "countrie" | "countri" => "country",
        "occasionally" | "sometimes" | "sometim" => "sometimes",
        "believe" | "believ" | "think" => "think",
        "require" | "requir" | "need" => "need",
        "significant" | "important" => "important",
        "danger" | "threat" => "threat",
        "demonstration" | "rally" | "protest" | "demonstr" => "protest",
        "soldier" | "troop" | "force" | "forc" | "serviceman" | "servicemen" => "troop",
        "quick" | "fast" | "rapid" | "speedy" => "quick",
        "say" | "tell" | "state" => "say",
        "neighbor" | "neighbour" | "neighboring" | "neighbouring" | "neighbor'" => "neighbor",
        "shop" | "store" => "shop",
        "kill" | "murder" => "kill",
        "answer" | "reply" | "respond" => "answer",
        "ask" | "request" => "ask",
        "talk" | "speak" | "spok" => "talk",
        "learn" | "learnt" => "learn",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translations_meet() {
        for (a, b) in [
            ("house", "home"),
            ("Russians", "Russia"),
            ("leaving", "leave"),
            ("comes", "coming"),
            ("lessons", "lesson"),
            ("learned", "learn"),
            ("neighbouring", "neighboring"),
            ("hard", "difficult"),
            ("Alma-Ata’s", "Almaty"),
        ] {
            assert_eq!(key(a), key(b), "{a} / {b}");
        }
        assert_ne!(key("protest"), key("home"));
        assert!(is_stop(&key("the")));
        assert!(!is_stop(&key("lessons")));
    }
}
