//! Medical advice lines by place: which adult line (#7119, #7009, #7111, #8500, or an
//! ordinary number) covers a prefecture or municipality, and #8000 with that prefecture's
//! hours. The data is the project's own table, `data/advice-lines/advice-lines.tsv` (see
//! its SOURCE.md), compiled in: it must work without the dataset and without a network.
//! Every entry carries its "as of" date; entries no recent source confirms are not `sure`
//! and are shown with "check locally".

use crate::emergency::{self, NumberEntry};
use crate::l10n::{self, Arg, Args, Lang, Result};
use serde::Serialize;
use std::collections::BTreeSet;
use std::sync::OnceLock;

const TABLE: &str = include_str!("../data/advice-lines/advice-lines.tsv");

/// Who a line is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    /// Adults: "should I call an ambulance?" (#7119 and its local equivalents).
    Adult,
    /// Parents of children under 15 (#8000).
    Child,
}

/// Hours of one kind of day: `None` = not known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum LineHours {
    /// Around the clock.
    AllDay,
    /// From `start` to `end`, minutes after midnight; an end at or before the start is the
    /// next morning.
    Window {
        /// Minutes after midnight.
        start: u16,
        /// Minutes after midnight (the next day's when not after `start`).
        end: u16,
    },
}

/// One row of the table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AdviceLine {
    /// Adult or child.
    pub audience: Audience,
    /// Prefecture JIS code.
    pub pref: u8,
    /// Municipalities covered; empty = the whole prefecture.
    pub municipalities: Vec<String>,
    /// The short number (#7119 ...), if the line has one.
    pub number: Option<String>,
    /// The ordinary number, for phones that cannot dial `#`.
    pub direct: Option<String>,
    /// Weekdays, Saturdays, Sundays and holidays.
    pub hours: [Option<LineHours>; 3],
    /// Date of the newest source for the entry.
    pub as_of: String,
    /// A source from 2022 or later confirms the line runs there.
    pub sure: bool,
    /// Where the entry comes from.
    pub source: String,
    /// A caution in Japanese, as the table has it.
    pub note_ja: Option<String>,
}

fn hours(s: &str) -> Option<LineHours> {
    if s == "24h" {
        return Some(LineHours::AllDay);
    }
    let (a, b) = s.split_once('-')?;
    let m = |t: &str| -> Option<u16> {
        let (h, mm) = t.split_once(':')?;
        Some(h.parse::<u16>().ok()? * 60 + mm.parse::<u16>().ok()?)
    };
    Some(LineHours::Window { start: m(a)?, end: m(b)? })
}

/// Every line in the table, parsed once.
pub fn all() -> &'static [AdviceLine] {
    static LINES: OnceLock<Vec<AdviceLine>> = OnceLock::new();
    LINES.get_or_init(|| {
        let opt = |s: &str| (!s.is_empty()).then(|| s.to_string());
        TABLE
            .lines()
            .skip(1)
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                let f = |i: usize| f.get(i).copied().unwrap_or("");
                AdviceLine {
                    audience: if f(0) == "child" { Audience::Child } else { Audience::Adult },
                    pref: f(1).parse().expect("advice-lines.tsv: pref is a number"),
                    municipalities: f(2).split('、').filter(|m| !m.is_empty()).map(String::from).collect(),
                    number: opt(f(3)),
                    direct: opt(f(4)),
                    hours: [hours(f(5)), hours(f(6)), hours(f(7))],
                    as_of: f(8).to_string(),
                    sure: f(9) == "true",
                    source: f(10).to_string(),
                    note_ja: opt(f(11)),
                }
            })
            .collect()
    })
}

/// Whether a municipality name as the dataset spells it (`札幌市中央区`, `石狩郡当別町`)
/// is the table's `listed` name (`札幌市`, `当別町`).
fn names(municipality: &str, listed: &str) -> bool {
    municipality == listed
        || (listed.ends_with('市') && municipality.starts_with(listed) && municipality.ends_with('区'))
        || (municipality.ends_with(listed) && municipality[..municipality.len() - listed.len()].ends_with('郡'))
}

/// The line for `audience` at a place: the municipality's own entry first, else the
/// prefecture-wide one, else none.
pub fn line_for(audience: Audience, pref: u8, municipality: &str) -> Option<&'static AdviceLine> {
    let here = all().iter().filter(|l| l.audience == audience && l.pref == pref);
    here.clone()
        .find(|l| l.municipalities.iter().any(|m| names(municipality, m)))
        .or_else(|| here.clone().find(|l| l.municipalities.is_empty()))
}

