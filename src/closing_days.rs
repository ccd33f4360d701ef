//! その他の休診日: the facility sheet's free text about closing days, parsed into yearly
//! ranges where it can be.
//!
//! The MHLW text is written by each hospital: lists of days (`01月01日，01月02日`),
//! ranges (`12月29日～1月3日`, `12/29～1/3`, full-width digits), seasons with or without
//! dates (`年末年始（１２月３０日から１月３日まで）`, `お盆`, `GW`) and half days
//! (`12月30日午後から`). Whatever is not understood makes `fully_parsed` false; the
//! builder keeps the text so the app can show it as written.
//!
//! ```
//! use tasukete::closing_days::parse_other_closed;
//! use tasukete::hours::{Certainty, MonthDay};
//!
//! let p = parse_other_closed("01月01日，01月02日，01月03日，12月30日，12月31日");
//! assert!(p.fully_parsed);
//! assert_eq!(p.ranges.len(), 1); // 12-30 .. 01-03, one range over the new year
//! assert_eq!(p.ranges[0].from, MonthDay { month: 12, day: 30 });
//! assert_eq!(p.ranges[0].certainty, Certainty::Closed);
//! ```

use crate::hours::{Certainty, MonthDay, YearlyRange};
use unicode_normalization::UnicodeNormalization;

/// The outcome of [`parse_other_closed`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedClosing {
    /// Closing periods, merged, in calendar order (a range over the new year comes last).
    pub ranges: Vec<YearlyRange>,
    /// Whether every part of the text was understood (empty text counts as understood).
    pub fully_parsed: bool,
}

/// Parses an その他の休診日 text. See the module documentation for the forms understood.
pub fn parse_other_closed(text: &str) -> ParsedClosing {
    // NFKC turns full-width digits, slashes, parentheses and ～ into ASCII; the source's
    // literal "（改行）" marks a line break.
    let normalized: String = text.nfkc().collect::<String>().replace("(改行)", "\n");
    let (tokens, mut understood) = tokenize(&normalized);
    let mut days = DaySet::default();
    let mut seasons = Vec::new();
    let mut last_month: Option<u8> = None;
    // After a year (2025年3月21日), the dates of that line are a one-off closure: a yearly
    // range would say "closed" on that day every year.
    let mut one_off = false;

    let mut i = 0;
    while i < tokens.len() {
        match tokens[i] {
            Tok::Num(_) => match parse_span(&tokens, i, last_month) {
                Some(span) => {
                    if !one_off && !days.add(&span) {
                        understood = false;
                    }
                    last_month = Some(span.to.month);
                    i = span.next;
                    continue;
                }
                None => understood = false,
            },
            Tok::Season(s) => seasons.push(s),
            Tok::Year => {
                understood = false;
                one_off = true;
            }
            Tok::LineBreak => one_off = false,
            Tok::Ordinal => understood = false,
            Tok::Neutral | Tok::Break => {}
            Tok::Label => {
                let beside_date =
                    matches!(i.checked_sub(1).map(|k| tokens[k]), Some(Tok::Num(_) | Tok::Day | Tok::HalfDay))
                        || matches!(tokens.get(i + 1), Some(Tok::Num(_)));
                understood &= beside_date;
            }
            // A half day, 月, 日 or a connector with no date to attach to.
            Tok::HalfDay | Tok::Month | Tok::Day | Tok::Slash | Tok::To => understood = false,
        }
        i += 1;
    }

    // A season is only a label when the text gives dates in its months
    // ("年末年始（12/29～1/3）"); alone it stands for its usual period.
    let mut any_season = false;
    for season in seasons {
        any_season = true;
        if !days.any_in_months(season.months()) {
            let (from, to, certainty) = season.default_range();
            days.add(&Span { from, to, from_half: false, to_half: false, next: 0, certainty });
        }
    }

    let ranges = days.ranges();
    // Text that names neither a date nor a season (完全予約制, 不定休) says nothing usable.
    let said_something = !ranges.is_empty() || any_season;
    let blank = normalized.chars().all(is_separator);
    ParsedClosing { fully_parsed: understood && (said_something || blank), ranges }
}

/// Seasons the text may name without dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Season {
    /// 年末年始.
    YearEnd,
    /// 正月: the first three days of the year.
    NewYear,
    /// お盆 / 夏季休暇.
    Obon,
    /// ゴールデンウィーク.
    GoldenWeek,
}

