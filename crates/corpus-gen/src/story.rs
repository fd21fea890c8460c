//! Stories: what happens, when, and who says what about it. A story is a short crisis, a
//! political shake-up, a diplomatic round or a security incident in one country, told as a
//! chain of dated happenings and a few statements; several outlets cover it, each from its own
//! publication date, so the same happening and the same statement reach the corpus in several
//! renderings.

use crate::rng::Rng;
use crate::world::{Office, World};

/// The kind of a happening (each has its own sentence templates).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Protests break out.
    Protest,
    /// Deadly clashes.
    Clashes,
    /// People detained.
    Arrests,
    /// State of emergency, curfew.
    Emergency,
    /// The president asks an organisation for help.
    Appeal,
    /// The organisation's troops arrive.
    Deployment,
    /// They leave.
    Withdrawal,
    /// Two officials hold talks.
    Talks,
    /// Two countries sign an agreement.
    Agreement,
    /// The government resigns.
    Resignation,
    /// A new prime minister is appointed.
    Appointment,
    /// The organisation holds a summit.
    Summit,
    /// An explosion.
    Blast,
}

/// One dated happening.
#[derive(Clone, Debug)]
pub struct Happening {
    /// What happened.
    pub kind: Kind,
    /// Day number.
    pub day: i64,
    /// The country it happened in.
    pub country: usize,
    /// City.
    pub city: usize,
    /// Who acted (person index).
    pub actor: usize,
    /// The other party (person index), for talks and appointments.
    pub other: usize,
    /// Second country (talks, agreements).
    pub country2: usize,
    /// Organisation (appeals, deployments, summits).
    pub org: usize,
    /// A count (dead, detained, troops).
    pub number: u32,
    /// Index into [`CAUSES`] or [`TOPICS`].
    pub topic: usize,
}

/// Grievances protests are about.
pub const CAUSES: &[&str] = &[
    "rising fuel prices",
    "a new tax on small traders",
    "the arrest of an opposition journalist",
    "water shortages",
    "a disputed election result",
    "cuts to pensions",
    "the price of bread",
    "a planned mining project",
    "power cuts",
    "a controversial land law",
];

/// What agreements and talks are about.
pub const TOPICS: &[&str] = &[
    "border security",
    "energy supplies",
    "trade and customs",
    "water sharing",
    "military cooperation",
    "transit routes",
    "visa-free travel",
    "grain exports",
];

/// A statement someone makes, rendered by each outlet in its own words.
#[derive(Clone, Debug)]
pub struct Statement {
    /// Speaker (person index).
    pub speaker: usize,
    /// Day it was said.
    pub day: i64,
    /// Indices into [`crate::phrases::STATEMENTS`] (one or two sentences).
    pub templates: Vec<usize>,
    /// Slot values.
    pub country: usize,
    /// Second country.
    pub country2: usize,
    /// Organisation.
    pub org: usize,
    /// City.
    pub city: usize,
    /// Index into [`CAUSES`].
    pub cause: usize,
    /// Seed of the rendering choices every outlet starts from.
    pub seed: u64,
}

/// A fact from long ago that articles give as background (`In 2004, X joined the Y.`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Background {
    /// Country joined organisation in year.
    Joined(usize, usize, i64),
    /// Organisation founded.
    Founded(usize),
    /// Country adopted its constitution.
    Constitution(usize),
}

/// One outlet's article about a story.
#[derive(Clone, Debug)]
pub struct Coverage {
    /// Outlet index.
    pub outlet: usize,
    /// Publication day.
    pub published: i64,
    /// An interview with this person instead of a report.
    pub interviewee: Option<usize>,
}

/// A story.
#[derive(Clone, Debug)]
pub struct Story {
    /// Serial number.
    pub id: usize,
    /// The country it is about.
    pub country: usize,
    /// Happenings in date order.
    pub happenings: Vec<Happening>,
    /// Statements in date order.
    pub statements: Vec<Statement>,
    /// Background facts.
    pub background: Vec<Background>,
    /// The articles.
    pub coverage: Vec<Coverage>,
}