/// A help number for one place: the entry as `numbers` gives it, plus how old and how sure.
#[derive(Debug, Clone, Serialize)]
pub struct PlaceNumber {
    /// The number, name, purpose, hours ...
    #[serde(flatten)]
    pub entry: NumberEntry,
    /// The ordinary number for phones that cannot dial `#`, if known.
    pub direct: Option<String>,
    /// Date of the newest source, when the entry comes from a dated table.
    pub as_of: Option<String>,
    /// Whether recent sources confirm it; false: "check locally".
    pub sure: bool,
    /// The table's caution in Japanese, if any.
    pub note_ja: Option<String>,
}

fn msg(lang: Lang, id: &str, args: &Args) -> Result<String> {
    Ok(l10n::text(lang, "advice", id, args)?.text)
}

fn fmt_time(m: u16) -> String {
    format!("{:02}:{:02}", (m / 60) % 24, m % 60)
}

fn hours_text(lang: Lang, h: &[Option<LineHours>; 3]) -> Result<String> {
    let one = |x: &Option<LineHours>| -> Result<String> {
        Ok(match x {
            Some(LineHours::AllDay) => msg(lang, "advice-hours-24h", &Args::new())?,
            Some(LineHours::Window { start, end }) => format!("{}–{}", fmt_time(*start), fmt_time(*end)),
            None => "?".into(),
        })
    };
    if h.iter().all(Option::is_none) {
        return msg(lang, "advice-hours-unknown", &Args::new());
    }
    if h.iter().all(|x| *x == Some(LineHours::AllDay)) {
        return one(&h[0]);
    }
    let mut args = Args::new();
    args.insert("weekday".into(), Arg::Text(one(&h[0])?));
    args.insert("saturday".into(), Arg::Text(one(&h[1])?));
    args.insert("holiday".into(), Arg::Text(one(&h[2])?));
    msg(lang, "advice-hours-days", &args)
}

fn dial(number: &str) -> String {
    number.chars().filter(|c| c.is_ascii_digit() || *c == '#' || *c == '+').collect()
}

/// A table line as a number card.
pub fn line_entry(lang: Lang, l: &'static AdviceLine, place: &str) -> Result<PlaceNumber> {
    let number = l.number.as_deref().or(l.direct.as_deref()).unwrap_or_default();
    let (id, name_id, purpose_id) = match l.audience {
        Audience::Adult => ("advice-adult", "advice-adult-name", "advice-adult-purpose"),
        Audience::Child => ("advice-child", "advice-child-name", "advice-child-purpose"),
    };
    let mut notes = Vec::new();
    if let (Some(_), Some(direct)) = (&l.number, &l.direct) {
        notes.push(msg(lang, "advice-direct", &Args::from([("direct".to_string(), Arg::Text(direct.clone()))]))?);
    }
    notes.push(msg(lang, "advice-as-of", &Args::from([("date".to_string(), Arg::Text(l.as_of.clone()))]))?);
    if !l.sure {
        notes.push(msg(lang, "advice-check-locally", &Args::new())?);
    }
    let name_args = Args::from([
        ("number".to_string(), Arg::Text(number.to_string())),
        ("place".to_string(), Arg::Text(place.to_string())),
    ]);
    Ok(PlaceNumber {
        entry: NumberEntry {
            id,
            number: leak(number),
            dial: dial(number),
            name: msg(lang, name_id, &name_args)?,
            purpose: msg(lang, purpose_id, &Args::new())?,
            hours: hours_text(lang, &l.hours)?,
            languages: l10n::text(lang, "emergency", "langs-7119", &Args::new())?.text,
            note: Some(notes.join(" ")),
            unsure: !l.sure,
            source: leak(&l.source),
        },
        direct: l.direct.clone(),
        as_of: Some(l.as_of.clone()),
        sure: l.sure,
        note_ja: l.note_ja.clone(),
    })
}

/// `NumberEntry` borrows `'static` strings; the table's are, because [`all`] is a static.
fn leak(s: &str) -> &'static str {
    all()
        .iter()
        .flat_map(|l| [l.number.as_deref(), l.direct.as_deref(), Some(l.source.as_str())])
        .flatten()
        .find(|x| *x == s)
        .unwrap_or("")
}

