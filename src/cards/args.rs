//! Card arguments: what kind of value each blank takes, what input fits it, and how a value
//! becomes the three forms a card shows (the user's text and the Japanese, the hiragana
//! reading, the romaji).

use crate::l10n::ja_numbers::{self, Counter};
use crate::l10n::{Arg, Error, Lang, Result};
use crate::vocabulary;
use serde::Serialize;

/// What kind of value a card argument takes; numbers are spelt out in the reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ArgKind {
    /// Free text (an allergen, an address), shown as typed in both languages.
    Text,
    /// A whole number said plainly (0..=9999): a count, a room number.
    Number,
    /// A pain score, 0..=10.
    Score,
    /// A number of days (1..=365).
    Days,
    /// A number of hours (1..=99).
    Hours,
    /// A number of weeks (1..=99).
    Weeks,
    /// A week of pregnancy (1..=45).
    PregnancyWeek,
    /// A number of months (1..=36).
    Months,
    /// An age in years (0..=120).
    Age,
    /// A number of times (1..=99), said with 回.
    Times,
    /// A number of people (1..=99), said with 人.
    People,
    /// An hour of the day (0..=23), said with 時.
    Hour,
    /// A body temperature in °C (34.0..=43.0, one decimal).
    Temperature,
    /// A body weight in kg (0.5..=300.0, one decimal).
    Weight,
    /// A body part the app knows (`knee`, `right:knee`), or free text.
    BodyPart,
    /// A medicine the app knows (`ibuprofen`), or free text.
    Medicine,
}

/// The input that fits an argument, for the app to offer (a number pad, a scale, a picker).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "input", rename_all = "kebab-case")]
pub enum ArgInput {
    /// Free text, at most `max_chars` characters.
    Text {
        /// The longest value accepted.
        max_chars: usize,
    },
    /// A number pad: whole numbers from `min` to `max`, or with one decimal when `decimals` is 1.
    Number {
        /// Smallest value accepted.
        min: f64,
        /// Largest value accepted.
        max: f64,
        /// Digits after the decimal point: 0 or 1.
        decimals: u8,
    },
    /// A scale of buttons from `min` to `max` (a pain score).
    Scale {
        /// First button.
        min: u32,
        /// Last button.
        max: u32,
    },
    /// A picker over the body parts of [`vocabulary::body_parts`], with a side; or free text.
    BodyPart,
    /// A picker over the medicines of [`vocabulary::medicines`]; or free text.
    Medicine,
}

/// The longest free text a card takes.
pub const MAX_TEXT_CHARS: usize = 200;

impl ArgKind {
    /// The kind named in the catalogue (`days`, `temperature` ...).
    pub fn parse(s: &str) -> Option<ArgKind> {
        Some(match s {
            "text" => ArgKind::Text,
            "number" => ArgKind::Number,
            "score" => ArgKind::Score,
            "days" => ArgKind::Days,
            "hours" => ArgKind::Hours,
            "weeks" => ArgKind::Weeks,
            "pregnancy-week" => ArgKind::PregnancyWeek,
            "months" => ArgKind::Months,
            "age" => ArgKind::Age,
            "times" => ArgKind::Times,
            "people" => ArgKind::People,
            "hour" => ArgKind::Hour,
            "temperature" => ArgKind::Temperature,
            "weight" => ArgKind::Weight,
            "body-part" => ArgKind::BodyPart,
            "medicine" => ArgKind::Medicine,
            _ => return None,
        })
    }

    /// (counter, smallest, largest) for whole-number kinds.
    fn whole_range(self) -> Option<(Counter, u32, u32)> {
        Some(match self {
            ArgKind::Number => (Counter::Plain, 0, 9999),
            ArgKind::Score => (Counter::Plain, 0, 10),
            ArgKind::Days => (Counter::Days, 1, 365),
            ArgKind::Hours => (Counter::Hours, 1, 99),
            ArgKind::Weeks => (Counter::Weeks, 1, 99),
            ArgKind::PregnancyWeek => (Counter::PregnancyWeek, 1, 45),
            ArgKind::Months => (Counter::Months, 1, 36),
            ArgKind::Age => (Counter::Age, 0, 120),
            ArgKind::Times => (Counter::Times, 1, 99),
            ArgKind::People => (Counter::People, 1, 99),
            ArgKind::Hour => (Counter::Oclock, 0, 23),
            _ => return None,
        })
    }

