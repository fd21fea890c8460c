//! A small general gazetteer: countries (with their other names, demonyms and capitals), major
//! cities, world regions and common international organisations.
//!
//! General knowledge only, the kind any news reader has; nothing here is taken from a particular
//! article. Lookups are by folded, lower-case name ([`crate::text::fold`]).

use crate::lexicon::{FxMap as HashMap, Shapes};
use std::sync::OnceLock;

use crate::model::EntityKind;

/// One gazetteer entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Canonical name.
    pub name: &'static str,
    /// Place or organisation.
    pub kind: EntityKind,
    /// For a city: the country it is in (its index in the entry table).
    pub country: Option<u32>,
}

/// `(name, other names, demonyms, capital)`. Demonyms list the adjective first; plurals of
/// the people (`Russians`, `Kazakhs`) are derived.
const COUNTRIES: &[(&str, &[&str], &[&str], &str)] = &[
    ("Afghanistan", &[], &["Afghan"], "Kabul"),
    ("Albania", &[], &["Albanian"], "Tirana"),
    ("Algeria", &[], &["Algerian"], "Algiers"),
    ("Andorra", &[], &["Andorran"], "Andorra la Vella"),
    ("Angola", &[], &["Angolan"], "Luanda"),
    ("Argentina", &[], &["Argentine", "Argentinian"], "Buenos Aires"),
    ("Armenia", &[], &["Armenian"], "Yerevan"),
    ("Australia", &[], &["Australian"], "Canberra"),
    ("Austria", &[], &["Austrian"], "Vienna"),
    ("Azerbaijan", &[], &["Azerbaijani", "Azeri"], "Baku"),
    ("Bahrain", &[], &["Bahraini"], "Manama"),
    ("Bangladesh", &[], &["Bangladeshi"], "Dhaka"),
    ("Belarus", &["Byelorussia", "Belorussia"], &["Belarusian", "Belarussian", "Byelorussian"], "Minsk"),
    ("Belgium", &[], &["Belgian"], "Brussels"),
    ("Bolivia", &[], &["Bolivian"], "La Paz"),
    ("Bosnia and Herzegovina", &["Bosnia"], &["Bosnian"], "Sarajevo"),
    ("Brazil", &[], &["Brazilian"], "Brasilia"),
    ("Bulgaria", &[], &["Bulgarian"], "Sofia"),
    ("Cambodia", &[], &["Cambodian"], "Phnom Penh"),
    ("Cameroon", &[], &["Cameroonian"], "Yaounde"),
    ("Canada", &[], &["Canadian"], "Ottawa"),
    ("Chile", &[], &["Chilean"], "Santiago"),
    ("China", &["People's Republic of China", "PRC"], &["Chinese"], "Beijing"),
    ("Colombia", &[], &["Colombian"], "Bogota"),
    ("Croatia", &[], &["Croatian", "Croat"], "Zagreb"),
    ("Cuba", &[], &["Cuban"], "Havana"),
    ("Cyprus", &[], &["Cypriot"], "Nicosia"),
    ("Czech Republic", &["Czechia"], &["Czech"], "Prague"),
    ("Denmark", &[], &["Danish", "Dane"], "Copenhagen"),
    ("Ecuador", &[], &["Ecuadorian"], "Quito"),
    ("Egypt", &[], &["Egyptian"], "Cairo"),
    ("Estonia", &[], &["Estonian"], "Tallinn"),
    ("Ethiopia", &[], &["Ethiopian"], "Addis Ababa"),
    ("Finland", &[], &["Finnish", "Finn"], "Helsinki"),
    ("France", &[], &["French"], "Paris"),
    ("Georgia", &[], &["Georgian"], "Tbilisi"),
    ("Germany", &[], &["German"], "Berlin"),
    ("Ghana", &[], &["Ghanaian"], "Accra"),
    ("Greece", &[], &["Greek"], "Athens"),
    ("Hungary", &[], &["Hungarian"], "Budapest"),
    ("Iceland", &[], &["Icelandic", "Icelander"], "Reykjavik"),
    ("India", &[], &["Indian"], "New Delhi"),
    ("Indonesia", &[], &["Indonesian"], "Jakarta"),
    ("Iran", &[], &["Iranian"], "Tehran"),
    ("Iraq", &[], &["Iraqi"], "Baghdad"),
    ("Ireland", &[], &["Irish"], "Dublin"),
    ("Israel", &[], &["Israeli"], "Jerusalem"),
    ("Italy", &[], &["Italian"], "Rome"),
    ("Japan", &[], &["Japanese"], "Tokyo"),
    ("Jordan", &[], &["Jordanian"], "Amman"),
    ("Kazakhstan", &["Qazaqstan"], &["Kazakh", "Kazakhstani", "Kazak"], "Astana"),
    ("Kenya", &[], &["Kenyan"], "Nairobi"),
    ("Kosovo", &[], &["Kosovar"], "Pristina"),
    ("Kuwait", &[], &["Kuwaiti"], "Kuwait City"),
    ("Kyrgyzstan", &["Kyrgyz Republic", "Kirghizia"], &["Kyrgyz", "Kirghiz"], "Bishkek"),
    ("Laos", &[], &["Lao", "Laotian"], "Vientiane"),
    ("Latvia", &[], &["Latvian"], "Riga"),
    ("Lebanon", &[], &["Lebanese"], "Beirut"),
    ("Libya", &[], &["Libyan"], "Tripoli"),
    ("Lithuania", &[], &["Lithuanian"], "Vilnius"),
    ("Luxembourg", &[], &["Luxembourgish"], "Luxembourg"),
    ("Malaysia", &[], &["Malaysian"], "Kuala Lumpur"),
    ("Mexico", &[], &["Mexican"], "Mexico City"),
    ("Moldova", &[], &["Moldovan"], "Chisinau"),
    ("Mongolia", &[], &["Mongolian"], "Ulaanbaatar"),
    ("Montenegro", &[], &["Montenegrin"], "Podgorica"),
    ("Morocco", &[], &["Moroccan"], "Rabat"),
    ("Myanmar", &["Burma"], &["Burmese"], "Naypyidaw"),
    ("Nepal", &[], &["Nepali", "Nepalese"], "Kathmandu"),
    ("Netherlands", &["Holland"], &["Dutch"], "Amsterdam"),
    ("New Zealand", &[], &["New Zealander"], "Wellington"),
    ("Nigeria", &[], &["Nigerian"], "Abuja"),
    ("North Korea", &["DPRK"], &["North Korean"], "Pyongyang"),
    ("North Macedonia", &["Macedonia"], &["Macedonian"], "Skopje"),
    ("Norway", &[], &["Norwegian"], "Oslo"),
    ("Oman", &[], &["Omani"], "Muscat"),
    ("Pakistan", &[], &["Pakistani"], "Islamabad"),
    ("Palestine", &[], &["Palestinian"], "Ramallah"),
    ("Peru", &[], &["Peruvian"], "Lima"),
    ("Philippines", &[], &["Philippine", "Filipino"], "Manila"),
    ("Poland", &[], &["Polish", "Pole"], "Warsaw"),
    ("Portugal", &[], &["Portuguese"], "Lisbon"),
    ("Qatar", &[], &["Qatari"], "Doha"),
    ("Romania", &[], &["Romanian"], "Bucharest"),
    ("Russia", &["Russian Federation"], &["Russian"], "Moscow"),
    ("Saudi Arabia", &[], &["Saudi"], "Riyadh"),
    ("Serbia", &[], &["Serbian", "Serb"], "Belgrade"),
    ("Singapore", &[], &["Singaporean"], "Singapore"),
    ("Slovakia", &[], &["Slovak"], "Bratislava"),
    ("Slovenia", &[], &["Slovenian", "Slovene"], "Ljubljana"),
    ("Somalia", &[], &["Somali"], "Mogadishu"),
    ("South Africa", &[], &["South African"], "Pretoria"),
    ("South Korea", &["Republic of Korea", "Korea"], &["South Korean", "Korean"], "Seoul"),
    ("Spain", &[], &["Spanish", "Spaniard"], "Madrid"),
    ("Sri Lanka", &[], &["Sri Lankan"], "Colombo"),
    ("Sudan", &[], &["Sudanese"], "Khartoum"),
    ("Sweden", &[], &["Swedish", "Swede"], "Stockholm"),
    ("Switzerland", &[], &["Swiss"], "Bern"),
    ("Syria", &[], &["Syrian"], "Damascus"),
    ("Taiwan", &[], &["Taiwanese"], "Taipei"),
    ("Tajikistan", &[], &["Tajik", "Tadjik"], "Dushanbe"),
    ("Thailand", &[], &["Thai"], "Bangkok"),
    ("Tunisia", &[], &["Tunisian"], "Tunis"),
    ("Turkey", &["Turkiye", "Türkiye"], &["Turkish", "Turk"], "Ankara"),
    ("Turkmenistan", &[], &["Turkmen"], "Ashgabat"),
    ("Ukraine", &[], &["Ukrainian"], "Kyiv"),
    ("United Arab Emirates", &["UAE", "Emirates"], &["Emirati"], "Abu Dhabi"),
    ("United Kingdom", &["UK", "U.K.", "Britain", "Great Britain"], &["British", "Briton"], "London"),
    (
        "United States",
        &["US", "U.S.", "USA", "U.S.A.", "United States of America", "America", "the States"],
        &["American"],
        "Washington",
    ),
    ("Uruguay", &[], &["Uruguayan"], "Montevideo"),
    ("Uzbekistan", &["Ozbekiston"], &["Uzbek", "Uzbekistani"], "Tashkent"),
    ("Venezuela", &[], &["Venezuelan"], "Caracas"),
    ("Vietnam", &["Viet Nam"], &["Vietnamese"], "Hanoi"),
    ("Yemen", &[], &["Yemeni"], "Sanaa"),
    ("Zimbabwe", &[], &["Zimbabwean"], "Harare"),
];

