//! Word banks: statements with alternative wordings, background and filler sentences, reader
//! comments. All written for this generator.
//!
//! A statement template is one sentence with alternatives `[a|b|c]` and slots `{country}`,
//! `{country2}`, `{org}`, `{city}`, `{demonym}`; `^` marks the end of its subject (a partial
//! quotation starts after it). Each outlet renders a statement by choosing among the
//! alternatives, preferring the first: renderings share most content words but rarely all,
//! like translations of one remark by different newsrooms.

use crate::rng::Rng;

/// Statement templates.
pub const STATEMENTS: &[&str] = &[
    // Officials: 0..=13
    "We ^will not allow [anyone|outside forces|foreign players] to [destabilise|undermine|shake] {country}",
    "The situation in {city} ^[remains|is still] [tense|difficult|very tense], but it is under [control|our control|full control]",
    "[Order|Calm|Stability] ^will be [restored|brought back] [within days|in the coming days|very soon], and [those responsible|the organisers|the instigators] will be [punished|held to account|brought to justice]",
    "The {org} [troops|forces|contingent] ^will [stay|remain] in {country} [only as long as|just as long as] [it is necessary|they are needed|the situation requires]",
    "What is happening ^is [an internal matter|a domestic affair|a purely internal affair] of {country}, and [no one|nobody] [should|must] [interfere|meddle] in it",
    "We ^[call on|urge|appeal to] [all sides|all parties|everyone involved] to [show restraint|exercise restraint|refrain from violence] and [return to|resume|come back to] [dialogue|talks|negotiations]",
    "{country2} ^[stands ready|is ready|remains ready] to [help|assist|support] [the people of {country}|our neighbours in {country}|{country}] [if asked|if we are asked|whenever asked]",
    "[Armed groups|Trained militants|Organised gangs] ^[attacked|stormed|tried to seize] [government buildings|state institutions|administrative buildings] in {city}, and this [cannot|will not] go unanswered",
    "The agreement ^[opens|creates|offers] [new opportunities|a new chapter|real opportunities] for [both our countries|our two nations|{country} and {country2}]",
    "We ^[will|are going to] [review|revise|reconsider] [the decisions|every decision|all the decisions] that [led to|caused|provoked] this [crisis|unrest|anger]",
    "The government ^[has heard|heard|listened to] [the people|the protesters|the citizens], and prices [will be|are going to be] [frozen|capped|held down] [for six months|for half a year|until the summer]",
    "Those who [organised|planned|ordered] the [attack|blast|explosion] in {city} ^will be [found|tracked down|caught] and [punished|brought to justice|made to answer]",
    "The {org} ^[has shown|proved|demonstrated] that it can [act quickly|respond fast|move quickly] when a [member|member state|partner] is in [danger|trouble|need]",
    "I ^[have decided|decided|made the decision] to [ask|request|call on] our [allies|partners|friends] in the {org} for [help|assistance|support]",
    // Analysts and the opposition: 14..
    "[Foreign troops|Outside forces|Foreign contingents] ^[rarely|seldom] [withdraw|go home|pull out] [on schedule|when promised|as quickly as promised], and {country} [may|will] [find this out|learn this|discover this] [the hard way|too late|soon enough]",
    "The [protests|rallies|demonstrations] ^[were not|were never] [only|just|simply] about {cause}; people are [tired|fed up|exhausted] after years of [stagnation|waiting|broken promises]",
    "[Reforms|Real reforms|Political reforms] ^[cannot|can no longer] be [postponed|delayed|put off], [otherwise|or else|if not] the [anger|discontent|frustration] will [return|come back|grow]",
    "The {org} ^[has turned|is turning|is being turned] into a [police force|police structure|tool of internal control] [for the region|for its members|for the ruling elites]",
    "{country} ^[risks|may end up] [losing|giving up|sacrificing] part of its [sovereignty|independence|freedom of action] in [exchange|return] for [this help|this support|the troops]",
    "The [authorities|government|leadership] ^[underestimated|misjudged|ignored] the [scale|depth|strength] of [public anger|popular discontent|the discontent] [for too long|for years|until it was too late]",
    "There ^is no [organised|real|credible] opposition in {country}, so [nobody|no one] can [channel|lead|steer] [this anger|the protests|the discontent] into [politics|a political process|constructive change]",
    "{country2} ^[should|must|needs to] [look at|study|examine] [its own|its] [regions|economy|young people] [honestly|seriously|carefully], [because|since] [similar|the same] [grievances|problems] [exist|are present] there",
    "The [elites|ruling families|old guard] ^[kept|held|retained] [real power|control|the real levers of power] [behind the scenes|out of sight|in the shadows] [for decades|for years|all along]",
    "[Neighbouring|Nearby|Other] [governments|capitals|countries] ^are [watching|following|observing] {country} [very closely|closely|with concern], because [similar|the same] [problems|tensions|grievances] [exist|are present|build up] [everywhere|across the region|at home too]",
];

const OFFICIAL_POOL: &[usize] = &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
const ANALYST_POOL: &[usize] = &[14, 15, 16, 17, 18, 19, 20, 21, 22, 23];

/// Templates a speaker of this kind says.
pub fn pool(analyst: bool) -> &'static [usize] {
    if analyst { ANALYST_POOL } else { OFFICIAL_POOL }
}

/// Slot values for a template.
pub struct Slots<'a> {
    /// `{country}`
    pub country: &'a str,
    /// `{country2}`
    pub country2: &'a str,
    /// `{org}`
    pub org: &'a str,
    /// `{city}`
    pub city: &'a str,
    /// `{demonym}`
    pub demonym: &'a str,
    /// `{cause}`
    pub cause: &'a str,
}

