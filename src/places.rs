//! "I am near Shinjuku": station search in English, Japanese (kanji and kana), romaji,
//! Chinese and Korean, by prefix, two-character names included.
//!
//! Every name of every station becomes one or more normalised keys in a sorted list; a
//! query is normalised the same way and answered by binary search over the keys that
//! start with it. Exact names rank first, then stations served by more lines.

use crate::dataset::Dataset;
use crate::error::Result;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use unicode_normalization::UnicodeNormalization;
use wana_kana::ConvertJapanese;

/// A station or other named place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// Stable id (N02 transfer-group code for stations).
    pub id: String,
    /// `station`.
    pub kind: String,
    /// Japanese name.
    pub name_ja: String,
    /// English name, where known.
    pub name_en: Option<String>,
    /// Names by language tag (`en`, `ko`, `zh-Hans`, `zh-Hant`, `fr`).
    pub names: BTreeMap<String, String>,
    /// Latitude, degrees.
    pub lat: f64,
    /// Longitude, degrees.
    pub lon: f64,
    /// Lines serving it (`operator line`).
    pub lines: Vec<String>,
}

/// Katakana to hiragana, NFKC, lower case, without spaces and punctuation.
fn base(text: &str) -> String {
    text.nfkc()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ァ'..='ヶ' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
            _ => c,
        })
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Long vowels written any way (ō, ou, oo, oh) compare equal: `tokyo`, `toukyou`, `tōkyō`.
fn romaji_key(text: &str) -> String {
    let plain: String = text
        .nfkd()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .collect::<String>()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    let mut s = plain.replace("ou", "o").replace("oo", "o").replace("uu", "u");
    // "oh" before a consonant is a long o (Ohtemachi), not o + h-syllable (Ohashi stays).
    while let Some(i) = s.find("oh").filter(|&i| s[i + 2..].chars().next().is_some_and(|c| !"aeiou".contains(c))) {
        s.replace_range(i..i + 2, "o");
    }
    s
}

fn strip_suffix(q: &str) -> &str {
    for suffix in ["駅", "えき", " station", " sta.", " sta", "station", "역", "站"] {
        if let Some(rest) = q.strip_suffix(suffix).filter(|r| !r.trim().is_empty()) {
            return rest.trim_end();
        }
    }
    q
}

/// Keys for one name: its base form, and for Latin names the romaji key and the hiragana
/// it spells (so that kana queries find stations known by their romaji).
fn keys(name: &str, latin: bool) -> Vec<String> {
    let mut out = vec![base(strip_suffix(name))];
    if latin {
        let r = romaji_key(name);
        for macron in ["ou", "oo"] {
            let spelled: String = name.nfkc().collect::<String>().replace(['ō', 'Ō'], macron).replace(['ū', 'Ū'], "uu");
            let kana = base(&spelled).to_hiragana();
            if !kana.chars().any(|c| c.is_ascii_alphabetic()) {
                out.push(kana);
            }
        }
        out.push(r);
    }
    out.sort();
    out.dedup();
    out.retain(|k| !k.is_empty());
    out
}

/// The searchable place list.
pub struct PlaceIndex {
    places: Vec<Place>,
    keys: Vec<(String, u32)>,
}

impl PlaceIndex {
    /// Reads every place from the dataset and indexes its names.
    pub fn load(ds: &Dataset) -> Result<Self> {
        Ok(Self::new(ds.places()?))
    }

    /// Indexes `places`.
    pub fn new(places: Vec<Place>) -> Self {
        let mut keys = Vec::new();
        for (i, p) in places.iter().enumerate() {
            for k in keys_of(p) {
                keys.push((k, i as u32));
            }
        }
        keys.sort();
        keys.dedup();
        PlaceIndex { places, keys }
    }

    /// Number of places.
    pub fn len(&self) -> usize {
        self.places.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// Up to `k` places whose name starts with `query`, best first.
    pub fn search(&self, query: &str, k: usize) -> Vec<Place> {
        let q = query.trim();
        let q = strip_suffix(q);
        let mut wanted: Vec<String> = vec![base(q)];
        let latin = q.nfkd().filter(|c| !('\u{300}'..='\u{36f}').contains(c)).all(|c| c.is_ascii());
        if latin {
            wanted.push(romaji_key(q));
        }
        wanted.retain(|w| !w.is_empty());
        // (exact, lines served, name length, index)
        let mut scored: Vec<(bool, usize, usize, u32)> = Vec::new();
        let mut seen = HashSet::new();
        for w in &wanted {
            let start = self.keys.partition_point(|(key, _)| key.as_str() < w.as_str());
            for (key, i) in self.keys[start..].iter().take_while(|(key, _)| key.starts_with(w.as_str())) {
                let exact = key == w;
                let p = &self.places[*i as usize];
                let entry = (exact, p.lines.len(), p.name_ja.chars().count(), *i);
                if seen.insert((*i, exact)) {
                    scored.push(entry);
                }
            }
        }
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)).then(a.3.cmp(&b.3)));
        let mut out = Vec::new();
        let mut taken = HashSet::new();
        for (_, _, _, i) in scored {
            if taken.insert(i) {
                out.push(self.places[i as usize].clone());
                if out.len() == k {
                    break;
                }
            }
        }
        out
    }
}

fn keys_of(p: &Place) -> Vec<String> {
    let mut out = keys(&p.name_ja, false);
    for (lang, name) in &p.names {
        out.extend(keys(name, lang == "en" || lang == "fr"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(id: &str, ja: &str, en: Option<&str>, lines: usize) -> Place {
        let mut names = BTreeMap::new();
        if let Some(en) = en {
            names.insert("en".to_string(), en.to_string());
        }
        Place {
            id: id.into(),
            kind: "station".into(),
            name_ja: ja.into(),
            name_en: en.map(String::from),
            names,
            lat: 35.0,
            lon: 139.0,
            lines: (0..lines).map(|i| i.to_string()).collect(),
        }
    }

    #[test]
    fn romaji_long_vowels_compare_equal() {
        assert_eq!(romaji_key("Tōkyō"), romaji_key("tokyo"));
        assert_eq!(romaji_key("Toukyou"), "tokyo");
        assert_eq!(romaji_key("Ohtemachi"), "otemachi");
        assert_eq!(romaji_key("Ohashi"), "ohashi");
    }

    #[test]
    fn exact_names_rank_before_longer_ones() {
        let idx = PlaceIndex::new(vec![
            place("1", "新宿三丁目", Some("Shinjuku-sanchome"), 3),
            place("2", "新宿", Some("Shinjuku"), 10),
            place("3", "西新宿", Some("Nishi-shinjuku"), 1),
        ]);
        let ids = |q: &str| idx.search(q, 5).into_iter().map(|p| p.id).collect::<Vec<_>>();
        assert_eq!(ids("新宿"), ["2", "1"]);
        assert_eq!(ids("新宿駅"), ["2", "1"]);
        assert_eq!(ids("shinjuku"), ["2", "1"]);
        assert_eq!(ids("SHINJUKU station"), ["2", "1"]);
        assert_eq!(ids("しんじゅく"), ["2", "1"]);
        assert_eq!(ids("シンジュク"), ["2", "1"]);
        assert_eq!(ids("nishi"), ["3"]);
        assert!(ids("zzz").is_empty());
    }
}
