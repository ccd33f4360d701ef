//! What place search needs of every station, municipality and neighbourhood beyond its
//! name: its prefecture (a station's from the municipal boundary around it), its reading
//! (`data/readings/`), a well-known English name, how central it is (stations within
//! 1 km), and for a municipality a point to stand for it.

use super::areas::Areas;
use super::readings::{How, ReadingTables};
use super::stations::Station;
use crate::geo::LatLon;
use geo::{BoundingRect, Contains, Point, Rect};
use std::collections::HashMap;

use crate::dataset::place_readings::{self as stored, PlaceReadings};
pub use crate::dataset::place_readings::{
    MUNICIPALITY as KIND_MUNICIPALITY, NEIGHBOURHOOD as KIND_NEIGHBOURHOOD, STATION as KIND_STATION,
};

/// One row of `place_readings`.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceFacts {
    /// [`KIND_STATION`], [`KIND_MUNICIPALITY`] or [`KIND_NEIGHBOURHOOD`].
    pub kind: i64,
    /// Rowid in the kind's own table.
    pub rowid: i64,
    /// Prefecture code 1..=47 (0 when a station lies outside every boundary and far from any neighbourhood).
    pub pref_code: u8,
    /// Hiragana words separated by spaces; `None` when no table reads the name.
    pub reading: Option<String>,
    /// How the reading was made.
    pub how: Option<How>,
    /// A well-known English name.
    pub name_en: Option<String>,
    /// Stations within 1 km (capped at 255).
    pub weight: u8,
    /// For a municipality: the neighbourhood centre nearest the mean of its neighbourhoods.
    pub point: Option<LatLon>,
}

/// Counts of what the readings covered, for the dataset's metadata.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Coverage {
    /// Places read.
    pub places: u64,
    /// Places with a reading.
    pub with_reading: u64,
    /// Readings from the override table.
    pub overrides: u64,
    /// Places with a well-known English name from the table.
    pub english: u64,
    /// Reviewed entries (overrides, English names) that met no place.
    pub unused_entries: Vec<String>,
}

/// A 0.01° grid of station positions, to count stations near a point.
struct Grid(HashMap<(i32, i32), Vec<LatLon>>);

impl Grid {
    fn cell(p: &LatLon) -> (i32, i32) {
        ((p.lat * 100.0).floor() as i32, (p.lon * 100.0).floor() as i32)
    }
    fn new(points: impl Iterator<Item = LatLon>) -> Grid {
        let mut g: HashMap<(i32, i32), Vec<LatLon>> = HashMap::new();
        for p in points {
            g.entry(Self::cell(&p)).or_default().push(p);
        }
        Grid(g)
    }
    fn within_1km(&self, p: &LatLon) -> u8 {
        let (a, b) = Self::cell(p);
        let mut n = 0u32;
        for da in -1..=1 {
            for db in -2..=2 {
                if let Some(list) = self.0.get(&(a + da, b + db)) {
                    n += list.iter().filter(|q| q.distance_m(p) <= 1000.0).count() as u32;
                }
            }
        }
        n.min(255) as u8
    }
}

/// The prefecture of each station: the municipality whose boundary holds it, else the
/// municipality of the nearest neighbourhood centre (stations on piers and coasts the
/// simplified boundaries miss).
fn station_prefectures(stations: &[Station], areas: &Areas) -> Vec<u8> {
    let boxes: Vec<Option<Rect<f64>>> =
        areas.municipalities.iter().map(|m| m.area.as_ref().and_then(|a| a.bounding_rect())).collect();
    let mut hoods: HashMap<(i32, i32), Vec<usize>> = HashMap::new();
    for (i, n) in areas.neighbourhoods.iter().enumerate() {
        hoods.entry(((n.lat * 10.0).floor() as i32, (n.lon * 10.0).floor() as i32)).or_default().push(i);
    }
    stations
        .iter()
        .map(|s| {
            let pt = Point::new(s.position.lon, s.position.lat);
            for (m, b) in areas.municipalities.iter().zip(&boxes) {
                let Some(b) = b else { continue };
                let inside_box = (b.min().x..=b.max().x).contains(&pt.x()) && (b.min().y..=b.max().y).contains(&pt.y());
                if inside_box && m.area.as_ref().is_some_and(|a| a.contains(&pt)) {
                    return m.pref_code;
                }
            }
            let (a, b) = ((s.position.lat * 10.0).floor() as i32, (s.position.lon * 10.0).floor() as i32);
            let mut best: Option<(f64, usize)> = None;
            for da in -1..=1 {
                for db in -1..=1 {
                    for &i in hoods.get(&(a + da, b + db)).map(Vec::as_slice).unwrap_or(&[]) {
                        let n = &areas.neighbourhoods[i];
                        let d = (n.lat - s.position.lat).powi(2) + (n.lon - s.position.lon).powi(2);
                        if best.is_none_or(|(bd, _)| d < bd) {
                            best = Some((d, i));
                        }
                    }
                }
            }
            best.map(|(_, i)| areas.municipalities[areas.neighbourhoods[i].municipality as usize].pref_code)
                .unwrap_or(0)
        })
        .collect()
}

