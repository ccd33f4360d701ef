//! What a facility's Japanese sheet says, in the user's language: the "other closed
//! days" (その他の休診日) rendered from the ranges the app could parse, with the original
//! Japanese kept beside them, and the note that goes with a transliterated name.
//!
//! The words are in `locales/<lang>/facility-text.ftl`.
//!
//! ```
//! use tasukete::{facility_text, l10n::Lang};
//! let c = facility_text::closed_days("12月29日～1月3日", Lang::En).unwrap();
//! assert_eq!(c.lines, ["Closed Dec 29 – Jan 3"]);
//! assert_eq!(c.original, "12月29日～1月3日");
//! ```

use crate::closing_days::parse_other_closed;
use crate::hours::{Certainty, MonthDay, YearlyRange};
use crate::l10n::{self, Arg, Args, Lang, Result};
use serde::Serialize;
use std::collections::BTreeSet;

const RESOURCE: &str = "facility-text";

/// The other closed days of a facility, for its screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClosedDays {
    /// One line per period the app could read, in the user's language, in calendar order.
    pub lines: Vec<String>,
    /// Whether the whole Japanese text was understood.
    pub complete: bool,
    /// Says where the lines come from and whether anything was left unread.
    pub note: String,
    /// The text as the source writes it, to show below the lines.
    pub original: String,
}

/// Every message id of `facility-text.ftl` the code uses.
pub fn message_ids() -> BTreeSet<String> {
    let mut ids: BTreeSet<String> = (1..=12).map(|m| format!("month-{m}")).collect();
    ids.extend(
        [
            "date",
            "closed-on",
            "closed-from-to",
            "closed-around",
            "closed-part-of-day",
            "closed-days-read",
            "closed-days-partly-read",
            "name-transliterated",
        ]
        .map(String::from),
    );
    ids
}

fn text(lang: Lang, id: &str, args: &Args) -> Result<String> {
    Ok(l10n::text(lang, RESOURCE, id, args)?.text)
}

fn date(lang: Lang, md: MonthDay) -> Result<String> {
    let month = text(lang, &format!("month-{}", md.month), &Args::new())?;
    let args =
        Args::from([("month".to_string(), Arg::Text(month)), ("day".to_string(), Arg::Number(f64::from(md.day)))]);
    text(lang, "date", &args)
}

/// One parsed period as a line: a closed day, a closed period, part of a day, or the
/// usual dates of a season the sheet names without dates.
fn line(lang: Lang, r: &YearlyRange) -> Result<String> {
    let from = date(lang, r.from)?;
    let single = r.from == r.to;
    let (id, args) = match (r.certainty, single) {
        (Certainty::Closed, true) => ("closed-on", vec![("date", from)]),
        (Certainty::Closed, false) => ("closed-from-to", vec![("from", from), ("to", date(lang, r.to)?)]),
        // A single approximate day is a half day (12月30日午後).
        (Certainty::Approximate, true) => ("closed-part-of-day", vec![("date", from)]),
        (Certainty::Approximate, false) => ("closed-around", vec![("from", from), ("to", date(lang, r.to)?)]),
    };
    let args: Args = args.into_iter().map(|(k, v)| (k.to_string(), Arg::Text(v))).collect();
    text(lang, id, &args)
}

/// The other closed days in `lang`, from the sheet's text; `None` when the sheet says
/// nothing (empty text).
pub fn closed_days(original: &str, lang: Lang) -> Option<ClosedDays> {
    let original = original.trim();
    if original.is_empty() {
        return None;
    }
    let parsed = parse_other_closed(original);
    let lines: Vec<String> = parsed.ranges.iter().filter_map(|r| line(lang, r).ok()).collect();
    let note_id = if parsed.fully_parsed && !lines.is_empty() { "closed-days-read" } else { "closed-days-partly-read" };
    Some(ClosedDays {
        complete: parsed.fully_parsed && !lines.is_empty(),
        note: text(lang, note_id, &Args::new()).unwrap_or_default(),
        lines,
        original: original.to_string(),
    })
}

/// The note shown beside a name the app transliterated from the Japanese reading.
pub fn transliteration_note(lang: Lang) -> Result<String> {
    text(lang, "name-transliterated", &Args::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_are_said_in_each_language() {
        let c = closed_days("01月01日，01月02日，01月03日，08月15日，12月30日，12月31日", Lang::En).unwrap();
        assert_eq!(c.lines, ["Closed Aug 15", "Closed Dec 30 – Jan 3"]);
        assert!(c.complete);
        let de = closed_days("12/30～1/3", Lang::De).unwrap();
        assert_eq!(de.lines, ["Geschlossen 30. Dez. – 3. Jan."]);
        let ja = closed_days("12/30～1/3", Lang::Ja).unwrap();
        assert_eq!(ja.lines, ["12月30日〜1月3日は休診"]);
        let season = closed_days("お盆", Lang::En).unwrap();
        assert!(season.lines[0].starts_with("Probably closed around Aug 13 – Aug 16"), "{:?}", season.lines);
        let half = closed_days("12月30日午後から1月3日まで休診", Lang::En).unwrap();
        assert_eq!(half.lines[0], "Closed part of the day on Dec 30");
    }

    #[test]
    fn what_is_not_read_is_said_and_kept() {
        let c = closed_days("土曜日午後休診、GW（5/3～5/5）", Lang::Fr).unwrap();
        assert!(!c.complete);
        assert_eq!(c.lines.len(), 1);
        assert_eq!(c.original, "土曜日午後休診、GW（5/3～5/5）");
        assert_ne!(c.note, closed_days("5/3～5/5", Lang::Fr).unwrap().note);
        // Only what the text says of every year: not 「8月第2土曜日」 as "2 August", nor a
        // closure of 2025 as every year's.
        let jr = closed_days(
            "・8月第2土曜日（年度によって変動の場合あり）（改行）・年末年始（12月30日～1月3日）（改行）・新病棟へ移転開業準備のため、2025年3月21日、22日は外来診療休診",
            Lang::Fr,
        )
        .unwrap();
        assert_eq!(jr.lines, ["Fermé du 30 déc. au 3 janv."]);
        assert!(!jr.complete);
        let none = closed_days("不定休", Lang::En).unwrap();
        assert!(none.lines.is_empty() && !none.complete);
        assert_eq!(closed_days("  ", Lang::En), None);
    }

    #[test]
    fn every_language_names_every_month() {
        for lang in Lang::ALL {
            for m in 1..=12u8 {
                let d = date(lang, MonthDay { month: m, day: 9 }).unwrap();
                assert!(d.contains('9') && !d.contains("month-"), "{lang}: {d}");
            }
            assert!(!transliteration_note(lang).unwrap().is_empty());
        }
    }
}
