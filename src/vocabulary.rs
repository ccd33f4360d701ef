//! Words the app knows in every language and in Japanese: body parts (with a side: 右の膝)
//! and common medicines by their international name (イブプロフェン). The phrase cards use
//! them for their pickers; the questionnaire may use them too.
//!
//! The lists are data: `data/vocabulary/body-parts.csv` (id, group, whether the part has a
//! left and a right) and `data/vocabulary/medicines.csv` (id); the words are in
//! `locales/<lang>/vocabulary.ftl` (`part-<id>`, `part-group-<group>`, `side-<side>`,
//! `medicine-<id>`), the Japanese with `.reading` and `.romaji` like the cards. Katakana
//! stays katakana in the reading (イブプロフェン).
//!
//! ```
//! use tasukete::{l10n::Lang, vocabulary::{self, Side}};
//! let knee = vocabulary::body_part("knee", Some(Side::Right), Lang::De).unwrap();
//! assert_eq!((knee.ja.as_str(), knee.reading.as_str(), knee.romaji.as_str()), ("右の膝", "みぎのひざ", "migi no hiza"));
//! assert_eq!(knee.text, "Knie (rechts)");
//! ```

use crate::l10n::{self, Arg, Args, Error, Lang, Result};
use serde::Serialize;
use std::collections::BTreeSet;
use std::sync::OnceLock;

const BODY_PARTS_CSV: &str = include_str!("../data/vocabulary/body-parts.csv");
const MEDICINES_CSV: &str = include_str!("../data/vocabulary/medicines.csv");

/// The groups body parts are shown in, in order.
pub const BODY_PART_GROUPS: [&str; 5] = ["head", "trunk", "arm", "leg", "whole"];

/// Left, right or both, for a body part that has two.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Side {
    /// 右.
    Right,
    /// 左.
    Left,
    /// 両方.
    Both,
}

impl Side {
    /// Every side, in the order the app offers them.
    pub const ALL: [Side; 3] = [Side::Right, Side::Left, Side::Both];

    /// The id used in values (`right:knee`) and message ids (`side-right`).
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Right => "right",
            Side::Left => "left",
            Side::Both => "both",
        }
    }

    fn parse(s: &str) -> Option<Side> {
        Side::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

#[derive(Debug, Clone)]
struct PartSpec {
    id: String,
    group: &'static str,
    sided: bool,
}

/// A word of the vocabulary, in the user's language and in Japanese.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Term {
    /// Stable id, e.g. `knee` or `ibuprofen`.
    pub id: String,
    /// The group it is shown in (body parts only), one of [`BODY_PART_GROUPS`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<&'static str>,
    /// Whether the part has a left and a right (body parts only).
    pub sided: bool,
    /// In the user's language.
    pub text: String,
    /// In Japanese.
    pub ja: String,
    /// The Japanese in kana (katakana kept as written).
    pub reading: String,
    /// The Japanese in Hepburn romaji, lower case (it is put inside sentences).
    pub romaji: String,
}

/// A named group or side, in the user's language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Label {
    /// Stable id.
    pub id: &'static str,
    /// In the user's language.
    pub text: String,
}

fn csv_rows(csv_text: &str, file: &str) -> Vec<csv::StringRecord> {
    csv::Reader::from_reader(csv_text.as_bytes())
        .records()
        .enumerate()
        .map(|(i, r)| r.unwrap_or_else(|e| panic!("data/vocabulary/{file} row {}: {e}", i + 2)))
        .collect()
}

fn parse_parts(csv_text: &str) -> Vec<PartSpec> {
    csv_rows(csv_text, "body-parts.csv")
        .into_iter()
        .map(|r| PartSpec {
            id: r[0].to_string(),
            group: BODY_PART_GROUPS
                .into_iter()
                .find(|g| *g == &r[1])
                .unwrap_or_else(|| panic!("data/vocabulary/body-parts.csv: unknown group '{}'", &r[1])),
            sided: match &r[2] {
                "yes" => true,
                "no" => false,
                other => panic!("data/vocabulary/body-parts.csv: sided must be yes or no, not '{other}'"),
            },
        })
        .collect()
}

