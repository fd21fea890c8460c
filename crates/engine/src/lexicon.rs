//! General English word lists the entity and quote stages share: speech verbs, role nouns,
//! honorifics. Nothing here names a person, an outlet or a sentence of any particular article.
//!
//! Every function takes a word already lower-cased (ASCII letters; [`crate::text::fold`] output).

/// A speech or writing verb that introduces a quotation (`said`, `told`, `warned`, `writes` …),
/// in any of its inflected forms.
pub fn is_cue_verb(lower: &str) -> bool {
    cue_lemma(lower).is_some()
}

/// The base form of a speech verb (`said` → `say`), if `lower` is one.
pub fn cue_lemma(lower: &str) -> Option<&'static str> {
    let lemma = match lower {
        "say" | "says" | "said" | "saying" => "say",
        "tell" | "tells" | "told" | "telling" => "tell",
        "add" | "adds" | "added" | "adding" => "add",
        "explain" | "explains" | "explained" | "explaining" => "explain",
        "warn" | "warns" | "warned" | "warning" => "warn",
        "write" | "writes" | "wrote" | "writing" => "write",
        "predict" | "predicts" | "predicted" | "predicting" => "predict",
        "stress" | "stresses" | "stressed" | "stressing" => "stress",
        "note" | "notes" | "noted" | "noting" => "note",
        "emphasise" | "emphasises" | "emphasised" | "emphasising" | "emphasize" | "emphasizes" | "emphasized"
        | "emphasizing" => "emphasise",
        "insist" | "insists" | "insisted" | "insisting" => "insist",
        "ask" | "asks" | "asked" | "asking" => "ask",
        "quip" | "quips" | "quipped" | "quipping" => "quip",
        "concede" | "concedes" | "conceded" | "conceding" => "concede",
        "reply" | "replies" | "replied" | "replying" => "reply",
        "answer" | "answers" | "answered" | "answering" => "answer",
        "respond" | "responds" | "responded" | "responding" => "respond",
        "retort" | "retorts" | "retorted" => "retort",
        "post" | "posts" | "posted" => "post",
        "tweet" | "tweets" | "tweeted" => "tweet",
        "echo" | "echoes" | "echoed" | "echoing" => "echo",
        "continue" | "continues" | "continued" => "continue",
        "declare" | "declares" | "declared" | "declaring" => "declare",
        "state" | "states" | "stated" | "stating" => "state",
        "claim" | "claims" | "claimed" | "claiming" => "claim",
        "argue" | "argues" | "argued" | "arguing" => "argue",
        "acknowledge" | "acknowledges" | "acknowledged" => "acknowledge",
        "admit" | "admits" | "admitted" | "admitting" => "admit",
        "announce" | "announces" | "announced" | "announcing" => "announce",
        "observe" | "observes" | "observed" => "observe",
        "remark" | "remarks" | "remarked" => "remark",
        "recall" | "recalls" | "recalled" | "recalling" => "recall",
        "suggest" | "suggests" | "suggested" => "suggest",
        "urge" | "urges" | "urged" | "urging" => "urge",
        "caution" | "cautions" | "cautioned" => "caution",
        "complain" | "complains" | "complained" => "complain",
        "comment" | "comments" | "commented" | "commenting" => "comment",
        "conclude" | "concludes" | "concluded" => "conclude",
        "agree" | "agrees" | "agreed" => "agree",
        "counter" | "counters" | "countered" => "counter",
        "shout" | "shouts" | "shouted" | "shouting" => "shout",
        "yell" | "yells" | "yelled" => "yell",
        "whisper" | "whispers" | "whispered" => "whisper",
        "cry" | "cries" | "cried" => "cry",
        "exclaim" | "exclaims" | "exclaimed" => "exclaim",
        "mutter" | "mutters" | "muttered" => "mutter",
        "joke" | "jokes" | "joked" => "joke",
        "boast" | "boasts" | "boasted" => "boast",
        "vow" | "vows" | "vowed" => "vow",
        "promise" | "promises" | "promised" => "promise",
        "pledge" | "pledges" | "pledged" => "pledge",
        "assert" | "asserts" | "asserted" => "assert",
        "maintain" | "maintains" | "maintained" => "maintain",
        "contend" | "contends" | "contended" => "contend",
        "reiterate" | "reiterates" | "reiterated" => "reiterate",
        "underline" | "underlines" | "underlined" => "underline",
        "underscore" | "underscores" | "underscored" => "underscore",
        "affirm" | "affirms" | "affirmed" => "affirm",
        "confirm" | "confirms" | "confirmed" => "confirm",
        "deny" | "denies" | "denied" => "deny",
        "assure" | "assures" | "assured" => "assure",
        "report" | "reports" | "reported" => "report",
        "wonder" | "wonders" | "wondered" => "wonder",
        "demand" | "demands" | "demanded" => "demand",
        "call" | "calls" | "called" | "calling" => "call",
        "speak" | "speaks" | "spoke" | "speaking" => "speak",
        "threaten" | "threatens" | "threatened" => "threaten",
        "describe" | "describes" | "described" => "describe",
        "characterise" | "characterised" | "characterize" | "characterized" => "characterise",
        "plead" | "pleads" | "pleaded" => "plead",
        "scream" | "screams" | "screamed" => "scream",
        "chant" | "chants" | "chanted" | "chanting" => "chant",
        "recount" | "recounts" | "recounted" => "recount",
        "summarise" | "summarised" | "summarize" | "summarized" => "summarise",
        _ => return None,
    };
    Some(lemma)
}