impl Season {
    /// Months in which an explicit date makes the season word a mere label.
    fn months(self) -> &'static [u8] {
        match self {
            Season::YearEnd | Season::NewYear => &[12, 1],
            Season::Obon => &[7, 8],
            Season::GoldenWeek => &[4, 5],
        }
    }

    fn default_range(self) -> (MonthDay, MonthDay, Certainty) {
        let md = |month, day| MonthDay { month, day };
        match self {
            // 12-29 .. 01-03 is the administrative convention (行政機関の休日に関する法律):
            // hospitals that write just 年末年始 almost all close on those days, so this is
            // stated as closed, not approximate.
            Season::YearEnd => (md(12, 29), md(1, 3), Certainty::Closed),
            // 正月 alone: the 三が日 are closed everywhere; anything beyond is a guess.
            Season::NewYear => (md(1, 1), md(1, 3), Certainty::Closed),
            // No fixed dates: the usual span, and the state on those days is unknown.
            Season::Obon => (md(8, 13), md(8, 16), Certainty::Approximate),
            Season::GoldenWeek => (md(4, 29), md(5, 5), Certainty::Approximate),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    Num(u32),
    Month,
    Day,
    Slash,
    /// ～, -, から ...: a range connector.
    To,
    /// 午後 / 午前 / PM: only part of the day is closed.
    HalfDay,
    Season(Season),
    /// Separators and words that carry no date (休診, まで, の ...).
    Neutral,
    /// The name of a one-day closure (創立記念日): understood only beside its date.
    Label,
    /// A list separator or line break: what it divides does not belong together.
    Break,
    /// A line break: ends what a year (below) applies to.
    LineBreak,
    /// 第2 (土曜日): an ordinal, the n-th week, never a day of the month.
    Ordinal,
    /// 2025年: the dates after it, up to the end of the line, are one year's, not every
    /// year's closing days.
    Year,
}

/// Words recognised; the longest match wins (年末年始 over 年末, 休診日 over 休).
const WORDS: &[(&str, Tok)] = &[
    ("年末年始", Tok::Season(Season::YearEnd)),
    ("年末", Tok::Season(Season::YearEnd)),
    ("年始", Tok::Season(Season::YearEnd)),
    ("お正月", Tok::Season(Season::NewYear)),
    ("正月", Tok::Season(Season::NewYear)),
    ("お盆", Tok::Season(Season::Obon)),
    ("旧盆", Tok::Season(Season::Obon)),
    ("盆", Tok::Season(Season::Obon)),
    ("夏季", Tok::Season(Season::Obon)),
    ("夏期", Tok::Season(Season::Obon)),
    ("夏休み", Tok::Season(Season::Obon)),
    ("冬季", Tok::Season(Season::YearEnd)),
    ("冬期", Tok::Season(Season::YearEnd)),
    ("ゴールデンウィーク", Tok::Season(Season::GoldenWeek)),
    ("ゴールデンウイーク", Tok::Season(Season::GoldenWeek)),
    ("GW", Tok::Season(Season::GoldenWeek)),
    ("gw", Tok::Season(Season::GoldenWeek)),
    ("午後", Tok::HalfDay),
    ("午前", Tok::HalfDay),
    ("PM", Tok::HalfDay),
    ("AM", Tok::HalfDay),
    ("pm", Tok::HalfDay),
    ("am", Tok::HalfDay),
    ("から", Tok::To),
    ("より", Tok::To),
    ("月", Tok::Month),
    ("日", Tok::Day),
    ("/", Tok::Slash),
    ("~", Tok::To),
    ("〜", Tok::To),
    ("-", Tok::To),
    ("ー", Tok::To),
    ("−", Tok::To),
    ("‐", Tok::To),
    ("―", Tok::To),
    ("–", Tok::To),
    // Labels and glue that add nothing to the dates beside them.
    ("休診日", Tok::Neutral),
    ("休診", Tok::Neutral),
    ("休業", Tok::Neutral),
    ("休暇", Tok::Neutral),
    ("休み", Tok::Neutral),
    ("期間", Tok::Neutral),
    ("まで", Tok::Neutral),
    ("迄", Tok::Neutral),
    ("及び", Tok::Neutral),
    ("および", Tok::Neutral),
    ("は", Tok::Neutral),
    ("の", Tok::Neutral),
    ("と", Tok::Neutral),
    ("も", Tok::Neutral),
    ("毎年", Tok::Neutral),
    ("翌年", Tok::Neutral),
    ("翌", Tok::Neutral),
    ("終日", Tok::Neutral),
    ("の間", Tok::Neutral),
    ("お休み", Tok::Neutral),
    ("休日", Tok::Neutral),
    ("休", Tok::Neutral),
    ("外来", Tok::Neutral),
    ("診療", Tok::Neutral),
    ("いたします", Tok::Neutral),
    ("を", Tok::Neutral),
    ("となります", Tok::Neutral),
    ("とします", Tok::Neutral),
    ("します", Tok::Neutral),
    ("です", Tok::Neutral),
    ("開院記念日", Tok::Label),
    ("創立記念日", Tok::Label),
    ("開設記念日", Tok::Label),
    ("メーデー", Tok::Label),
];

fn is_separator(c: char) -> bool {
    c.is_whitespace() || is_break(c) || ".()[]「」【】:●○■◆".contains(c)
}

/// Separators between list items or lines, as opposed to spaces and brackets.
fn is_break(c: char) -> bool {
    "\n、,。・;".contains(c)
}

/// Splits normalised text into tokens; the flag is false if some of it was not recognised.
fn tokenize(s: &str) -> (Vec<Tok>, bool) {
    let mut tokens = Vec::new();
    let mut understood = true;
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        if c.is_ascii_digit() {
            let end = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
            let after = &rest[end..];
            if after.starts_with(':') && after[1..].starts_with(|c: char| c.is_ascii_digit()) {
                // A time of day ("12:30"): not a date, and a closing by the hour is not
                // something a yearly range can say.
                understood = false;
                let skip = after[1..].find(|c: char| !c.is_ascii_digit()).map_or(after.len(), |n| n + 1);
                rest = &after[skip..];
                continue;
            }
            if let Some(after_year) = after.strip_prefix('年') {
                // 2025年, 6年 (令和6年): a year, not a day.
                tokens.push(Tok::Year);
                rest = after_year;
                continue;
            }
            // Long digit runs (phone numbers) are not days or months.
            match rest[..end].parse::<u32>() {
                Ok(n) if end <= 2 => tokens.push(Tok::Num(n)),
                _ => understood = false,
            }
            rest = after;
        } else if let Some(after) = rest.strip_prefix('第').filter(|a| a.starts_with(|d: char| d.is_ascii_digit())) {
            // 第2土曜日: the number is the n-th week; it is consumed with its 第.
            tokens.push(Tok::Ordinal);
            understood = false;
            rest = after.trim_start_matches(|d: char| d.is_ascii_digit());
        } else if is_separator(c) {
            if c == '\n' {
                tokens.push(Tok::LineBreak);
            }
            if is_break(c) && tokens.last() != Some(&Tok::Break) {
                tokens.push(Tok::Break);
            }
            rest = &rest[c.len_utf8()..];
        } else if let Some((word, tok)) = WORDS.iter().filter(|(w, _)| rest.starts_with(w)).max_by_key(|(w, _)| w.len())
        {
            if *tok != Tok::Neutral {
                tokens.push(*tok);
            }
            rest = &rest[word.len()..];
        } else {
            understood = false;
            rest = &rest[c.len_utf8()..];
        }
    }
    (tokens, understood)
}