fn parts() -> &'static [PartSpec] {
    static PARTS: OnceLock<Vec<PartSpec>> = OnceLock::new();
    PARTS.get_or_init(|| parse_parts(BODY_PARTS_CSV))
}

fn medicine_ids() -> &'static [String] {
    static IDS: OnceLock<Vec<String>> = OnceLock::new();
    IDS.get_or_init(|| csv_rows(MEDICINES_CSV, "medicines.csv").into_iter().map(|r| r[0].to_string()).collect())
}

/// Every message id of `vocabulary.ftl` the code uses.
pub fn message_ids() -> BTreeSet<String> {
    let mut ids: BTreeSet<String> = parts().iter().map(|p| format!("part-{}", p.id)).collect();
    ids.extend(BODY_PART_GROUPS.iter().map(|g| format!("part-group-{g}")));
    ids.extend(Side::ALL.iter().map(|s| format!("side-{}", s.as_str())));
    ids.extend(medicine_ids().iter().map(|m| format!("medicine-{m}")));
    ids
}

/// One message in the user's language and in Japanese (text, reading, romaji), with `args`
/// given per line.
fn term(id: &str, lang: Lang, args: [&Args; 4]) -> Result<(String, String, String, String)> {
    Ok((
        l10n::text(lang, "vocabulary", id, args[0])?.text,
        l10n::text(Lang::Ja, "vocabulary", id, args[1])?.text,
        l10n::attribute(Lang::Ja, "vocabulary", id, "reading", args[2])?.text,
        l10n::attribute(Lang::Ja, "vocabulary", id, "romaji", args[3])?.text,
    ))
}

fn part_term(p: &PartSpec, side: Option<Side>, lang: Lang) -> Result<Term> {
    let none = Args::new();
    let (mut text, mut ja, mut reading, mut romaji) = term(&format!("part-{}", p.id), lang, [&none; 4])?;
    if let Some(side) = side {
        let with = |v: &str| Args::from([("part".to_string(), Arg::Text(v.to_string()))]);
        (text, ja, reading, romaji) = term(
            &format!("side-{}", side.as_str()),
            lang,
            [&with(&text), &with(&ja), &with(&reading), &with(&romaji)],
        )?;
    }
    Ok(Term { id: p.id.clone(), group: Some(p.group), sided: p.sided, text, ja, reading, romaji })
}

/// Every body part, in display order, named in `lang` and in Japanese.
pub fn body_parts(lang: Lang) -> Result<Vec<Term>> {
    parts().iter().map(|p| part_term(p, None, lang)).collect()
}

/// The groups of [`body_parts`], named in `lang`.
pub fn body_part_groups(lang: Lang) -> Result<Vec<Label>> {
    BODY_PART_GROUPS
        .into_iter()
        .map(|id| {
            Ok(Label { id, text: l10n::text(lang, "vocabulary", &format!("part-group-{id}"), &Args::new())?.text })
        })
        .collect()
}

/// The sides, each as a label in `lang` ("right", "left", "both sides").
pub fn sides(lang: Lang) -> Result<Vec<Label>> {
    let blank = Args::from([("part".to_string(), Arg::Text(String::new()))]);
    Side::ALL
        .into_iter()
        .map(|s| {
            let text = l10n::text(lang, "vocabulary", &format!("side-{}", s.as_str()), &blank)?.text;
            Ok(Label { id: s.as_str(), text: text.trim().trim_matches(['(', ')', '（', '）']).trim().to_string() })
        })
        .collect()
}