    /// (smallest, largest) in tenths, for kinds with one decimal.
    fn tenths_range(self) -> Option<(u32, u32)> {
        match self {
            ArgKind::Temperature => Some((340, 430)),
            ArgKind::Weight => Some((5, 3000)),
            _ => None,
        }
    }

    /// The input that fits this kind.
    pub fn input(self) -> ArgInput {
        if let Some((lo, hi)) = self.tenths_range() {
            return ArgInput::Number { min: f64::from(lo) / 10.0, max: f64::from(hi) / 10.0, decimals: 1 };
        }
        match self {
            ArgKind::Score => ArgInput::Scale { min: 0, max: 10 },
            ArgKind::BodyPart => ArgInput::BodyPart,
            ArgKind::Medicine => ArgInput::Medicine,
            ArgKind::Text => ArgInput::Text { max_chars: MAX_TEXT_CHARS },
            k => {
                let (_, lo, hi) = k.whole_range().expect("every other kind is a whole number");
                ArgInput::Number { min: f64::from(lo), max: f64::from(hi), decimals: 0 }
            }
        }
    }

    /// What the kind expects, in an error message.
    pub fn describe(self) -> &'static str {
        match self {
            ArgKind::Text => "text",
            ArgKind::Number => "a whole number",
            ArgKind::Score => "a score from 0 to 10",
            ArgKind::Days => "a number of days",
            ArgKind::Hours => "a number of hours",
            ArgKind::Weeks => "a number of weeks",
            ArgKind::PregnancyWeek => "a week of pregnancy",
            ArgKind::Months => "a number of months",
            ArgKind::Age => "an age in years",
            ArgKind::Times => "a number of times",
            ArgKind::People => "a number of people",
            ArgKind::Hour => "an hour of the day (0 to 23)",
            ArgKind::Temperature => "a temperature in °C",
            ArgKind::Weight => "a weight in kg",
            ArgKind::BodyPart => "a body part (e.g. knee, right:knee) or text",
            ArgKind::Medicine => "a medicine (e.g. ibuprofen) or text",
        }
    }
}

/// The three forms of one argument value: for the user's text, for the Japanese, for the
/// hiragana reading, and for the romaji.
pub(crate) struct ArgForms {
    pub text: Arg,
    pub ja: Arg,
    pub reading: Arg,
    pub romaji: Arg,
}

impl ArgForms {
    fn same(a: Arg) -> ArgForms {
        ArgForms { text: a.clone(), ja: a.clone(), reading: a.clone(), romaji: a }
    }

    /// The catalogue's blank, on every line.
    pub fn blank(blank: &str) -> ArgForms {
        ArgForms::same(Arg::Text(blank.to_string()))
    }
}

/// Languages that write a decimal comma (38,5 °C).
fn decimal_comma(lang: Lang) -> bool {
    matches!(lang, Lang::De | Lang::Fr | Lang::Es | Lang::Pt | Lang::Ru | Lang::Id | Lang::Vi)
}

/// Parses a value with at most one decimal ("38.5", "12,5", "38") into tenths.
fn parse_tenths(value: &str) -> Option<u32> {
    let v = value.replace(',', ".");
    let (whole, frac) = match v.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (v.as_str(), None),
    };
    let digits = |s: &str| !s.is_empty() && s.len() <= 5 && s.chars().all(|c| c.is_ascii_digit());
    // A point must be followed by exactly one digit: "38." is a value still being typed.
    if !digits(whole) || frac.is_some_and(|f| f.len() != 1 || !digits(f)) {
        return None;
    }
    let w: u32 = whole.parse().ok()?;
    let f: u32 = match frac {
        Some(f) => f.parse().ok()?,
        None => 0,
    };
    Some(w * 10 + f)
}