/// A date or a range of dates found at one place in the text.
struct Span {
    from: MonthDay,
    to: MonthDay,
    /// Only part of the first / last day is closed.
    from_half: bool,
    to_half: bool,
    /// Index of the token after the span.
    next: usize,
    certainty: Certainty,
}

/// `M月D[日]`, `M/D`, or (after another date) `D[日]`; `month` is the month in force.
fn parse_date(t: &[Tok], i: usize, month: Option<u8>) -> Option<(MonthDay, usize)> {
    let num = |k: usize| match t.get(k) {
        Some(Tok::Num(n)) => Some(*n),
        _ => None,
    };
    let first = num(i)?;
    match t.get(i + 1) {
        Some(Tok::Month) => {
            let day = num(i + 2)?;
            let next = if t.get(i + 3) == Some(&Tok::Day) { i + 4 } else { i + 3 };
            Some((valid(first, day)?, next))
        }
        Some(Tok::Slash) => Some((valid(first, num(i + 2)?)?, i + 3)),
        Some(Tok::Day) => Some((valid(u32::from(month?), first)?, i + 2)),
        _ => Some((valid(u32::from(month?), first)?, i + 1)),
    }
}

fn valid(month: u32, day: u32) -> Option<MonthDay> {
    const DAYS: [u32; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let max = *DAYS.get(month.checked_sub(1)? as usize)?;
    (1..=max).contains(&day).then_some(MonthDay { month: month as u8, day: day as u8 })
}

/// A date, optionally a half-day marker, optionally a connector and an end date. After
/// another date a bare number is a day of the same month ("12月30、31日").
fn parse_span(t: &[Tok], i: usize, last_month: Option<u8>) -> Option<Span> {
    let (from, mut k) = parse_date(t, i, last_month)?;
    let from_half = t.get(k) == Some(&Tok::HalfDay);
    if from_half {
        k += 1;
    }
    let mut span = Span { from, to: from, from_half, to_half: false, next: k, certainty: Certainty::Closed };
    if t.get(k) == Some(&Tok::To) {
        // The end may leave out its month: "8月13日～15日", "1/1～3".
        if let Some((to, next)) = parse_date(t, k + 1, Some(from.month)) {
            span.to = to;
            span.next = next;
            if t.get(next) == Some(&Tok::HalfDay) {
                span.to_half = true;
                span.next += 1;
            }
        }
    }
    Some(span)
}

/// The closed days of a year, indexed over a leap year (Jan 1 = 0, Dec 31 = 365).
struct DaySet([Option<Certainty>; 366]);

impl Default for DaySet {
    fn default() -> Self {
        DaySet([None; 366])
    }
}

const MONTH_START: [usize; 13] = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366];

