//! One outlet's article about a story, laid out in the outlet's style.

use crate::cal;
use crate::phrases::{self, Slots};
use crate::rng::Rng;
use crate::story::{Background, CAUSES, Coverage, Happening, Kind, Statement, Story, TOPICS};
use crate::world::{Outlet, Style, World};

/// A generated article file.
#[derive(Clone, Debug)]
pub struct Article {
    /// File name (`YYYY-MM-DD_outlet_slug.txt`).
    pub file: String,
    /// The file's text.
    pub text: String,
    /// Manifest lines for this file (`outlet = "…"`), when the text lacks them.
    pub manifest: Vec<(String, String)>,
}

/// How a statement is quoted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Form {
    /// `“…,” Name said.`
    After,
    /// `Name said: “…”`
    Before,
    /// `Name said that the government “…”.`
    Partial,
    /// `“…,” she said. “…”` or `“…, – he said, – …”`
    Interrupted,
    /// `“…,” Name told Outlet.`
    Told,
    /// `“…,” the X news agency quoted Name as saying.`
    QuotedAs,
    /// An unmarked paragraph ending in `Name Role`.
    Block,
    /// Opening mark on each paragraph, closing only on the last.
    Multi,
    /// A quotation with a slogan in single marks inside.
    Nested,
}

/// `the authorities “will not allow …”`: reported speech with the words after the subject in
/// quotation marks.
fn partial(r: &phrases::Rendered, he: &str, o: &str, c: &str) -> String {
    let subject = match r.subject.as_str() {
        "We" => "the authorities".to_string(),
        "I" => he.to_string(),
        s => s.strip_prefix("The ").map_or_else(|| s.to_string(), |rest| format!("the {rest}")),
    };
    if subject.is_empty() { format!("{o}{}{c}", r.rest) } else { format!("{subject} {o}{}{c}", r.rest) }
}

fn cap(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

struct Writer<'a> {
    w: &'a World,
    s: &'a Story,
    outlet: &'a Outlet,
    published: i64,
    rng: Rng,
    introduced: Vec<usize>,
    variants: bool,
    open: &'static str,
    close: &'static str,
    /// The next date phrase names the weekday and the date.
    weekday_pair: bool,
}

impl<'a> Writer<'a> {
    fn surname(&self, p: usize) -> String {
        let person = &self.w.people[p];
        match (&person.variant, self.variants) {
            (Some(v), true) => v.clone(),
            _ => person.last.clone(),
        }
    }

    /// A reference to a person in running text: the full title and name the first time, then
    /// the surname or a role noun.
    fn name(&mut self, p: usize) -> String {
        if self.introduced.contains(&p) {
            if self.rng.chance(0.2) { self.w.role_noun(p) } else { self.surname(p) }
        } else {
            self.introduced.push(p);
            let person = &self.w.people[p];
            format!("{} {} {}", self.w.title(p), person.first, self.surname(p))
        }
    }

    /// `Name, apposition,` the first time (for the middle of a sentence).
    fn name_apposed(&mut self, p: usize) -> String {
        if self.introduced.contains(&p) {
            return self.surname(p);
        }
        self.introduced.push(p);
        let person = &self.w.people[p];
        format!("{} {}, {},", person.first, self.surname(p), self.w.apposition(p))
    }