/// A rendered statement sentence, split at its subject mark.
pub struct Rendered {
    /// The subject (`We`, `The situation in Tolmar`).
    pub subject: String,
    /// The rest.
    pub rest: String,
}

impl Rendered {
    /// The whole sentence, without final punctuation.
    pub fn sentence(&self) -> String {
        if self.subject.is_empty() { self.rest.clone() } else { format!("{} {}", self.subject, self.rest) }
    }
}

/// Renders a template: each `[a|b|c]` becomes the first choice with probability `keep`, another
/// otherwise.
pub fn render(template: &str, slots: &Slots<'_>, rng: &mut Rng, keep: f64) -> Rendered {
    let mut out = String::new();
    let mut subject = None;
    let mut rest = template;
    while let Some(c) = rest.chars().next() {
        match c {
            '[' => {
                let close = rest.find(']').unwrap_or(rest.len() - 1);
                let alts: Vec<&str> = rest[1..close].split('|').collect();
                let choice =
                    if alts.len() == 1 || rng.chance(keep) { alts[0] } else { alts[1 + rng.below(alts.len() - 1)] };
                out.push_str(&fill(choice, slots));
                rest = &rest[close + 1..];
            }
            '{' => {
                let close = rest.find('}').unwrap_or(rest.len() - 1);
                out.push_str(&fill(&rest[..=close], slots));
                rest = &rest[close + 1..];
            }
            '^' => {
                subject = Some(out.trim_end().to_string());
                out.clear();
                rest = &rest[1..];
            }
            _ => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    let rest = out.split_whitespace().collect::<Vec<_>>().join(" ");
    Rendered { subject: subject.unwrap_or_default(), rest }
}

fn fill(s: &str, slots: &Slots<'_>) -> String {
    s.replace("{country2}", slots.country2)
        .replace("{country}", slots.country)
        .replace("{org}", slots.org)
        .replace("{city}", slots.city)
        .replace("{demonym}", slots.demonym)
        .replace("{cause}", slots.cause)
}

/// Undated sentences that pad a report the way real copy does. Slots as in statements, plus
/// `{millions}`, `{capital}`, `{neighbours}`.
pub const FILLERS: &[&str] = &[
    "{country} is home to about {millions} million people.",
    "{capital} is the capital of {country} and its largest city.",
    "{country} borders {neighbours}.",
    "The government has not commented on the reports.",
    "Officials did not give further details.",
    "Internet access was restricted in several regions, residents said.",
    "The situation in {city} remained tense, according to witnesses.",
    "Independent media in {country} have worked under heavy pressure for years.",
    "Analysts say the crisis could change the balance of power in the region.",
    "Officials blamed “provocateurs” and “hooligans” for the violence.",
    "State television showed burnt cars and broken shop windows in the centre of {city}.",
    "Banks and many shops in {capital} stayed closed.",
    "The {demonym} currency fell sharply against the dollar.",
    "Flights to {capital} were suspended for several days.",
    "Local residents described long queues at petrol stations.",
    "The opposition says the authorities rely on the so-called “sleeping” cells theory to justify the crackdown.",
    "Human rights groups asked for an independent investigation.",
    "Diplomats in {capital} said they were following the events with concern.",
];

/// Reader comments on portal pages.
pub const COMMENTS: &[&str] = &[
    "This will end badly for everyone involved.",
    "Why does nobody talk about the prices? That is the real story.",
    "{country} should decide its own future without foreign troops.",
    "Good article, thank you for the balanced reporting.",
    "The same people have been in power for thirty years. What did you expect?",
    "Troops never leave on time. Remember my words.",
    "Pray for the people of {city}.",
    "Another crisis, another summit, nothing changes.",
    "Stop spreading panic, everything is calm here.",
    "They should have listened to the protesters months ago.",
];

/// Short section headings inside portal articles.
pub const SUBHEADS: &[&str] = &[
    "Concerns in the region",
    "A test for the alliance",
    "Reactions abroad",
    "What comes next",
    "Background",
    "A tense week",
    "Voices from the street",
];

/// Standfirsts of interviews.
pub const STANDFIRSTS: &[&str] = &[
    "The expert believes the crisis has exposed problems that go far beyond one country.",
    "Our interlocutor says the region should prepare for a difficult year.",
    "The analyst argues that the authorities have little time left for reforms.",
];

/// Questions of interviews; `{first}` is the interviewee's first name.
pub const QUESTIONS: &[&str] = &[
    "{first}, how would you explain what happened in {country}?",
    "Were the authorities prepared for protests of this scale?",
    "What role did the {org} play in these events?",
    "Could something similar happen in {country2}?",
    "Who can lead the people if the protests return?",
    "What should the government do now?",
    "Is there a risk that foreign troops will stay longer than promised?",
    "How do ordinary people see the situation?",
];

/// Interview answers' framing sentences (unquoted narration by the interviewee).
pub const ANSWER_FILLERS: &[&str] = &[
    "It is too early to draw final conclusions.",
    "We should look at the facts first.",
    "Much depends on the decisions of the next few months.",
    "The economic situation is very difficult, and people feel it every day.",
    "Nobody expected events to develop so quickly.",
    "There are many rumours, but few verified facts.",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_render_without_markup() {
        let slots = Slots {
            country: "Valdoria",
            country2: "Kestrania",
            org: "NSC",
            city: "Tolmar",
            demonym: "Valdorian",
            cause: "x",
        };
        let mut rng = Rng::new(3);
        for t in STATEMENTS {
            for keep in [1.0, 0.0] {
                let r = render(t, &slots, &mut rng, keep);
                let s = r.sentence();
                assert!(!s.contains(['[', ']', '{', '}', '^', '|']), "{s}");
                assert!(!r.rest.is_empty(), "{t}");
            }
        }
    }
}
