//! "I am near Gion": search over every station, municipality and 町丁目 neighbourhood in
//! Japan, as a visitor types: English or romaji (long vowels, hyphens and spaces folded:
//! `Kyōto`, `kyouto`, `Shin-Osaka`, `shinosaka`), kana, kanji, Chinese and Korean where the
//! Tokyo set has them; any word inside a name (`Kawaramachi` finds 京都河原町); one or
//! two typos in longer names.
//!
//! Every place becomes a few folded keys in one sorted list held in memory (kanji as
//! written, and the romaji of its reading, plus the later words of station and municipality
//! names); a query is folded the same way and answered by binary search over the keys that
//! start with it. Answers are ranked by a score: how the key matched (exact, prefix, a
//! later word, a typo), then how major the place is (lines at a station, stations within
//! 1 km, city before town before village), then how many other answers lie within 1 km
//! (a name that an area shares is that area's name: 祇園 in Kyoto has a station and two
//! neighbourhoods). Neighbourhood details are read from the dataset only for the answers.

use crate::dataset::Dataset;
use crate::error::Result;
use crate::readings::Reading;
use serde::{Deserialize, Serialize};
use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, HashMap};
use unicode_normalization::UnicodeNormalization;
use wana_kana::ConvertJapanese;

/// A prefecture as shown beside a place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prefecture {
    /// JIS code 1..=47.
    pub code: u8,
    /// Japanese name (`京都府`).
    pub ja: String,
    /// English name (`Kyoto`).
    pub en: String,
}

impl Prefecture {
    /// The prefecture of `code`, if it is one.
    pub fn of(code: u8) -> Option<Prefecture> {
        Some(Prefecture {
            code,
            ja: crate::prefectures::name_ja(code)?.to_string(),
            en: crate::prefectures::name_en(code)?.to_string(),
        })
    }
}

/// A station or other named place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// Stable id: the N02 transfer-group code for a station, `m` + the JIS code (or
    /// `m#` + row) for a municipality, `n` + row for a neighbourhood.
    pub id: String,
    /// `station`, `municipality` or `neighbourhood`.
    pub kind: String,
    /// Japanese name.
    pub name_ja: String,
    /// English name, where known (the Tokyo set, or `data/readings/english-names.tsv`).
    pub name_en: Option<String>,
    /// Names by language tag (`en`, `ko`, `zh-Hans`, `zh-Hant`, `fr`).
    pub names: BTreeMap<String, String>,
    /// The name's reading in hiragana.
    #[serde(default)]
    pub reading: Option<String>,
    /// The reading in Hepburn romaji (`Kyōto Kawaramachi`).
    #[serde(default)]
    pub romaji: Option<String>,
    /// The prefecture it lies in.
    #[serde(default)]
    pub prefecture: Option<Prefecture>,
    /// For a neighbourhood: its municipality (Japanese name, and romaji).
    #[serde(default)]
    pub municipality: Option<String>,
    /// The municipality's name in romaji.
    #[serde(default)]
    pub municipality_romaji: Option<String>,
    /// Latitude, degrees.
    pub lat: f64,
    /// Longitude, degrees.
    pub lon: f64,
    /// Whether the point only stands for an area (a municipality: one of its neighbourhood
    /// centres, see the builder), not the place itself.
    #[serde(default)]
    pub approximate: bool,
    /// Lines serving it (`operator line`), for a station.
    pub lines: Vec<String>,
    /// The same lines named for visitors, by language (`en` always: English or romaji;
    /// `ko`, `zh-Hans`, `zh-Hant`, `fr` where the Tokyo set has them).
    #[serde(default)]
    pub line_names: Vec<BTreeMap<String, String>>,
}