/// One body part, on one side or none. Errors name an unknown part.
pub fn body_part(id: &str, side: Option<Side>, lang: Lang) -> Result<Term> {
    let p = parts().iter().find(|p| p.id == id).ok_or_else(|| Error::BadCardArgument {
        card: "vocabulary".into(),
        message: format!("unknown body part '{id}'"),
    })?;
    part_term(p, side, lang)
}

/// Every medicine the app knows, in display order.
pub fn medicines(lang: Lang) -> Result<Vec<Term>> {
    medicine_ids().iter().map(|m| medicine(m, lang)).collect()
}

/// One medicine by id.
pub fn medicine(id: &str, lang: Lang) -> Result<Term> {
    if !medicine_ids().iter().any(|m| m == id) {
        return Err(Error::BadCardArgument { card: "vocabulary".into(), message: format!("unknown medicine '{id}'") });
    }
    let none = Args::new();
    let (text, ja, reading, romaji) = term(&format!("medicine-{id}"), lang, [&none; 4])?;
    Ok(Term { id: id.to_string(), group: None, sided: false, text, ja, reading, romaji })
}

/// A card value of kind body part: `knee` or `right:knee` gives the term; anything else is
/// the user's own words (`None`), shown as typed.
pub(crate) fn body_part_value(value: &str, lang: Lang) -> Result<Option<Term>> {
    let (side, id) = match value.split_once(':') {
        Some((s, id)) => match Side::parse(s.trim()) {
            Some(side) => (Some(side), id.trim()),
            None => return Ok(None),
        },
        None => (None, value),
    };
    match parts().iter().find(|p| p.id == id) {
        Some(p) => part_term(p, side, lang).map(Some),
        None => Ok(None),
    }
}

/// A card value of kind medicine: a known id gives the term; anything else is text.
pub(crate) fn medicine_value(value: &str, lang: Lang) -> Result<Option<Term>> {
    if medicine_ids().iter().any(|m| m == value) {
        medicine(value, lang).map(Some)
    } else {
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_parse_with_unique_ids() {
        let ids: BTreeSet<_> = parts().iter().map(|p| &p.id).collect();
        assert_eq!(ids.len(), parts().len());
        assert!(parts().len() >= 35);
        let meds: BTreeSet<_> = medicine_ids().iter().collect();
        assert_eq!(meds.len(), medicine_ids().len());
        assert!(std::panic::catch_unwind(|| parse_parts("id,group,sided\nx,tail,no\n")).is_err());
        assert!(std::panic::catch_unwind(|| parse_parts("id,group,sided\nx,head,maybe\n")).is_err());
    }

    #[test]
    fn a_value_is_a_known_word_or_the_users_own() {
        let t = body_part_value("left:ankle", Lang::En).unwrap().unwrap();
        assert_eq!((t.ja.as_str(), t.reading.as_str()), ("左の足首", "ひだりのあしくび"));
        assert_eq!(t.text, "left ankle");
        assert_eq!(body_part_value("my little toe", Lang::En).unwrap(), None);
        assert_eq!(body_part_value("up:knee", Lang::En).unwrap(), None);
        let m = medicine_value("ibuprofen", Lang::Fr).unwrap().unwrap();
        assert_eq!(
            (m.ja.as_str(), m.reading.as_str(), m.romaji.as_str()),
            ("イブプロフェン", "イブプロフェン", "ibupurofen")
        );
        assert_eq!(medicine_value("Tylenol", Lang::Fr).unwrap(), None);
        assert!(body_part("tail", None, Lang::En).is_err());
        assert!(medicine("snake-oil", Lang::En).is_err());
    }

    #[test]
    fn sides_are_named_without_the_part() {
        let s = sides(Lang::En).unwrap();
        assert_eq!(s.iter().map(|l| l.text.as_str()).collect::<Vec<_>>(), ["right", "left", "both sides"]);
        for lang in Lang::ALL {
            for l in sides(lang).unwrap() {
                assert!(!l.text.is_empty(), "{lang}: side {} has no name", l.id);
            }
        }
    }
}