    fn country(&self, c: usize) -> &'a str {
        &self.w.countries[c].name
    }

    fn org_name(&mut self, o: usize) -> String {
        let org = &self.w.orgs[o];
        let key = usize::MAX - o;
        if self.introduced.contains(&key) {
            if self.rng.chance(0.8) { org.acronym.clone() } else { org.name.clone() }
        } else {
            self.introduced.push(key);
            format!("{} ({})", org.name, org.acronym)
        }
    }

    /// A date phrase for `day`, as this article (published on `self.published`) would write it.
    fn date(&mut self, day: i64, bare_ok: bool) -> String {
        let back = self.published - day;
        let wd = cal::WEEKDAYS[cal::weekday(day)];
        let md = cal::month_day(day);
        let mut r = self.rng.below(100);
        if self.weekday_pair {
            // A page without a date line dates itself by a weekday and a date side by side.
            self.weekday_pair = false;
            r = 35 + self.rng.below(23);
        }
        match r {
            0..=34 => format!("on {md}"),
            35..=49 => format!("on {wd}, {md}"),
            50..=57 => format!("on {wd} ({md})"),
            58..=74 if (0..=6).contains(&back) => format!("on {wd}"),
            75..=79 => format!("late on {md}"),
            80..=82 => format!("early on {md}"),
            83..=91 => format!("on {}", cal::long(day)),
            92..=99 if bare_ok => md,
            _ => format!("on {md}"),
        }
    }

    /// `On January 5, ` — a date phrase to open a sentence.
    fn date_initial(&mut self, day: i64) -> String {
        format!("{}, ", cap(&self.date(day, false)))
    }

    fn number(n: u32) -> String {
        if n >= 1000 && n % 1000 == 0 {
            format!("{},000", n / 1000)
        } else if n >= 1000 {
            format!("{},{:03}", n / 1000, n % 1000)
        } else {
            n.to_string()
        }
    }

    fn happening(&mut self, h: &Happening) -> String {
        let city = self.w.cities[h.city].name.clone();
        let country = self.country(h.country);
        let country2 = self.country(h.country2);
        let n = Self::number(h.number);
        let v = self.rng.below(3);
        let initial = self.rng.chance(0.5);
        let lead = if initial { self.date_initial(h.day) } else { String::new() };
        let d = if initial { String::new() } else { format!(" {}", self.date(h.day, false)) };
        let s = match (h.kind, v) {
            (Kind::Protest, 0) => format!("{lead}protests broke out in {city}{d} over {}", CAUSES[h.topic]),
            (Kind::Protest, 1) => format!("{lead}about {n} people rallied in {city}{d} against {}", CAUSES[h.topic]),
            (Kind::Protest, _) => {
                format!(
                    "{lead}demonstrations against {} began in {city}{d} and spread to other cities",
                    CAUSES[h.topic]
                )
            }
            (Kind::Clashes, 0) => {
                format!("{lead}at least {n} people were killed in clashes between protesters and police in {city}{d}")
            }
            (Kind::Clashes, 1) => {
                format!(
                    "{lead}security forces opened fire on demonstrators in {city}{d}; officials said {n} people died"
                )
            }
            (Kind::Clashes, _) => format!("{lead}clashes in {city}{d} left {n} people dead and hundreds injured"),
            (Kind::Arrests, 0) => {
                format!("{lead}police detained more than {n} people in {city}{d}, the interior ministry said")
            }
            (Kind::Arrests, 1) => {
                let who = self.name(h.actor);
                format!("{lead}{who} said{d} that {n} suspects had been arrested in {city}")
            }
            (Kind::Arrests, _) => format!("{lead}the authorities arrested {n} people in {city}{d}"),
            (Kind::Emergency, 0) => {
                let who = self.name(h.actor);
                format!("{lead}{who} declared a state of emergency in {city}{d}")
            }
            (Kind::Emergency, 1) => {
                let who = self.name(h.actor);
                format!("{lead}{who} imposed a curfew in {city}{d}")
            }
            (Kind::Emergency, _) => {
                format!("{lead}a state of emergency was declared in {city} and the surrounding region{d}")
            }
            (Kind::Appeal, 0) => {
                let who = self.name(h.actor);
                let org = self.org_name(h.org);
                format!("{lead}{who} appealed to the {org} for help{d}")
            }
            (Kind::Appeal, 1) => {
                let who = self.name(h.actor);
                let org = self.org_name(h.org);
                format!("{lead}{who} turned to the {org} for assistance{d}, citing a threat to the state")
            }
            (Kind::Appeal, _) => {
                let org = self.org_name(h.org);
                format!("{lead}{country} asked its allies in the {org} for help{d}")
            }
            (Kind::Deployment, 0) => {
                let org = self.org_name(h.org);
                format!("{lead}the first {org} troops arrived in {city}{d}")
            }
            (Kind::Deployment, 1) => {
                let org = self.org_name(h.org);
                format!("{lead}about {n} {org} troops were deployed to {country}{d}")
            }
            (Kind::Deployment, _) => {
                let org = self.org_name(h.org);
                format!("{lead}troops from {country2} landed in {city}{d} as part of the {org} mission")
            }
            (Kind::Withdrawal, 0) => {
                let org = self.org_name(h.org);
                format!("{lead}{org} forces began withdrawing from {country}{d}")
            }
            (Kind::Withdrawal, 1) => {
                let org = self.org_name(h.org);
                format!("{lead}the {org} contingent started to pull out of {country}{d}")
            }
            (Kind::Withdrawal, _) => {
                let org = self.org_name(h.org);
                let who = self.name(h.actor);
                format!("{lead}the withdrawal of {org} troops from {city} began{d}, {who} said")
            }
            (Kind::Talks, 0) => {
                let a = self.name(h.actor);
                let b = self.name(h.other);
                format!("{lead}{a} held talks with {b} in {city}{d}")
            }
            (Kind::Talks, 1) => {
                let a = self.name(h.actor);
                let b = self.name(h.other);
                format!("{lead}{a} met with {b}{d} to discuss the situation in {country}")
            }
            (Kind::Talks, _) => {
                let a = self.name(h.actor);
                let b = self.name(h.other);
                let his = self.w.people[h.actor].his();
                format!("{lead}{a} and {b} held a phone call{d}, according to {his} press office")
            }
            (Kind::Agreement, 0) => {
                let a = self.name(h.actor);
                let b = self.name(h.other);
                format!("{lead}{a} and {b} signed an agreement on {}{d}", TOPICS[h.topic])
            }
            (Kind::Agreement, _) => {
                format!("{lead}{country} and {country2} signed an agreement on {}{d}", TOPICS[h.topic])
            }
            (Kind::Resignation, 0) => {
                let a = self.name(h.actor);
                format!("{lead}{a} resigned{d}")
            }
            (Kind::Resignation, 1) => {
                let a = self.name(h.actor);
                let his = self.w.people[h.actor].his();
                format!("{lead}{a} announced {his} resignation{d}")
            }
            (Kind::Resignation, _) => {
                let a = self.name(h.other);
                format!("{lead}{a} dismissed the government{d}")
            }
            (Kind::Appointment, 0) => {
                let a = self.name(h.actor);
                let b = self.name(h.other);
                format!("{lead}{a} appointed {b} acting prime minister{d}")
            }
            (Kind::Appointment, _) => {
                let b = self.name(h.other);
                format!("{lead}{b} was appointed acting prime minister{d}")
            }
            (Kind::Summit, 0) => {
                let org = self.org_name(h.org);
                format!("{lead}leaders of the {org} held an extraordinary summit by video link{d}")
            }
            (Kind::Summit, _) => {
                let org = self.org_name(h.org);
                let who = self.name(h.actor);
                format!("{lead}an extraordinary summit of the {org} took place{d}, chaired by {who}")
            }
            (Kind::Blast, 0) => format!("{lead}an explosion near a police station in {city} killed {n} people{d}"),
            (Kind::Blast, 1) => format!("{lead}at least {n} people were killed in a bomb attack in {city}{d}"),
            (Kind::Blast, _) => format!("{lead}a blast ripped through a market in {city}{d}, killing {n} people"),
        };
        format!("{}.", cap(&s))
    }

    fn background(&mut self, b: Background) -> String {
        match b {
            Background::Joined(c, o, y) => {
                let org = self.org_name(o);
                let country = self.country(c);
                match self.rng.below(3) {
                    0 => format!("In {y}, {country} joined the {org}."),
                    1 => format!("{country} joined the {org} in {y}."),
                    _ => format!("{country} became a member of the {org} in {y}."),
                }
            }
            Background::Founded(o) => {
                let org = self.org_name(o);
                let seat = &self.w.cities[self.w.orgs[o].seat].name;
                let y = self.w.orgs[o].founded;
                if self.rng.chance(0.5) {
                    format!("The {org} was founded in {y} in {seat}.")
                } else {
                    format!("The {org} was established in {seat} in {y} as a military alliance.")
                }
            }
            Background::Constitution(c) => {
                let country = self.country(c);
                let y = self.w.countries[c].founded;
                format!("{country} adopted its current constitution in {y}.")
            }
        }
    }

    fn filler(&mut self) -> String {
        let c = &self.w.countries[self.s.country];
        let t = *self.rng.pick(phrases::FILLERS);
        let neighbours: Vec<&str> = c.neighbours.iter().map(|&n| self.w.countries[n].name.as_str()).collect();
        let neighbours = match neighbours.as_slice() {
            [] => String::new(),
            [a] => (*a).to_string(),
            [init @ .., last] => format!("{} and {last}", init.join(", ")),
        };
        let city = &self.w.cities[*self.rng.pick(&c.cities)].name;
        t.replace("{country}", &c.name)
            .replace("{capital}", &self.w.cities[c.cities[0]].name)
            .replace("{city}", city)
            .replace("{demonym}", &c.demonym)
            .replace("{millions}", &c.millions.to_string())
            .replace("{neighbours}", &neighbours)
            .replace('“', self.open)
            .replace('”', self.close)
    }

    /// The statement in this outlet's words: one rendered sentence per template.
    fn words(&mut self, st: &Statement) -> Vec<phrases::Rendered> {
        let c = &self.w.countries[st.country];
        let slots = Slots {
            country: &c.name,
            country2: &self.w.countries[st.country2].name,
            org: &self.w.orgs[st.org].acronym,
            city: &self.w.cities[st.city].name,
            demonym: &c.demonym,
            cause: CAUSES[st.cause],
        };
        // Each outlet departs from the common wording in its own way.
        let mut r = Rng::new(st.seed ^ (self.outlet.slug.len() as u64 * 7919) ^ self.rng.next_u64());
        st.templates.iter().map(|&t| phrases::render(phrases::STATEMENTS[t], &slots, &mut r, 0.6)).collect()
    }

    fn said(&mut self) -> &'static str {
        const VERBS: &[&str] =
            &["said", "said", "said", "stressed", "warned", "noted", "added", "insisted", "explained"];
        let verb: &&'static str = self.rng.pick(VERBS);
        verb
    }

    /// `said on Monday` / `said` — the date said, sometimes.
    fn said_when(&mut self, st: &Statement) -> String {
        let verb = self.said();
        if self.rng.chance(0.45) { format!("{verb} {}", self.date(st.day, true)) } else { verb.to_string() }
    }

    fn quote(&mut self, st: &Statement, form: Form) -> Vec<String> {
        let (o, c) = (self.open, self.close);
        let parts = self.words(st);
        let p = st.speaker;
        let person = &self.w.people[p];
        let he = person.he();
        let full: Vec<String> = parts.iter().map(phrases::Rendered::sentence).collect();
        let joined = full.iter().map(|s| format!("{s}.")).collect::<Vec<_>>().join(" ");
        let last_trimmed = joined.trim_end_matches('.').to_string();
        match form {
            Form::After => {
                let who = if self.rng.chance(0.5) { self.name(p) } else { self.name_apposed(p) };
                let when = self.said_when(st);
                // A date goes after the verb only when the name comes first (`X said on Monday`).
                if who.ends_with(',') {
                    let verb = self.said();
                    vec![format!("{o}{last_trimmed},{c} {verb} {}.", who.trim_end_matches(','))]
                } else if self.rng.chance(0.6) {
                    vec![format!("{o}{last_trimmed},{c} {who} {when}.")]
                } else {
                    let verb = self.said();
                    vec![format!("{o}{last_trimmed},{c} {verb} {who}.")]
                }
            }
            Form::Before => {
                let who = self.name(p);
                let when = self.said_when(st);
                vec![format!("{} {when}: {o}{joined}{c}", cap(&who))]
            }
            Form::Partial => {
                let who = self.name(p);
                let when = self.said_when(st);
                vec![format!("{} {when} that {}.", cap(&who), partial(&parts[0], he, o, c))]
            }
            Form::Interrupted => {
                let when = self.said();
                if full.len() >= 2 {
                    let who = self.name(p);
                    vec![format!("{o}{},{c} {who} {when}. {o}{}.{c}", full[0], full[1..].join(". "))]
                } else if let Some((a, b)) = full[0].split_once(", ") {
                    vec![format!("{o}{a}, – {he} {when}, – {b}.{c}")]
                } else {
                    let who = self.name(p);
                    vec![format!("{o}{},{c} {who} {when}.", full[0])]
                }
            }
            Form::Told => {
                let who = self.name(p);
                let outlet = self.outlet.name.trim_start_matches("The ").to_string();
                vec![format!("{o}{last_trimmed},{c} {who} told {outlet}.")]
            }
            Form::QuotedAs => {
                let who = if self.introduced.contains(&p) { self.surname(p) } else { self.name(p) };
                let wire = self.rng.pick(&self.w.wires).clone();
                vec![format!("{o}{last_trimmed},{c} the {wire} news agency quoted {who} as saying.")]
            }
            Form::Block => {
                let mut out = Vec::new();
                if self.rng.chance(0.5) {
                    let who = self.name(p);
                    let d = self.date_initial(st.day);
                    out.push(format!("{d}{who} commented on the situation in {}.", self.country(st.country)));
                }
                let person = &self.w.people[p];
                out.push(format!("{joined} {} {} {}", person.first, self.surname(p), self.w.block_role(p)));
                self.introduced.push(p);
                out
            }
            Form::Multi => {
                let who = self.name(p);
                let mut out: Vec<String> = full.iter().map(|s| format!("{o}{s}.")).collect();
                let extra = self.rng.pick(phrases::ANSWER_FILLERS);
                out.push(format!("{o}{}{c} {who} wrote on {} blog.", extra.trim_end_matches('.'), person.his()));
                if let Some(l) = out.last_mut() {
                    *l = l.replacen(
                        &format!("{}{c}", extra.trim_end_matches('.')),
                        &format!("{},{c}", extra.trim_end_matches('.')),
                        1,
                    );
                }
                out
            }
            Form::Nested => {
                let who = self.name(p);
                let slogan = self.rng.pick(&["Go away!", "Enough!", "Shame!", "Freedom!", "Resign!"]);
                vec![format!(
                    "{o}{joined} In {} they were chanting ‘{slogan}’ all night,{c} {who} said.",
                    self.w.cities[st.city].name
                )]
            }
        }
    }

    fn form(&mut self) -> Form {
        let r = self.rng.below(100);
        match self.outlet.style {
            Style::Radio => match r {
                0..=54 => Form::Block,
                55..=74 => Form::After,
                75..=89 => Form::QuotedAs,
                _ => Form::Interrupted,
            },
            Style::Wire => match r {
                0..=29 => Form::After,
                30..=44 => Form::Before,
                45..=59 => Form::Partial,
                60..=74 => Form::Interrupted,
                75..=84 => Form::Told,
                85..=94 => Form::QuotedAs,
                _ => Form::Multi,
            },
            _ => match r {
                0..=29 => Form::After,
                30..=44 => Form::Told,
                45..=64 => Form::Interrupted,
                65..=74 => Form::Multi,
                75..=84 => Form::Nested,
                _ => Form::Partial,
            },
        }
    }

    /// The report's paragraphs: lead, happenings, statements, background, fillers.
    fn report(&mut self) -> Vec<String> {
        let s = self.s;
        let mut hs: Vec<&Happening> = s.happenings.iter().filter(|h| h.day <= self.published).collect();
        let lead = hs.pop();
        hs.retain(|_| self.rng.chance(0.75));
        let mut sts: Vec<&Statement> = s.statements.iter().filter(|st| st.day <= self.published).collect();
        sts.retain(|_| self.rng.chance(0.7));
        if sts.is_empty() {
            if let Some(st) = s.statements.iter().find(|st| st.day <= self.published) {
                sts.push(st);
            }
        }
        let mut out = Vec::new();
        if let Some(h) = lead {
            let mut p = self.happening(h);
            if self.rng.chance(0.5) {
                p.push(' ');
                p.push_str(&self.filler());
            }
            out.push(p);
        }
        // Statements after the happenings of their day.
        let mut si = 0;
        for h in hs {
            while si < sts.len() && sts[si].day < h.day {
                let f = self.form();
                out.extend(self.quote(sts[si], f));
                si += 1;
            }
            let mut p = self.happening(h);
            if self.rng.chance(0.3) {
                p.push(' ');
                p.push_str(&self.filler());
            }
            out.push(p);
        }
        for st in &sts[si..] {
            let f = self.form();
            out.extend(self.quote(st, f));
        }
        let n_bg = self.rng.below(3);
        let mut bg: Vec<String> = Vec::new();
        for &b in s.background.iter().take(n_bg) {
            bg.push(self.background(b));
        }
        if !bg.is_empty() {
            out.push(bg.join(" "));
        }
        if self.rng.chance(0.6) {
            out.push(self.filler());
        }
        if self.outlet.style == Style::Portal && self.rng.chance(0.7) {
            // Pages without a date line usually name a recent year somewhere.
            let (y, _, _) = cal::civil(self.published);
            let country = self.country(s.country);
            let p = match self.rng.below(3) {
                0 => format!("Parliamentary elections in {country} are due in {}.", y + 1),
                1 => format!("{country} last saw protests on this scale in {}.", y - 2),
                _ => format!("The economy of {country} grew by {} percent in {}.", 1 + self.rng.below(6), y - 1),
            };
            out.push(p);
        }
        out
    }

    fn headline(&mut self) -> String {
        let s = self.s;
        let country = self.country(s.country).to_string();
        let lead = s.happenings.iter().rfind(|h| h.day <= self.published);
        let Some(h) = lead else { return format!("Tension in {country}") };
        let city = &self.w.cities[h.city].name;
        let org = &self.w.orgs[h.org].acronym;
        match h.kind {
            Kind::Protest => format!("Protests spread across {country} as anger over {} grows", CAUSES[h.topic]),
            Kind::Clashes => format!("Deadly clashes in {city} as unrest grips {country}"),
            Kind::Arrests => format!("Hundreds detained in {city} after a week of unrest"),
            Kind::Emergency => format!("State of emergency declared in {city}"),
            Kind::Appeal => format!("{country} asks {org} allies for help"),
            Kind::Deployment => format!("{org} troops arrive in {country}"),
            Kind::Withdrawal => format!("{org} begins pulling troops out of {country}"),
            Kind::Talks => {
                format!("{} and {} discuss the situation in {country}", self.surname(h.actor), self.surname(h.other))
            }
            Kind::Agreement => format!("{country} and {} sign {} deal", self.country(h.country2), TOPICS[h.topic]),
            Kind::Resignation => format!("{country}'s government resigns amid growing discontent"),
            Kind::Appointment => format!("New acting prime minister appointed in {country}"),
            Kind::Summit => format!("{org} leaders meet in emergency session over {country}"),
            Kind::Blast => format!("Explosion in {city} kills {}", h.number),
        }
    }

    fn comments(&mut self) -> Vec<String> {
        let c = &self.w.countries[self.s.country];
        let city = &self.w.cities[c.cities[0]].name;
        let n = 1 + self.rng.below(6);
        let mut out = vec![if self.rng.chance(0.5) { format!("{n} Comment(s)") } else { format!("{n} Comments") }];
        out.push(self.rng.pick(&["Leave a comment", "Comments policy", "Add comment"]).to_string());
        for _ in 0..n {
            if self.rng.chance(0.2) {
                out.push(
                    self.rng.pick(&["Comment removed by the moderator", "This comment has been removed"]).to_string(),
                );
                continue;
            }
            let t = self.rng.pick(phrases::COMMENTS).replace("{country}", &c.name).replace("{city}", city);
            out.push(t);
            out.push("Reply".into());
        }
        out
    }

    fn caption(&mut self) -> String {
        let s = self.s;
        let c = &self.w.countries[s.country];
        let city = &self.w.cities[*self.rng.pick(&c.cities)].name;
        let day = s.happenings.first().map_or(self.published, |h| h.day);
        let agency = self.rng.pick(&self.w.agencies).clone();
        let who = self.rng.pick(&self.w.people);
        let what = self.rng.pick(&[
            "police officers stand guard in central",
            "protesters gather in the main square of",
            "soldiers patrol a street in",
            "a burnt-out car lies near the city hall in",
        ]);
        format!("{} {what} {city} on {}. [{} {}/{agency}]", c.demonym, cal::month_day(day), who.first, who.last)
    }

    fn dateline(&self) -> String {
        let c = &self.w.countries[self.s.country];
        self.w.cities[c.cities[0]].name.to_uppercase()
    }

    fn slug(&self) -> String {
        let s = self.s;
        let kind = s.happenings.last().map_or("report", |h| match h.kind {
            Kind::Protest => "protests",
            Kind::Clashes => "clashes",
            Kind::Arrests => "arrests",
            Kind::Emergency => "emergency",
            Kind::Appeal => "appeal",
            Kind::Deployment => "troops-arrive",
            Kind::Withdrawal => "withdrawal",
            Kind::Talks => "talks",
            Kind::Agreement => "agreement",
            Kind::Resignation => "government-resigns",
            Kind::Appointment => "new-premier",
            Kind::Summit => "summit",
            Kind::Blast => "explosion",
        });
        format!("{}-{kind}-{}", self.country(s.country).to_lowercase(), s.id)
    }

    fn wire(&mut self) -> String {
        let mut lines = vec![self.headline(), String::new()];
        if self.rng.chance(0.6) {
            lines.push(format!("{}, {}", self.outlet.name, cal::long(self.published)));
        } else {
            let (y, m, d) = cal::civil(self.published);
            lines.push(self.outlet.name.to_string());
            lines.push(format!("Published {d:02}.{m:02}.{y}"));
        }
        lines.push(String::new());
        let reporter = self.rng.pick(&self.outlet.reporters);
        lines.push(format!("By {}", self.w.people[*reporter].full()));
        lines.push(String::new());
        let mut body = self.report();
        if let Some(first) = body.first_mut() {
            *first = format!("{} -- {first}", self.dateline());
        }
        for p in body {
            lines.push(p);
            lines.push(String::new());
        }
        if self.rng.chance(0.5) {
            lines.push(format!(
                "Source: https://{}/news/{}.html",
                self.outlet.domain,
                100_000 + self.rng.below(900_000)
            ));
            lines.push(String::new());
        }
        if self.rng.chance(0.5) {
            lines.push("Share this article:".into());
            for net in ["Share on Facebook", "Share on X", "Share on Telegram"] {
                lines.push(net.into());
            }
        }
        lines.join("\n")
    }

    fn radio(&mut self) -> String {
        let body = self.report();
        let mut out = format!(" date {} ", cal::iso(self.published));
        for (i, p) in body.iter().enumerate() {
            if i > 0 {
                out.push_str("\n\n");
            }
            out.push_str(p);
        }
        if self.rng.chance(0.5) {
            out.push_str(&format!("\n\nRead also: {}", self.headline()));
        }
        out
    }

    fn portal(&mut self) -> String {
        let mut lines = vec![self.outlet.name.clone(), self.rng.pick(&self.outlet.sections).to_string(), String::new()];
        lines.push(self.headline());
        lines.push(String::new());
        let reporter = self.rng.pick(&self.outlet.reporters);
        lines.push(format!("By {}", self.w.people[*reporter].full()));
        lines.push(String::new());
        let cap = self.caption();
        for _ in 0..2 {
            lines.push(cap.clone());
            lines.push(String::new());
        }
        let mut body = self.report();
        if let Some(first) = body.first_mut() {
            *first = format!("{} -- {first}", self.dateline());
        }
        let sub_at = if body.len() > 4 { Some(body.len() / 2) } else { None };
        for (i, p) in body.into_iter().enumerate() {
            if Some(i) == sub_at {
                lines.push(self.rng.pick(phrases::SUBHEADS).to_string());
                lines.push(String::new());
            }
            lines.push(p);
            lines.push(String::new());
        }
        lines.push(
            self.rng.pick(&["Do you like this article?", "Was this article helpful?", "Rate this article"]).to_string(),
        );
        lines.push(String::new());
        for c in self.comments() {
            lines.push(c);
            lines.push(String::new());
        }
        lines.join("\n")
    }

    fn interview(&mut self, who: usize) -> String {
        let s = self.s;
        let person = &self.w.people[who];
        let c = &self.w.countries[s.country];
        let slots_org = self.w.orgs[s.statements.first().map_or(0, |st| st.org)].acronym.clone();
        let neighbour = self.country(c.neighbours[0]).to_string();
        // The headline quotes the interviewee.
        let st = Statement {
            speaker: who,
            day: self.published,
            templates: vec![*self.rng.pick(phrases::pool(true))],
            country: s.country,
            country2: c.neighbours[0],
            org: s.statements.first().map_or(0, |st| st.org),
            city: c.cities[0],
            cause: s.statements.first().map_or(0, |st| st.cause),
            seed: self.rng.next_u64(),
        };
        let head = self.words(&st);
        let mut lines = vec![format!("{}: {}", self.surname(who), cap(&head[0].sentence())), String::new()];
        lines.push(self.rng.pick(phrases::STANDFIRSTS).to_string());
        lines.push(String::new());
        // Intro: the happenings the interview is about.
        let mut intro = Vec::new();
        let published = self.published;
        for h in s.happenings.iter().filter(|h| h.day <= published).take(2) {
            intro.push(self.happening(h));
        }
        let role = self.w.apposition(who);
        intro.push(format!(
            "In an interview with {}, {} {}, {role}, spoke about the consequences for {}.",
            self.outlet.name,
            person.first,
            self.surname(who),
            c.name
        ));
        self.introduced.push(who);
        lines.push(intro.join(" "));
        lines.push(String::new());
        let mut qs: Vec<&str> = phrases::QUESTIONS.to_vec();
        self.rng.shuffle(&mut qs);
        let mine: Vec<&Statement> = s.statements.iter().collect();
        let n = 4 + self.rng.below(3);
        for (i, q) in qs.into_iter().take(n).enumerate() {
            let q = q
                .replace("{first}", &person.first)
                .replace("{country2}", &neighbour)
                .replace("{country}", &c.name)
                .replace("{org}", &slots_org);
            lines.push(q);
            lines.push(String::new());
            let mut answer = vec![self.rng.pick(phrases::ANSWER_FILLERS).to_string()];
            // The interviewee's own views, and what others said, in their words.
            let st = Statement {
                templates: vec![*self.rng.pick(phrases::pool(true))],
                seed: self.rng.next_u64(),
                ..st.clone()
            };
            for r in self.words(&st) {
                answer.push(format!("{}.", cap(&r.sentence())));
            }
            if let Some(other) = mine.get(i) {
                if other.speaker != who && self.rng.chance(0.5) {
                    let name = self.name(other.speaker);
                    let (o, c) = (self.open, self.close);
                    let w = self.words(other);
                    let he = self.w.people[other.speaker].he();
                    answer.push(format!("{} said that {}, and I agree.", cap(&name), partial(&w[0], he, o, c)));
                }
            }
            lines.push(answer.join(" "));
            lines.push(String::new());
        }
        let (y, m, d) = cal::civil(self.published);
        lines.push(format!("{d:02} {m:02} {y}, {:02}:{:02}", 8 + self.rng.below(12), self.rng.below(60)));
        lines.push(format!("Photo source: {}", self.outlet.name));
        lines.push(String::new());
        lines.push("1 2 3 4 5 ... 8 9 10".into());
        lines.join("\n")
    }
}