/// A verb so weak as a cue that it only counts right next to the quotation (`called`, `posted`,
/// `continued` …): in a longer clause it usually means something else.
pub fn is_weak_cue(lower: &str) -> bool {
    matches!(
        cue_lemma(lower),
        Some("post" | "continue" | "call" | "state" | "report" | "describe" | "characterise" | "chant" | "speak")
    )
}

/// A noun naming a job, office or description of a person (`president`, `analyst`,
/// `spokesman`), singular or plural.
pub fn is_role_noun(lower: &str) -> bool {
    let w = lower.strip_suffix("es").filter(|s| s.ends_with("ss") || s.ends_with("sh") || s.ends_with("ch"));
    let w = w.or_else(|| lower.strip_suffix('s').filter(|s| s.len() > 3 && !s.ends_with('s'))).unwrap_or(lower);
    matches!(
        w,
        "president"
            | "minister"
            | "premier"
            | "secretary"
            | "secretary-general"
            | "director"
            | "director-general"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "spokesmen"
            | "chairman"
            | "chairwoman"
            | "chair"
            | "chairperson"
            | "ceo"
            | "cfo"
            | "head"
            | "chief"
            | "leader"
            | "analyst"
            | "expert"
            | "journalist"
            | "reporter"
            | "correspondent"
            | "editor"
            | "cosmonaut"
            | "astronaut"
            | "commander"
            | "commander-in-chief"
            | "general"
            | "colonel"
            | "colonel-general"
            | "lieutenant"
            | "lieutenant-general"
            | "major"
            | "major-general"
            | "captain"
            | "sergeant"
            | "admiral"
            | "marshal"
            | "officer"
            | "ambassador"
            | "envoy"
            | "diplomat"
            | "senator"
            | "congressman"
            | "congresswoman"
            | "governor"
            | "mayor"
            | "deputy"
            | "lawmaker"
            | "legislator"
            | "mp"
            | "official"
            | "adviser"
            | "advisor"
            | "aide"
            | "professor"
            | "researcher"
            | "scientist"
            | "economist"
            | "historian"
            | "philosopher"
            | "sociologist"
            | "politologist"
            | "political scientist"
            | "lawyer"
            | "attorney"
            | "judge"
            | "prosecutor"
            | "detective"
            | "sheriff"
            | "founder"
            | "co-founder"
            | "owner"
            | "manager"
            | "king"
            | "queen"
            | "prince"
            | "princess"
            | "emperor"
            | "pope"
            | "patriarch"
            | "bishop"
            | "rabbi"
            | "imam"
            | "mufti"
            | "cleric"
            | "activist"
            | "blogger"
            | "writer"
            | "author"
            | "poet"
            | "artist"
            | "singer"
            | "actor"
            | "actress"
            | "coach"
            | "teacher"
            | "doctor"
            | "physician"
            | "nurse"
            | "driver"
            | "witness"
            | "resident"
            | "businessman"
            | "businesswoman"
            | "entrepreneur"
            | "banker"
            | "investor"
            | "candidate"
            | "dissident"
            | "observer"
            | "commentator"
            | "columnist"
            | "interlocutor"
            | "representative"
            | "delegate"
            | "vice-president"
            | "vice-chairman"
            | "clown"
            | "lead"
            | "specialist"
            | "politician"
            | "statesman"
            | "strategist"
            | "consultant"
            | "president-elect"
            | "premier-elect"
            | "speaker"
            | "prime"
            | "counsel"
            | "superintendent"
            | "inspector"
            | "constable"
            | "chancellor"
            | "mufti-general"
            | "negotiator"
            | "mediator"
            | "monarch"
            | "ruler"
            | "dictator"
            | "opposition"
            | "ombudsman"
            | "auditor"
            | "attaché"
            | "attache"
            | "consul"
            | "architect"
            | "engineer"
            | "farmer"
            | "worker"
            | "student"
            | "player"
            | "founder-director"
            | "interviewee"
            | "source"
            | "sources"
    ) || (w.contains('-') && w.split('-').any(|p| p != lower && is_role_noun_part(p)))
}

