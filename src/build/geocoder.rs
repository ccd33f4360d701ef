//! The offline geocoder: a Japanese address -> the centre point of its 町丁目 / 大字
//! (Geolonia), or "only its municipality", or nothing.
//!
//! Every name goes through [`address::normalise`]; the address's prefecture is dropped, its
//! municipality found by the longest municipality name it starts with (with or without its
//! 郡), then its 町丁目 by the longest town name the remainder starts with (a dashed house
//! number `1-2-3` is tried as `1丁目` first). Kyoto's addresses put street directions before
//! the town (`烏丸通三条上る饅頭屋町`): when nothing matches at the start, the longest town
//! name of three or more characters found inside the remainder is taken.
//!
//! An address that matches only its municipality gets no position: a city's centre is
//! not where a clinic is.

use super::address::{self, chome_reading};
use super::geolonia;
use crate::geo::LatLon;
use crate::prefectures;
use std::collections::HashMap;

/// What an address matched.
#[derive(Debug, Clone, PartialEq)]
pub enum Geocode {
    /// Its 町丁目: the centre point, and the municipality and town names matched.
    Town {
        /// Centre of the 町丁目.
        position: LatLon,
        /// Municipality as Geolonia names it.
        municipality: String,
        /// The 町丁目 (with 小字 when matched).
        town: String,
    },
    /// Its municipality only: not placed.
    MunicipalityOnly {
        /// Municipality as Geolonia names it.
        municipality: String,
    },
    /// Not even its municipality.
    Unmatched,
}

impl Geocode {
    /// The position, for a town match.
    pub fn position(&self) -> Option<LatLon> {
        match self {
            Geocode::Town { position, .. } => Some(*position),
            _ => None,
        }
    }
}

struct Muni {
    name: String,
    /// The city of a designated city's ward (`浜松市` of `浜松市中区`), normalised.
    city: Option<String>,
    towns: HashMap<String, (LatLon, String)>,
    /// Longest town key, in characters (bounds the prefix search).
    longest: usize,
}

/// The gazetteer, indexed for matching.
pub struct Geocoder {
    munis: Vec<Muni>,
    /// Per prefecture code: normalised municipality key -> index (None when two
    /// municipalities share the short form without 郡).
    by_pref: HashMap<u8, HashMap<String, Option<usize>>>,
    pref_keys: Vec<String>,
}

/// The municipality's name without its 郡 (`北松浦郡小値賀町` -> `小値賀町`).
fn without_gun(name: &str) -> Option<&str> {
    let pos = name.find('郡')?;
    let rest = &name[pos + '郡'.len_utf8()..];
    (!rest.is_empty()).then_some(rest)
}