/// Katakana to hiragana, NFKC, lower case, without spaces and punctuation.
fn base(text: &str) -> String {
    let fold = |c: char| match c {
        'ァ'..='ヶ' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
        _ => c,
    };
    // Most names are already NFKC: skip the normaliser for them (index build time).
    if unicode_normalization::is_nfkc_quick(text.chars()) == unicode_normalization::IsNormalized::Yes {
        text.chars().flat_map(char::to_lowercase).map(fold).filter(|c| c.is_alphanumeric()).collect()
    } else {
        text.nfkc().flat_map(char::to_lowercase).map(fold).filter(|c| c.is_alphanumeric()).collect()
    }
}

/// Romaji folded so that the ways visitors spell it compare equal: macrons dropped, long
/// vowels written ou / oo / oh / uu read as one, hyphens, apostrophes and spaces removed,
/// `m` before b, p, m read as `n` (Shimbashi = Shinbashi), `cch` as `tch`.
pub fn romaji_key(text: &str) -> String {
    let mut plain: Vec<u8> = Vec::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                plain.push(c.to_ascii_lowercase() as u8);
            }
            continue;
        }
        let vowel = match c {
            'ā' | 'Ā' | 'â' | 'Â' => Some(b'a'),
            'ī' | 'Ī' | 'î' | 'Î' => Some(b'i'),
            'ū' | 'Ū' | 'û' | 'Û' => Some(b'u'),
            'ē' | 'Ē' | 'ê' | 'Ê' => Some(b'e'),
            'ō' | 'Ō' | 'ô' | 'Ô' => Some(b'o'),
            _ => None,
        };
        match vowel {
            Some(v) => plain.push(v),
            None => plain.extend(c.nfkd().filter(|d| d.is_ascii_alphanumeric()).map(|d| d.to_ascii_lowercase() as u8)),
        }
    }
    let mut out: Vec<u8> = Vec::with_capacity(plain.len());
    for (i, &c) in plain.iter().enumerate() {
        let prev = out.last().copied();
        let next = plain.get(i + 1).copied();
        match c {
            // Long vowels: ou, oo, uu.
            b'u' if matches!(prev, Some(b'o' | b'u')) => {}
            b'o' if prev == Some(b'o') => {}
            // "oh" before a consonant is a long o (Ohtemachi), not o + h-syllable (Ohashi).
            b'h' if prev == Some(b'o') && next.is_some_and(|n| !b"aeiouy".contains(&n)) => {}
            // Shimbashi, Temma: the syllabic n written m.
            b'm' if matches!(next, Some(b'b' | b'p' | b'm')) => out.push(b'n'),
            // Kocchi -> kotchi.
            b'c' if next == Some(b'c') => out.push(b't'),
            _ => out.push(c),
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

fn strip_suffix(q: &str) -> String {
    let lower = q.to_lowercase();
    for suffix in ["駅", "えき", " station", " sta.", " sta", "station", "역", "站"] {
        if let Some(rest) = lower.strip_suffix(suffix).filter(|r| !r.trim().is_empty()) {
            return rest.trim_end().to_string();
        }
    }
    lower
}

fn is_latin(q: &str) -> bool {
    q.nfkd().filter(|c| !('\u{300}'..='\u{36f}').contains(c)).all(|c| c.is_ascii())
}

fn is_kana(q: &str) -> bool {
    q.chars().all(|c| matches!(c, 'ぁ'..='ゖ' | 'ァ'..='ヺ' | 'ー' | ' ' | '　'))
}

/// Kind suffixes of municipality readings (市 し, 区 く, 郡 ぐん, 町 ちょう/まち, 村 むら/そん).
const KIND_WORDS: [&str; 7] = ["し", "く", "ぐん", "ちょう", "まち", "むら", "そん"];

/// How a key matched a query; the order is the ranking's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Match {
    Typo,
    WordPrefix,
    WordExact,
    Prefix,
    Exact,
    QualifiedExact,
}

impl Match {
    fn points(self) -> i32 {
        match self {
            Match::QualifiedExact => 110,
            Match::Exact => 100,
            Match::Prefix => 90,
            Match::WordExact => 85,
            Match::WordPrefix => 75,
            Match::Typo => 50,
        }
    }
}

/// Points for a city whose name is the query.
const CITY_NAMED: i32 = 40;

const STATION: u8 = 1;
const MUNICIPALITY: u8 = 2;
const NEIGHBOURHOOD: u8 = 3;

/// What ranking needs of a place, kept for all 290,000 in 16 bytes each.
#[derive(Debug, Clone, Copy)]
struct Entry {
    lat: f32,
    lon: f32,
    /// Index into `shown` for stations and municipalities; the rowid for neighbourhoods.
    slot: u32,
    kind: u8,
    /// How major it is, 0..=120.
    importance: u8,
    /// Stations within 1 km, as points ([`density`]).
    density: u8,
    /// Length of the Japanese name, for ties.
    name_len: u8,
    /// A city (市): its name typed in full is the city a visitor means.
    city: bool,
}

#[derive(Debug, Clone, Copy)]
struct KeyRef {
    start: u32,
    len: u16,
    word: bool,
    /// The name without its prefecture (see `Builder::qualified`).
    qualified: bool,
    entry: u32,
}

/// The searchable place list.
pub struct PlaceIndex {
    entries: Vec<Entry>,
    arena: String,
    keys: Vec<KeyRef>,
    /// Whole-name romaji keys of stations and municipalities (key, entry), for typos.
    typo_keys: Vec<(String, u32)>,
    /// Stations and municipalities, ready to show.
    shown: Vec<Place>,
}

/// A station or municipality as the index reads it: the place shown, its reading words
/// (hiragana separated by spaces) and how many stations lie within 1 km.
#[derive(Debug, Clone)]
pub struct IndexedPlace {
    /// The place as answers show it.
    pub place: Place,
    /// Reading words.
    pub words: Option<String>,
    /// Stations within 1 km.
    pub weight: u8,
}

/// A neighbourhood as the index reads it.
#[derive(Debug, Clone)]
pub struct NeighbourhoodRow {
    /// Rowid in `neighbourhoods`.
    pub rowid: i64,
    /// Japanese name.
    pub name_ja: String,
    /// Reading words (hiragana separated by spaces).
    pub reading: Option<String>,
    /// Stations within 1 km.
    pub weight: u8,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
}

struct Builder {
    entries: Vec<Entry>,
    arena: String,
    keys: Vec<KeyRef>,
    typo_keys: Vec<(String, u32)>,
}

impl Builder {
    fn key(&mut self, key: &str, word: bool) {
        if key.is_empty() || key.len() > u16::MAX as usize {
            return;
        }
        let entry = self.entries.len() as u32 - 1;
        self.keys.push(KeyRef { start: self.arena.len() as u32, len: key.len() as u16, word, qualified: false, entry });
        self.arena.push_str(key);
    }

    fn entry(&mut self, lat: f64, lon: f64, slot: u32, kind: u8, importance: u8, weight: u8, name: &str) {
        self.entries.push(Entry {
            density: density(weight),
            lat: lat as f32,
            lon: lon as f32,
            slot,
            kind,
            importance,
            name_len: name.chars().count().min(255) as u8,
            city: kind == MUNICIPALITY && name.ends_with('市'),
        });
    }

    /// Keys of a Japanese name and its reading words; `words_too` adds the later words
    /// (stations and municipalities) and the name without its kind suffix (municipalities).
    fn japanese(&mut self, name: &str, reading: Option<&str>, words_too: bool, municipality: bool, typo: bool) {
        let b = base(&strip_suffix(name));
        self.key(&b, false);
        let words: Vec<&str> = reading.map(|r| r.split_whitespace().collect()).unwrap_or_default();
        let full = romaji_key(&crate::romaji::hepburn(&words.concat()));
        self.key(&full, false);
        if typo && full.len() >= 4 {
            self.typo_keys.push((full.clone(), self.entries.len() as u32 - 1));
        }
        if !words_too {
            return;
        }
        let chars: Vec<char> = b.chars().collect();
        for i in 1..chars.len().saturating_sub(1) {
            self.key(&chars[i..].iter().collect::<String>(), true);
        }
        for i in 1..words.len() {
            if !KIND_WORDS.contains(&words[i]) {
                self.key(&romaji_key(&crate::romaji::hepburn(&words[i..].concat())), true);
            }
        }
        if municipality {
            // 奈良市 is "Nara" exactly; 京都市東山区 "Higashiyama" (a word, above).
            if let Some(stem) = b.strip_suffix(['市', '区', '町', '村']).filter(|s| s.chars().count() >= 2) {
                self.key(stem, false);
            }
            if words.len() >= 2 && KIND_WORDS.contains(&words[words.len() - 1]) {
                let stem = romaji_key(&crate::romaji::hepburn(&words[..words.len() - 1].concat()));
                if typo && stem.len() >= 4 {
                    self.typo_keys.push((stem.clone(), self.entries.len() as u32 - 1));
                }
                self.key(&stem, false);
            }
        }
    }

    /// Keys of a name in another language (`en`, `fr`: romaji folded; others as written).
    /// A Latin name's parts in brackets or quotes are names too (`Osakajokoen (Osaka
    /// Castle Park)`, `Meiji-jingumae 'Harajuku'`), and its later words are word keys.
    fn foreign(&mut self, lang: &str, name: &str, typo: bool) {
        if !(lang == "en" || lang == "fr" || is_latin(name)) {
            self.key(&base(&strip_suffix(name)), false);
            return;
        }
        let mut parts: Vec<String> = vec![name.to_string()];
        parts.extend(name.split(['(', ')', '\'', '"', '“', '”', '‘', '’']).map(|p| p.trim().to_string()));
        for part in parts.iter().filter(|p| !p.is_empty()) {
            let k = romaji_key(&strip_suffix(part));
            if typo && k.len() >= 4 {
                self.typo_keys.push((k.clone(), self.entries.len() as u32 - 1));
            }
            self.key(&k, false);
            let words: Vec<&str> = part.split([' ', '-', '/', '·']).filter(|w| !w.is_empty()).collect();
            for i in 1..words.len() {
                self.key(&romaji_key(&strip_suffix(&words[i..].join(" "))), true);
            }
        }
    }

    /// A station whose name begins with its prefecture's (京都河原町, 大阪梅田) is known by
    /// the rest: the operator named the city to say which Kawaramachi it is.
    fn qualified(&mut self, name: &str, words: Option<&str>, pref: Option<&Prefecture>) {
        let Some(pref) = pref else { return };
        let stem = pref.ja.trim_end_matches(['都', '府', '県']);
        let Some(rest) = name.strip_prefix(stem).filter(|r| r.chars().count() >= 2) else { return };
        self.key(&base(rest), false);
        if let Some(k) = self.keys.last_mut() {
            k.qualified = true;
        }
        let romaji =
            romaji_key(&crate::romaji::hepburn(&words.unwrap_or_default().split_whitespace().collect::<String>()));
        if let Some(r) = romaji.strip_prefix(&romaji_key(&pref.en)).filter(|r| r.len() >= 3) {
            let r = r.to_string();
            self.key(&r, false);
            if let Some(k) = self.keys.last_mut() {
                k.qualified = true;
            }
        }
    }
}

/// How central a place is: 5 points a station within 1 km, up to 10 (passenger counts
/// and populations are not in the sources; a city centre has many stations).
fn density(weight: u8) -> u8 {
    5 * weight.min(10)
}

/// How major a station is: lines (of its merged transfer group) and stations nearby.
fn station_importance(lines: usize, weight: u8) -> u8 {
    12 + 4 * lines.min(6) as u8 + density(weight)
}

/// City before ward before town before village, then how central its point is (half
/// weight: the point only stands for the area, and a city's name typed in full more
/// likely means its main station, which the city's prefix keys would otherwise outrank).
fn municipality_importance(name: &str, weight: u8) -> u8 {
    let kind = match name.chars().last() {
        Some('市') => 20,
        Some('区') => 10,
        Some('町') => 8,
        _ => 5,
    };
    kind + density(weight) / 2
}

impl PlaceIndex {
    /// Reads every station, municipality and neighbourhood from the dataset and indexes
    /// their names.
    pub fn load(ds: &Dataset) -> Result<Self> {
        let stations = ds.station_rows()?;
        let municipalities = ds.municipality_rows()?;
        let hoods = ds.neighbourhood_rows()?;
        Ok(Self::build(stations.into_iter().chain(municipalities).collect(), hoods))
    }

    /// Indexes `places` (stations and municipalities) only (tests).
    pub fn new(places: Vec<IndexedPlace>) -> Self {
        Self::build(places, Vec::new())
    }

    fn build(list: Vec<IndexedPlace>, hoods: Vec<NeighbourhoodRow>) -> Self {
        let mut b = Builder {
            entries: Vec::with_capacity(list.len() + hoods.len()),
            arena: String::new(),
            keys: Vec::new(),
            typo_keys: Vec::new(),
        };
        let mut shown = Vec::with_capacity(list.len());
        for (i, IndexedPlace { place: p, words, weight }) in list.into_iter().enumerate() {
            let station = p.kind == "station";
            let importance = if station {
                station_importance(p.lines.len(), weight)
            } else {
                municipality_importance(&p.name_ja, weight)
            };
            b.entry(
                p.lat,
                p.lon,
                i as u32,
                if station { STATION } else { MUNICIPALITY },
                importance,
                weight,
                &p.name_ja,
            );
            b.japanese(&p.name_ja, words.as_deref(), true, !station, true);
            if station {
                b.qualified(&p.name_ja, words.as_deref(), p.prefecture.as_ref());
            }
            for (lang, name) in &p.names {
                b.foreign(lang, name, true);
            }
            if let Some(en) = &p.name_en {
                b.foreign("en", en, true);
            }
            shown.push(p);
        }
        for h in &hoods {
            b.entry(h.lat, h.lon, h.rowid as u32, NEIGHBOURHOOD, density(h.weight), h.weight, &h.name_ja);
            b.japanese(&h.name_ja, h.reading.as_deref(), false, false, false);
        }
        let Builder { mut entries, mut arena, mut keys, mut typo_keys } = b;
        typo_keys.sort_unstable();
        typo_keys.dedup();
        // Growth left up to half of each array empty: give it back (a phone's memory).
        entries.shrink_to_fit();
        arena.shrink_to_fit();
        typo_keys.shrink_to_fit();
        keys.sort_unstable_by(|x, y| {
            let kx = &arena[x.start as usize..x.start as usize + x.len as usize];
            let ky = &arena[y.start as usize..y.start as usize + y.len as usize];
            kx.cmp(ky).then(x.entry.cmp(&y.entry)).then(x.word.cmp(&y.word))
        });
        keys.dedup_by(|a, b| a.entry == b.entry && a.word == b.word && a.len == b.len && a.start == b.start);
        keys.shrink_to_fit();
        PlaceIndex { entries, arena, keys, typo_keys, shown }
    }

    /// Number of places.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Number of search keys (for the benchmark's report).
    pub fn key_count(&self) -> usize {
        self.keys.len()
    }

    /// Memory held by the index, bytes (its arrays; answers read later are not counted).
    pub fn approx_bytes(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<Entry>()
            + self.arena.capacity()
            + self.keys.capacity() * std::mem::size_of::<KeyRef>()
            + self.typo_keys.iter().map(|(k, _)| k.capacity() + 28).sum::<usize>()
            + self.shown.len() * (std::mem::size_of::<Place>() + 200)
    }

    fn key_at(&self, k: &KeyRef) -> &str {
        &self.arena[k.start as usize..k.start as usize + k.len as usize]
    }

    /// The folded forms of a query to look up.
    fn wanted(query: &str) -> Vec<String> {
        let q = strip_suffix(query.trim());
        let mut wanted = vec![base(&q)];
        if is_latin(&q) {
            wanted.push(romaji_key(&q));
        } else if is_kana(&q) {
            // Kana typed is found through the romaji of every reading.
            wanted.push(romaji_key(&crate::romaji::hepburn(&base(&q).to_hiragana())));
        }
        wanted.retain(|w| !w.is_empty());
        wanted.sort();
        wanted.dedup();
        wanted
    }

    fn score(&self, e: u32, m: Match) -> i32 {
        let entry = &self.entries[e as usize];
        // A city's own name typed in full (松本, Beppu) is that city.
        let city = if m == Match::Exact && entry.city { CITY_NAMED } else { 0 };
        m.points() + entry.importance as i32 + city
    }

    /// The best-scored places for `query` (score, entry, match), each place once. Only the
    /// best [`KEEP`] are kept while scanning, so a one-letter query costs a scan, not a sort.
    fn candidates(&self, query: &str, k: usize) -> Vec<(i32, u32, Match)> {
        /// Keys looked at per folded query: a one-letter query stops here.
        const SCAN_LIMIT: usize = 60_000;
        const KEEP: usize = 200;
        let mut heap: BinaryHeap<Reverse<(i32, u32, Match)>> = BinaryHeap::with_capacity(KEEP + 1);
        let offer = |heap: &mut BinaryHeap<Reverse<(i32, u32, Match)>>, item: (i32, u32, Match)| {
            if heap.len() < KEEP {
                heap.push(Reverse(item));
            } else if heap.peek().is_some_and(|low| item.0 > low.0 .0) {
                heap.pop();
                heap.push(Reverse(item));
            }
        };
        let wanted = Self::wanted(query);
        for w in &wanted {
            let start = self.keys.partition_point(|k| self.key_at(k) < w.as_str());
            for kr in self.keys[start..].iter().take(SCAN_LIMIT) {
                let key = self.key_at(kr);
                if !key.starts_with(w.as_str()) {
                    break;
                }
                let m = match (key.len() == w.len(), kr.word) {
                    (true, false) if kr.qualified => Match::QualifiedExact,
                    (true, false) => Match::Exact,
                    (false, false) => Match::Prefix,
                    (true, true) => Match::WordExact,
                    (false, true) => Match::WordPrefix,
                };
                offer(&mut heap, (self.score(kr.entry, m), kr.entry, m));
            }
        }
        let mut best: Vec<(i32, u32, Match)> = heap.into_iter().map(|r| r.0).collect();
        best.sort_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)));
        best.dedup_by_key(|x| x.1);
        // Typos: only for Latin queries of five letters or more, when the prefixes left
        // room, and with the first letter right (keys sorted: a binary search).
        let latin = wanted.iter().find(|w| w.chars().all(|c| c.is_ascii_alphanumeric()));
        if let Some(q) = latin.filter(|q| q.len() >= 5 && best.len() < k) {
            let max = if q.len() >= 8 { 2 } else { 1 };
            let first = &q[..1];
            let start = self.typo_keys.partition_point(|(key, _)| key.as_str() < first);
            let found: std::collections::HashSet<u32> = best.iter().map(|x| x.1).collect();
            let mut typos: HashMap<u32, ()> = HashMap::new();
            for (key, entry) in self.typo_keys[start..].iter().take_while(|(key, _)| key.starts_with(first)) {
                if !found.contains(entry) && prefix_distance(q.as_bytes(), key.as_bytes(), max).is_some() {
                    typos.insert(*entry, ());
                }
            }
            best.extend(typos.into_keys().map(|e| (self.score(e, Match::Typo), e, Match::Typo)));
        }
        best
    }

    /// Up to `k` places for `query`, best first; neighbourhood answers are read from `ds`.
    pub fn search(&self, ds: Option<&Dataset>, query: &str, k: usize) -> Result<Vec<Place>> {
        let mut scored = self.candidates(query, k);
        let rank = |a: &(i32, u32, Match), b: &(i32, u32, Match), me: &Self| {
            let (ea, eb) = (&me.entries[a.1 as usize], &me.entries[b.1 as usize]);
            b.0.cmp(&a.0).then(ea.name_len.cmp(&eb.name_len)).then(ea.kind.cmp(&eb.kind)).then(a.1.cmp(&b.1))
        };
        scored.sort_by(|a, b| rank(a, b, self));
        // Nearby answers support each other: an area's own name is shared by its station
        // and neighbourhoods, and the more central they are the more it is the name a
        // visitor means (祇園 in Kyoto: a station and two neighbourhoods in the centre).
        // Among the leading answers only (quadratic).
        let top = scored.len().min(60);
        let mut boosted: Vec<(i32, u32, Match)> = scored[..top]
            .iter()
            .map(|&(s, e, m)| {
                let me = &self.entries[e as usize];
                let support: i32 = scored[..top]
                    .iter()
                    .filter(|(_, o, _)| *o != e)
                    .map(|(_, o, _)| &self.entries[*o as usize])
                    .filter(|other| approx_m(me.lat, me.lon, other.lat, other.lon) <= 1000.0)
                    .map(|other| other.density as i32)
                    .sum();
                (s + (2 * support / 5).min(40), e, m)
            })
            .collect();
        boosted.sort_by(|a, b| rank(a, b, self));
        let mut out = Vec::new();
        for (_, e, _) in boosted.into_iter().take(k) {
            let entry = &self.entries[e as usize];
            match entry.kind {
                NEIGHBOURHOOD => {
                    if let Some(ds) = ds {
                        if let Some(p) = ds.neighbourhood_place(entry.slot as i64)? {
                            out.push(p);
                        }
                    }
                }
                _ => out.push(self.shown[entry.slot as usize].clone()),
            }
        }
        Ok(out)
    }
}

