//! How Japanese says a number with its counter, in hiragana and in romaji, so that a card
//! such as 「2日前からです」 gets the reading 「ふつかまえからです」 and "futsuka mae kara
//! desu" instead of a digit the user cannot pronounce.
//!
//! Romaji is Hepburn with macrons for long vowels (ū, ō), as everywhere in the cards.

use serde::{Deserialize, Serialize};

/// The counter a number is said with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Counter {
    /// A bare number (a pain score, a count): さん.
    Plain,
    /// A number of days (日): ふつか, とおか, はつか.
    Days,
    /// A number of hours (時間): よじかん.
    Hours,
    /// A number of weeks (週間): いっしゅうかん.
    Weeks,
    /// A week of pregnancy (週): にじゅっしゅう.
    PregnancyWeek,
    /// A number of months (か月): いっかげつ.
    Months,
    /// Years of age (歳): はたち for 20.
    Age,
    /// A number of times (回): いっかい.
    Times,
    /// A number of people (人): ひとり, ふたり, よにん.
    People,
    /// An hour of the day (時): れいじ, よじ, しちじ, くじ.
    Oclock,
}

/// A reading: hiragana and romaji.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reading {
    /// Hiragana, e.g. ふつか.
    pub kana: String,
    /// Hepburn romaji, e.g. futsuka.
    pub romaji: String,
}

fn r(kana: &str, romaji: &str) -> Reading {
    Reading { kana: kana.into(), romaji: romaji.into() }
}

const DIGITS: [(&str, &str); 10] = [
    ("ぜろ", "zero"),
    ("いち", "ichi"),
    ("に", "ni"),
    ("さん", "san"),
    ("よん", "yon"),
    ("ご", "go"),
    ("ろく", "roku"),
    ("なな", "nana"),
    ("はち", "hachi"),
    ("きゅう", "kyū"),
];

/// A number 0..=99_999 said plainly (さんびゃくろくじゅう / sanbyakurokujū).
pub fn number(n: u32) -> Reading {
    if n == 0 {
        return r(DIGITS[0].0, DIGITS[0].1);
    }
    let mut kana = String::new();
    let mut romaji = String::new();
    let man = n / 10_000;
    if man > 0 {
        let m = number(man);
        kana += &m.kana;
        romaji += &m.romaji;
        kana += "まん";
        romaji += "man";
    }
    let rest = n % 10_000;
    let (th, hu, te, on) = (rest / 1000, rest / 100 % 10, rest / 10 % 10, rest % 10);
    match th {
        0 => {}
        1 => push(&mut kana, &mut romaji, "せん", "sen"),
        3 => push(&mut kana, &mut romaji, "さんぜん", "sanzen"),
        8 => push(&mut kana, &mut romaji, "はっせん", "hassen"),
        d => {
            push(&mut kana, &mut romaji, DIGITS[d as usize].0, DIGITS[d as usize].1);
            push(&mut kana, &mut romaji, "せん", "sen");
        }
    }
    match hu {
        0 => {}
        1 => push(&mut kana, &mut romaji, "ひゃく", "hyaku"),
        3 => push(&mut kana, &mut romaji, "さんびゃく", "sanbyaku"),
        6 => push(&mut kana, &mut romaji, "ろっぴゃく", "roppyaku"),
        8 => push(&mut kana, &mut romaji, "はっぴゃく", "happyaku"),
        d => {
            push(&mut kana, &mut romaji, DIGITS[d as usize].0, DIGITS[d as usize].1);
            push(&mut kana, &mut romaji, "ひゃく", "hyaku");
        }
    }
    match te {
        0 => {}
        1 => push(&mut kana, &mut romaji, "じゅう", "jū"),
        d => {
            push(&mut kana, &mut romaji, DIGITS[d as usize].0, DIGITS[d as usize].1);
            push(&mut kana, &mut romaji, "じゅう", "jū");
        }
    }
    if on > 0 {
        push(&mut kana, &mut romaji, DIGITS[on as usize].0, DIGITS[on as usize].1);
    }
    Reading { kana, romaji }
}

fn push(kana: &mut String, romaji: &mut String, k: &str, ro: &str) {
    kana.push_str(k);
    romaji.push_str(ro);
}

/// The number without its last unit digit, and that digit: 24 -> (20, 4).
fn split(n: u32) -> (u32, u32) {
    (n - n % 10, n % 10)
}