/// Writes the article of coverage `ci` of story `s`.
pub fn article(w: &World, s: &Story, ci: usize, rng: &mut Rng) -> Article {
    let cov: &Coverage = &s.coverage[ci];
    let outlet = &w.outlets[cov.outlet];
    let variants = cov.outlet % 3 == 1;
    let mut wr = Writer {
        w,
        s,
        outlet,
        published: cov.published,
        rng: rng.fork(ci as u64),
        introduced: Vec::new(),
        variants,
        open: outlet.marks.0,
        close: outlet.marks.1,
        weekday_pair: outlet.style == Style::Portal,
    };
    let mut manifest = Vec::new();
    let text = match (outlet.style, cov.interviewee) {
        (Style::Interview, Some(who)) => {
            manifest.push(("outlet".to_string(), outlet.name.clone()));
            wr.interview(who)
        }
        (Style::Radio, _) => {
            manifest.push(("outlet".to_string(), outlet.name.clone()));
            manifest.push((
                "url".to_string(),
                format!("https://{}/a/{}.html", outlet.domain, 10_000_000 + wr.rng.below(90_000_000)),
            ));
            wr.radio()
        }
        (Style::Portal, _) => wr.portal(),
        _ => wr.wire(),
    };
    let file = format!("{}_{}_{}.txt", cal::iso(cov.published), outlet.slug, wr.slug());
    Article { file, text, manifest }
}