/// Major cities that are not capitals: `(name, other names, country)`.
const CITIES: &[(&str, &[&str], &str)] = &[
    ("Almaty", &["Alma-Ata", "Alma Ata"], "Kazakhstan"),
    ("Astana", &["Nur-Sultan", "Akmola"], "Kazakhstan"),
    ("Shymkent", &["Chimkent"], "Kazakhstan"),
    ("Karaganda", &["Karagandy"], "Kazakhstan"),
    ("Aktau", &[], "Kazakhstan"),
    ("Zhanaozen", &["Janaozen"], "Kazakhstan"),
    ("Samarkand", &["Samarqand"], "Uzbekistan"),
    ("Bukhara", &["Buxoro"], "Uzbekistan"),
    ("Andijan", &["Andijon"], "Uzbekistan"),
    ("Fergana", &["Ferghana", "Farg'ona"], "Uzbekistan"),
    ("Nukus", &[], "Uzbekistan"),
    ("Osh", &[], "Kyrgyzstan"),
    ("Khujand", &[], "Tajikistan"),
    ("Saint Petersburg", &["St. Petersburg", "St Petersburg", "Petersburg"], "Russia"),
    ("Novosibirsk", &[], "Russia"),
    ("Yekaterinburg", &["Ekaterinburg"], "Russia"),
    ("Kazan", &[], "Russia"),
    ("Vladivostok", &[], "Russia"),
    ("Kharkiv", &["Kharkov"], "Ukraine"),
    ("Odesa", &["Odessa"], "Ukraine"),
    ("Lviv", &["Lvov"], "Ukraine"),
    ("New York", &["New York City", "NYC"], "United States"),
    ("Los Angeles", &[], "United States"),
    ("Chicago", &[], "United States"),
    ("San Francisco", &[], "United States"),
    ("Boston", &[], "United States"),
    ("Houston", &[], "United States"),
    ("Miami", &[], "United States"),
    ("Seattle", &[], "United States"),
    ("Geneva", &[], "Switzerland"),
    ("Zurich", &[], "Switzerland"),
    ("Istanbul", &[], "Turkey"),
    ("Munich", &[], "Germany"),
    ("Hamburg", &[], "Germany"),
    ("Frankfurt", &[], "Germany"),
    ("Milan", &[], "Italy"),
    ("Barcelona", &[], "Spain"),
    ("Manchester", &[], "United Kingdom"),
    ("Shanghai", &[], "China"),
    ("Hong Kong", &[], "China"),
    ("Mumbai", &["Bombay"], "India"),
    ("Dubai", &[], "United Arab Emirates"),
    ("Sydney", &[], "Australia"),
    ("Toronto", &[], "Canada"),
    ("Sao Paulo", &[], "Brazil"),
    ("Rio de Janeiro", &[], "Brazil"),
    ("Karachi", &[], "Pakistan"),
    ("Lagos", &[], "Nigeria"),
    ("Alexandria", &[], "Egypt"),
    ("Mosul", &[], "Iraq"),
    ("Aleppo", &[], "Syria"),
    ("Tel Aviv", &[], "Israel"),
    ("Gaza", &[], "Palestine"),
    ("Brest", &[], "Belarus"),
    ("Gomel", &["Homel"], "Belarus"),
];

