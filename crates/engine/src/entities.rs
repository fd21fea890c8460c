//! Stage 4: people, organisations and places, merged across spellings and articles.
//!
//! 1. `names` (`entities/names.rs`) finds every name in the body, captions and reader comments,
//!    with the roles and clues around it; headlines and subheadings (capitalised throughout) are
//!    only searched for names already known from running text.
//! 2. Names are grouped by form (the folded words), forms into entities: by [`gazetteer`] entry,
//!    by acronym defined in the text (`Full Name (ACR)`), and by the transliteration rules of
//!    [`merge`] — word by word for organisations and places, by surname and first name for
//!    people.
//! 3. A single word that is a person's surname or first name resolves to that person: preferably
//!    one named in the same article, otherwise the only one in the corpus (`Tokayev said`).
//! 4. A single capitalised word at the start of a sentence (`However`, `Relying`) is a name only
//!    if it is known from elsewhere; months and weekdays never are.

pub mod gazetteer;
pub mod merge;
pub(crate) mod names;

use crate::lexicon::FxMap as HashMap;

use crate::model::{Article, Entity, EntityKind, LineRole, Mention, ParagraphKind, Span};
use names::{Cand, Hint};

/// Finds named entities in all articles and merges spelling variants.
pub fn extract(articles: &[Article]) -> Vec<Entity> {
    let mut found = names::Cands::default();
    let mut headlines: Vec<(u32, Span)> = Vec::new();
    let mut scratch = names::Scratch::default();
    for (ai, a) in articles.iter().enumerate() {
        let ai = ai as u32;
        if let Some(l) = a.lines.iter().find(|l| l.role == LineRole::Title && l.duplicate_of.is_none()) {
            headlines.push((ai, l.span));
        }
        for p in &a.paragraphs {
            if p.kind == ParagraphKind::Subheading {
                headlines.push((ai, p.span));
                continue;
            }
            for s in a.sentences.get(p.sentences.0 as usize..p.sentences.1 as usize).unwrap_or(&[]) {
                names::scan_sentence(&a.text, s.span, ai, &mut scratch, &mut found);
            }
        }
        for span in a.captions.iter().map(|c| c.span).chain(a.comments.iter().map(|c| c.span)) {
            let t = a.slice(span);
            for (s, e) in crate::segment::split(t) {
                let sp = Span::new(span.start as usize + s, span.start as usize + e);
                names::scan_sentence(&a.text, sp, ai, &mut scratch, &mut found);
            }
        }
    }
    let outlets: Vec<String> =
        articles.iter().filter_map(|a| a.outlet.as_ref()).map(|o| gazetteer::key(&o.value)).collect();
    let mut b = Builder::new(&found, &outlets);
    b.cluster();
    b.attach_single_words();
    b.lookup_headlines(articles, &headlines);
    b.entities()
}

/// One distinct form of a name (its folded words).
struct Form {
    /// Its folded words joined by single spaces.
    key: String,
    /// How many words `key` holds.
    n_words: usize,
    /// Transliteration-normal forms of `words`.
    normals: Vec<String>,
    kind: Option<EntityKind>,
    gazetteer: Option<u32>,
    /// A role or honorific marks it as a person.
    person: bool,
    /// Name-like words with nothing against a person.
    weak_person: bool,
    /// How often it is the subject of a speech verb (`Drejistan asked …` as much as `Varga said`).
    speaks: u32,
    /// How often the words around it make it a place (`in Drejistan`, `the Vorukh enclave`).
    place_votes: u32,
}

struct Builder<'c> {
    cands: &'c [Cand],
    /// Where the candidates' keys and display forms are kept ([`names::Cands::strs`]).
    found: &'c names::Cands,
    forms: Vec<Form>,
    form_of_key: HashMap<String, usize>,
    /// The form of each candidate (tentative ones have none yet).
    form_of_cand: Vec<Option<usize>>,
    parent: Vec<usize>,
    /// The cluster (root form) each candidate resolves to; filled by `attach_single_words`.
    cluster_of_cand: Vec<Option<usize>>,
    /// Extra mentions found in headlines: (article, span, display, cluster root).
    extra: Vec<(u32, Span, String, usize)>,
    /// People with full names, once clustered.
    person_idx: Option<PersonIndex>,
}

