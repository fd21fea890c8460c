//! The invented world the articles report on: countries with cities and office holders,
//! regional organisations, analysts, outlets and their reporters. Every name is made from
//! syllables by the seeded generator; none is taken from a real corpus.

use std::collections::HashSet;

use crate::rng::Rng;

const ONSETS: &[&str] = &[
    "b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "sh", "kh", "zh", "ch", "dr", "br", "tr", "st",
    "gr", "y", "f", "h", "j",
];
const VOWELS: &[&str] = &["a", "e", "i", "o", "u", "a", "e", "o", "ai", "ia", "ou"];
const CODAS: &[&str] = &["", "", "", "n", "r", "l", "s", "k", "m", "t", "rd", "sk"];
const SURNAME_ENDINGS: &[&str] = &[
    "ov", "ev", "yev", "enko", "ich", "escu", "ani", "ides", "sson", "berg", "ovic", "uly", "zade", "ian", "ski",
    "ova", "in", "ez", "oglu", "ashvili", "er", "man",
];
const COUNTRY_ENDINGS: &[(&str, &str)] =
    &[("ia", "ian"), ("istan", "i"), ("ova", "ovan"), ("land", "lander"), ("ania", "anian"), ("ea", "ean")];
const CITY_ENDINGS: &[&str] = &["ovo", "ara", "sk", "abad", "ton", "polis", "mar", "gorod", "kent", "vik", "a", "el"];

/// A person's gender, for pronouns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    /// he, his
    Male,
    /// she, her
    Female,
}

/// What a person does, which decides how articles introduce them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Office {
    /// Head of state.
    President,
    /// Head of government.
    PrimeMinister,
    /// Foreign minister.
    ForeignMinister,
    /// Interior minister.
    InteriorMinister,
    /// Government spokesperson.
    Spokesperson,
    /// Leader of the opposition.
    Opposition,
    /// Independent analyst.
    Analyst,
    /// Head of a think tank.
    Director,
    /// Secretary general of an organisation.
    SecretaryGeneral,
    /// Reporter of an outlet.
    Reporter,
}

/// One invented person.
#[derive(Clone, Debug)]
pub struct Person {
    /// First name.
    pub first: String,
    /// Surname as most outlets spell it.
    pub last: String,
    /// Another romanisation of the surname some outlets use (`Karimov` / `Karimoff`).
    pub variant: Option<String>,
    /// For pronouns.
    pub gender: Gender,
    /// What they do.
    pub office: Office,
    /// Their country (index into [`World::countries`]), if any.
    pub country: Option<usize>,
    /// Their organisation (index into [`World::orgs`]) for secretaries general and directors'
    /// think tanks (index into [`World::institutes`]).
    pub body: Option<usize>,
    /// Home city of analysts (`Tolmar-based political analyst`).
    pub city: Option<usize>,
}

impl Person {
    /// `First Last`.
    pub fn full(&self) -> String {
        format!("{} {}", self.first, self.last)
    }
    /// he / she
    pub fn he(&self) -> &'static str {
        if self.gender == Gender::Male { "he" } else { "she" }
    }
    /// He / She
    pub fn he_cap(&self) -> &'static str {
        if self.gender == Gender::Male { "He" } else { "She" }
    }
    /// his / her
    pub fn his(&self) -> &'static str {
        if self.gender == Gender::Male { "his" } else { "her" }
    }
}

/// One invented country.
#[derive(Clone, Debug)]
pub struct Country {
    /// `Valdoria`.
    pub name: String,
    /// `Valdorian`.
    pub demonym: String,
    /// Cities; the first is the capital (indices into [`World::cities`]).
    pub cities: Vec<usize>,
    /// Population in millions.
    pub millions: u32,
    /// President, prime minister, foreign minister, interior minister, spokesperson, opposition
    /// leader (indices into [`World::people`]).
    pub officials: [usize; 6],
    /// Analysts based in the country.
    pub analysts: Vec<usize>,
    /// Neighbouring countries.
    pub neighbours: Vec<usize>,
    /// Organisations the country belongs to, with the year it joined.
    pub memberships: Vec<(usize, i64)>,
    /// Year of independence or of its constitution.
    pub founded: i64,
}