/// Facts for every station (rowid = index + 1), municipality and neighbourhood, in that order.
pub fn gather(stations: &[Station], areas: &Areas, tables: &ReadingTables) -> (Vec<PlaceFacts>, Coverage) {
    let grid = Grid::new(stations.iter().map(|s| s.position));
    let prefs = station_prefectures(stations, areas);
    let mut out = Vec::with_capacity(stations.len() + areas.municipalities.len() + areas.neighbourhoods.len());
    let mut used: std::collections::HashSet<(String, String, u8)> = Default::default();
    let mut fact = |kind: i64, rowid: i64, kind_name: &str, name: &str, pref_code: u8, at: Option<LatLon>| {
        let found = tables.reading(kind_name, name, pref_code);
        let name_en = tables.english(kind_name, name, pref_code).map(str::to_string);
        if found.as_ref().is_some_and(|f| f.how == How::Override) || name_en.is_some() {
            used.insert((kind_name.to_string(), name.to_string(), pref_code));
            if let Some((base, _)) = crate::readings::split_chome(name) {
                used.insert((kind_name.to_string(), base.to_string(), pref_code));
            }
        }
        PlaceFacts {
            kind,
            rowid,
            pref_code,
            how: found.as_ref().map(|f| f.how),
            reading: found.map(|f| f.words),
            name_en,
            weight: at.map(|p| grid.within_1km(&p)).unwrap_or(0),
            point: None,
        }
    };
    for (i, s) in stations.iter().enumerate() {
        out.push(fact(KIND_STATION, i as i64 + 1, "station", &s.name_ja, prefs[i], Some(s.position)));
    }
    // A municipality stands at the neighbourhood centre nearest the mean of its
    // neighbourhoods: a place where people live, never an empty polygon centre.
    let mut members: Vec<Vec<LatLon>> = vec![Vec::new(); areas.municipalities.len()];
    for n in &areas.neighbourhoods {
        if let Some(p) = LatLon::in_japan(n.lat, n.lon) {
            members[n.municipality as usize].push(p);
        }
    }
    for (i, m) in areas.municipalities.iter().enumerate() {
        let list = &members[i];
        let point = if list.is_empty() {
            None
        } else {
            let (lat, lon) = list.iter().fold((0.0, 0.0), |acc, p| (acc.0 + p.lat, acc.1 + p.lon));
            let mean = LatLon::in_japan(lat / list.len() as f64, lon / list.len() as f64);
            mean.and_then(|mean| {
                list.iter().min_by(|a, b| a.distance_m(&mean).total_cmp(&b.distance_m(&mean))).copied()
            })
        };
        let mut f = fact(KIND_MUNICIPALITY, i as i64 + 1, "municipality", &m.name_ja, m.pref_code, point);
        f.point = point;
        out.push(f);
    }
    for (i, n) in areas.neighbourhoods.iter().enumerate() {
        let pref = areas.municipalities[n.municipality as usize].pref_code;
        out.push(fact(
            KIND_NEIGHBOURHOOD,
            i as i64 + 1,
            "neighbourhood",
            &n.name_ja,
            pref,
            LatLon::in_japan(n.lat, n.lon),
        ));
    }
    let coverage = Coverage {
        places: out.len() as u64,
        with_reading: out.iter().filter(|f| f.reading.is_some()).count() as u64,
        overrides: out.iter().filter(|f| f.how == Some(How::Override)).count() as u64,
        english: out.iter().filter(|f| f.name_en.is_some()).count() as u64,
        unused_entries: tables
            .reviewed_entries()
            .into_iter()
            .filter(|(k, n, p)| match p {
                Some(p) => !used.contains(&(k.clone(), n.clone(), *p)),
                None => !used.iter().any(|(uk, un, _)| uk == k && un == n),
            })
            .map(|(k, n, p)| format!("{k} {n} {}", p.map(|p| p.to_string()).unwrap_or_default()))
            .collect(),
    };
    (out, coverage)
}

/// Writes the facts, one row per kind; a 〜丁目 number's reading is left for readers to add.
pub fn write(
    conn: &rusqlite::Connection,
    facts: &[PlaceFacts],
    stations: &[Station],
    areas: &Areas,
) -> crate::error::Result<()> {
    for (kind, names) in [
        (KIND_STATION, stations.iter().map(|s| s.name_ja.as_str()).collect::<Vec<_>>()),
        (KIND_MUNICIPALITY, areas.municipalities.iter().map(|m| m.name_ja.as_str()).collect()),
        (KIND_NEIGHBOURHOOD, areas.neighbourhoods.iter().map(|n| n.name_ja.as_str()).collect()),
    ] {
        let mut r = PlaceReadings::default();
        for f in facts.iter().filter(|f| f.kind == kind) {
            let i = f.rowid as usize - 1;
            let words = f.reading.as_deref().map(|w| crate::readings::strip_chome_words(names[i], w));
            let how = match f.how {
                None => stored::HOW_NONE,
                Some(How::Dictionary) => stored::HOW_DICTIONARY,
                Some(How::Override) => stored::HOW_OVERRIDE,
                Some(How::Kana) => stored::HOW_KANA,
            };
            r.push(f.pref_code, f.weight, how, words.as_deref());
            if let Some(en) = &f.name_en {
                r.name_en.insert(i as u32, en.clone());
            }
            if let Some(p) = f.point {
                r.point.insert(i as u32, (p.lat, p.lon));
            }
        }
        stored::write(conn, kind, &r)?;
    }
    Ok(())
}