fn is_role_noun_part(p: &str) -> bool {
    matches!(p, "president" | "minister" | "secretary" | "director" | "general" | "colonel" | "commander" | "chief")
}

/// Role nouns that stand for "whoever the article has been talking about" (`the expert`,
/// `the analyst`): when no person carries that exact role, they resolve like a pronoun.
pub fn is_generic_role(lower: &str) -> bool {
    matches!(
        lower,
        "expert"
            | "analyst"
            | "official"
            | "politician"
            | "interlocutor"
            | "source"
            | "specialist"
            | "observer"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "interviewee"
            | "scientist"
            | "researcher"
            | "commentator"
    )
}

/// Nouns a role phrase may use for another (`the Belarusian leader` → a `President of Belarus`).
pub fn role_synonyms(lower: &str) -> &'static [&'static str] {
    match lower {
        "leader" => &["president", "prime", "premier", "head", "chairman", "king", "queen", "chancellor", "leader"],
        "head" => &["president", "director", "chairman", "chief", "leader", "head", "secretary"],
        "chief" => &["director", "head", "chief", "commander", "chairman"],
        "boss" => &["director", "head", "chief", "ceo", "chairman"],
        "premier" => &["prime", "premier"],
        "expert" => &["expert", "analyst", "specialist", "researcher", "scientist", "politologist"],
        "analyst" => &["analyst", "expert", "politologist", "specialist"],
        "diplomat" => &["diplomat", "secretary", "minister", "ambassador", "envoy"],
        "spokesman" | "spokeswoman" | "spokesperson" => &["spokesman", "spokeswoman", "spokesperson"],
        _ => &[],
    }
}

/// Honorifics and military or clerical titles written before a name (`Mr`, `Ms.`, `Dr`,
/// `Col.`), without the dot.
pub fn is_honorific(lower: &str) -> bool {
    matches!(
        lower,
        "mr" | "mrs"
            | "ms"
            | "miss"
            | "dr"
            | "prof"
            | "sir"
            | "dame"
            | "lord"
            | "lady"
            | "rev"
            | "hon"
            | "sen"
            | "rep"
            | "gov"
            | "gen"
            | "col"
            | "lt"
            | "capt"
            | "sgt"
            | "adm"
            | "maj"
            | "amb"
            | "messrs"
            | "mme"
            | "mlle"
            | "herr"
            | "frau"
    )
}