/// A regional organisation: `the Northern Security Compact (NSC)`.
#[derive(Clone, Debug)]
pub struct Org {
    /// Full name without article.
    pub name: String,
    /// Acronym.
    pub acronym: String,
    /// Founded in.
    pub founded: i64,
    /// Where it was founded (city index).
    pub seat: usize,
    /// A military alliance can send troops.
    pub military: bool,
    /// Its secretary general (person index).
    pub head: usize,
}

/// A think tank: `the Centre for Strategic Studies Arvena`.
#[derive(Clone, Debug)]
pub struct Institute {
    /// Full name.
    pub name: String,
    /// Short name used after the first mention.
    pub short: String,
}

/// How an outlet lays out its pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// Headline, `Outlet, Month D, YYYY` line, byline, dateline, body, source URL.
    Wire,
    /// A repost with a ` date YYYY-MM-DD` prefix, block quotes with trailing attribution, no
    /// outlet in the text (the manifest names it).
    Radio,
    /// A news portal page: outlet and section lines, byline, repeated photo captions, subheads,
    /// a feedback prompt, reader comments; no date line.
    Portal,
    /// An interview: `Surname: statement` headline, standfirst, Q&A, `DD MM YYYY, HH:MM`,
    /// photo source, pagination.
    Interview,
}

/// One outlet.
#[derive(Clone, Debug)]
pub struct Outlet {
    /// Display name.
    pub name: String,
    /// Lower-case slug for file names and URLs.
    pub slug: String,
    /// Web domain.
    pub domain: String,
    /// Page layout.
    pub style: Style,
    /// Quotation marks it uses: opening and closing double marks.
    pub marks: (&'static str, &'static str),
    /// Reporters (person indices).
    pub reporters: Vec<usize>,
    /// Section names.
    pub sections: Vec<&'static str>,
}

/// A city.
#[derive(Clone, Debug)]
pub struct City {
    /// Name.
    pub name: String,
    /// Country index.
    pub country: usize,
}

/// Everything articles can mention.
#[derive(Clone, Debug)]
pub struct World {
    /// Countries.
    pub countries: Vec<Country>,
    /// Cities.
    pub cities: Vec<City>,
    /// Organisations.
    pub orgs: Vec<Org>,
    /// Think tanks.
    pub institutes: Vec<Institute>,
    /// People.
    pub people: Vec<Person>,
    /// Outlets.
    pub outlets: Vec<Outlet>,
    /// Photo agencies for captions.
    pub agencies: Vec<String>,
    /// News agencies other outlets cite (`the Meridian news agency quoted …`).
    pub wires: Vec<String>,
}

