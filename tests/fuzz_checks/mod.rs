//! The properties the fuzz targets check, one function per parser of outside input.
//!
//! Shared by the cargo-fuzz targets in `fuzz/` (which feed them generated inputs) and by
//! `tests/fuzz_regressions.rs` (which replays the kept inputs under
//! `tests/fuzz-regressions/<target>/` in the normal test run, without cargo-fuzz). Each
//! function takes raw bytes, must never panic on its own, and asserts more than "no
//! panic" wherever the parser promises more.
#![allow(dead_code)]

use std::collections::{BTreeMap, HashSet};
use tasukete::closing_days::parse_other_closed;
use tasukete::geo::LatLon;
use tasukete::hours::{Certainty, MonthDay};
use tasukete::l10n::{self, Lang};

/// Every target, by the name its folder and fuzz binary carry.
pub const TARGETS: &[(&str, fn(&[u8]))] = &[
    ("hours_window", hours_window),
    ("closing_days", closing_days),
    ("lat_lon", lat_lon),
    ("card_args", card_args),
    ("place_query", place_query),
    ("intake_answers", intake_answers),
    ("profile_import", profile_import),
    ("language_tag", language_tag),
    ("schedule_blob", schedule_blob),
    ("address_key", address_key),
    ("geocode", geocode),
];

fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// The hours file's `start`,`end` pair (the builder's reading of windows): an accepted
/// window starts within the day, lasts at most 24 hours, and its bounds written back as
/// `HH:MM` read again to the same window.
pub fn hours_window(data: &[u8]) {
    let t = text(data);
    let (s, e) = t.split_once('\n').unwrap_or((&t, ""));
    if let Some(m) = tasukete::build::mhlw::minutes(s) {
        assert!(m <= 1440, "{s:?} read as {m} minutes");
        let again = format!("{:02}:{:02}", m / 60, m % 60);
        assert_eq!(tasukete::build::mhlw::minutes(&again), Some(m), "{s:?} -> {again}");
    }
    if let Ok(w) = tasukete::build::mhlw::parse_window(s, e) {
        assert!(w.start <= 1440, "{s:?}-{e:?}: start {}", w.start);
        assert!(w.end > w.start, "{s:?}-{e:?}: empty or reversed window {w:?}");
        assert!(w.end - w.start <= 1440, "{s:?}-{e:?}: longer than a day {w:?}");
        let fmt = |m: u16| format!("{:02}:{:02}", (m % 1440) / 60, m % 60);
        let (s2, e2) = (fmt(w.start), fmt(w.end));
        // 24:00 is written back as 00:00, which the reader takes as another day's start.
        if w.start < 1440 && w.end != 1440 {
            assert_eq!(tasukete::build::mhlw::parse_window(&s2, &e2), Ok(w), "{s:?}-{e:?} -> {s2}-{e2}");
        }
    }
}