fn index(md: MonthDay) -> usize {
    MONTH_START[usize::from(md.month) - 1] + usize::from(md.day) - 1
}

fn month_day(i: usize) -> MonthDay {
    let m = MONTH_START.iter().rposition(|&s| s <= i).expect("index within the year");
    MonthDay { month: m as u8 + 1, day: (i - MONTH_START[m]) as u8 + 1 }
}

impl DaySet {
    /// Marks a span; false (and nothing marked) for an implausible one such as
    /// "1/29～1/3", a typo that would close most of the year.
    fn add(&mut self, span: &Span) -> bool {
        let (a, b) = (index(span.from), index(span.to));
        let len = if a <= b { b - a + 1 } else { 366 - a + b + 1 };
        if len > 45 {
            return false;
        }
        for n in 0..len {
            let i = (a + n) % 366;
            let half = (n == 0 && span.from_half) || (n + 1 == len && span.to_half);
            let certainty = if half { Certainty::Approximate } else { span.certainty };
            // Approximate wins: a half day or an undated season is not a sure closure.
            if self.0[i] != Some(Certainty::Approximate) {
                self.0[i] = Some(certainty);
            }
        }
        true
    }

    fn any_in_months(&self, months: &[u8]) -> bool {
        months.iter().any(|&m| {
            let m = usize::from(m);
            self.0[MONTH_START[m - 1]..MONTH_START[m]].iter().any(Option::is_some)
        })
    }