/// The forms of `value` for an argument of `kind` named `name` on card `card`, with the
/// user's side in `lang`. Errors say what was wrong with which argument.
pub(crate) fn forms(card: &str, name: &str, kind: ArgKind, value: &str, lang: Lang) -> Result<ArgForms> {
    let bad = |what: String| Error::BadCardArgument { card: card.to_string(), message: what };
    let value = value.trim();
    if value.is_empty() {
        return Err(bad(format!("argument '{name}' is empty")));
    }
    if value.chars().count() > MAX_TEXT_CHARS {
        return Err(bad(format!("argument '{name}' is longer than {MAX_TEXT_CHARS} characters")));
    }
    if value.chars().any(char::is_control) {
        return Err(bad(format!("argument '{name}' contains control characters")));
    }
    if let Some((lo, hi)) = kind.tenths_range() {
        let unit = if kind == ArgKind::Temperature { "°C" } else { "kg" };
        let tenths = parse_tenths(value).filter(|t| (lo..=hi).contains(t)).ok_or_else(|| {
            bad(format!(
                "argument '{name}' must be {} from {} to {} {unit} with at most one decimal, got '{value}'",
                kind.describe(),
                f64::from(lo) / 10.0,
                f64::from(hi) / 10.0
            ))
        })?;
        let (shown, r) = ja_numbers::decimal(f64::from(tenths) / 10.0);
        let text = if decimal_comma(lang) { shown.replace('.', ",") } else { shown.clone() };
        return Ok(ArgForms {
            text: Arg::Text(text),
            ja: Arg::Text(shown),
            reading: Arg::Text(r.kana),
            romaji: Arg::Text(r.romaji),
        });
    }
    if let Some((counter, lo, hi)) = kind.whole_range() {
        let n: u32 =
            value.parse().ok().filter(|n| (lo..=hi).contains(n)).ok_or_else(|| {
                bad(format!("argument '{name}' must be a whole number from {lo} to {hi}, got '{value}'"))
            })?;
        let r = ja_numbers::reading(n, counter);
        let number = Arg::Number(f64::from(n));
        return Ok(ArgForms {
            text: number.clone(),
            ja: number,
            reading: Arg::Text(r.kana),
            romaji: Arg::Text(r.romaji),
        });
    }
    let term = match kind {
        ArgKind::BodyPart => vocabulary::body_part_value(value, lang)?,
        ArgKind::Medicine => vocabulary::medicine_value(value, lang)?,
        _ => None,
    };
    Ok(match term {
        Some(t) => ArgForms {
            text: Arg::Text(t.text),
            ja: Arg::Text(t.ja),
            reading: Arg::Text(t.reading),
            romaji: Arg::Text(t.romaji),
        },
        None => ArgForms::same(Arg::Text(value.to_string())),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tenths_parse_with_a_point_or_a_comma_and_one_decimal_at_most() {
        assert_eq!(parse_tenths("38.5"), Some(385));
        assert_eq!(parse_tenths("12,5"), Some(125));
        assert_eq!(parse_tenths("38"), Some(380));
        assert_eq!(parse_tenths("38.55"), None);
        assert_eq!(parse_tenths(".5"), None);
        assert_eq!(parse_tenths("38."), None);
        assert_eq!(parse_tenths("-1"), None);
        assert_eq!(parse_tenths("1e3"), None);
        assert_eq!(parse_tenths("99999999999"), None);
    }

    #[test]
    fn every_kind_has_an_input() {
        assert_eq!(ArgKind::Temperature.input(), ArgInput::Number { min: 34.0, max: 43.0, decimals: 1 });
        assert_eq!(ArgKind::Weight.input(), ArgInput::Number { min: 0.5, max: 300.0, decimals: 1 });
        assert_eq!(ArgKind::Score.input(), ArgInput::Scale { min: 0, max: 10 });
        assert_eq!(ArgKind::Days.input(), ArgInput::Number { min: 1.0, max: 365.0, decimals: 0 });
        assert_eq!(ArgKind::BodyPart.input(), ArgInput::BodyPart);
    }

    #[test]
    fn a_decimal_is_written_as_the_language_writes_it_and_read_in_japanese() {
        let f = forms("c", "kg", ArgKind::Weight, "12,5", Lang::De).unwrap();
        assert_eq!((f.text, f.ja), (Arg::Text("12,5".into()), Arg::Text("12.5".into())));
        assert_eq!(f.reading, Arg::Text("じゅうにてんご".into()));
        let f = forms("c", "kg", ArgKind::Weight, "12.5", Lang::En).unwrap();
        assert_eq!(f.text, Arg::Text("12.5".into()));
        let e = forms("c", "kg", ArgKind::Weight, "12.55", Lang::En).err().unwrap();
        assert!(e.to_string().contains("one decimal"), "{e}");
        assert!(forms("c", "t", ArgKind::Temperature, "50", Lang::En).is_err());
        assert!(forms("c", "t", ArgKind::Text, "a\u{7}b", Lang::En).is_err());
    }
}