/// World regions and historic states: `(name, other names, demonyms)`.
const REGIONS: &[(&str, &[&str], &[&str])] = &[
    ("Central Asia", &[], &["Central Asian"]),
    ("Middle East", &[], &["Middle Eastern"]),
    ("Europe", &[], &["European"]),
    ("Asia", &[], &["Asian"]),
    ("Africa", &[], &["African"]),
    ("Latin America", &[], &["Latin American"]),
    ("South America", &[], &["South American"]),
    ("North America", &[], &["North American"]),
    ("Caucasus", &["South Caucasus", "North Caucasus"], &["Caucasian"]),
    ("Eurasia", &[], &["Eurasian"]),
    ("Balkans", &[], &["Balkan"]),
    ("Scandinavia", &[], &["Scandinavian"]),
    ("Siberia", &[], &["Siberian"]),
    ("Crimea", &[], &["Crimean"]),
    ("Donbas", &["Donbass"], &[]),
    ("Karakalpakstan", &[], &["Karakalpak"]),
    ("Xinjiang", &[], &[]),
    ("Tibet", &[], &["Tibetan"]),
    ("Kashmir", &[], &["Kashmiri"]),
    ("Soviet Union", &["USSR", "U.S.S.R."], &["Soviet"]),
    ("Arctic", &[], &[]),
    ("Baltic", &["Baltics"], &[]),
];