impl Geocoder {
    /// Indexes Geolonia's municipalities and towns.
    pub fn new(municipalities: &[geolonia::Municipality]) -> Geocoder {
        let mut munis = Vec::with_capacity(municipalities.len());
        let mut by_pref: HashMap<u8, HashMap<String, Option<usize>>> = HashMap::new();
        for m in municipalities {
            let index = munis.len();
            let mut towns: HashMap<String, (LatLon, String)> = HashMap::new();
            // A town named only with 小字 rows: its own key at the centroid of those rows.
            let mut bare: HashMap<String, (f64, f64, u32, String)> = HashMap::new();
            for t in &m.towns {
                let full = address::normalise(&t.name());
                towns.entry(full).or_insert((t.position, t.name()));
                if !t.koaza.is_empty() {
                    let e = bare.entry(address::normalise(&t.town)).or_insert((0.0, 0.0, 0, t.town.clone()));
                    e.0 += t.position.lat;
                    e.1 += t.position.lon;
                    e.2 += 1;
                }
            }
            for (key, (lat, lon, n, name)) in bare {
                if towns.contains_key(&key) {
                    continue;
                }
                if let Ok(p) = LatLon::new(lat / n as f64, lon / n as f64) {
                    towns.insert(key, (p, name));
                }
            }
            // A town written without its 丁目 (`習志野台` for 習志野台一丁目..八丁目): the centre
            // of its 丁目 centres, unless the town has a row of its own.
            let mut chome_towns: HashMap<String, (f64, f64, u32, String)> = HashMap::new();
            for (key, (p, _)) in &towns {
                let Some(base) = chome_base(key) else { continue };
                let e = chome_towns.entry(base.to_string()).or_insert((0.0, 0.0, 0, String::new()));
                e.0 += p.lat;
                e.1 += p.lon;
                e.2 += 1;
            }
            for t in &m.towns {
                if let Some(base) = chome_base(&address::normalise(&t.town)) {
                    if let Some(e) = chome_towns.get_mut(base) {
                        if e.3.is_empty() {
                            e.3 = base_name(&t.town);
                        }
                    }
                }
            }
            for (key, (lat, lon, n, name)) in chome_towns {
                if towns.contains_key(&key) || key.is_empty() {
                    continue;
                }
                if let Ok(p) = LatLon::new(lat / n as f64, lon / n as f64) {
                    towns.insert(key, (p, name));
                }
            }
            towns.retain(|k, _| !k.is_empty());
            let longest = towns.keys().map(|k| k.chars().count()).max().unwrap_or(0);
            let keys = by_pref.entry(m.pref_code).or_default();
            let full = address::normalise(&m.name_ja);
            keys.insert(full, Some(index));
            if let Some(short) = without_gun(&m.name_ja) {
                let short = address::normalise(short);
                keys.entry(short).and_modify(|v| *v = None).or_insert(Some(index));
            }
            let city = m
                .name_ja
                .find('市')
                .filter(|&i| m.name_ja.ends_with('区') && i + '市'.len_utf8() < m.name_ja.len())
                .map(|i| address::normalise(&m.name_ja[..i + '市'.len_utf8()]));
            munis.push(Muni { name: m.name_ja.clone(), city, towns, longest });
        }
        let pref_keys = prefectures::PREFECTURES.iter().map(|(ja, _)| address::normalise(ja)).collect();
        Geocoder { munis, by_pref, pref_keys }
    }

    /// Geocodes `address` in prefecture `pref_code` (the prefecture's name may or may not
    /// start the address).
    pub fn geocode(&self, pref_code: u8, address: &str) -> Geocode {
        let n = address::normalise(address);
        let mut rest = n.as_str();
        // checked_sub: `pref_code as usize - 1` underflowed for a code 0 (seen while writing the
        // geocode fuzz target) before the filter could refuse it.
        if let Some(pk) = pref_code.checked_sub(1).and_then(|i| self.pref_keys.get(i as usize)) {
            rest = rest.strip_prefix(pk.as_str()).unwrap_or(rest);
        }
        let Some(keys) = self.by_pref.get(&pref_code) else { return Geocode::Unmatched };
        // Longest municipality key that starts the address.
        let mut found: Option<(usize, usize)> = None; // (muni index, key byte length)
        for (end, _) in rest.char_indices().skip(1).chain(std::iter::once((rest.len(), ' '))) {
            if let Some(Some(i)) = keys.get(&rest[..end]) {
                found = Some((*i, end));
            }
        }
        let Some((mi, len)) = found else { return self.renamed_ward(rest) };
        let muni = &self.munis[mi];
        let remainder = &rest[len..];
        match self.town(muni, remainder) {
            Some((position, town)) => Geocode::Town { position, municipality: muni.name.clone(), town },
            None => Geocode::MunicipalityOnly { municipality: muni.name.clone() },
        }
    }

    /// A designated city's ward the gazetteer does not know (浜松市中央区, made in 2024 from
    /// 中区 and others): the town is looked for in every ward of that city.
    fn renamed_ward(&self, rest: &str) -> Geocode {
        let mut best: Option<(usize, LatLon, String, String)> = None;
        for m in self.munis.iter().filter(|m| m.city.as_deref().is_some_and(|c| rest.starts_with(c))) {
            let after_city = &rest[m.city.as_deref().unwrap_or_default().len()..];
            // Drop the unknown ward's name: up to its 区, within five characters.
            let Some(ward_end) =
                after_city.char_indices().take(6).find(|(_, c)| *c == '区').map(|(i, _)| i + '区'.len_utf8())
            else {
                continue;
            };
            let remainder = &after_city[ward_end..];
            if let Some((p, t)) = self.town(m, remainder) {
                let len = t.chars().count();
                if best.as_ref().is_none_or(|b| len > b.0) {
                    best = Some((len, p, m.name.clone(), t));
                }
            }
        }
        match best {
            Some((_, position, municipality, town)) => Geocode::Town { position, municipality, town },
            None => Geocode::Unmatched,
        }
    }