/// The person clusters a word can name: by surname, by first name.
type Matches = (Vec<usize>, Vec<usize>);

/// People with a full name by surname and first name (skeleton → cluster root, normal form),
/// and the articles each is named in.
#[derive(Default)]
struct PersonIndex {
    by_surname: HashMap<String, Vec<(usize, String)>>,
    by_first: HashMap<String, Vec<(usize, String)>>,
    /// (cluster root, article) for every article a person is named in by full name.
    articles_of: std::collections::HashSet<(usize, u32), crate::lexicon::FxBuild>,
    /// [`PersonIndex::matches`] of each word looked up so far (the index is complete before
    /// the first lookup): a common surname is matched against its bucket once, not at every
    /// mention, which in a large corpus is many mentions times many people.
    memo: core::cell::RefCell<HashMap<String, Matches>>,
}

impl PersonIndex {
    /// The person cluster a single word names: by surname (the one in the same article, else
    /// the only one), or by first name in the same article.
    fn person_for_word(&self, normal: &str, article: u32) -> Option<usize> {
        let mut memo = self.memo.borrow_mut();
        if !memo.contains_key(normal) {
            let m = self.matches(normal);
            memo.insert(normal.to_string(), m);
        }
        let (by_surname, by_first) = &memo[normal];
        let in_article = |r: &usize| self.articles_of.contains(&(*r, article));
        let local: Vec<usize> = by_surname.iter().copied().filter(in_article).collect();
        if local.len() == 1 {
            return Some(local[0]);
        }
        if local.is_empty() && by_surname.len() == 1 {
            return Some(by_surname[0]);
        }
        let local: Vec<usize> = by_first.iter().copied().filter(in_article).collect();
        (local.len() == 1).then(|| local[0])
    }

    /// The people whose surname, and whose first name, `normal` can be: the same spelling
    /// first, a variant only when no one is spelled the same.
    fn matches(&self, normal: &str) -> Matches {
        let sk = merge::skeleton(normal);
        let matching = |v: Option<&Vec<(usize, String)>>| -> Vec<usize> {
            let mut exact: Vec<usize> = Vec::new();
            let mut variant: Vec<usize> = Vec::new();
            for (r, n) in v.into_iter().flatten() {
                let list = if n == normal { &mut exact } else { &mut variant };
                if merge::normals_match(n, normal) && !list.contains(r) {
                    list.push(*r);
                }
            }
            if exact.is_empty() { variant } else { exact }
        };
        (matching(self.by_surname.get(&sk)), matching(self.by_first.get(&sk)))
    }
}