/// International organisations and well-known bodies: `(name, other names)`.
const ORGS: &[(&str, &[&str])] = &[
    ("United Nations", &["UN", "U.N."]),
    ("UN Security Council", &["United Nations Security Council", "Security Council", "UNSC"]),
    ("North Atlantic Treaty Organization", &["NATO", "North Atlantic Treaty Organisation"]),
    ("European Union", &["EU", "E.U."]),
    ("Collective Security Treaty Organization", &["CSTO", "Collective Security Treaty Organisation"]),
    ("Commonwealth of Independent States", &["CIS"]),
    ("Shanghai Cooperation Organisation", &["SCO", "Shanghai Cooperation Organization"]),
    ("Eurasian Economic Union", &["EAEU", "EEU"]),
    ("Organization for Security and Co-operation in Europe", &["OSCE"]),
    ("International Monetary Fund", &["IMF", "I.M.F."]),
    ("World Bank", &[]),
    ("World Health Organization", &["WHO", "World Health Organisation"]),
    ("World Trade Organization", &["WTO", "World Trade Organisation"]),
    ("International Committee of the Red Cross", &["ICRC", "Red Cross"]),
    ("Amnesty International", &[]),
    ("Human Rights Watch", &["HRW"]),
    ("European Commission", &[]),
    ("European Parliament", &[]),
    ("Council of Europe", &[]),
    ("African Union", &["AU"]),
    ("Association of Southeast Asian Nations", &["ASEAN"]),
    ("Organization of the Petroleum Exporting Countries", &["OPEC"]),
    ("Group of Seven", &["G7", "G-7"]),
    ("Group of Twenty", &["G20", "G-20"]),
    ("White House", &[]),
    ("Kremlin", &[]),
    ("Pentagon", &[]),
    ("State Department", &["US State Department", "Department of State"]),
    ("Federal Bureau of Investigation", &["FBI"]),
    ("Central Intelligence Agency", &["CIA"]),
    ("Federal Security Service", &["FSB"]),
    ("International Criminal Court", &["ICC"]),
    ("International Atomic Energy Agency", &["IAEA"]),
    ("Interfax", &[]),
    ("Reuters", &[]),
    ("Associated Press", &["AP"]),
    ("Agence France-Presse", &["AFP"]),
    ("RIA Novosti", &["RIA"]),
    ("TASS", &["ITAR-TASS"]),
    ("BBC", &["British Broadcasting Corporation"]),
    ("Radio Free Europe/Radio Liberty", &["RFE/RL"]),
    ("Taliban", &[]),
    ("Islamic State", &["ISIS", "ISIL", "Daesh"]),
    ("Al-Qaeda", &["Al Qaeda", "al-Qaida"]),
    ("Facebook", &[]),
    ("Telegram", &[]),
    ("Twitter", &[]),
];