    fn longest_prefix<'a>(&'a self, muni: &'a Muni, s: &str) -> Option<(usize, &'a (LatLon, String))> {
        let mut best = None;
        for (end, _) in s.char_indices().skip(1).chain(std::iter::once((s.len(), ' '))).take(muni.longest) {
            if let Some(hit) = muni.towns.get(&s[..end]) {
                best = Some((end, hit));
            }
        }
        best
    }

    fn town(&self, muni: &Muni, remainder: &str) -> Option<(LatLon, String)> {
        if remainder.is_empty() {
            return None;
        }
        // The name part ends where the house number starts.
        let name_end = house_number_start(remainder);
        let (name, number) = remainder.split_at(name_end);
        if chome_reading(number).is_some() {
            let digits: String = number.chars().take_while(|c| c.is_ascii_digit()).collect();
            let key = format!("{name}{digits}丁目");
            if let Some((p, t)) = muni.towns.get(&key) {
                return Some((*p, t.clone()));
            }
        }
        if let Some((_, (p, t))) = self.longest_prefix(muni, remainder) {
            return Some((*p, t.clone()));
        }
        // Kyoto-style: the town after street directions.
        let mut best: Option<(usize, &(LatLon, String))> = None;
        for (start, _) in name.char_indices().skip(1) {
            if let Some((len, hit)) = self.longest_prefix(muni, &name[start..]) {
                let chars = name[start..start + len].chars().count();
                let starts_with_digit = name[start..].starts_with(|c: char| c.is_ascii_digit());
                if chars >= 3 && !starts_with_digit && best.is_none_or(|(l, _)| chars > l) {
                    best = Some((chars, hit));
                }
            }
        }
        best.map(|(_, (p, t))| (*p, t.clone()))
    }
}

/// The town part of a 丁目 key (`習志野台8丁目` -> `習志野台`).
fn chome_base(key: &str) -> Option<&str> {
    let stem = key.strip_suffix("丁目")?;
    let base = stem.trim_end_matches(|c: char| c.is_ascii_digit());
    (base.len() < stem.len() && !base.is_empty()).then_some(base)
}

/// The town's name without its 丁目 (`習志野台八丁目` -> `習志野台`), for display.
fn base_name(town: &str) -> String {
    let stem = town.strip_suffix("丁目").unwrap_or(town);
    stem.trim_end_matches(|c: char| c.is_ascii_digit() || "〇一二三四五六七八九十百".contains(c)).to_string()
}