/// A number followed by a counter whose first sound doubles after 1, 8 and ten
/// (and after 6 when `six_doubles`): いっさい, はっさい, じゅっさい, ろっかげつ.
fn doubling(n: u32, counter_kana: &str, counter_romaji: &str, six_doubles: bool) -> Reading {
    let (head, unit) = split(n);
    let first = &counter_romaji[..counter_romaji.chars().next().map_or(0, char::len_utf8)];
    let lead = |k: &str, ro: &str| {
        let h = if head > 0 { number(head) } else { r("", "") };
        Reading {
            kana: format!("{}{k}っ{counter_kana}", h.kana),
            romaji: format!("{}{ro}{first}{counter_romaji}", h.romaji),
        }
    };
    match unit {
        1 => lead("い", "i"),
        8 => lead("は", "ha"),
        6 if six_doubles => lead("ろ", "ro"),
        0 if n % 100 != 0 && n % 100 / 10 >= 1 => {
            // ...じゅう + counter -> ...じゅっ + counter
            let tens_head = n - 10 * (n % 100 / 10);
            let t = n % 100 / 10;
            let mut h = if tens_head > 0 { number(tens_head) } else { r("", "") };
            if t > 1 {
                h.kana += DIGITS[t as usize].0;
                h.romaji += DIGITS[t as usize].1;
            }
            Reading {
                kana: format!("{}じゅっ{counter_kana}", h.kana),
                romaji: format!("{}ju{first}{counter_romaji}", h.romaji),
            }
        }
        _ => {
            let p = number(n);
            Reading { kana: p.kana + counter_kana, romaji: p.romaji + counter_romaji }
        }
    }
}

/// A number before 時 or 日-like counters, where 4, 7 and 9 take their older readings.
fn with_old_digits(n: u32, counter_kana: &str, counter_romaji: &str, four: (&str, &str)) -> Reading {
    let (head, unit) = split(n);
    let (k, ro) = match unit {
        4 => four,
        7 => ("しち", "shichi"),
        9 => ("く", "ku"),
        _ => {
            let p = number(n);
            return Reading { kana: p.kana + counter_kana, romaji: p.romaji + counter_romaji };
        }
    };
    let h = if head > 0 { number(head) } else { r("", "") };
    Reading { kana: format!("{}{k}{counter_kana}", h.kana), romaji: format!("{}{ro}{counter_romaji}", h.romaji) }
}

/// How `n` is said with `counter`, e.g. (2, Days) -> ふつか / futsuka.
pub fn reading(n: u32, counter: Counter) -> Reading {
    match counter {
        Counter::Plain => number(n),
        Counter::Days => match n {
            1 => r("いちにち", "ichinichi"),
            2 => r("ふつか", "futsuka"),
            3 => r("みっか", "mikka"),
            4 => r("よっか", "yokka"),
            5 => r("いつか", "itsuka"),
            6 => r("むいか", "muika"),
            7 => r("なのか", "nanoka"),
            8 => r("ようか", "yōka"),
            9 => r("ここのか", "kokonoka"),
            10 => r("とおか", "tōka"),
            20 => r("はつか", "hatsuka"),
            // Every day count ending in 4 ends in よっか (34 さんじゅうよっか), as 14 and 24 do.
            _ if n % 10 == 4 => {
                let h = number(n - 4);
                Reading { kana: format!("{}よっか", h.kana), romaji: format!("{}yokka", h.romaji) }
            }
            _ => with_old_digits(n, "にち", "nichi", ("よん", "yon")),
        },
        Counter::Hours => with_old_digits(n, "じかん", "jikan", ("よ", "yo")),
        Counter::Weeks => doubling(n, "しゅうかん", "shūkan", false),
        Counter::PregnancyWeek => doubling(n, "しゅう", "shū", false),
        Counter::Months => doubling(n, "かげつ", "kagetsu", true),
        Counter::Age if n == 20 => r("はたち", "hatachi"),
        Counter::Age => doubling(n, "さい", "sai", false),
        Counter::Times => doubling(n, "かい", "kai", true),
        Counter::Oclock if n == 0 => r("れいじ", "reiji"),
        Counter::Oclock => with_old_digits(n, "じ", "ji", ("よ", "yo")),
        Counter::People => match n {
            1 => r("ひとり", "hitori"),
            2 => r("ふたり", "futari"),
            _ if n % 10 == 4 => {
                let head = if n > 4 { number(n - 4) } else { r("", "") };
                r(&(head.kana + "よにん"), &(head.romaji + "yonin"))
            }
            _ => {
                let p = number(n);
                Reading { kana: p.kana + "にん", romaji: p.romaji + "nin" }
            }
        },
    }
}