/// What an honorific or a role noun says about the gender of the person it names.
pub fn gender_of_title(lower: &str) -> Option<Gender> {
    match lower {
        "mr" | "sir" | "lord" | "king" | "prince" | "emperor" | "herr" | "spokesman" | "chairman" | "businessman"
        | "congressman" | "statesman" => Some(Gender::Male),
        "mrs" | "ms" | "miss" | "dame" | "lady" | "queen" | "princess" | "mme" | "mlle" | "frau" | "spokeswoman"
        | "chairwoman" | "businesswoman" | "congresswoman" | "actress" => Some(Gender::Female),
        _ => None,
    }
}

/// Grammatical gender of a person, as far as the text shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    /// Referred to as `he`, `Mr`, `spokesman` …
    Male,
    /// Referred to as `she`, `Ms`, `spokeswoman` …
    Female,
}

/// A personal pronoun that can stand for one speaker, with its gender.
pub fn pronoun_gender(lower: &str) -> Option<Gender> {
    match lower {
        "he" | "him" | "his" => Some(Gender::Male),
        "she" | "her" | "hers" => Some(Gender::Female),
        _ => None,
    }
}

/// Words that complete an office after `of`/`for` (`Secretary of State`, `Minister of Foreign
/// Affairs`, `Director of National Intelligence`).
pub fn is_office_complement(lower: &str) -> bool {
    matches!(
        lower,
        "state"
            | "defence"
            | "defense"
            | "foreign"
            | "affairs"
            | "interior"
            | "internal"
            | "justice"
            | "finance"
            | "finances"
            | "health"
            | "education"
            | "emergency"
            | "emergencies"
            | "situations"
            | "security"
            | "intelligence"
            | "national"
            | "economy"
            | "economic"
            | "energy"
            | "trade"
            | "agriculture"
            | "culture"
            | "labour"
            | "labor"
            | "transport"
            | "staff"
            | "public"
            | "home"
            | "treasury"
            | "commerce"
            | "industry"
            | "development"
            | "environment"
            | "information"
            | "communications"
            | "science"
            | "the"
            | "and"
    )
}

/// Words marking a name as an organisation (`Council`, `Ministry`, `Organization`).
pub fn is_org_keyword(lower: &str) -> bool {
    matches!(
        lower,
        "organization"
            | "organisation"
            | "council"
            | "ministry"
            | "department"
            | "agency"
            | "committee"
            | "commission"
            | "center"
            | "centre"
            | "union"
            | "party"
            | "forces"
            | "force"
            | "army"
            | "navy"
            | "police"
            | "bank"
            | "fund"
            | "university"
            | "institute"
            | "academy"
            | "school"
            | "court"
            | "parliament"
            | "government"
            | "office"
            | "service"
            | "services"
            | "news"
            | "radio"
            | "times"
            | "post"
            | "press"
            | "television"
            | "tv"
            | "association"
            | "federation"
            | "group"
            | "company"
            | "corporation"
            | "corp"
            | "inc"
            | "ltd"
            | "llc"
            | "foundation"
            | "alliance"
            | "coalition"
            | "movement"
            | "front"
            | "assembly"
            | "senate"
            | "congress"
            | "duma"
            | "cabinet"
            | "administration"
            | "bureau"
            | "authority"
            | "board"
            | "network"
            | "media"
            | "initiatives"
            | "initiative"
            | "partnership"
            | "society"
            | "club"
            | "team"
            | "guard"
            | "command"
            | "troops"
            | "brigade"
            | "battalion"
            | "regiment"
            | "division"
            | "directorate"
            | "inspectorate"
            | "prosecutor's"
            | "kremlin"
            | "herald"
            | "tribune"
            | "journal"
            | "gazette"
            | "telegraph"
            | "daily"
            | "weekly"
            | "magazine"
            | "channel"
            | "broadcasting"
            | "airlines"
            | "airways"
            | "railways"
            | "holding"
            | "holdings"
            | "industries"
            | "bloc"
            | "community"
            | "mission"
            | "delegation"
            | "secretariat"
            | "hospital"
            | "clinic"
    )
}

