//! Place search as a visitor types it, on the real dataset: every station, municipality and
//! neighbourhood has a reading and romaji; the reviewed overrides are applied; a list of
//! places where visitors go (tests/data/visitor-places.tsv) is found in the first three
//! answers; typos; Chinese and Korean names from the Tokyo set; 祇園 means Kyoto first.

#[path = "common/real.rs"]
mod real;

use std::sync::OnceLock;
use tasukete::places::Place;
use tasukete::Guide;

fn guide() -> &'static Guide {
    static G: OnceLock<Guide> = OnceLock::new();
    G.get_or_init(|| Guide::open(real::real_dataset()).unwrap())
}

fn show(found: &[Place]) -> String {
    found
        .iter()
        .map(|p| {
            format!(
                "{} {} [{}] {}",
                p.name_ja,
                p.romaji.as_deref().unwrap_or("-"),
                p.kind,
                p.prefecture.as_ref().map(|x| x.en.as_str()).unwrap_or("?")
            )
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

/// Whether `p` is the expected place: a name starting with one of `names`, in `pref`.
fn is(p: &Place, names: &str, pref: u8) -> bool {
    p.prefecture.as_ref().is_some_and(|x| x.code == pref) && names.split('|').any(|n| p.name_ja.starts_with(n))
}

#[test]
fn visitor_places_are_in_the_first_three() {
    let list = include_str!("data/visitor-places.tsv");
    let mut missed = Vec::new();
    let mut total = 0;
    for line in list.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let cells: Vec<&str> = line.split('\t').collect();
        let (q, names, pref) = (cells[0], cells[1], cells[2].parse::<u8>().unwrap());
        total += 1;
        let found = guide().places(q, 3).unwrap_or_default();
        if !found.iter().any(|p| is(p, names, pref)) {
            missed.push(format!("{q} -> {}", show(&found)));
        }
    }
    assert!(total >= 60, "only {total} places in the list");
    assert!(missed.is_empty(), "{} of {total} not in the first three:\n{}", missed.len(), missed.join("\n"));
}

#[test]
fn gion_means_kyoto_first() {
    for q in ["祇園", "Gion", "gion", "ぎおん"] {
        let found = guide().places(q, 5).unwrap();
        assert_eq!(found[0].prefecture.as_ref().map(|p| p.code), Some(26), "{q}: {}", show(&found));
    }
}

#[test]
fn typos_of_five_letters_or_more_are_forgiven() {
    for (q, name, pref) in [
        ("Hiroshma", "広島", 34),
        ("Sapporro", "札幌|さっぽろ", 1),
        ("Kanazwa", "金沢", 17),
        ("Nagasaky", "長崎", 42),
        ("Shinjyuku", "新宿", 13),
    ] {
        let found = guide().places(q, 3).unwrap_or_default();
        assert!(found.iter().any(|p| is(p, name, pref)), "{q}: {}", show(&found));
    }
    // Four letters are too few to guess from.
    assert!(
        guide().places("Narq", 3).is_err()
            || guide().places("Narq", 3).unwrap().iter().all(|p| !p.name_ja.starts_with("奈良"))
    );
}

#[test]
fn chinese_and_korean_names_from_the_tokyo_set() {
    for (q, name) in [
        ("신주쿠", "新宿"),
        ("시부야", "渋谷"),
        ("涩谷", "渋谷"),
        ("池袋", "池袋"),
        ("이케부쿠로", "池袋"),
        ("秋叶原", "秋葉原"),
    ] {
        let found = guide().places(q, 3).unwrap();
        assert!(found.iter().any(|p| is(p, name, 13)), "{q}: {}", show(&found));
    }
}

#[test]
fn every_place_has_a_reading_and_romaji() {
    let info = guide().info();
    let r = info.place_readings.as_ref().expect("the dataset reports its readings");
    assert_eq!(r.places, info.stations + info.municipalities + info.neighbourhoods);
    assert_eq!(r.with_reading, r.places, "places without a reading");
    assert!(r.unused_entries.is_empty(), "reviewed entries that met no place: {:?}", r.unused_entries);
    // Spot checks through the answers, of each kind.
    for q in ["西新宿六丁目", "京都市東山区", "北松浦郡小値賀町", "京都河原町"] {
        let p = &guide().places(q, 1).unwrap()[0];
        assert_eq!(p.name_ja, q);
        let reading = p.reading.as_deref().unwrap();
        assert!(reading.chars().all(|c| ('ぁ'..='ゖ').contains(&c) || c == 'ー'), "{q}: {reading}");
        assert!(
            p.romaji.as_deref().unwrap().is_ascii()
                || p.romaji.as_deref().unwrap().chars().any(|c| "āīūēō".contains(c))
        );
    }
    let p = &guide().places("西新宿六丁目", 1).unwrap()[0];
    assert_eq!(p.reading.as_deref(), Some("にししんじゅくろくちょうめ"));
    assert_eq!(p.municipality.as_deref(), Some("新宿区"));
}

#[test]
fn the_override_table_is_applied() {
    for (q, reading, pref) in
        [("放出", "はなてん", 27), ("十三", "じゅうそう", 27), ("小倉", "こくら", 40), ("両国", "りょうごく", 13)]
    {
        let found = guide().places(q, 10).unwrap();
        let p = found
            .iter()
            .find(|p| p.kind == "station" && p.name_ja == q && p.prefecture.as_ref().is_some_and(|x| x.code == pref))
            .unwrap_or_else(|| panic!("{q}: {}", show(&found)));
        assert_eq!(p.reading.as_deref(), Some(reading), "{q}");
    }
    // 小倉 in Kyoto keeps the dictionary's おぐら.
    let kyoto = guide().places("小倉", 20).unwrap();
    let uji = kyoto.iter().find(|p| p.kind == "station" && p.prefecture.as_ref().is_some_and(|x| x.code == 26));
    assert_eq!(uji.and_then(|p| p.reading.as_deref()), Some("おぐら"), "{}", show(&kyoto));
}

#[test]
fn answers_carry_kind_prefecture_reading_and_romaji() {
    let found = guide().places("Kansai Airport", 1).unwrap();
    let p = &found[0];
    assert_eq!(p.kind, "station");
    assert_eq!(p.name_ja, "関西空港");
    assert_eq!(p.name_en.as_deref(), Some("Kansai Airport"));
    let pref = p.prefecture.as_ref().unwrap();
    assert_eq!((pref.code, pref.ja.as_str(), pref.en.as_str()), (27, "大阪府", "Osaka"));
    assert_eq!(p.reading.as_deref(), Some("かんさいくうこう"));
    assert!(p.romaji.is_some());
}

#[test]
fn readings_for_where_am_i_and_the_119_script() {
    // The core function the where-am-I card and the 119 address line call: by kind and rowid.
    let p = guide().places("祇園町南側", 1).unwrap().remove(0);
    let rowid: i64 = p.id.strip_prefix('n').unwrap().parse().unwrap();
    let r = guide().reading_of("neighbourhood", rowid).unwrap().unwrap();
    assert_eq!(r.reading, "ぎおんまちみなみがわ");
    assert_eq!(r.romaji, "Gionmachi Minamigawa");
    let r = guide().reading_of("station", 1).unwrap().unwrap();
    assert!(!r.reading.is_empty() && !r.romaji.is_empty());
    assert!(guide().reading_of("planet", 1).is_err());
    assert_eq!(guide().reading_of("neighbourhood", 10_000_000).unwrap(), None);
}

#[test]
fn railway_lines_are_named_for_visitors() {
    let shinjuku = guide().places("新宿", 1).unwrap().remove(0);
    assert_eq!(shinjuku.line_names.len(), shinjuku.lines.len());
    let en: Vec<&str> = shinjuku.line_names.iter().filter_map(|n| n.get("en").map(String::as_str)).collect();
    assert!(en.iter().any(|l| l.contains("Yamanote Line")), "{en:?}");
    assert!(shinjuku.line_names.iter().any(|n| n.contains_key("ko")), "Korean line names from the Tokyo set");
    // Outside Tokyo: romaji, 本線 as Main Line, the operator's English name once.
    let gion = guide().places("Gion", 1).unwrap().remove(0);
    assert_eq!(gion.line_names[0].get("en").map(String::as_str), Some("Keihan Main Line"));
}

#[test]
fn where_am_i_says_the_place_in_romaji() {
    // Gion, Kyoto: the municipality, the nearest neighbourhood and station with readings.
    let at = tasukete::geo::LatLon::new(35.0037, 135.7752).unwrap();
    let w = guide().where_am_i(at).unwrap();
    assert_eq!(w.municipality.en.as_deref(), Some("Kyōto-shi Higashiyama-ku"));
    assert_eq!(w.municipality.reading.as_deref(), Some("きょうとしひがしやまく"));
    let n = w.neighbourhood.unwrap();
    assert!(n.reading.is_some() && n.romaji.is_some(), "{n:?}");
    assert!(w.station.unwrap().romaji.is_some());
}