/// The help numbers for a place (prefecture `pref`, municipality as the dataset spells
/// it): 119, 110, 118, then the advice lines that run there (the adult line, or a notice
/// that none is known; #8000 with the prefecture's hours), then the nationwide lines.
/// Tokyo's own services (Himawari) appear only in Tokyo.
pub fn numbers_at(lang: Lang, pref: u8, municipality: &str) -> Result<Vec<PlaceNumber>> {
    let (pref_ja, pref_en) = crate::prefectures::PREFECTURES
        .get(usize::from(pref).wrapping_sub(1))
        .copied()
        .ok_or(l10n::Error::BadPrefecture(pref))?;
    let place =
        if lang == Lang::Ja { format!("{pref_ja}{municipality}") } else { format!("{municipality}, {pref_en}") };
    let plain = |e: NumberEntry| {
        let sure = !e.unsure;
        PlaceNumber { entry: e, direct: None, as_of: None, sure, note_ja: None }
    };
    let mut out = Vec::new();
    for e in emergency::numbers(lang, None)? {
        match e.id {
            "advice-7119" => match line_for(Audience::Adult, pref, municipality) {
                Some(l) => out.push(line_entry(lang, l, &place)?),
                None => {
                    let args = Args::from([("place".to_string(), Arg::Text(place.clone()))]);
                    out.push(PlaceNumber {
                        entry: NumberEntry {
                            id: "advice-none",
                            number: "",
                            dial: String::new(),
                            name: msg(lang, "advice-none-name", &args)?,
                            purpose: msg(lang, "advice-none", &args)?,
                            hours: String::new(),
                            languages: String::new(),
                            note: Some(msg(lang, "advice-check-locally", &Args::new())?),
                            unsure: true,
                            source: "data/advice-lines/SOURCE.md",
                        },
                        direct: None,
                        as_of: Some("2025-10-01".into()),
                        sure: false,
                        note_ja: None,
                    });
                }
            },
            "child-8000" => {
                if let Some(l) = line_for(Audience::Child, pref, municipality) {
                    out.push(line_entry(lang, l, &place)?);
                }
            }
            "himawari" if pref != 13 => {}
            _ => out.push(plain(e)),
        }
    }
    Ok(out)
}

/// Every message id this module uses in `advice.ftl`.
pub fn message_ids() -> BTreeSet<String> {
    [
        "advice-adult-name",
        "advice-adult-purpose",
        "advice-child-name",
        "advice-child-purpose",
        "advice-hours-24h",
        "advice-hours-days",
        "advice-hours-unknown",
        "advice-as-of",
        "advice-check-locally",
        "advice-direct",
        "advice-none-name",
        "advice-none",
    ]
    .map(String::from)
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_reads_and_covers_every_prefecture_for_children() {
        let lines = all();
        assert!(lines.len() > 70);
        for pref in 1..=47u8 {
            let l = line_for(Audience::Child, pref, "").unwrap_or_else(|| panic!("#8000 for {pref}"));
            assert_eq!(l.number.as_deref(), Some("#8000"));
        }
        let osaka = line_for(Audience::Child, 27, "大阪市北区").unwrap();
        assert_eq!(osaka.hours[2], Some(LineHours::Window { start: 19 * 60, end: 8 * 60 }));
    }

    #[test]
    fn municipalities_pick_their_own_line() {
        let yokohama = line_for(Audience::Adult, 14, "横浜市中区").unwrap();
        assert_eq!(yokohama.direct.as_deref(), Some("045-232-7119"));
        assert!(line_for(Audience::Adult, 14, "相模原市中央区").is_none(), "no line in the rest of Kanagawa");
        let sapporo = line_for(Audience::Adult, 1, "札幌市中央区").unwrap();
        assert_eq!(sapporo.number.as_deref(), Some("#7119"));
        assert!(line_for(Audience::Adult, 1, "函館市").is_none());
        assert_eq!(line_for(Audience::Adult, 1, "石狩郡当別町").unwrap().direct.as_deref(), Some("011-272-7119"));
        assert_eq!(line_for(Audience::Adult, 13, "新宿区").unwrap().direct.as_deref(), Some("03-3212-2323"));
        assert_eq!(line_for(Audience::Adult, 13, "八王子市").unwrap().direct.as_deref(), Some("042-521-2323"));
        assert!(line_for(Audience::Adult, 47, "那覇市").is_none());
    }

    #[test]
    fn numbers_at_a_place() {
        let osaka = numbers_at(Lang::En, 27, "大阪市北区").unwrap();
        let adult = osaka.iter().find(|n| n.entry.id == "advice-adult").unwrap();
        assert_eq!(adult.entry.number, "#7119");
        assert_eq!(adult.direct.as_deref(), Some("06-6582-7119"));
        assert!(adult.sure && adult.as_of.is_some());
        let child = osaka.iter().find(|n| n.entry.id == "advice-child").unwrap();
        assert!(child.entry.hours.contains("19:00–08:00"), "{}", child.entry.hours);
        assert!(!osaka.iter().any(|n| n.entry.id == "himawari"));
        let naha = numbers_at(Lang::En, 47, "那覇市").unwrap();
        assert!(!naha.iter().any(|n| n.entry.number == "#7119"));
        let none = naha.iter().find(|n| n.entry.id == "advice-none").unwrap();
        assert!(none.entry.purpose.contains("119"), "{}", none.entry.purpose);
        let tokyo = numbers_at(Lang::Ja, 13, "新宿区").unwrap();
        assert!(tokyo.iter().any(|n| n.entry.id == "himawari"));
        for lang in Lang::ALL {
            numbers_at(lang, 1, "函館市").unwrap();
        }
    }
}