struct Tables {
    entries: Vec<Entry>,
    /// Folded name or other name → entry.
    by_name: HashMap<String, u32>,
    /// Folded demonym (adjective or plural noun) → country or region entry.
    by_demonym: HashMap<String, u32>,
    /// First words of the names of more than one word (`united`, `new`, `central`).
    multi_starts: HashMap<String, ()>,
    /// Shapes of the keys of `by_name`, `by_demonym` and `multi_starts`: most words asked about
    /// are not there, and are answered without hashing.
    name_shapes: Shapes,
    demonym_shapes: Shapes,
    multi_shapes: Shapes,
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(build)
}

fn build() -> Tables {
    let mut t = Tables {
        entries: Vec::new(),
        by_name: HashMap::default(),
        by_demonym: HashMap::default(),
        multi_starts: HashMap::default(),
        name_shapes: Shapes::of([]),
        demonym_shapes: Shapes::of([]),
        multi_shapes: Shapes::of([]),
    };
    let add = |t: &mut Tables, name: &'static str, kind: EntityKind, country: Option<u32>, others: &[&str]| {
        let i = t.entries.len() as u32;
        t.entries.push(Entry { name, kind, country });
        for n in core::iter::once(&name).chain(others) {
            t.by_name.entry(key(n)).or_insert(i);
        }
        i
    };
    let mut country_index = HashMap::default();
    for &(name, others, demonyms, capital) in COUNTRIES {
        let i = add(&mut t, name, EntityKind::Place, None, others);
        country_index.insert(name, i);
        for d in demonyms {
            add_demonym(&mut t, d, i);
        }
        if !t.by_name.contains_key(&key(capital)) {
            add(&mut t, capital, EntityKind::Place, Some(i), &[]);
        }
    }
    for &(name, others, country) in CITIES {
        let c = country_index.get(country).copied();
        if let Some(&existing) = t.by_name.get(&key(name)) {
            // A capital already listed: only add the other names.
            for n in others {
                t.by_name.entry(key(n)).or_insert(existing);
            }
        } else {
            add(&mut t, name, EntityKind::Place, c, others);
        }
    }
    for &(name, others, demonyms) in REGIONS {
        let i = add(&mut t, name, EntityKind::Place, None, others);
        for d in demonyms {
            add_demonym(&mut t, d, i);
        }
    }
    for &(name, others) in ORGS {
        add(&mut t, name, EntityKind::Organization, None, others);
    }
    let firsts: Vec<String> = t.by_name.keys().filter_map(|k| k.split_once(' ').map(|(f, _)| f.to_string())).collect();
    for f in firsts {
        t.multi_starts.insert(f, ());
    }
    t.name_shapes = Shapes::of(t.by_name.keys().map(String::as_str));
    t.demonym_shapes = Shapes::of(t.by_demonym.keys().map(String::as_str));
    t.multi_shapes = Shapes::of(t.multi_starts.keys().map(String::as_str));
    t
}