fn cap(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

struct Namer {
    used: HashSet<String>,
}

impl Namer {
    fn syllable(&self, rng: &mut Rng, coda: bool) -> String {
        let mut s = String::new();
        s.push_str(rng.pick::<&str>(ONSETS));
        s.push_str(rng.pick::<&str>(VOWELS));
        if coda {
            s.push_str(rng.pick::<&str>(CODAS));
        }
        s
    }

    /// A fresh word made of `n` syllables and an ending.
    fn word(&mut self, rng: &mut Rng, n: usize, ending: &str) -> String {
        for attempt in 0..1000 {
            // Short stems collide often: lengthen them after a few tries.
            let n = n + attempt / 40;
            let mut w = String::new();
            for i in 0..n {
                w.push_str(&self.syllable(rng, i + 1 == n && ending.is_empty()));
            }
            // Avoid vowel clashes at the ending (`Valdoraia`).
            if ending.starts_with(|c: char| "aeiou".contains(c)) {
                while w.ends_with(|c: char| "aeiouy".contains(c)) {
                    w.pop();
                }
                if w.len() < 2 {
                    continue;
                }
            }
            w.push_str(ending);
            let w = cap(&w);
            if w.len() >= 4 && self.used.insert(w.clone()) {
                return w;
            }
        }
        // The name space is large; this only happens for absurd sizes.
        let w = format!("Name{}", self.used.len());
        self.used.insert(w.clone());
        w
    }
}

/// Another romanisation of a surname, by the rules transliterations vary by.
fn variant(last: &str) -> Option<String> {
    let swaps: &[(&str, &str)] =
        &[("yev", "ev"), ("kh", "h"), ("zh", "j"), ("ov", "off"), ("ks", "x"), ("ia", "iya"), ("sk", "sc")];
    swaps.iter().find(|(a, _)| last.contains(a)).map(|(a, b)| last.replacen(a, b, 1))
}

fn new_person(w: &mut World, namer: &mut Namer, rng: &mut Rng, office: Office, country: Option<usize>) -> usize {
    let gender = if rng.chance(0.35) { Gender::Female } else { Gender::Male };
    let first_end = if gender == Gender::Female { "a" } else { "" };
    let n = 1 + rng.below(2);
    let first = namer.word(rng, n, first_end);
    let mut ending = (*rng.pick(SURNAME_ENDINGS)).to_string();
    if gender == Gender::Female && (ending.ends_with("ov") || ending.ends_with("ev") || ending == "in") {
        ending.push('a');
    }
    let n = 1 + rng.below(2);
    let last = namer.word(rng, n, &ending);
    let variant = if rng.chance(0.3) { variant(&last) } else { None };
    w.people.push(Person { first, last, variant, gender, office, country, body: None, city: None });
    w.people.len() - 1
}

impl World {
    /// A world sized for `stories` stories.
    pub fn new(rng: &mut Rng, stories: usize) -> World {
        let mut namer = Namer { used: HashSet::new() };
        let n_countries = (10 + stories / 40).min(160);
        let n_orgs = (3 + n_countries / 8).min(24);
        let n_outlets = (12 + stories / 150).min(200);
        let mut w = World {
            countries: Vec::new(),
            cities: Vec::new(),
            orgs: Vec::new(),
            institutes: Vec::new(),
            people: Vec::new(),
            outlets: Vec::new(),
            agencies: Vec::new(),
            wires: Vec::new(),
        };
        for ci in 0..n_countries {
            let (end, dem) = *rng.pick(COUNTRY_ENDINGS);
            let n = 2 + rng.below(2);
            let name = namer.word(rng, n, end);
            let demonym = format!("{}{dem}", &name[..name.len() - end.len()]);
            let mut cities = Vec::new();
            for _ in 0..(3 + rng.below(4)) {
                let e = *rng.pick(CITY_ENDINGS);
                let n = 1 + rng.below(2);
                let c = namer.word(rng, n, e);
                w.cities.push(City { name: c, country: ci });
                cities.push(w.cities.len() - 1);
            }
            let officials = [
                new_person(&mut w, &mut namer, rng, Office::President, Some(ci)),
                new_person(&mut w, &mut namer, rng, Office::PrimeMinister, Some(ci)),
                new_person(&mut w, &mut namer, rng, Office::ForeignMinister, Some(ci)),
                new_person(&mut w, &mut namer, rng, Office::InteriorMinister, Some(ci)),
                new_person(&mut w, &mut namer, rng, Office::Spokesperson, Some(ci)),
                new_person(&mut w, &mut namer, rng, Office::Opposition, Some(ci)),
            ];
            let mut analysts = Vec::new();
            for _ in 0..(3 + rng.below(3)) {
                let office = if rng.chance(0.3) { Office::Director } else { Office::Analyst };
                let p = new_person(&mut w, &mut namer, rng, office, Some(ci));
                w.people[p].city = Some(*rng.pick(&cities));
                analysts.push(p);
            }
            w.countries.push(Country {
                name,
                demonym,
                cities,
                millions: 2 + rng.below(60) as u32,
                officials,
                analysts,
                neighbours: Vec::new(),
                memberships: Vec::new(),
                founded: rng.range(1945, 1995),
            });
        }
        for ci in 0..n_countries {
            let mut ns = Vec::new();
            for _ in 0..3 {
                let o = rng.below(n_countries);
                if o != ci && !ns.contains(&o) {
                    ns.push(o);
                }
            }
            if ns.is_empty() {
                ns.push((ci + 1) % n_countries);
            }
            w.countries[ci].neighbours = ns;
        }
        const ORG_WORDS: &[(&str, &str, bool)] = &[
            ("Security Compact", "SC", true),
            ("Defence Union", "DU", true),
            ("Mutual Assistance Treaty Organization", "MATO", true),
            ("Economic Union", "EU", false),
            ("Council of States", "CS", false),
            ("Cooperation Forum", "CF", false),
        ];
        const ORG_ADJ: &[(&str, &str)] = &[
            ("Northern", "N"),
            ("Eastern", "E"),
            ("Southern", "S"),
            ("Western", "W"),
            ("Continental", "C"),
            ("Lakeland", "L"),
            ("Highland", "H"),
            ("Riverine", "R"),
            ("Coastal", "C"),
            ("Inland", "I"),
            ("Steppe", "S"),
            ("Central", "C"),
        ];
        let mut acronyms = HashSet::new();
        let mut tries = 0;
        while w.orgs.len() < n_orgs && tries < 10_000 {
            tries += 1;
            let (adj, a) = *rng.pick(ORG_ADJ);
            let (noun, n, military) = *rng.pick(ORG_WORDS);
            let acronym = format!("{a}{n}");
            if !acronyms.insert(acronym.clone()) {
                continue;
            }
            let head = new_person(&mut w, &mut namer, rng, Office::SecretaryGeneral, None);
            w.people[head].body = Some(w.orgs.len());
            w.orgs.push(Org {
                name: format!("{adj} {noun}"),
                acronym,
                founded: rng.range(1990, 2010),
                seat: rng.below(w.cities.len()),
                military,
                head,
            });
        }
        for ci in 0..n_countries {
            for oi in 0..w.orgs.len() {
                if rng.chance(0.35) {
                    let year = rng.range(w.orgs[oi].founded, 2015);
                    w.countries[ci].memberships.push((oi, year));
                }
            }
        }
        const INSTITUTE_KINDS: &[&str] = &[
            "Centre for Strategic Studies",
            "Institute for Regional Policy",
            "Center for Research Initiatives",
            "Foundation for Public Dialogue",
            "Bureau of Political Analysis",
        ];
        for ci in 0..n_countries {
            for &p in &w.countries[ci].analysts.clone() {
                if w.people[p].office == Office::Director {
                    let short = namer.word(rng, 2, "");
                    let kind = *rng.pick(INSTITUTE_KINDS);
                    w.institutes.push(Institute { name: format!("{} {kind} {short}", w.countries[ci].demonym), short });
                    w.people[p].body = Some(w.institutes.len() - 1);
                }
            }
        }
        const OUTLET_NOUNS: &[&str] =
            &["Herald", "Wire", "Dispatch", "Post", "Courier", "Times", "Review", "Observer", "Monitor", "Ledger"];
        const RADIO: &[&str] = &["Radio", "Broadcast", "FM", "Voice"];
        const PORTAL: &[&str] = &["News", "Today", "Online", "Daily", "24"];
        const SECTIONS: &[&str] =
            &["Politics", "Security", "World", "Region", "Economy", "Analysis", "Society", "Diplomacy"];
        for oi in 0..n_outlets {
            let style = match oi % 7 {
                0 | 3 | 5 => Style::Wire,
                1 | 6 => Style::Portal,
                2 => Style::Radio,
                _ => Style::Interview,
            };
            let stem = namer.word(rng, 2, "");
            let name = match style {
                Style::Wire => format!("The {stem} {}", rng.pick(OUTLET_NOUNS)),
                Style::Radio => format!("{stem} {}", rng.pick(RADIO)),
                Style::Portal => format!("{stem} {}", rng.pick(PORTAL)),
                Style::Interview => format!("{stem}.news"),
            };
            let slug: String = name
                .to_lowercase()
                .trim_start_matches("the ")
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
                .collect();
            let domain = format!("{}.example", slug.replace(['-', '.'], ""));
            let marks = match rng.below(10) {
                0..=5 => ("“", "”"),
                6..=8 => ("\"", "\""),
                _ => ("«", "»"),
            };
            let mut reporters = Vec::new();
            for _ in 0..(2 + rng.below(3)) {
                reporters.push(new_person(&mut w, &mut namer, rng, Office::Reporter, None));
            }
            let mut sections: Vec<&'static str> = SECTIONS.to_vec();
            rng.shuffle(&mut sections);
            sections.truncate(3);
            w.outlets.push(Outlet { name, slug, domain, style, marks, reporters, sections });
        }
        for _ in 0..6 {
            let a = namer.word(rng, 2, "");
            w.agencies.push(format!("{a} Photo"));
        }
        for _ in 0..5 {
            let a = namer.word(rng, 2, "");
            w.wires.push(a);
        }
        w
    }

    /// The person's role as a title before the name: `Valdorian Foreign Minister`.
    pub fn title(&self, p: usize) -> String {
        let person = &self.people[p];
        let dem = person.country.map(|c| self.countries[c].demonym.as_str()).unwrap_or("");
        match person.office {
            Office::President => format!("{dem} President"),
            Office::PrimeMinister => format!("{dem} Prime Minister"),
            Office::ForeignMinister => format!("{dem} Foreign Minister"),
            Office::InteriorMinister => format!("{dem} Interior Minister"),
            Office::Spokesperson => format!("{dem} government spokesperson"),
            Office::Opposition => format!("{dem} opposition leader"),
            Office::Analyst => {
                let city = person.city.map(|c| self.cities[c].name.as_str()).unwrap_or("");
                format!("{city}-based political analyst")
            }
            Office::Director => format!("{dem} political scientist"),
            Office::SecretaryGeneral => {
                let o = &self.orgs[person.body.unwrap_or(0)];
                format!("{} Secretary General", o.acronym)
            }
            Office::Reporter => "correspondent".into(),
        }
    }

    /// The person's role as an apposition: `the foreign minister of Valdoria`.
    pub fn apposition(&self, p: usize) -> String {
        let person = &self.people[p];
        let country = person.country.map(|c| self.countries[c].name.as_str()).unwrap_or("");
        match person.office {
            Office::President => format!("the President of {country}"),
            Office::PrimeMinister => format!("the prime minister of {country}"),
            Office::ForeignMinister => format!("{country}'s foreign minister"),
            Office::InteriorMinister => format!("{country}'s interior minister"),
            Office::Spokesperson => format!("a spokesperson for the government of {country}"),
            Office::Opposition => format!("the leader of the opposition in {country}"),
            Office::Analyst => {
                let city = person.city.map(|c| self.cities[c].name.as_str()).unwrap_or("");
                format!("a political analyst in {city}")
            }
            Office::Director => {
                let i = &self.institutes[person.body.unwrap_or(0)];
                format!("director of the {}", i.name)
            }
            Office::SecretaryGeneral => {
                let o = &self.orgs[person.body.unwrap_or(0)];
                format!("Secretary General of the {} ({})", o.name, o.acronym)
            }
            Office::Reporter => "a correspondent".into(),
        }
    }

    /// The role in title case, as a signature under a statement: `Foreign Minister of Valdoria`.
    pub fn block_role(&self, p: usize) -> String {
        let person = &self.people[p];
        let country = person.country.map(|c| self.countries[c].name.as_str()).unwrap_or("");
        match person.office {
            Office::President => format!("President of {country}"),
            Office::PrimeMinister => format!("Prime Minister of {country}"),
            Office::ForeignMinister => format!("Foreign Minister of {country}"),
            Office::InteriorMinister => format!("Interior Minister of {country}"),
            Office::Spokesperson => "Government Spokesperson".into(),
            Office::Opposition => "Leader of the Opposition".into(),
            Office::Analyst => "Political Analyst".into(),
            Office::Director => format!("Director of the {}", self.institutes[person.body.unwrap_or(0)].name),
            Office::SecretaryGeneral => format!("{} Secretary General", self.orgs[person.body.unwrap_or(0)].acronym),
            Office::Reporter => "Correspondent".into(),
        }
    }

    /// A role noun for later mentions: `the minister`, `the analyst`.
    pub fn role_noun(&self, p: usize) -> String {
        let person = &self.people[p];
        match person.office {
            Office::President => format!("the {} leader", self.countries[person.country.unwrap_or(0)].demonym),
            Office::PrimeMinister => "the prime minister".into(),
            Office::ForeignMinister | Office::InteriorMinister => "the minister".into(),
            Office::Spokesperson => "the spokesperson".into(),
            Office::Opposition => "the opposition leader".into(),
            Office::Analyst => "the analyst".into(),
            Office::Director => format!("the {} director", self.institutes[person.body.unwrap_or(0)].short),
            Office::SecretaryGeneral => "the secretary general".into(),
            Office::Reporter => "the correspondent".into(),
        }
    }
}
