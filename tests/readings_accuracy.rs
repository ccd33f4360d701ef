//! How good the readings are, measured against lists they were not made from:
//! - the Tokyo set's English station names (ODPT / Mini Tokyo 3D), compared with the romaji
//!   of our reading, folded the way search folds them (long vowels, hyphens);
//! - the hospitals' own フリガナ (MHLW) where a hospital's name starts with the name of a city
//!   in its prefecture (松本協立病院, マツモトキョウリツビョウイン): our reading of the city
//!   must start the hospital's reading.
//! Run with `--nocapture` to see the figures; the README and the issue note quote them.

#[path = "common/real.rs"]
mod real;

use std::collections::HashMap;
use tasukete::dataset::Dataset;
use tasukete::places::romaji_key;

fn hira(s: &str) -> String {
    s.chars().map(|c| if ('ァ'..='ヶ').contains(&c) { char::from_u32(c as u32 - 0x60).unwrap() } else { c }).collect()
}

#[test]
fn station_readings_agree_with_the_tokyo_sets_english_names() {
    let ds = Dataset::open(real::real_dataset()).unwrap();
    let (mut compared, mut agree, mut wrong) = (0, 0, Vec::new());
    for s in ds.station_rows().unwrap() {
        let Some(en) = s.place.names.get("en") else { continue };
        // English names that are not romaji of the name (Haneda Airport Terminal 1·2,
        // Tokyo Big Sight) say nothing about the reading: keep names made of the romaji
        // alone (the first part before a bracket or quote).
        let en = en.split(['(', '\'', '"', '“']).next().unwrap_or(en).trim();
        if en
            .split([' ', '-'])
            .any(|w| ["Airport", "Terminal", "Park", "Stadium", "Center", "Centre", "Big", "Sight"].contains(&w))
        {
            continue;
        }
        let Some(romaji) = s.place.romaji.as_deref() else { continue };
        compared += 1;
        if romaji_key(romaji) == romaji_key(en) {
            agree += 1;
        } else if wrong.len() < 40 {
            wrong.push(format!("{} {} / {}", s.place.name_ja, romaji, en));
        }
    }
    let rate = agree as f64 / compared as f64;
    println!("stations: {agree} of {compared} readings agree with the Tokyo set's English ({:.1} %)", 100.0 * rate);
    println!("some that differ: {}", wrong.join("; "));
    assert!(compared > 1500, "only {compared} stations compared");
    // Measured 86.0 % when written (1,694 of 1,969; many rural Kanto stations with
    // names no dictionary knows): a fall below this means the readings got worse.
    assert!(rate >= 0.85, "{:.3}", rate);
}

#[test]
fn city_readings_agree_with_the_hospitals_own_furigana() {
    let ds = Dataset::open(real::real_dataset()).unwrap();
    // City stems by prefecture: 松本市 -> (松本, まつもと).
    let mut cities: HashMap<u8, Vec<(String, String)>> = HashMap::new();
    for m in ds.municipality_rows().unwrap() {
        let p = &m.place;
        let (Some(stem), Some(words), Some(pref)) = (p.name_ja.strip_suffix('市'), m.words.as_deref(), &p.prefecture)
        else {
            continue;
        };
        let words: Vec<&str> = words.split_whitespace().collect();
        if words.last() != Some(&"し") || stem.chars().count() < 2 {
            continue;
        }
        cities.entry(pref.code).or_default().push((stem.to_string(), words[..words.len() - 1].concat()));
    }
    let (mut compared, mut agree, mut wrong) = (0, 0, Vec::new());
    for (_, f) in ds.facilities().unwrap() {
        let Some(kana) = f.name_kana.as_deref() else { continue };
        let kana = hira(&kana.replace([' ', '　'], ""));
        let Some(list) = cities.get(&f.pref_code) else { continue };
        // The longest city stem that starts the hospital's name.
        let Some((stem, reading)) =
            list.iter().filter(|(s, _)| f.name_ja.starts_with(s.as_str())).max_by_key(|(s, _)| s.len())
        else {
            continue;
        };
        compared += 1;
        if kana.starts_with(reading.as_str()) {
            agree += 1;
        } else if wrong.len() < 30 {
            wrong.push(format!("{stem} {reading} / {} {kana}", f.name_ja));
        }
    }
    let rate = agree as f64 / compared as f64;
    println!(
        "cities: {agree} of {compared} hospital names agree with our reading of the city that starts them ({:.1} %)",
        100.0 * rate
    );
    println!("some that differ: {}", wrong.join("; "));
    assert!(compared > 300, "only {compared} hospitals compared");
    assert!(rate >= 0.90, "{:.3}", rate);
}