/// True when some name of more than one word starts with `first` (folded): only then is it
/// worth trying longer names from there.
pub fn starts_multiword(first: &str) -> bool {
    let k = first.strip_prefix("the ").unwrap_or(first);
    let t = tables();
    k == "the" || t.multi_shapes.may_contain(k) && t.multi_starts.contains_key(k)
}

fn add_demonym(t: &mut Tables, d: &str, i: u32) {
    let k = key(d);
    t.by_demonym.entry(k.clone()).or_insert(i);
    // The people: Russians, Kazakhs, Uzbeks (not for -ese, -ish, -ch, -s adjectives).
    if !(k.ends_with("ese") || k.ends_with("ish") || k.ends_with("ch") || k.ends_with('s') || k.ends_with("ss")) {
        t.by_demonym.entry(format!("{k}s")).or_insert(i);
    }
}

/// The lookup key of a name: folded, lower case, inner spaces single.
pub fn key(name: &str) -> String {
    let folded = crate::text::fold(name);
    let mut out = String::with_capacity(folded.len());
    for part in folded.split(|c: char| crate::text::is_space(c)).filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(part);
    }
    out
}

/// The entry named `key` (see [`key`]), with its index.
pub fn lookup(key: &str) -> Option<(u32, Entry)> {
    let t = tables();
    let k = key.strip_prefix("the ").unwrap_or(key);
    if !t.name_shapes.may_contain(k) {
        return None;
    }
    let i = *t.by_name.get(k)?;
    Some((i, t.entries[i as usize]))
}

/// The country or region a demonym (`belarusian`, `russians`) belongs to.
pub fn demonym(key: &str) -> Option<(u32, Entry)> {
    let t = tables();
    if !t.demonym_shapes.may_contain(key) {
        return None;
    }
    let i = *t.by_demonym.get(key)?;
    Some((i, t.entries[i as usize]))
}

/// The entry at `index`.
pub fn entry(index: u32) -> Option<Entry> {
    tables().entries.get(index as usize).copied()
}

/// True when the word (folded) is a demonym or made of demonyms (`uzbek-kazakh`).
pub fn is_demonym_word(key: &str) -> bool {
    demonym(key).is_some() || (key.contains('-') && key.split('-').all(|p| !p.is_empty() && demonym(p).is_some()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_demonyms_and_capitals() {
        assert_eq!(lookup("alma-ata").unwrap().1.name, "Almaty");
        assert_eq!(lookup("the united states").unwrap().1.name, "United States");
        assert_eq!(lookup("u.s.").unwrap().1.name, "United States");
        assert_eq!(lookup("russian federation").unwrap().1.name, "Russia");
        assert_eq!(demonym("belarusian").unwrap().1.name, "Belarus");
        assert_eq!(demonym("russians").unwrap().1.name, "Russia");
        assert_eq!(demonym("kazakhs").unwrap().1.name, "Kazakhstan");
        assert!(demonym("chineses").is_none());
        let tashkent = lookup("tashkent").unwrap().1;
        assert_eq!(entry(tashkent.country.unwrap()).unwrap().name, "Uzbekistan");
        assert_eq!(lookup("csto").unwrap().1.kind, EntityKind::Organization);
        assert!(is_demonym_word("uzbek-kazakh"));
    }
}