impl<'c> Builder<'c> {
    fn new(found: &'c names::Cands, outlets: &[String]) -> Builder<'c> {
        let cands = &found.list[..];
        let mut b = Builder {
            cands,
            found,
            forms: Vec::new(),
            form_of_key: HashMap::default(),
            form_of_cand: vec![None; cands.len()],
            parent: Vec::new(),
            cluster_of_cand: vec![None; cands.len()],
            extra: Vec::new(),
            person_idx: None,
        };
        for (ci, c) in cands.iter().enumerate() {
            if c.tentative {
                continue;
            }
            let f = b.form_for(found.str(c.key), c.n_words);
            b.form_of_cand[ci] = Some(f);
            let form = &mut b.forms[f];
            if let Some(g) = c.gazetteer {
                form.gazetteer.get_or_insert(g);
            }
            match c.hint {
                Hint::Person => form.person = true,
                Hint::WeakPerson => form.weak_person = true,
                Hint::Org => form.kind = Some(EntityKind::Organization),
                Hint::Place => {
                    form.place_votes += 1;
                    if form.kind.is_none() {
                        form.kind = Some(EntityKind::Place);
                    }
                }
                Hint::Other => {
                    if form.kind.is_none() {
                        form.kind = Some(EntityKind::Other);
                    }
                }
                Hint::Unknown => {}
            }
            if c.speaks && c.gazetteer.is_none() {
                form.speaks += 1;
            }
        }
        // Outlets are organisations, named or not in the text (`Lenta.ru`, `told Caravanserai`).
        for o in outlets {
            b.form_for(o, o.split(' ').count());
        }
        for f in &mut b.forms {
            if outlets.contains(&f.key) {
                f.kind = Some(EntityKind::Organization);
                f.person = false;
            }
            if let Some(g) = f.gazetteer.and_then(gazetteer::entry) {
                f.kind = Some(g.kind);
                f.person = false;
            }
        }
        b
    }

    /// The form of the folded words `key` (`n_words` of them, joined by single spaces), added
    /// when new.
    fn form_for(&mut self, key: &str, n_words: usize) -> usize {
        if let Some(&f) = self.form_of_key.get(key) {
            return f;
        }
        let f = self.forms.len();
        let normals = key.split(' ').take(n_words).map(merge::normal).collect();
        self.forms.push(Form {
            key: key.to_string(),
            n_words,
            normals,
            kind: None,
            gazetteer: gazetteer::lookup(key).map(|(i, _)| i),
            person: false,
            weak_person: false,
            speaks: 0,
            place_votes: 0,
        });
        self.parent.push(f);
        self.form_of_key.insert(key.to_string(), f);
        f
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// The root of `x`'s cluster, without compressing paths.
    fn find_ro(&self, mut x: usize) -> usize {
        while self.parent[x] != x {
            x = self.parent[x];
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // Keep the lower index as root: the earlier form.
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi] = lo;
        }
    }

    /// What a form names, as far as the form alone says.
    fn kind(&self, f: usize) -> Option<EntityKind> {
        let form = &self.forms[f];
        if form.gazetteer.is_some() || form.kind == Some(EntityKind::Organization) {
            return form.kind;
        }
        // Speaking makes a person unless the name is a place more often (a country `asked`).
        if form.person || form.speaks > form.place_votes {
            return Some(EntityKind::Person);
        }
        if form.kind.is_some() {
            return form.kind;
        }
        if form.weak_person && form.n_words >= 2 {
            return Some(EntityKind::Person);
        }
        None
    }

    fn is_person_name(&self, f: usize) -> bool {
        self.kind(f) == Some(EntityKind::Person) && self.forms[f].n_words >= 2
    }

    /// Groups forms: gazetteer entries, acronyms, transliteration variants.
    fn cluster(&mut self) {
        // Gazetteer entries.
        let mut by_entry: HashMap<u32, usize> = HashMap::default();
        for f in 0..self.forms.len() {
            if let Some(g) = self.forms[f].gazetteer {
                match by_entry.get(&g) {
                    Some(&other) => self.union(other, f),
                    None => {
                        by_entry.insert(g, f);
                    }
                }
            }
        }
        // Acronyms defined in the text.
        for (ci, c) in self.cands.iter().enumerate() {
            if let (Some(full), Some(f)) = (c.acronym_of, self.form_of_cand[ci]) {
                if let Some(ff) = self.form_of_cand.get(full).copied().flatten() {
                    let kind = self.forms[ff].kind;
                    if self.forms[f].kind.is_none() || self.forms[f].gazetteer.is_none() {
                        self.forms[f].kind = kind.or(Some(EntityKind::Organization));
                    }
                    self.union(ff, f);
                }
            }
        }
        // Transliteration variants: organisations, places and other things word by word.
        let mut buckets: HashMap<String, Vec<usize>> = HashMap::default();
        let mut person_buckets: HashMap<String, Vec<usize>> = HashMap::default();
        for f in 0..self.forms.len() {
            let form = &self.forms[f];
            if self.is_person_name(f) {
                let last = form.normals.last().map_or(String::new(), |n| merge::skeleton(n));
                person_buckets.entry(last).or_default().push(f);
            } else if self.kind(f) != Some(EntityKind::Person) {
                let key: Vec<String> = form.normals.iter().map(|n| merge::skeleton(n)).collect();
                buckets.entry(key.join(" ")).or_default().push(f);
            }
        }
        for (_, fs) in buckets {
            for x in 0..fs.len() {
                for y in x + 1..fs.len().min(x + 64) {
                    let (a, b) = (&self.forms[fs[x]], &self.forms[fs[y]]);
                    let same = a.normals.len() == b.normals.len()
                        && a.normals.iter().zip(&b.normals).all(|(p, q)| merge::normals_match(p, q));
                    let kinds_agree = match (self.kind(fs[x]), self.kind(fs[y])) {
                        (Some(p), Some(q)) => p == q,
                        _ => true,
                    };
                    if same && kinds_agree {
                        self.union(fs[x], fs[y]);
                    }
                }
            }
        }
        // People: same surname (by rule) and compatible first names.
        for (_, fs) in person_buckets {
            for x in 0..fs.len() {
                for y in x + 1..fs.len().min(x + 64) {
                    let (a, b) = (&self.forms[fs[x]], &self.forms[fs[y]]);
                    let last = merge::normals_match(a.normals.last().unwrap(), b.normals.last().unwrap());
                    let first = merge::normals_match(&a.normals[0], &b.normals[0]);
                    if last && first {
                        self.union(fs[x], fs[y]);
                    }
                }
            }
        }
    }

    /// Resolves every candidate to a cluster; single words to the person they name.
    fn attach_single_words(&mut self) {
        let idx = self.person_index();
        // Clusters known to be something other than a person (`Semei` merged with a dateline).
        let mut not_person: std::collections::HashSet<usize, crate::lexicon::FxBuild> = Default::default();
        for f in 0..self.forms.len() {
            if self.kind(f).is_some_and(|k| k != EntityKind::Person) {
                let r = self.find(f);
                not_person.insert(r);
            }
        }
        // The normal form of each single word, worked out once: a name recurs across articles.
        let mut normals: HashMap<&'c str, String> = HashMap::default();
        let cands = self.cands;
        for (ci, c) in cands.iter().enumerate() {
            let single = c.n_words == 1 && c.gazetteer.is_none() && c.acronym_of.is_none();
            let form = self.form_of_cand[ci];
            let may_be_person = form.is_none_or(|f| {
                let k = self.kind(f);
                (k.is_none() || k == Some(EntityKind::Person)) && !not_person.contains(&self.find_ro(f))
            });
            if single && may_be_person && !names::is_acronym(self.found.str(c.display)) {
                let word = self.found.str(c.key).split(' ').next().unwrap_or_default();
                let normal = normals.entry(word).or_insert_with(|| merge::normal(word));
                if let Some(root) = idx.person_for_word(normal, c.article) {
                    self.cluster_of_cand[ci] = Some(root);
                    continue;
                }
            }
            match form {
                Some(f) => self.cluster_of_cand[ci] = Some(self.find(f)),
                None => {
                    // A tentative first word: only a known name.
                    if let Some(&f) = self.form_of_key.get(self.found.str(c.key)) {
                        self.cluster_of_cand[ci] = Some(self.find(f));
                    }
                }
            }
        }
        self.person_idx = Some(idx);
    }

    /// People with a full name, indexed by surname and first name.
    fn person_index(&mut self) -> PersonIndex {
        let mut idx = PersonIndex::default();
        for f in 0..self.forms.len() {
            if self.is_person_name(f) {
                let root = self.find(f);
                let form = &self.forms[f];
                let last = form.normals.last().cloned().unwrap_or_default();
                let first = form.normals[0].clone();
                let v = idx.by_surname.entry(merge::skeleton(&last)).or_default();
                if !v.contains(&(root, last.clone())) {
                    v.push((root, last));
                }
                let v = idx.by_first.entry(merge::skeleton(&first)).or_default();
                if !v.contains(&(root, first.clone())) {
                    v.push((root, first));
                }
            }
        }
        for ci in 0..self.cands.len() {
            if let Some(f) = self.form_of_cand[ci] {
                if self.is_person_name(f) {
                    let root = self.find(f);
                    idx.articles_of.insert((root, self.cands[ci].article));
                }
            }
        }
        idx
    }

    /// Headlines and subheadings: capitalised throughout, so only names known from the running
    /// text count there.
    fn lookup_headlines(&mut self, articles: &[Article], headlines: &[(u32, Span)]) {
        for &(ai, span) in headlines {
            let Some(a) = articles.get(ai as usize) else { continue };
            let toks = names::tokens(&a.text, span);
            let lowers: Vec<String> = toks.iter().map(|t| t.lower().into_owned()).collect();
            let mut i = 0;
            while i < toks.len() {
                if !toks[i].cap || crate::lexicon::is_function(&lowers[i]) {
                    i += 1;
                    continue;
                }
                let mut best: Option<(usize, usize)> = None;
                let mut key = String::new();
                for j in i..toks.len().min(i + 6) {
                    if j > i {
                        if !names::plain_gap(toks[j].gap) {
                            break;
                        }
                        key.push(' ');
                    }
                    key.push_str(&lowers[j]);
                    if let Some(&f) = self.form_of_key.get(&key) {
                        best = Some((j + 1, f));
                    }
                    if toks[j].poss {
                        break;
                    }
                }
                let span = |j: usize| Span::new(toks[i].s, toks[j - 1].e);
                if let Some((j, f)) = best {
                    let root = self.find(f);
                    // A single surname in a headline: the person it names.
                    let root = if j == i + 1 { self.single_word_cluster(&lowers[i], ai).unwrap_or(root) } else { root };
                    self.extra.push((ai, span(j), a.slice(span(j)).to_string(), root));
                    i = j;
                    continue;
                }
                if let Some(root) = self.single_word_cluster(&lowers[i], ai) {
                    self.extra.push((ai, span(i + 1), toks[i].t.to_string(), root));
                }
                i += 1;
            }
        }
    }

    /// The cluster a single headline word resolves to: a person named in the same article.
    fn single_word_cluster(&self, lower: &str, article: u32) -> Option<usize> {
        let normal = merge::normal(lower);
        let idx = self.person_idx.as_ref()?;
        idx.person_for_word(&normal, article).filter(|r| idx.articles_of.contains(&(*r, article)))
    }

    /// Builds the entities, in order of first mention.
    fn entities(mut self) -> Vec<Entity> {
        struct Acc {
            displays: Vec<(String, usize, usize, (u32, u32))>,
            roles: Vec<String>,
            mentions: Vec<Mention>,
            kinds: [usize; 4],
            gazetteer: Option<u32>,
            first: (u32, u32),
        }
        let mut acc: HashMap<usize, Acc> = HashMap::default();
        let add = |acc: &mut HashMap<usize, Acc>,
                   root: usize,
                   article: u32,
                   span: Span,
                   display: &str,
                   words: usize,
                   kind: Option<EntityKind>,
                   roles: &[String],
                   gazetteer: Option<u32>| {
            let e = acc.entry(root).or_insert_with(|| Acc {
                displays: Vec::new(),
                roles: Vec::new(),
                mentions: Vec::new(),
                kinds: [0; 4],
                gazetteer: None,
                first: (article, span.start),
            });
            e.first = e.first.min((article, span.start));
            match e.displays.iter_mut().find(|d| d.0 == display) {
                Some(d) => d.2 += 1,
                None => e.displays.push((display.to_string(), words, 1, (article, span.start))),
            }
            for r in roles {
                if !e.roles.iter().any(|x| x.eq_ignore_ascii_case(r)) {
                    e.roles.push(r.clone());
                }
            }
            if let Some(k) = kind {
                e.kinds[k as usize] += 1;
            }
            e.gazetteer = e.gazetteer.or(gazetteer);
            e.mentions.push(Mention { article, span });
        };
        for ci in 0..self.cands.len() {
            let Some(root) = self.cluster_of_cand[ci] else { continue };
            let root = self.find(root);
            let c = &self.cands[ci];
            let kind = self.form_of_cand[ci].and_then(|f| self.kind(f)).or(match c.hint {
                Hint::Person => Some(EntityKind::Person),
                _ => None,
            });
            add(&mut acc, root, c.article, c.span, self.found.str(c.display), c.n_words, kind, &c.roles, c.gazetteer);
        }
        let extra = core::mem::take(&mut self.extra);
        for (ai, span, display, root) in extra {
            let root = self.find(root);
            let words = display.split_whitespace().count();
            add(&mut acc, root, ai, span, &display, words, None, &[], None);
        }
        let mut out: Vec<(u32, u32, Entity)> = Vec::with_capacity(acc.len());
        for (root, mut e) in acc {
            let gz = e.gazetteer.and_then(gazetteer::entry);
            let kind = match gz {
                Some(g) => g.kind,
                None => {
                    let k = e.kinds;
                    let best = (0..4).max_by_key(|&i| (k[i], i == EntityKind::Person as usize)).unwrap_or(3);
                    if k[best] == 0 {
                        self.kind(root).unwrap_or(EntityKind::Other)
                    } else {
                        [EntityKind::Person, EntityKind::Organization, EntityKind::Place, EntityKind::Other][best]
                    }
                }
            };
            // Canonical: the gazetteer's name, else the fullest, most frequent, earliest spelling.
            // A spelling in capitals (`SEMEY --` datelines) only when there is no other.
            let shouting = |d: &str| d.chars().count() > 4 && !d.chars().any(char::is_lowercase);
            e.displays.sort_by(|a, b| {
                shouting(&a.0).cmp(&shouting(&b.0)).then(b.1.cmp(&a.1)).then(b.2.cmp(&a.2)).then(a.3.cmp(&b.3))
            });
            let name = match gz {
                Some(g) => g.name.to_string(),
                None => e.displays.first().map_or_else(String::new, |d| d.0.clone()),
            };
            let mut aliases: Vec<String> = Vec::new();
            for (d, ..) in &e.displays {
                if d != &name && !aliases.iter().any(|a| a == d) {
                    aliases.push(d.clone());
                }
            }
            e.mentions.sort_by_key(|m| (m.article, m.span.start, m.span.end));
            e.mentions.dedup();
            out.push((e.first.0, e.first.1, Entity { name, kind, aliases, roles: e.roles, mentions: e.mentions }));
        }
        out.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)).then_with(|| a.2.name.cmp(&b.2.name)));
        // Clusters that share a canonical name (a gazetteer entry reached two ways) are one.
        let mut merged: Vec<Entity> = Vec::with_capacity(out.len());
        let mut by_name: HashMap<(String, EntityKind), usize> = HashMap::default();
        for (_, _, e) in out {
            match by_name.get(&(e.name.clone(), e.kind)) {
                Some(&i) => {
                    let m = &mut merged[i];
                    for a in e.aliases {
                        if !m.aliases.contains(&a) {
                            m.aliases.push(a);
                        }
                    }
                    for r in e.roles {
                        if !m.roles.contains(&r) {
                            m.roles.push(r);
                        }
                    }
                    m.mentions.extend(e.mentions);
                    m.mentions.sort_by_key(|x| (x.article, x.span.start, x.span.end));
                    m.mentions.dedup();
                }
                None => {
                    by_name.insert((e.name.clone(), e.kind), merged.len());
                    merged.push(e);
                }
            }
        }
        merged
    }
}

/// For each article, its entity mentions sorted by position: `(span, entity index)`.
pub fn mentions_by_article(entities: &[Entity], articles: usize) -> Vec<Vec<(Span, u32)>> {
    // Counted first, so each article's list is allocated once at its size.
    let mut counts = vec![0usize; articles];
    for m in entities.iter().flat_map(|e| &e.mentions) {
        if let Some(c) = counts.get_mut(m.article as usize) {
            *c += 1;
        }
    }
    let mut out: Vec<Vec<(Span, u32)>> = counts.into_iter().map(Vec::with_capacity).collect();
    for (ei, e) in entities.iter().enumerate() {
        for m in &e.mentions {
            if let Some(v) = out.get_mut(m.article as usize) {
                v.push((m.span, ei as u32));
            }
        }
    }
    for v in &mut out {
        // (Equal keys are equal elements: an unstable sort gives the same order.)
        v.sort_unstable_by_key(|(s, e)| (s.start, s.end, *e));
    }
    out
}