fn days_in_month(month: u8) -> u8 {
    match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn valid_day(d: MonthDay) -> bool {
    (1..=12).contains(&d.month) && (1..=days_in_month(d.month)).contains(&d.day)
}

/// その他の休診日: every parsed range lies inside the year (real month and day), ranges
/// are merged and in calendar order (one over the new year only last), and parsing is
/// deterministic; empty text counts as understood.
pub fn closing_days(data: &[u8]) {
    let t = text(data);
    let p = parse_other_closed(&t);
    for r in &p.ranges {
        assert!(valid_day(r.from) && valid_day(r.to), "{t:?}: a day outside the year in {r:?}");
    }
    let wrapping = p.ranges.iter().filter(|r| r.from > r.to).count();
    assert!(wrapping <= 1, "{t:?}: {wrapping} ranges over the new year: {:?}", p.ranges);
    if wrapping == 1 {
        assert!(p.ranges.last().unwrap().from > p.ranges.last().unwrap().to, "{t:?}: the new year range is not last");
    }
    for pair in p.ranges.windows(2) {
        if pair[1].from > pair[1].to {
            continue;
        }
        assert!(pair[0].from <= pair[1].from, "{t:?}: ranges out of order {:?}", p.ranges);
        if pair[0].certainty == pair[1].certainty && pair[0].certainty == Certainty::Closed {
            assert!(pair[0].to < pair[1].from, "{t:?}: overlapping closed ranges not merged {:?}", p.ranges);
        }
    }
    if t.trim().is_empty() {
        assert!(p.fully_parsed && p.ranges.is_empty(), "{t:?}");
    }
    assert_eq!(parse_other_closed(&t), p, "{t:?}: not deterministic");
}

/// `LAT,LON` as typed: an accepted position is finite and on the globe, and printing it
/// and reading it again gives the same position.
pub fn lat_lon(data: &[u8]) {
    let t = text(data);
    if let Ok(p) = LatLon::parse(&t) {
        assert!(p.lat.is_finite() && p.lon.is_finite(), "{t:?} -> {p:?}");
        assert!((-90.0..=90.0).contains(&p.lat) && (-180.0..=180.0).contains(&p.lon), "{t:?} -> {p:?}");
        let again = LatLon::parse(&format!("{},{}", p.lat, p.lon)).expect("a printed position parses");
        assert_eq!(again, p, "{t:?}");
        let b = p.bearing_deg(&LatLon::new(35.0, 139.0).unwrap());
        assert!((0.0..360.0).contains(&b) || b.is_nan(), "bearing {b}");
    }
}

fn lang_of(byte: u8) -> Lang {
    Lang::ALL[byte as usize % Lang::ALL.len()]
}

/// Phrase-card arguments: first byte the language, then `card\nname=value\n...`. A
/// rendered card never shows a control character, always has its Japanese side, shows
/// each argument's value trimmed, and renders the same again.
pub fn card_args(data: &[u8]) {
    let Some((&l, rest)) = data.split_first() else { return };
    let lang = lang_of(l);
    let t = text(rest);
    let mut lines = t.split('\n');
    let card_pick = lines.next().unwrap_or("");
    // A number picks a real card (so the fuzzer reaches the argument parsers); else the text is the id.
    // Rendering the whole catalogue takes milliseconds: once per process.
    static WITH_ARGS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let with_args = WITH_ARGS.get_or_init(|| {
        tasukete::cards::catalogue(Lang::En).into_iter().filter(|c| !c.args.is_empty()).map(|c| c.id).collect()
    });
    let id = match card_pick.parse::<usize>() {
        Ok(n) if !with_args.is_empty() => with_args[n % with_args.len()].clone(),
        _ => card_pick.to_string(),
    };
    let mut args = BTreeMap::new();
    for line in lines {
        if let Some((k, v)) = line.split_once('=') {
            args.insert(k.to_string(), v.to_string());
        }
    }
    match tasukete::cards::render(&id, lang, &args) {
        Ok(card) => {
            for s in [&card.text, &card.ja, &card.ja_reading, &card.romaji] {
                assert!(!s.chars().any(|c| c.is_control() && c != '\n'), "{id} {args:?}: control character in {s:?}");
            }
            assert!(!card.ja.trim().is_empty(), "{id}: no Japanese side");
            for a in &card.args {
                let given = args.get(&a.name).map(|v| v.trim().to_string());
                assert_eq!(a.value, given, "{id}: argument {} shown as given, trimmed", a.name);
            }
            let again = tasukete::cards::render(&id, lang, &args).expect("renders again");
            assert_eq!(serde_json::to_string(&again).unwrap(), serde_json::to_string(&card).unwrap());
        }
        Err(e) => {
            let m = e.to_string();
            assert!(m.chars().count() < 2_000 + t.chars().count(), "error message grows without bound");
        }
    }
}

fn place(i: usize, name: &str) -> tasukete::places::IndexedPlace {
    let mut names = BTreeMap::new();
    if i % 2 == 1 {
        names.insert("en".to_string(), name.to_string());
    }
    let kana = !name.is_empty() && name.chars().all(|c| ('ぁ'..='ゖ').contains(&c));
    let place = tasukete::places::Place {
        id: format!("p{i}"),
        kind: "station".into(),
        name_ja: if i % 2 == 1 { format!("駅{i}") } else { name.to_string() },
        name_en: (i % 2 == 1).then(|| name.to_string()),
        names,
        reading: (kana && i % 2 == 0).then(|| name.to_string()),
        romaji: None,
        prefecture: None,
        municipality: None,
        municipality_romaji: None,
        lat: 35.0,
        lon: 139.0,
        approximate: false,
        lines: (0..(i % 4)).map(|l| l.to_string()).collect(),
        line_names: Vec::new(),
    };
    tasukete::places::IndexedPlace { place, words: None, weight: (i % 3) as u8 }
}

/// Place search over places named by the input: `query\nname\nname...` (odd lines are
/// English names, even ones Japanese). At most `k` answers, no place twice, exact
/// matches before prefix matches (the answers are sorted), and a place written in kana
/// is found by its own name.
pub fn place_query(data: &[u8]) {
    let t = text(data);
    let mut lines = t.split('\n');
    let query = lines.next().unwrap_or("");
    let places: Vec<_> = lines.take(64).enumerate().map(|(i, n)| place(i, n)).collect();
    let index = tasukete::places::PlaceIndex::new(places.clone());
    let search = |q: &str, k: usize| index.search(None, q, k).unwrap_or_default();
    for k in [1, 3, places.len().max(1)] {
        let found = search(query, k);
        assert!(found.len() <= k, "{query:?}: {} answers for k = {k}", found.len());
        let ids: HashSet<_> = found.iter().map(|p| &p.id).collect();
        assert_eq!(ids.len(), found.len(), "{query:?}: a place twice");
        // The first k answers of a longer list are the list for k: one order.
        let longer = search(query, k + 5);
        assert_eq!(
            longer.iter().take(found.len()).map(|p| &p.id).collect::<Vec<_>>(),
            found.iter().map(|p| &p.id).collect::<Vec<_>>(),
            "{query:?}: answers are not in one order"
        );
    }
    for p in places.iter().map(|p| &p.place) {
        let kana = !p.name_ja.is_empty() && p.name_ja.chars().all(|c| ('ぁ'..='ゖ').contains(&c));
        if kana && p.name_ja != "えき" {
            let found = search(&p.name_ja, places.len());
            assert!(found.iter().any(|f| f.id == p.id), "{:?} is not found by its own name", p.name_ja);
        }
    }
}

/// Questionnaire answers (a file or the webview's JSON): accepted answers validate, and
/// written back and read again they are the same answers.
pub fn intake_answers(data: &[u8]) {
    let t = text(data);
    if let Ok(a) = tasukete::intake::Answers::from_json(&t, "fuzz") {
        a.validate().expect("accepted answers validate");
        let json = serde_json::to_string(&a).expect("answers serialize");
        let again = tasukete::intake::Answers::from_json(&json, "again").expect("written answers read again");
        assert_eq!(serde_json::to_string(&again).unwrap(), json, "answers do not round-trip");
    }
}

/// Profile import: an imported profile exports and imports again to the same profile.
pub fn profile_import(data: &[u8]) {
    let t = text(data);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    if let Ok(p) = tasukete::profile::import_json(&t, today) {
        let now = chrono::DateTime::parse_from_rfc3339("2026-11-28T01:00:00Z").unwrap().with_timezone(&chrono::Utc);
        let out = tasukete::profile::export_json(&p, now);
        let again = tasukete::profile::import_json(&out, today).expect("an export imports");
        assert_eq!(again, p, "profile does not round-trip");
    }
}

/// Language negotiation: the answer is a supported language, its own tag negotiates to
/// itself, and a list prefers its first supported entry.
pub fn language_tag(data: &[u8]) {
    let t = text(data);
    let tags: Vec<&str> = t.split('\n').take(64).collect();
    for tag in &tags {
        if let Ok(l) = l10n::negotiate(tag) {
            assert_eq!(l10n::negotiate(l.tag()).ok(), Some(l), "{tag:?} -> {l:?} is not stable");
            assert_eq!(Lang::from_tag(l.tag()), Some(l));
        }
    }
    let chosen = l10n::negotiate_list(&tags);
    let first = tags.iter().find_map(|t| l10n::negotiate(t).ok()).unwrap_or(Lang::En);
    assert_eq!(chosen, first, "{tags:?}");
}

/// A schedule column of the dataset file (postcard): a damaged blob is refused or read,
/// and a schedule that was read answers every question about any day without panicking,
/// with an open state that agrees with itself and with its packed form (the open filter's).
pub fn schedule_blob(data: &[u8]) {
    // Issue 10: a facility without hours stores NULL; the fuzzer feeds blobs.
    let Ok(s) = tasukete::dataset::schema::schedule_from_blob(Some(data)) else { return };
    let packed = tasukete::hours_compact::CompactHours::of(&s);
    let selections: Vec<_> = std::iter::once(None).chain(s.departments.iter().map(|d| Some(d.category))).collect();
    let base = chrono::DateTime::parse_from_rfc3339("2026-12-31T23:30:00+09:00").unwrap();
    for h in [0i64, 1, 10, 24, 24 * 40, 24 * 200] {
        let at = base + chrono::Duration::hours(h);
        let state = s.state_at(at, None);
        assert_eq!(state.open(), s.open_at(at, None), "state and open_at disagree at {at}");
        for &dept in &selections {
            assert_eq!(packed.open_at(at, dept), s.open_at(at, dept), "packed and full disagree at {at} for {dept:?}");
        }
        if let Some(next) = state.next_open() {
            assert!(next >= at - chrono::Duration::minutes(1), "next opening {next} before {at}");
        }
        let _ = s.day_hours(at.date_naive(), None);
        let _ = s.day_verdict(at.date_naive(), None);
    }
}

/// The builder's address key (G-MIS join): `prefecture\naddress`. A key has no spaces and
/// no trailing hyphen, and is a fixed point: the key of a key is itself, so two spellings
/// that meet once stay met.
pub fn address_key(data: &[u8]) {
    let t = text(data);
    let (pref, address) = t.split_once('\n').unwrap_or(("", &t));
    let key = tasukete::build::normalize::address_key(address, pref);
    assert!(!key.chars().any(char::is_whitespace), "{address:?} -> {key:?} has spaces");
    assert!(!key.ends_with('-'), "{address:?} -> {key:?} ends with a hyphen");
    assert_eq!(tasukete::build::normalize::address_key(&key, ""), key, "{address:?}: the key of its key differs");
}

/// Issue 10's address normaliser and geocoder (`build::address`, `build::geocoder`): first
/// byte the prefecture code (any value, 0 and 48+ included), the rest an address, geocoded
/// against a small 新宿区 / 京都市中京区 gazetteer. Normalising is idempotent; a town match
/// is placed inside Japan; the answer is the same twice.
pub fn geocode(data: &[u8]) {
    use tasukete::build::geolonia::{Municipality, Town};
    use tasukete::build::{address, geocoder::Geocode, geocoder::Geocoder};
    let Some((&pref, rest)) = data.split_first() else { return };
    let t = text(rest);
    let n = address::normalise(&t);
    assert_eq!(address::normalise(&n), n, "{t:?}: normalising twice differs");
    static GAZETTEER: std::sync::OnceLock<Geocoder> = std::sync::OnceLock::new();
    let g = GAZETTEER.get_or_init(|| {
        let town = |name: &str, koaza: &str, lat: f64, lon: f64| Town {
            town: name.into(),
            koaza: koaza.into(),
            position: LatLon::new(lat, lon).unwrap(),
        };
        Geocoder::new(&[
            Municipality {
                pref_code: 13,
                name_ja: "新宿区".into(),
                towns: vec![town("西新宿二丁目", "", 35.69, 139.69), town("歌舞伎町一丁目", "", 35.69, 139.70)],
            },
            Municipality {
                pref_code: 26,
                name_ja: "京都市中京区".into(),
                towns: vec![town("饅頭屋町", "", 35.01, 135.76)],
            },
        ])
    });
    let answer = g.geocode(pref, &t);
    if let Geocode::Town { position, .. } = &answer {
        assert!(position.is_in_japan(), "{t:?} placed at {position:?}");
    }
    assert_eq!(g.geocode(pref, &t), answer, "{t:?}: not deterministic");
}