/// Last words marking a name as a place (`Salt Lake City`, `Red Square`).
pub fn is_place_keyword(lower: &str) -> bool {
    matches!(
        lower,
        "city"
            | "province"
            | "region"
            | "oblast"
            | "district"
            | "county"
            | "republic"
            | "river"
            | "lake"
            | "sea"
            | "ocean"
            | "mountains"
            | "mountain"
            | "valley"
            | "square"
            | "street"
            | "avenue"
            | "island"
            | "islands"
            | "peninsula"
            | "desert"
            | "gulf"
            | "bay"
            | "strait"
            | "airport"
            | "airfield"
            | "base"
            | "village"
            | "town"
            | "territory"
            | "state"
            | "kray"
            | "krai"
            | "canton"
            | "prefecture"
            | "raion"
            | "park"
    )
}

/// Last words marking a name as something other than a person (an event, a building, a law).
pub fn is_thing_keyword(lower: &str) -> bool {
    matches!(
        lower,
        "festival"
            | "fest"
            | "towers"
            | "tower"
            | "hall"
            | "station"
            | "plaza"
            | "bridge"
            | "mall"
            | "hotel"
            | "stadium"
            | "day"
            | "war"
            | "games"
            | "cup"
            | "prize"
            | "award"
            | "treaty"
            | "agreement"
            | "accord"
            | "act"
            | "law"
            | "plan"
            | "summit"
            | "conference"
            | "forum"
            | "social"
            | "program"
            | "programme"
            | "project"
            | "concept"
            | "doctrine"
            | "policy"
            | "constitution"
            | "revolution"
            | "spring"
            | "crisis"
            | "olympics"
            | "championship"
            | "league"
            | "expo"
            | "show"
            | "museum"
            | "library"
            | "palace"
            | "cathedral"
            | "mosque"
            | "church"
            | "temple"
            | "building"
            | "centre's"
    )
}

/// Adverbs and auxiliaries that may sit between a speaker and a speech verb (`he also said`,
/// `Smith has repeatedly warned`).
pub fn is_verb_filler(lower: &str) -> bool {
    matches!(
        lower,
        "also"
            | "later"
            | "then"
            | "again"
            | "further"
            | "once"
            | "earlier"
            | "previously"
            | "recently"
            | "reportedly"
            | "repeatedly"
            | "immediately"
            | "subsequently"
            | "has"
            | "had"
            | "have"
            | "was"
            | "is"
            | "will"
            | "would"
            | "publicly"
            | "openly"
            | "bluntly"
            | "simply"
            | "quickly"
            | "firmly"
            | "flatly"
            | "angrily"
            | "calmly"
            | "quietly"
            | "herself"
            | "himself"
            | "only"
            | "just"
            | "even"
            | "still"
            | "clearly"
            | "explicitly"
            | "directly"
            | "separately"
            | "additionally"
            | "however"
            | "then-president"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_forms_share_a_lemma() {
        for w in ["said", "says", "told", "wrote", "writes", "emphasised", "emphasized", "insists", "predicted"] {
            assert!(is_cue_verb(w), "{w}");
        }
        assert_eq!(cue_lemma("told"), Some("tell"));
        assert!(!is_cue_verb("table"));
    }

    #[test]
    fn role_nouns_in_the_plural_and_hyphenated() {
        for w in ["analyst", "analysts", "spokesman", "colonel-general", "secretary", "ceo"] {
            assert!(is_role_noun(w), "{w}");
        }
        assert!(!is_role_noun("cats"));
        assert!(!is_role_noun("tashkent-based"));
    }
}