    /// Runs of equal certainty as ranges; a run ending on 12-31 joins one starting on
    /// 01-01, so the year end is one range.
    fn ranges(&self) -> Vec<YearlyRange> {
        let mut runs: Vec<(usize, usize, Certainty)> = Vec::new();
        for (i, c) in self.0.iter().enumerate() {
            let Some(c) = *c else { continue };
            match runs.last_mut() {
                Some((_, end, last)) if *end + 1 == i && *last == c => *end = i,
                _ => runs.push((i, i, c)),
            }
        }
        if runs.len() > 1 {
            let (first, last) = (runs[0], runs[runs.len() - 1]);
            if first.0 == 0 && last.1 == 365 && first.2 == last.2 {
                runs.remove(0);
                let n = runs.len();
                runs[n - 1].1 = first.1;
            }
        }
        runs.into_iter()
            .map(|(a, b, certainty)| YearlyRange { from: month_day(a), to: month_day(b), certainty })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Certainty::{Approximate, Closed};

    fn r(fm: u8, fd: u8, tm: u8, td: u8, certainty: Certainty) -> YearlyRange {
        YearlyRange { from: MonthDay { month: fm, day: fd }, to: MonthDay { month: tm, day: td }, certainty }
    }

    fn ok(text: &str) -> Vec<YearlyRange> {
        let p = parse_other_closed(text);
        assert!(p.fully_parsed, "not fully parsed: {text:?} -> {p:?}");
        p.ranges
    }

    #[test]
    fn lists_of_days_merge_into_ranges() {
        assert_eq!(ok("01月01日，01月02日，12月31日"), vec![r(12, 31, 1, 2, Closed)]);
        assert_eq!(ok("1月1日 1月2日 1月3日"), vec![r(1, 1, 1, 3, Closed)]);
        assert_eq!(
            ok("01月01日，01月02日，01月03日，08月15日，12月30日，12月31日"),
            vec![r(8, 15, 8, 15, Closed), r(12, 30, 1, 3, Closed)]
        );
        // Any order, mixed separators, a trailing separator.
        assert_eq!(ok("12月31日 12月30日 12月29日 1月3日 1月2日 1月1日"), vec![r(12, 29, 1, 3, Closed)]);
        assert_eq!(
            ok("04月29日、05月03日、05月04日、05月05日、05月06日、"),
            vec![r(4, 29, 4, 29, Closed), r(5, 3, 5, 6, Closed)]
        );
        assert_eq!(ok("１／１\u{3000}１／２\u{3000}１２／３１"), vec![r(12, 31, 1, 2, Closed)]);
        // Gaps stay gaps.
        assert_eq!(ok("1月2日 1月3日 12月31日"), vec![r(1, 2, 1, 3, Closed), r(12, 31, 12, 31, Closed)]);
    }

    #[test]
    fn ranges_in_every_spelling() {
        let year_end = vec![r(12, 30, 1, 3, Closed)];
        assert_eq!(ok("年末年始（１２月３０日から１月３日まで）"), year_end);
        assert_eq!(ok("12月30日～1月3日"), year_end);
        assert_eq!(ok("12/30～1/3"), year_end);
        assert_eq!(ok("12/30~1/3休診"), year_end);
        assert_eq!(ok("１２月３０日〜１月３日までは休診"), year_end);
        assert_eq!(ok("１２月３０日～１月３日"), year_end);
        assert_eq!(ok("年末年始：12/30～1/3"), year_end);
        assert_eq!(ok("12/29～1/3"), vec![r(12, 29, 1, 3, Closed)]);
        // The day without 日 before the connector, the month left out after it.
        assert_eq!(ok("年末年始（１２月２９～１月３日）"), vec![r(12, 29, 1, 3, Closed)]);
        assert_eq!(
            ok("夏期（8月13日～15日）、年末年始（12月30日～1月3日）は休診"),
            vec![r(8, 13, 8, 15, Closed), r(12, 30, 1, 3, Closed)]
        );
        assert_eq!(ok("12/31午後、及び1/1～3"), vec![r(1, 1, 1, 3, Closed), r(12, 31, 12, 31, Approximate)]);
        assert_eq!(ok("12月30日～1月3日 , 8月13日～8月15日"), vec![r(8, 13, 8, 15, Closed), r(12, 30, 1, 3, Closed)]);
        // Bare days after a date keep its month.
        assert_eq!(
            ok("年末年始の休診日　１２月３０、３１、１月１日、２日、３日の５日間".replace("の５日間", "").as_str()),
            vec![r(12, 30, 1, 3, Closed)]
        );
        assert_eq!(ok("年末12月29日から翌年1月3日まで休診"), vec![r(12, 29, 1, 3, Closed)]);
        assert_eq!(
            ok("夏季休暇8月14日・15日　冬季休暇12月30日～1月3日"),
            vec![r(8, 14, 8, 15, Closed), r(12, 30, 1, 3, Closed)]
        );
        assert_eq!(
            ok("8/13～8/15、12/30～1/3は外来診療を休診いたします。"),
            vec![r(8, 13, 8, 15, Closed), r(12, 30, 1, 3, Closed)]
        );
        assert_eq!(
            ok("01月01日，01月02日，01月03日，05月01日(創立記念日），12月31日"),
            vec![r(5, 1, 5, 1, Closed), r(12, 31, 1, 3, Closed)]
        );
        assert_eq!(
            ok("８月１４日、１２月３０日～１月３日は休みです。"),
            vec![r(8, 14, 8, 14, Closed), r(12, 30, 1, 3, Closed)]
        );
    }

    #[test]
    fn seasons_without_dates() {
        // The administrative year end, stated as closed.
        assert_eq!(ok("年末年始"), vec![r(12, 29, 1, 3, Closed)]);
        assert_eq!(ok("お盆"), vec![r(8, 13, 8, 16, Approximate)]);
        assert_eq!(ok("夏季休暇"), vec![r(8, 13, 8, 16, Approximate)]);
        assert_eq!(ok("ゴールデンウィーク"), vec![r(4, 29, 5, 5, Approximate)]);
        assert_eq!(
            ok("ＧＷ、お盆、年末年始"),
            vec![r(4, 29, 5, 5, Approximate), r(8, 13, 8, 16, Approximate), r(12, 29, 1, 3, Closed)]
        );
        // A season with its own dates is only a label.
        assert_eq!(ok("GW、年末年始（12/29～1/3）"), vec![r(4, 29, 5, 5, Approximate), r(12, 29, 1, 3, Closed)]);
        assert_eq!(
            ok("お盆休み（8/13）、正月休み（12/31～1/3）"),
            vec![r(8, 13, 8, 13, Closed), r(12, 31, 1, 3, Closed)]
        );
        assert_eq!(
            ok("01月01日，01月02日，01月03日，12月29日，12月30日，12月31日（改行）ゴールデンウイーク"),
            vec![r(4, 29, 5, 5, Approximate), r(12, 29, 1, 3, Closed)]
        );
    }

    #[test]
    fn half_days_are_approximate() {
        // The half day stays apart; the whole days after it join over the new year.
        let expected = vec![r(12, 30, 12, 30, Approximate), r(12, 31, 1, 3, Closed)];
        assert_eq!(ok("12月30日午後から1月3日まで休診"), expected);
        assert_eq!(ok("年末年始（１２月３０日午後から１月３日まで）"), expected);
        assert_eq!(ok("01月01日，01月02日，01月03日，12月30日午後，12月31日"), expected);
        assert_eq!(
            ok("12月29日（午後）、12月30日～1月3日"),
            vec![r(12, 29, 12, 29, Approximate), r(12, 30, 1, 3, Closed)]
        );
    }

    #[test]
    fn what_is_not_understood_is_flagged() {
        for text in [
            "土曜日午後休診",
            "不定休",
            "完全予約制",
            "01月02日，01月03日，12月31日（2024年は12月30日も追加）",
            "年末年始（1/29～1/3）",
            "土曜、日曜、祝祭日及び年末年始（12月29日～1月3日）",
            "13月1日",
            "2月30日",
            "休診",
            // A time of day is not a day of the month.
            "12月29日（12：30）　～　1月3日",
            "令和６年度",
            // A named day without its date.
            "年末年始（１２月２９日から１月３日）（改行）創立記念日",
        ] {
            assert!(!parse_other_closed(text).fully_parsed, "{text:?}");
        }
        // What could be read is still returned.
        let p = parse_other_closed("土曜日午後休診、GW（5/3～5/5）、年末年始（12/30～1/3）");
        assert!(!p.fully_parsed);
        assert_eq!(p.ranges, vec![r(5, 3, 5, 5, Closed), r(12, 30, 1, 3, Closed)]);
        // The implausible range is dropped, not stretched over the year; the season word
        // then stands alone.
        assert_eq!(parse_other_closed("年末年始（1/29～1/3）").ranges, vec![r(12, 29, 1, 3, Closed)]);
    }

    #[test]
    fn nth_weekdays_and_one_year_dates_are_not_yearly_days() {
        // 「8月第2土曜日」 is the 2nd Saturday of August, not August 2; 「2025年3月21日、22日」
        // is a closure in 2025 only. Neither may close the facility on those dates every
        // year; the rest of the text is still read.
        let p = parse_other_closed(
            "・8月第2土曜日（年度によって変動の場合あり）（改行）・年末年始（12月30日～1月3日）（改行）・新病棟へ移転開業準備のため、2025年3月21日、22日は外来診療休診",
        );
        assert!(!p.fully_parsed);
        assert_eq!(p.ranges, vec![r(12, 30, 1, 3, Closed)]);
        assert_eq!(parse_other_closed("8月第2土曜日").ranges, vec![]);
        assert_eq!(parse_other_closed("令和6年12月28日、12月29日～1月3日").ranges, vec![]);
        // A year's dates end with the line; the next line is yearly again.
        assert_eq!(parse_other_closed("2025年5月1日\n12/31").ranges, vec![r(12, 31, 12, 31, Closed)]);
    }

    #[test]
    fn empty_text() {
        assert_eq!(parse_other_closed(""), ParsedClosing { ranges: vec![], fully_parsed: true });
        assert_eq!(parse_other_closed("  "), ParsedClosing { ranges: vec![], fully_parsed: true });
    }

    #[test]
    fn day_index_round_trips() {
        for i in 0..366 {
            assert_eq!(index(month_day(i)), i);
        }
        assert_eq!(month_day(59), MonthDay { month: 2, day: 29 });
        assert_eq!(month_day(365), MonthDay { month: 12, day: 31 });
    }
}