/// A measurement with one decimal (a temperature, a weight), as shown and as said:
/// 38.5 -> ("38.5", さんじゅうはちてんご / sanjūhachi ten go); 37.0 -> ("37", さんじゅうなな).
pub fn decimal(value: f64) -> (String, Reading) {
    let tenths = (value * 10.0).round() as u32;
    let (whole, tenth) = (tenths / 10, tenths % 10);
    let w = number(whole);
    if tenth == 0 {
        return (format!("{whole}"), w);
    }
    let d = number(tenth);
    (
        format!("{whole}.{tenth}"),
        Reading { kana: format!("{}てん{}", w.kana, d.kana), romaji: format!("{} ten {}", w.romaji, d.romaji) },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(n: u32, c: Counter) -> (String, String) {
        let r = reading(n, c);
        (r.kana, r.romaji)
    }

    #[test]
    fn plain_numbers() {
        assert_eq!(k(0, Counter::Plain), ("ぜろ".into(), "zero".into()));
        assert_eq!(k(7, Counter::Plain), ("なな".into(), "nana".into()));
        assert_eq!(k(10, Counter::Plain), ("じゅう".into(), "jū".into()));
        assert_eq!(k(38, Counter::Plain), ("さんじゅうはち".into(), "sanjūhachi".into()));
        assert_eq!(k(360, Counter::Plain), ("さんびゃくろくじゅう".into(), "sanbyakurokujū".into()));
        assert_eq!(k(8000, Counter::Plain), ("はっせん".into(), "hassen".into()));
        assert_eq!(k(12_000, Counter::Plain), ("いちまんにせん".into(), "ichimannisen".into()));
    }

    #[test]
    fn counters_take_their_irregular_forms() {
        assert_eq!(k(2, Counter::Days).0, "ふつか");
        assert_eq!(k(20, Counter::Days).0, "はつか");
        assert_eq!(k(17, Counter::Days), ("じゅうしちにち".into(), "jūshichinichi".into()));
        // Days ending in 4 are よっか at every size (the review found 34 and 44 read よんにち).
        for (n, kana, romaji) in [
            (4, "よっか", "yokka"),
            (14, "じゅうよっか", "jūyokka"),
            (24, "にじゅうよっか", "nijūyokka"),
            (34, "さんじゅうよっか", "sanjūyokka"),
            (44, "よんじゅうよっか", "yonjūyokka"),
            (104, "ひゃくよっか", "hyakuyokka"),
            (364, "さんびゃくろくじゅうよっか", "sanbyakurokujūyokka"),
        ] {
            assert_eq!(k(n, Counter::Days), (kana.into(), romaji.into()), "{n} days");
        }
        assert_eq!(k(40, Counter::Days).0, "よんじゅうにち");
        assert_eq!(k(19, Counter::Days).0, "じゅうくにち");
        assert_eq!(k(4, Counter::Hours), ("よじかん".into(), "yojikan".into()));
        assert_eq!(k(9, Counter::Hours).0, "くじかん");
        assert_eq!(k(1, Counter::Weeks), ("いっしゅうかん".into(), "isshūkan".into()));
        assert_eq!(k(3, Counter::Weeks).0, "さんしゅうかん");
        assert_eq!(k(20, Counter::PregnancyWeek), ("にじゅっしゅう".into(), "nijusshū".into()));
        assert_eq!(k(10, Counter::PregnancyWeek), ("じゅっしゅう".into(), "jusshū".into()));
        assert_eq!(k(6, Counter::Months), ("ろっかげつ".into(), "rokkagetsu".into()));
        assert_eq!(k(1, Counter::Age), ("いっさい".into(), "issai".into()));
        assert_eq!(k(20, Counter::Age).0, "はたち");
        assert_eq!(k(28, Counter::Age), ("にじゅうはっさい".into(), "nijūhassai".into()));
        assert_eq!(k(30, Counter::Age), ("さんじゅっさい".into(), "sanjussai".into()));
        assert_eq!(k(45, Counter::Age).0, "よんじゅうごさい");
        assert_eq!(k(100, Counter::Age).0, "ひゃくさい");
        assert_eq!(k(3, Counter::Times), ("さんかい".into(), "sankai".into()));
        assert_eq!(k(1, Counter::Times), ("いっかい".into(), "ikkai".into()));
        assert_eq!(k(6, Counter::Times).0, "ろっかい");
        assert_eq!(k(10, Counter::Times), ("じゅっかい".into(), "jukkai".into()));
        assert_eq!(k(1, Counter::People), ("ひとり".into(), "hitori".into()));
        assert_eq!(k(2, Counter::People).0, "ふたり");
        assert_eq!(k(4, Counter::People).0, "よにん");
        assert_eq!(k(14, Counter::People).0, "じゅうよにん");
        assert_eq!(k(3, Counter::People), ("さんにん".into(), "sannin".into()));
        assert_eq!(k(0, Counter::Oclock), ("れいじ".into(), "reiji".into()));
        assert_eq!(k(4, Counter::Oclock).0, "よじ");
        assert_eq!(k(7, Counter::Oclock).0, "しちじ");
        assert_eq!(k(9, Counter::Oclock).0, "くじ");
        assert_eq!(k(14, Counter::Oclock), ("じゅうよじ".into(), "jūyoji".into()));
        assert_eq!(k(19, Counter::Oclock).0, "じゅうくじ");
        assert_eq!(k(23, Counter::Oclock).0, "にじゅうさんじ");
    }

    #[test]
    fn decimals_are_said_with_ten() {
        let (shown, r) = decimal(38.5);
        assert_eq!((shown.as_str(), r.kana.as_str()), ("38.5", "さんじゅうはちてんご"));
        assert_eq!(decimal(37.0).0, "37");
        assert_eq!(decimal(12.46).1.kana, "じゅうにてんご");
    }
}