/// The name a line is known by: 1号線(御堂筋線) is 御堂筋線, 3号線銀座線 is 銀座線 (as
/// `scripts/readings.py` line_name).
pub fn line_name(name: &str) -> &str {
    if let Some((_, rest)) = name.split_once('(') {
        if let Some((inner, _)) = rest.split_once(')').filter(|(i, _)| !i.is_empty()) {
            return inner;
        }
    }
    let digits = name.trim_start_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
    match digits.strip_prefix("号線") {
        Some(rest) if digits.len() < name.len() && !rest.is_empty() => rest,
        _ => name,
    }
}

/// Railway line names a visitor can read, for every `operator line` of the stations:
/// `en` is the operator's English name (the table) or romaji, then the line's English name
/// from the Tokyo set where a station the set matched lies on it and its Japanese name is
/// one of the set's and unique there, else its
/// romaji (〜線 as "Line"); `ko`, `zh-Hans`, `zh-Hant`, `fr` where the Tokyo set has them.
pub fn line_names(
    tokyo_railways: Option<&std::path::Path>,
    stations: &[Station],
    tables: &ReadingTables,
) -> std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>> {
    use std::collections::BTreeMap;
    // Tokyo set line titles by Japanese name, kept only when unique.
    let mut tokyo: HashMap<String, Option<BTreeMap<String, String>>> = HashMap::new();
    if let Some(text) = tokyo_railways.and_then(|p| std::fs::read_to_string(p).ok()) {
        #[derive(serde::Deserialize)]
        struct Railway {
            title: Option<BTreeMap<String, String>>,
        }
        for r in serde_json::from_str::<Vec<Railway>>(&text).unwrap_or_default() {
            let Some(title) = r.title else { continue };
            let Some(ja) = title.get("ja").cloned() else { continue };
            tokyo.entry(ja).and_modify(|e| *e = None).or_insert(Some(title));
        }
    }
    let latin = |kind: &str, name: &str| -> Option<String> {
        if let Some(en) = tables.english(kind, name, 0) {
            return Some(en.to_string());
        }
        let words = tables.reading(kind, name, 0)?.words;
        let mut list: Vec<&str> = words.split_whitespace().collect();
        // 〜線 is a Line, 〜本線 a Main Line.
        let tail = match (kind, list.last().copied()) {
            ("line", Some("せん")) => " Line",
            ("line", Some("ほんせん")) => " Main Line",
            _ => "",
        };
        if !tail.is_empty() {
            list.pop();
        }
        let r = crate::readings::romaji(name, &list.join(" "));
        Some(format!("{r}{tail}").trim().to_string())
    };
    let mut out = BTreeMap::new();
    // The Tokyo set names Tokyo's lines only: its 空港線 is Keikyū's, not Fukuoka's. Use it
    // for lines of stations the set matched (they come first), romaji for the rest.
    let in_tokyo_set = |s: &&Station| s.names.contains_key("en");
    for (s, tokyo_station) in stations
        .iter()
        .filter(in_tokyo_set)
        .map(|s| (s, true))
        .chain(stations.iter().filter(|s| !in_tokyo_set(s)).map(|s| (s, false)))
    {
        for full in &s.lines {
            if out.contains_key(full) {
                continue;
            }
            let (operator, line) = full.split_once(' ').unwrap_or(("", full.as_str()));
            let line = line_name(line);
            let mut names = BTreeMap::new();
            let known = if tokyo_station { tokyo.get(line).cloned().flatten() } else { None };
            let line_en = known.as_ref().and_then(|t| t.get("en").cloned()).or_else(|| latin("line", line));
            let operator_en = if operator.is_empty() { None } else { latin("operator", operator) };
            if let Some(l) = line_en {
                // Keihan Main Line, not Keihan Keihan Main Line.
                let named = |o: &String| crate::places::romaji_key(&l).starts_with(&crate::places::romaji_key(o));
                let en = match operator_en {
                    Some(o) if !named(&o) => format!("{o} {l}"),
                    _ => l,
                };
                names.insert("en".to_string(), en);
            }
            for lang in ["ko", "zh-Hans", "zh-Hant", "fr"] {
                if let Some(n) = known.as_ref().and_then(|t| t.get(lang)) {
                    names.insert(lang.to_string(), n.clone());
                }
            }
            out.insert(full.clone(), names);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::line_name;

    #[test]
    fn lines_are_known_by_their_own_name() {
        assert_eq!(line_name("1号線(御堂筋線)"), "御堂筋線");
        assert_eq!(line_name("3号線銀座線"), "銀座線");
        assert_eq!(line_name("1号線"), "1号線");
        assert_eq!(line_name("山手線"), "山手線");
    }
}