/// Equirectangular distance, metres: plenty for "within 1 km".
fn approx_m(lat1: f32, lon1: f32, lat2: f32, lon2: f32) -> f64 {
    let x = (lon2 - lon1) as f64 * ((lat1 + lat2) as f64 / 2.0).to_radians().cos();
    let y = (lat2 - lat1) as f64;
    (x * x + y * y).sqrt() * 111_195.0
}

/// The edit distance between `q` and the closest prefix of `key`, if at most `max`.
fn prefix_distance(q: &[u8], key: &[u8], max: usize) -> Option<usize> {
    if key.len() + max < q.len() {
        return None;
    }
    // Levenshtein rows over the key, keeping the best value of the last row (q fully
    // consumed) over every key prefix.
    let n = key.len().min(q.len() + max);
    let mut prev: Vec<usize> = (0..=n).collect();
    let mut cur = vec![0; n + 1];
    for (i, &qc) in q.iter().enumerate() {
        cur[0] = i + 1;
        let mut row_min = cur[0];
        for j in 1..=n {
            let cost = usize::from(qc != key[j - 1]);
            cur[j] = (prev[j - 1] + cost).min(prev[j] + 1).min(cur[j - 1] + 1);
            row_min = row_min.min(cur[j]);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    let best = *prev.iter().skip(q.len().saturating_sub(max)).min()?;
    (best <= max).then_some(best)
}

/// The displayed reading and romaji of a place from its stored reading words.
pub fn shown_reading(name_ja: &str, words: Option<&str>) -> (Option<String>, Option<String>) {
    match words {
        Some(w) => {
            let r = Reading::of(name_ja, w);
            (Some(r.reading), Some(r.romaji))
        }
        None => (None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(id: &str, ja: &str, en: Option<&str>, lines: usize, reading: &str) -> IndexedPlace {
        let mut names = BTreeMap::new();
        if let Some(en) = en {
            names.insert("en".to_string(), en.to_string());
        }
        let (r, romaji) = shown_reading(ja, Some(reading));
        let place = Place {
            id: id.into(),
            kind: "station".into(),
            name_ja: ja.into(),
            name_en: en.map(String::from),
            names,
            reading: r,
            romaji,
            prefecture: Prefecture::of(13),
            municipality: None,
            municipality_romaji: None,
            lat: 35.0 + lines as f64 * 0.1,
            lon: 139.0,
            approximate: false,
            lines: (0..lines).map(|i| i.to_string()).collect(),
            line_names: Vec::new(),
        };
        IndexedPlace { place, words: Some(reading.to_string()), weight: 0 }
    }

    fn ids(idx: &PlaceIndex, q: &str) -> Vec<String> {
        idx.search(None, q, 5).unwrap().into_iter().map(|p| p.id).collect()
    }

    #[test]
    fn romaji_long_vowels_compare_equal() {
        assert_eq!(romaji_key("Tōkyō"), romaji_key("tokyo"));
        assert_eq!(romaji_key("Toukyou"), "tokyo");
        assert_eq!(romaji_key("Ohtemachi"), "otemachi");
        assert_eq!(romaji_key("Ohashi"), "ohashi");
        assert_eq!(romaji_key("Shin-Ōsaka"), "shinosaka");
        assert_eq!(romaji_key("shin'ōsaka"), romaji_key("Shinosaka"));
        assert_eq!(romaji_key("Shimbashi"), "shinbashi");
    }

    #[test]
    fn exact_names_rank_before_longer_ones() {
        let idx = PlaceIndex::new(vec![
            place("1", "新宿三丁目", Some("Shinjuku-sanchome"), 3, "しんじゅく さんちょうめ"),
            place("2", "新宿", Some("Shinjuku"), 10, "しんじゅく"),
            place("3", "西新宿", Some("Nishi-shinjuku"), 1, "にし しんじゅく"),
        ]);
        assert_eq!(ids(&idx, "新宿")[..2], ["2", "1"]);
        assert_eq!(ids(&idx, "新宿駅")[..2], ["2", "1"]);
        assert_eq!(ids(&idx, "shinjuku")[..2], ["2", "1"]);
        assert_eq!(ids(&idx, "SHINJUKU station")[..2], ["2", "1"]);
        assert_eq!(ids(&idx, "しんじゅく")[..2], ["2", "1"]);
        assert_eq!(ids(&idx, "シンジュク")[..2], ["2", "1"]);
        assert_eq!(ids(&idx, "nishi"), ["3"]);
        assert!(ids(&idx, "zzz").is_empty());
    }

    #[test]
    fn later_words_and_typos_are_found() {
        let idx = PlaceIndex::new(vec![
            place("1", "京都河原町", None, 1, "きょうと かわらまち"),
            place("2", "新大阪", None, 3, "しんおおさか"),
        ]);
        assert_eq!(ids(&idx, "Kawaramachi"), ["1"]);
        assert_eq!(ids(&idx, "河原町"), ["1"]);
        assert_eq!(ids(&idx, "Shin-Osaka"), ["2"]);
        assert_eq!(ids(&idx, "shinosaka"), ["2"]);
        assert_eq!(ids(&idx, "shinoska"), ["2"], "one letter left out");
        assert_eq!(ids(&idx, "kawaramachi"), ["1"]);
        assert_eq!(ids(&idx, "Kyoto Kawaramachi"), ["1"]);
    }

    #[test]
    fn prefix_distance_counts_edits_against_the_closest_prefix() {
        assert_eq!(prefix_distance(b"hiroshma", b"hiroshima", 1), Some(1));
        assert_eq!(prefix_distance(b"hirosh", b"hiroshima", 1), Some(0));
        assert_eq!(prefix_distance(b"sapporp", b"sapporo", 1), Some(1));
        assert_eq!(prefix_distance(b"osaka", b"kyoto", 1), None);
    }
}
