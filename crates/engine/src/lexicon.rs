//! General English word lists the entity and quote stages share: speech verbs, role nouns,
//! honorifics, organisation and place keywords. Nothing here names a person, an outlet or a
//! sentence of any particular article.
//!
//! Every function takes a word already lower-cased ([`crate::text::fold`] output). The lists are
//! gathered into one open-addressing table at first use (slot from the word's length and a few
//! of its bytes), so a lookup is one multiply, one load and usually one comparison however long
//! the lists grow. [`Fx`] and `Shapes` serve the gazetteer's and other stages' tables.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A small, fast, non-cryptographic hasher for short keys (the multiply–rotate of rustc's
/// `FxHasher`). The engine hashes its own words, never untrusted keys chosen to collide.
#[derive(Clone, Copy, Default)]
pub struct Fx(u64);

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        }
        let mut last = 0u64;
        for (i, &b) in chunks.remainder().iter().enumerate() {
            last |= u64::from(b) << (8 * i);
        }
        self.0 = (self.0.rotate_left(5) ^ last ^ (bytes.len() as u64) << 56).wrapping_mul(K);
    }
    fn write_u8(&mut self, i: u8) {
        self.write_u64(u64::from(i));
    }
    fn write_u32(&mut self, i: u32) {
        self.write_u64(u64::from(i));
    }
    fn write_u64(&mut self, i: u64) {
        self.0 = (self.0.rotate_left(5) ^ i).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    fn write_usize(&mut self, i: usize) {
        self.write_u64(i as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// Build hasher for [`Fx`]-hashed maps.
pub type FxBuild = BuildHasherDefault<Fx>;

/// A `HashMap` hashed with [`Fx`].
pub type FxMap<K, V> = HashMap<K, V, FxBuild>;

const FUNCTION: u16 = 1;
const CUE: u16 = 1 << 1;
const WEAK_CUE: u16 = 1 << 2;
const ROLE: u16 = 1 << 3;
const GENERIC_ROLE: u16 = 1 << 4;
const HONORIFIC: u16 = 1 << 5;
const COMPLEMENT: u16 = 1 << 6;
const ORG: u16 = 1 << 7;
const PLACE: u16 = 1 << 8;
const THING: u16 = 1 << 9;
const FILLER: u16 = 1 << 10;

#[derive(Clone, Copy, Default)]
struct Info {
    flags: u16,
    lemma: &'static str,
}

/// The word lists in one open-addressing table: a word's slot comes from its length and its
/// first and last two bytes, so a lookup is a few arithmetic operations, one load and usually
/// one comparison (most capitalised words asked about are names, not listed, and land on an
/// empty slot).
struct Table {
    /// Every listed word with what the lists say of it.
    entries: Vec<(&'static str, Info)>,
    /// Index into `entries` plus one for each slot; 0 for an empty one. Linear probing.
    slots: Vec<u32>,
    /// log2 of the number of slots: at least four times as many slots as words keeps the probe
    /// chains short.
    bits: u32,
}

impl Table {
    /// The first slot to probe for `word`.
    #[inline]
    fn slot(word: &[u8], bits: u32) -> usize {
        let n = word.len();
        let at = |i: usize| u64::from(word.get(i).copied().unwrap_or(0));
        let x = n as u64
            | at(0) << 8
            | at(1) << 16
            | at(n.wrapping_sub(1)) << 24
            | at(n.wrapping_sub(2)) << 32
            | at(n / 2) << 40;
        (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
    }

    /// What the lists say of `word`, if it is listed.
    #[inline]
    fn get(&self, word: &str) -> Option<&Info> {
        let mask = self.slots.len() - 1;
        let mut s = Table::slot(word.as_bytes(), self.bits);
        loop {
            let e = self.slots[s] as usize;
            let (k, info) = self.entries.get(e.checked_sub(1)?)?;
            if *k == word {
                return Some(info);
            }
            s = (s + 1) & mask;
        }
    }
}

/// A set of word shapes (length, first and last byte), as bits: a key whose shape is missing is
/// in no table the set was filled from, and need not be hashed and probed. (No false negatives;
/// a word with a listed shape is looked up as usual.)
pub(crate) struct Shapes([u64; 256]);

impl Shapes {
    /// The shapes of `keys`.
    pub(crate) fn of<'k>(keys: impl IntoIterator<Item = &'k str>) -> Shapes {
        let mut s = Shapes([0; 256]);
        for k in keys {
            let h = Shapes::bit(k);
            s.0[h / 64] |= 1 << (h % 64);
        }
        s
    }

    /// False when no key has the shape of `word`.
    pub(crate) fn may_contain(&self, word: &str) -> bool {
        let h = Shapes::bit(word);
        self.0[h / 64] & (1 << (h % 64)) != 0
    }

    fn bit(word: &str) -> usize {
        let w = word.as_bytes();
        let first = usize::from(w.first().copied().unwrap_or(0));
        let last = usize::from(w.last().copied().unwrap_or(0));
        (w.len() * 961 + first * 31 + last) % (256 * 64)
    }
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut t: FxMap<&'static str, Info> = FxMap::default();
        let mut mark = |words: &[&'static str], flag: u16| {
            for &w in words {
                t.entry(w).or_default().flags |= flag;
            }
        };
        mark(FUNCTION_WORDS, FUNCTION);
        mark(ROLE_NOUNS, ROLE);
        mark(GENERIC_ROLES, GENERIC_ROLE);
        mark(HONORIFICS, HONORIFIC);
        mark(OFFICE_COMPLEMENTS, COMPLEMENT);
        mark(ORG_KEYWORDS, ORG);
        mark(PLACE_KEYWORDS, PLACE);
        mark(THING_KEYWORDS, THING);
        mark(FILLERS, FILLER);
        for &(lemma, forms) in CUES {
            let weak = WEAK_CUES.contains(&lemma);
            for &f in forms {
                let e = t.entry(f).or_default();
                e.flags |= CUE | if weak { WEAK_CUE } else { 0 };
                e.lemma = lemma;
            }
        }
        let mut entries: Vec<(&'static str, Info)> = t.into_iter().collect();
        entries.sort_unstable_by_key(|e| e.0);
        let bits = (entries.len() * 4).next_power_of_two().trailing_zeros().max(8);
        let mut slots = vec![0u32; 1 << bits];
        let mask = slots.len() - 1;
        for (i, (w, _)) in entries.iter().enumerate() {
            let mut s = Table::slot(w.as_bytes(), bits);
            while slots[s] != 0 {
                s = (s + 1) & mask;
            }
            slots[s] = i as u32 + 1;
        }
        Table { entries, slots, bits }
    })
}

/// What the lists know of `lower`, if anything.
#[inline]
fn info(lower: &str) -> Option<&'static Info> {
    table().get(lower)
}

#[inline]
fn flags(lower: &str) -> u16 {
    if lower.len() > 24 {
        return 0;
    }
    info(lower).map_or(0, |i| i.flags)
}

/// Everything the lists say about one word, from a single lookup.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags(u16);

impl Flags {
    /// The flags of `lower` (see the `is_*` functions for what each means).
    #[inline]
    pub fn of(lower: &str) -> Flags {
        Flags(flags(lower))
    }
    /// [`is_function`].
    pub fn function(self) -> bool {
        self.0 & FUNCTION != 0
    }
    /// [`is_cue_verb`].
    pub fn cue(self) -> bool {
        self.0 & CUE != 0
    }
    /// [`is_weak_cue`].
    pub fn weak_cue(self) -> bool {
        self.0 & WEAK_CUE != 0
    }
    /// [`is_honorific`].
    pub fn honorific(self) -> bool {
        self.0 & HONORIFIC != 0
    }
    /// [`is_office_complement`].
    pub fn complement(self) -> bool {
        self.0 & COMPLEMENT != 0
    }
    /// [`is_org_keyword`].
    pub fn org(self) -> bool {
        self.0 & ORG != 0
    }
    /// [`is_place_keyword`].
    pub fn place(self) -> bool {
        self.0 & PLACE != 0
    }
    /// [`is_thing_keyword`].
    pub fn thing(self) -> bool {
        self.0 & THING != 0
    }
    /// [`is_verb_filler`].
    pub fn filler(self) -> bool {
        self.0 & FILLER != 0
    }
}

/// A function word (`the`, `of`, `however` …): the same list as
/// [`crate::text::is_function_word`], looked up by hash.
#[inline]
pub fn is_function(lower: &str) -> bool {
    flags(lower) & FUNCTION != 0
}

/// A speech or writing verb that introduces a quotation (`said`, `told`, `warned`, `writes` …),
/// in any of its inflected forms.
#[inline]
pub fn is_cue_verb(lower: &str) -> bool {
    flags(lower) & CUE != 0
}

/// The base form of a speech verb (`said` → `say`), if `lower` is one.
pub fn cue_lemma(lower: &str) -> Option<&'static str> {
    if lower.len() > 24 {
        return None;
    }
    info(lower).filter(|i| i.flags & CUE != 0).map(|i| i.lemma)
}

/// A verb so weak as a cue that it only counts right next to the quotation (`called`, `posted`,
/// `continued` …): in a longer clause it usually means something else.
#[inline]
pub fn is_weak_cue(lower: &str) -> bool {
    flags(lower) & WEAK_CUE != 0
}

/// A noun naming a job, office or description of a person (`president`, `analyst`,
/// `spokesman`), singular or plural, or a hyphenated one (`colonel-general`).
pub fn is_role_noun(lower: &str) -> bool {
    if flags(lower) & ROLE != 0 {
        return true;
    }
    let singular = lower
        .strip_suffix("es")
        .filter(|s| s.ends_with("ss") || s.ends_with("sh") || s.ends_with("ch"))
        .or_else(|| lower.strip_suffix('s').filter(|s| s.len() > 3 && !s.ends_with('s')));
    if singular.is_some_and(|s| flags(s) & ROLE != 0) {
        return true;
    }
    lower.contains('-') && lower.split('-').any(|p| p != lower && is_role_noun_part(p))
}

fn is_role_noun_part(p: &str) -> bool {
    matches!(p, "president" | "minister" | "secretary" | "director" | "general" | "colonel" | "commander" | "chief")
}

/// Role nouns that stand for "whoever the article has been talking about" (`the expert`,
/// `the analyst`): when no person carries that exact role, they resolve like a pronoun.
pub fn is_generic_role(lower: &str) -> bool {
    flags(lower) & GENERIC_ROLE != 0
}

/// Honorifics and military or clerical titles written before a name (`Mr`, `Ms.`, `Dr`,
/// `Col.`), without the dot.
pub fn is_honorific(lower: &str) -> bool {
    flags(lower) & HONORIFIC != 0
}

/// Words that complete an office after `of`/`for` (`Secretary of State`, `Minister of Foreign
/// Affairs`, `Director of National Intelligence`).
pub fn is_office_complement(lower: &str) -> bool {
    flags(lower) & COMPLEMENT != 0
}

/// Words marking a name as an organisation (`Council`, `Ministry`, `Organization`).
pub fn is_org_keyword(lower: &str) -> bool {
    flags(lower) & ORG != 0
}

/// Last words marking a name as a place (`Salt Lake City`, `Red Square`).
pub fn is_place_keyword(lower: &str) -> bool {
    flags(lower) & PLACE != 0
}

/// Last words marking a name as something other than a person (an event, a building, a law).
pub fn is_thing_keyword(lower: &str) -> bool {
    flags(lower) & THING != 0
}

/// Adverbs and auxiliaries that may sit between a speaker and a speech verb (`he also said`,
/// `Smith has repeatedly warned`).
#[inline]
pub fn is_verb_filler(lower: &str) -> bool {
    flags(lower) & FILLER != 0
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

/// What an honorific or a role noun says about the gender of the person it names.
pub fn gender_of_title(lower: &str) -> Option<Gender> {
    // Every gendered title is an honorific or a role noun: most words stop here.
    if flags(lower) & (HONORIFIC | ROLE) == 0 && !matches!(lower, "sir" | "lord" | "lady" | "dame") {
        return None;
    }
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

/// Function words, the same as [`crate::text::is_function_word`] (checked by a test).
const FUNCTION_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "if",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "by",
    "with",
    "from",
    "as",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "it",
    "its",
    "this",
    "that",
    "these",
    "those",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "there",
    "here",
    "what",
    "who",
    "when",
    "where",
    "why",
    "how",
    "which",
    "not",
    "no",
    "so",
    "also",
    "then",
    "than",
    "now",
    "after",
    "before",
    "since",
    "while",
    "during",
    "over",
    "under",
    "into",
    "about",
    "against",
    "between",
    "through",
    "both",
    "all",
    "any",
    "some",
    "many",
    "most",
    "more",
    "such",
    "only",
    "even",
    "still",
    "yet",
    "however",
    "therefore",
    "thus",
    "meanwhile",
    "earlier",
    "later",
    "according",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "must",
    "should",
    "do",
    "does",
    "did",
    "has",
    "have",
    "had",
    "one",
    "each",
    "every",
    "other",
    "another",
    "up",
    "out",
    "off",
    "down",
    "very",
    "just",
    "much",
    "again",
    "once",
    "because",
    "although",
    "though",
    "unless",
    "until",
    "whether",
    "per",
    "via",
    "upon",
    "within",
    "without",
    "among",
    "despite",
    "along",
    "across",
    "around",
    "toward",
    "towards",
    "me",
    "him",
    "them",
    "us",
    "it's",
    "i'm",
    "let",
    "mr",
    "mrs",
    "ms",
];

/// Speech verbs: base form and every inflected form.
const CUES: &[(&str, &[&str])] = &[
    ("say", &["say", "says", "said", "saying"]),
    ("tell", &["tell", "tells", "told", "telling"]),
    ("add", &["add", "adds", "added", "adding"]),
    ("explain", &["explain", "explains", "explained", "explaining"]),
    ("warn", &["warn", "warns", "warned", "warning"]),
    ("write", &["write", "writes", "wrote", "writing"]),
    ("predict", &["predict", "predicts", "predicted", "predicting"]),
    ("stress", &["stress", "stresses", "stressed", "stressing"]),
    ("note", &["note", "notes", "noted", "noting"]),
    (
        "emphasise",
        &[
            "emphasise",
            "emphasises",
            "emphasised",
            "emphasising",
            "emphasize",
            "emphasizes",
            "emphasized",
            "emphasizing",
        ],
    ),
    ("insist", &["insist", "insists", "insisted", "insisting"]),
    ("ask", &["ask", "asks", "asked", "asking"]),
    ("quip", &["quip", "quips", "quipped", "quipping"]),
    ("concede", &["concede", "concedes", "conceded", "conceding"]),
    ("reply", &["reply", "replies", "replied", "replying"]),
    ("answer", &["answer", "answers", "answered", "answering"]),
    ("respond", &["respond", "responds", "responded", "responding"]),
    ("retort", &["retort", "retorts", "retorted"]),
    ("post", &["post", "posts", "posted"]),
    ("tweet", &["tweet", "tweets", "tweeted"]),
    ("echo", &["echo", "echoes", "echoed", "echoing"]),
    ("continue", &["continue", "continues", "continued"]),
    ("declare", &["declare", "declares", "declared", "declaring"]),
    ("state", &["state", "states", "stated", "stating"]),
    ("claim", &["claim", "claims", "claimed", "claiming"]),
    ("argue", &["argue", "argues", "argued", "arguing"]),
    ("acknowledge", &["acknowledge", "acknowledges", "acknowledged"]),
    ("admit", &["admit", "admits", "admitted", "admitting"]),
    ("announce", &["announce", "announces", "announced", "announcing"]),
    ("observe", &["observe", "observes", "observed"]),
    ("remark", &["remark", "remarks", "remarked"]),
    ("recall", &["recall", "recalls", "recalled", "recalling"]),
    ("suggest", &["suggest", "suggests", "suggested"]),
    ("urge", &["urge", "urges", "urged", "urging"]),
    ("caution", &["caution", "cautions", "cautioned"]),
    ("complain", &["complain", "complains", "complained"]),
    ("comment", &["comment", "comments", "commented", "commenting"]),
    ("conclude", &["conclude", "concludes", "concluded"]),
    ("agree", &["agree", "agrees", "agreed"]),
    ("counter", &["counter", "counters", "countered"]),
    ("shout", &["shout", "shouts", "shouted", "shouting"]),
    ("yell", &["yell", "yells", "yelled"]),
    ("whisper", &["whisper", "whispers", "whispered"]),
    ("cry", &["cry", "cries", "cried"]),
    ("exclaim", &["exclaim", "exclaims", "exclaimed"]),
    ("mutter", &["mutter", "mutters", "muttered"]),
    ("joke", &["joke", "jokes", "joked"]),
    ("boast", &["boast", "boasts", "boasted"]),
    ("vow", &["vow", "vows", "vowed"]),
    ("promise", &["promise", "promises", "promised"]),
    ("pledge", &["pledge", "pledges", "pledged"]),
    ("assert", &["assert", "asserts", "asserted"]),
    ("maintain", &["maintain", "maintains", "maintained"]),
    ("contend", &["contend", "contends", "contended"]),
    ("reiterate", &["reiterate", "reiterates", "reiterated"]),
    ("underline", &["underline", "underlines", "underlined"]),
    ("underscore", &["underscore", "underscores", "underscored"]),
    ("affirm", &["affirm", "affirms", "affirmed"]),
    ("confirm", &["confirm", "confirms", "confirmed"]),
    ("deny", &["deny", "denies", "denied"]),
    ("assure", &["assure", "assures", "assured"]),
    ("report", &["report", "reports", "reported"]),
    ("wonder", &["wonder", "wonders", "wondered"]),
    ("demand", &["demand", "demands", "demanded"]),
    ("call", &["call", "calls", "called", "calling"]),
    ("speak", &["speak", "speaks", "spoke", "speaking"]),
    ("threaten", &["threaten", "threatens", "threatened"]),
    ("describe", &["describe", "describes", "described"]),
    ("characterise", &["characterise", "characterised", "characterize", "characterized"]),
    ("plead", &["plead", "pleads", "pleaded"]),
    ("scream", &["scream", "screams", "screamed"]),
    ("chant", &["chant", "chants", "chanted", "chanting"]),
    ("recount", &["recount", "recounts", "recounted"]),
    ("summarise", &["summarise", "summarised", "summarize", "summarized"]),
];

/// Lemmas of speech verbs too weak to count away from the quotation.
const WEAK_CUES: &[&str] =
    &["post", "continue", "call", "state", "report", "describe", "characterise", "chant", "speak"];

/// Nouns naming a job, office or description of a person.
const ROLE_NOUNS: &[&str] = &[
    "president",
    "minister",
    "premier",
    "secretary",
    "secretary-general",
    "director",
    "director-general",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokesmen",
    "chairman",
    "chairwoman",
    "chair",
    "chairperson",
    "ceo",
    "cfo",
    "head",
    "chief",
    "leader",
    "analyst",
    "expert",
    "journalist",
    "reporter",
    "correspondent",
    "editor",
    "cosmonaut",
    "astronaut",
    "commander",
    "commander-in-chief",
    "general",
    "colonel",
    "colonel-general",
    "lieutenant",
    "lieutenant-general",
    "major",
    "major-general",
    "captain",
    "sergeant",
    "admiral",
    "marshal",
    "officer",
    "ambassador",
    "envoy",
    "diplomat",
    "senator",
    "congressman",
    "congresswoman",
    "governor",
    "mayor",
    "deputy",
    "lawmaker",
    "legislator",
    "mp",
    "official",
    "adviser",
    "advisor",
    "aide",
    "professor",
    "researcher",
    "scientist",
    "economist",
    "historian",
    "philosopher",
    "sociologist",
    "politologist",
    "political scientist",
    "lawyer",
    "attorney",
    "judge",
    "prosecutor",
    "detective",
    "sheriff",
    "founder",
    "co-founder",
    "owner",
    "manager",
    "king",
    "queen",
    "prince",
    "princess",
    "emperor",
    "pope",
    "patriarch",
    "bishop",
    "rabbi",
    "imam",
    "mufti",
    "cleric",
    "activist",
    "blogger",
    "writer",
    "author",
    "poet",
    "artist",
    "singer",
    "actor",
    "actress",
    "coach",
    "teacher",
    "doctor",
    "physician",
    "nurse",
    "driver",
    "witness",
    "resident",
    "businessman",
    "businesswoman",
    "entrepreneur",
    "banker",
    "investor",
    "candidate",
    "dissident",
    "observer",
    "member",
    "critic",
    "protester",
    "protestor",
    "demonstrator",
    "commentator",
    "columnist",
    "interlocutor",
    "representative",
    "delegate",
    "vice-president",
    "vice-chairman",
    "clown",
    "lead",
    "specialist",
    "politician",
    "statesman",
    "strategist",
    "consultant",
    "president-elect",
    "premier-elect",
    "speaker",
    "prime",
    "counsel",
    "superintendent",
    "inspector",
    "constable",
    "chancellor",
    "mufti-general",
    "negotiator",
    "mediator",
    "monarch",
    "ruler",
    "dictator",
    "opposition",
    "ombudsman",
    "auditor",
    "attaché",
    "attache",
    "consul",
    "architect",
    "engineer",
    "farmer",
    "worker",
    "student",
    "player",
    "founder-director",
    "interviewee",
    "source",
    "sources",
];

/// Role nouns that stand for whoever the article has been talking about.
const GENERIC_ROLES: &[&str] = &[
    "expert",
    "analyst",
    "official",
    "politician",
    "interlocutor",
    "source",
    "specialist",
    "observer",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "interviewee",
    "scientist",
    "researcher",
    "commentator",
];

/// Honorifics and titles written before a name, without the dot.
const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "hon", "sen", "rep", "gov", "gen",
    "col", "lt", "capt", "sgt", "adm", "maj", "amb", "messrs", "mme", "mlle", "herr", "frau",
];

/// Words completing an office after `of`/`for`.
const OFFICE_COMPLEMENTS: &[&str] = &[
    "state",
    "defence",
    "defense",
    "foreign",
    "affairs",
    "interior",
    "internal",
    "justice",
    "finance",
    "finances",
    "health",
    "education",
    "emergency",
    "emergencies",
    "situations",
    "security",
    "intelligence",
    "national",
    "economy",
    "economic",
    "energy",
    "trade",
    "agriculture",
    "culture",
    "labour",
    "labor",
    "transport",
    "staff",
    "public",
    "home",
    "treasury",
    "commerce",
    "industry",
    "development",
    "environment",
    "information",
    "communications",
    "science",
    "the",
    "and",
];

/// Words marking a name as an organisation.
const ORG_KEYWORDS: &[&str] = &[
    "organization",
    "organisation",
    "council",
    "ministry",
    "department",
    "agency",
    "committee",
    "commission",
    "center",
    "centre",
    "union",
    "party",
    "forces",
    "force",
    "army",
    "navy",
    "police",
    "bank",
    "fund",
    "university",
    "institute",
    "academy",
    "school",
    "court",
    "parliament",
    "government",
    "office",
    "service",
    "services",
    "news",
    "radio",
    "times",
    "post",
    "press",
    "television",
    "tv",
    "association",
    "federation",
    "group",
    "company",
    "corporation",
    "corp",
    "inc",
    "ltd",
    "llc",
    "foundation",
    "alliance",
    "coalition",
    "movement",
    "front",
    "assembly",
    "senate",
    "congress",
    "duma",
    "cabinet",
    "administration",
    "bureau",
    "authority",
    "board",
    "network",
    "media",
    "initiatives",
    "initiative",
    "partnership",
    "society",
    "club",
    "team",
    "guard",
    "command",
    "troops",
    "brigade",
    "battalion",
    "regiment",
    "division",
    "directorate",
    "inspectorate",
    "prosecutor's",
    "kremlin",
    "herald",
    "tribune",
    "journal",
    "gazette",
    "telegraph",
    "daily",
    "weekly",
    "magazine",
    "channel",
    "broadcasting",
    "airlines",
    "airways",
    "railways",
    "holding",
    "holdings",
    "industries",
    "bloc",
    "community",
    "mission",
    "delegation",
    "secretariat",
    "hospital",
    "clinic",
];

/// Last words marking a name as a place.
const PLACE_KEYWORDS: &[&str] = &[
    "city",
    "province",
    "region",
    "oblast",
    "district",
    "county",
    "republic",
    "river",
    "lake",
    "sea",
    "ocean",
    "mountains",
    "mountain",
    "valley",
    "square",
    "street",
    "avenue",
    "island",
    "islands",
    "peninsula",
    "desert",
    "gulf",
    "bay",
    "strait",
    "airport",
    "airfield",
    "base",
    "village",
    "town",
    "territory",
    "state",
    "kray",
    "krai",
    "canton",
    "prefecture",
    "raion",
    "park",
    "canal",
    "enclave",
    "exclave",
    "reservoir",
    "gorge",
    "steppe",
    "delta",
];

/// Last words marking a name as a thing: an event, a building, a law.
const THING_KEYWORDS: &[&str] = &[
    "festival",
    "fest",
    "towers",
    "tower",
    "hall",
    "station",
    "plaza",
    "bridge",
    "mall",
    "hotel",
    "stadium",
    "day",
    "war",
    "games",
    "cup",
    "prize",
    "award",
    "treaty",
    "agreement",
    "accord",
    "act",
    "law",
    "plan",
    "summit",
    "conference",
    "forum",
    "social",
    "program",
    "programme",
    "project",
    "concept",
    "doctrine",
    "policy",
    "constitution",
    "revolution",
    "spring",
    "crisis",
    "olympics",
    "championship",
    "league",
    "expo",
    "show",
    "museum",
    "library",
    "palace",
    "cathedral",
    "mosque",
    "church",
    "temple",
    "building",
    "centre's",
];

/// Adverbs and auxiliaries between a speaker and a speech verb.
const FILLERS: &[&str] = &[
    "also",
    "later",
    "then",
    "again",
    "further",
    "once",
    "earlier",
    "previously",
    "recently",
    "reportedly",
    "repeatedly",
    "immediately",
    "subsequently",
    "has",
    "had",
    "have",
    "was",
    "is",
    "will",
    "would",
    "publicly",
    "openly",
    "bluntly",
    "simply",
    "quickly",
    "firmly",
    "flatly",
    "angrily",
    "calmly",
    "quietly",
    "herself",
    "himself",
    "only",
    "just",
    "even",
    "still",
    "clearly",
    "explicitly",
    "directly",
    "separately",
    "additionally",
    "however",
    "then-president",
];

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
    fn function_words_agree_with_the_text_module() {
        for w in FUNCTION_WORDS {
            assert!(crate::text::is_function_word(w), "{w}");
        }
        // And the other way round, over every word the lists know and a sample of others.
        let others = ["table", "said", "president", "kazakhstan", "whose", "them", "mr", "let", "via", "lot"];
        for w in ROLE_NOUNS.iter().chain(ORG_KEYWORDS).chain(FILLERS).chain(others.iter()) {
            assert_eq!(crate::text::is_function_word(w), is_function(w), "{w}");
        }
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