/// Plans story `id`, starting on `day0`.
pub fn plan(w: &World, rng: &mut Rng, id: usize, day0: i64) -> Story {
    let ci = rng.below(w.countries.len());
    let c = &w.countries[ci];
    let [president, pm, fm, interior, spokes, opposition] = c.officials;
    let capital = c.cities[0];
    let other_city = *rng.pick(&c.cities[1..]);
    let neighbour = *rng.pick(&c.neighbours);
    let nb = &w.countries[neighbour];
    let military: Vec<usize> = (0..w.orgs.len()).filter(|&o| w.orgs[o].military).collect();
    let org = if military.is_empty() { 0 } else { *rng.pick(&military) };
    let cause = rng.below(CAUSES.len());
    let topic = rng.below(TOPICS.len());
    let h = |kind: Kind, off: i64, city: usize, actor: usize, other: usize, number: u32| Happening {
        kind,
        day: day0 + off,
        country: ci,
        city,
        actor,
        other,
        country2: neighbour,
        org,
        number,
        topic: if matches!(kind, Kind::Protest) { cause } else { topic },
    };
    let n = |rng: &mut Rng, lo: i64, hi: i64| rng.range(lo, hi) as u32;
    let script: Vec<Happening> = match rng.below(4) {
        0 => vec![
            h(Kind::Protest, 0, other_city, opposition, opposition, n(rng, 2, 40) * 500),
            h(Kind::Clashes, 1, other_city, interior, interior, n(rng, 3, 60)),
            h(Kind::Emergency, 1, other_city, president, president, 0),
            h(Kind::Arrests, 2, capital, interior, interior, n(rng, 2, 90) * 10),
            h(Kind::Appeal, 3, capital, president, w.orgs[org].head, 0),
            h(Kind::Deployment, 4, capital, w.orgs[org].head, president, n(rng, 5, 40) * 100),
            h(Kind::Summit, 5, w.orgs[org].seat, w.orgs[org].head, president, 0),
            h(Kind::Withdrawal, rng.range(8, 12), capital, w.orgs[org].head, president, 0),
        ],
        1 => vec![
            h(Kind::Resignation, 0, capital, pm, president, 0),
            h(Kind::Appointment, 1, capital, president, interior, 0),
            h(Kind::Protest, 2, capital, opposition, opposition, n(rng, 1, 20) * 1000),
            h(Kind::Arrests, 3, capital, interior, opposition, n(rng, 2, 30) * 10),
            h(Kind::Talks, 4, w.countries[neighbour].cities[0], fm, nb.officials[2], 0),
        ],
        2 => vec![
            h(Kind::Talks, 0, capital, president, nb.officials[0], 0),
            h(Kind::Agreement, 0, capital, president, nb.officials[0], 0),
            h(Kind::Summit, 2, w.orgs[org].seat, w.orgs[org].head, president, 0),
            h(Kind::Talks, 3, w.orgs[org].seat, fm, w.orgs[org].head, 0),
            h(Kind::Protest, 4, other_city, opposition, opposition, n(rng, 1, 10) * 300),
        ],
        _ => vec![
            h(Kind::Blast, 0, other_city, interior, interior, n(rng, 2, 30)),
            h(Kind::Emergency, 1, other_city, president, president, 0),
            h(Kind::Arrests, 2, other_city, interior, interior, n(rng, 2, 12)),
            h(Kind::Talks, 3, capital, president, nb.officials[0], 0),
            h(Kind::Deployment, 3, other_city, interior, president, n(rng, 2, 20) * 100),
        ],
    };
    let keep = 3 + rng.below(script.len() - 2);
    let mut happenings: Vec<Happening> = script.into_iter().take(keep).collect();
    happenings.sort_by_key(|h| h.day);
    let last = happenings.iter().map(|h| h.day).max().unwrap_or(day0);

    // Statements: officials, the opposition, the organisation's head, analysts at home and abroad.
    let mut speakers = vec![president, fm, spokes, opposition, w.orgs[org].head, nb.officials[2]];
    speakers.extend(c.analysts.iter().copied());
    speakers.extend(nb.analysts.iter().take(1).copied());
    let mut statements = Vec::new();
    for _ in 0..(2 + rng.below(3)) {
        let speaker = *rng.pick(&speakers);
        let analyst = matches!(w.people[speaker].office, Office::Analyst | Office::Director);
        let pool = crate::phrases::pool(analyst);
        let mut templates = vec![*rng.pick(pool)];
        if rng.chance(0.45) {
            let t = *rng.pick(pool);
            if t != templates[0] {
                templates.push(t);
            }
        }
        statements.push(Statement {
            speaker,
            day: rng.range(day0, last),
            templates,
            country: ci,
            country2: neighbour,
            org,
            city: other_city,
            cause,
            seed: rng.next_u64(),
        });
    }
    statements.sort_by_key(|s| s.day);

    let mut background = Vec::new();
    if let Some(&(o, y)) = c.memberships.first() {
        background.push(Background::Joined(ci, o, y));
    }
    background.push(Background::Founded(org));
    background.push(Background::Constitution(ci));
    rng.shuffle(&mut background);

    // Coverage: one to five outlets report; some publish mid-story; interview outlets talk to an
    // analyst a few days after.
    let outlets = match rng.below(20) {
        0..=4 => 1,
        5..=11 => 2,
        12..=16 => 3,
        17..=18 => 4,
        _ => 5,
    };
    let mut coverage: Vec<Coverage> = Vec::new();
    for _ in 0..outlets {
        let o = rng.below(w.outlets.len());
        if coverage.iter().any(|c| c.outlet == o) {
            continue;
        }
        let interview = w.outlets[o].style == crate::world::Style::Interview;
        let published = if interview {
            last + rng.range(3, 20)
        } else if rng.chance(0.3) {
            happenings[rng.below(happenings.len())].day.max(day0 + 1)
        } else {
            last + rng.range(0, 2)
        };
        let interviewee = interview.then(|| *rng.pick(&c.analysts));
        coverage.push(Coverage { outlet: o, published, interviewee });
    }
    Story { id, country: ci, happenings, statements, background, coverage }
}