/// Byte offset where the house number starts: the first digit run followed by `-` or the
/// end (the normaliser has cut what follows it).
fn house_number_start(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            if i == bytes.len() || bytes[i] == b'-' {
                return start;
            }
        } else {
            i += 1;
        }
    }
    s.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use geolonia::{Municipality, Town};

    fn town(name: &str, koaza: &str, lat: f64, lon: f64) -> Town {
        Town { town: name.into(), koaza: koaza.into(), position: LatLon::new(lat, lon).unwrap() }
    }

    fn gazetteer() -> Geocoder {
        Geocoder::new(&[
            Municipality {
                pref_code: 26,
                name_ja: "京都市東山区".into(),
                towns: vec![town("祇園町南側", "", 35.0026, 135.7755), town("大和町", "", 35.0030, 135.7730)],
            },
            Municipality {
                pref_code: 26,
                name_ja: "京都市中京区".into(),
                towns: vec![town("饅頭屋町", "", 35.0090, 135.7590), town("四丁目", "", 35.0168, 135.7640)],
            },
            Municipality {
                pref_code: 13,
                name_ja: "新宿区".into(),
                towns: vec![town("西新宿六丁目", "", 35.6930, 139.6900), town("西新宿", "", 35.6900, 139.6950)],
            },
            Municipality {
                pref_code: 42,
                name_ja: "北松浦郡小値賀町".into(),
                towns: vec![town("笛吹郷", "", 33.1900, 129.0500)],
            },
            Municipality {
                pref_code: 8,
                name_ja: "高萩市".into(),
                towns: vec![town("大字下手綱", "", 36.7200, 140.7100), town("上手綱", "字新田", 36.7300, 140.7000)],
            },
            Municipality {
                pref_code: 1,
                name_ja: "札幌市中央区".into(),
                towns: vec![town("南一条西十六丁目", "", 43.0570, 141.3320)],
            },
        ])
    }

    fn placed_at(g: &Geocode) -> (f64, f64) {
        let p = g.position().unwrap_or_else(|| panic!("not placed: {g:?}"));
        (p.lat, p.lon)
    }

    #[test]
    fn chome_in_any_form() {
        let g = gazetteer();
        for a in [
            "東京都新宿区西新宿６丁目１番１号",
            "東京都新宿区西新宿六丁目1-1",
            "新宿区西新宿６－１－１　ビル５Ｆ",
            "東京都　新宿区　西新宿６丁目",
        ] {
            assert_eq!(placed_at(&g.geocode(13, a)), (35.6930, 139.6900), "{a}");
        }
        assert_eq!(placed_at(&g.geocode(1, "北海道札幌市中央区南１条西１６丁目２９１番地")), (43.0570, 141.3320));
    }

    #[test]
    fn oaza_and_koaza() {
        let g = gazetteer();
        assert_eq!(placed_at(&g.geocode(8, "茨城県高萩市下手綱１９５１ー６")), (36.72, 140.71));
        assert_eq!(placed_at(&g.geocode(8, "茨城県高萩市大字上手綱字新田１２")), (36.73, 140.70));
        // The town alone, when only its 小字 rows exist.
        assert_eq!(placed_at(&g.geocode(8, "茨城県高萩市上手綱９９")), (36.73, 140.70));
    }

    #[test]
    fn gun_may_be_written_or_not() {
        let g = gazetteer();
        assert_eq!(placed_at(&g.geocode(42, "長崎県北松浦郡小値賀町笛吹郷１５０")).0, 33.19);
        assert_eq!(placed_at(&g.geocode(42, "長崎県小値賀町笛吹郷１５０")).0, 33.19);
    }

    #[test]
    fn kyoto_street_directions() {
        let g = gazetteer();
        assert_eq!(placed_at(&g.geocode(26, "京都府京都市中京区烏丸通三条上る饅頭屋町６０８番地")).0, 35.0090);
        assert_eq!(placed_at(&g.geocode(26, "京都府京都市東山区祇園町南側５７０番地の１２３")).0, 35.0026);
    }

    #[test]
    fn a_town_without_its_chome_is_the_centre_of_its_chome() {
        let g = Geocoder::new(&[Municipality {
            pref_code: 12,
            name_ja: "船橋市".into(),
            towns: vec![town("習志野台一丁目", "", 35.70, 140.04), town("習志野台二丁目", "", 35.72, 140.06)],
        }]);
        let (lat, lon) = placed_at(&g.geocode(12, "千葉県船橋市習志野台"));
        assert!((lat - 35.71).abs() < 1e-9 && (lon - 140.05).abs() < 1e-9);
        assert_eq!(placed_at(&g.geocode(12, "千葉県船橋市習志野台２－３－４")), (35.72, 140.06));
    }

    #[test]
    fn a_ward_the_gazetteer_does_not_know_yet() {
        let g = Geocoder::new(&[
            Municipality {
                pref_code: 22,
                name_ja: "浜松市中区".into(),
                towns: vec![town("鴨江二丁目", "", 34.71, 137.72)],
            },
            Municipality {
                pref_code: 22,
                name_ja: "浜松市東区".into(),
                towns: vec![town("丸塚町", "", 34.72, 137.76)],
            },
        ]);
        assert_eq!(placed_at(&g.geocode(22, "静岡県浜松市中央区鴨江２丁目５６−５")), (34.71, 137.72));
        assert_eq!(placed_at(&g.geocode(22, "静岡県浜松市中央区丸塚町２６２−１")), (34.72, 137.76));
        assert_eq!(g.geocode(22, "静岡県浜松市中央区どこか町１"), Geocode::Unmatched);
    }

    #[test]
    fn only_the_city_is_not_placed() {
        let g = gazetteer();
        assert_eq!(
            g.geocode(13, "東京都新宿区歌舞伎町１－２－３"),
            Geocode::MunicipalityOnly { municipality: "新宿区".into() }
        );
        assert_eq!(g.geocode(13, "東京都渋谷区道玄坂１－２－３"), Geocode::Unmatched);
    }
}
