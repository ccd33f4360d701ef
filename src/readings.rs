//! Readings of place names: hiragana as a Japanese speaker says the name, and romaji a
//! visitor can say aloud.
//!
//! The readings themselves are data (`data/readings/`, made by `scripts/readings.py` with
//! Sudachi and a reviewed override table, see its README); the builder stores one per
//! place. A stored reading keeps word boundaries as spaces (`きょうと かわらまち`): search
//! uses them to match any word of a name, display drops them. A 〜丁目 number is read here,
//! not by the dictionary (it reads 一丁目 as いちちょうめ).

use crate::romaji::hepburn;
use serde::Serialize;

/// A name's reading, as shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reading {
    /// Hiragana, without word spaces (`きょうとかわらまち`).
    pub reading: String,
    /// Hepburn romaji with macrons, words capitalised (`Kyōto Kawaramachi`).
    pub romaji: String,
}

impl Reading {
    /// The reading of `name` from its stored form `words` (hiragana words separated by spaces).
    pub fn of(name: &str, words: &str) -> Reading {
        let words = &full_words(name, words);
        Reading { reading: words.split_whitespace().collect(), romaji: romaji(name, words) }
    }
}

const NUMERALS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// A kanji number 1..=99 (`六`, `十二`, `二十三`).
pub fn kanji_number(s: &str) -> Option<u32> {
    let digit = |c: char| NUMERALS.iter().position(|&n| n == c).map(|i| i as u32);
    let chars: Vec<char> = s.chars().collect();
    match chars.as_slice() {
        [d] if *d != '十' => digit(*d).filter(|&n| n > 0),
        ['十'] => Some(10),
        ['十', d] => digit(*d).filter(|&n| n > 0).map(|n| 10 + n),
        [t, '十'] => digit(*t).filter(|&n| n > 1).map(|n| n * 10),
        [t, '十', d] => Some(digit(*t).filter(|&n| n > 1)? * 10 + digit(*d).filter(|&n| n > 0)?),
        _ => None,
    }
}

/// Splits `西新宿六丁目` into (`西新宿`, 6); `None` for a name without a 丁目 number.
pub fn split_chome(name: &str) -> Option<(&str, u32)> {
    let rest = name.strip_suffix("丁目")?;
    // The longest ending of up to three numerals that is a number: 与一一丁目 is 与一 1.
    let ends: Vec<usize> = rest.char_indices().rev().take(3).map(|(i, _)| i).collect();
    ends.iter().rev().find_map(|&i| kanji_number(&rest[i..]).map(|n| (&rest[..i], n)))
}

/// How a 丁目 number is said: 一丁目 いっちょうめ, 八丁目 はっちょうめ, 十丁目 じゅっちょうめ.
pub fn chome_reading(n: u32) -> String {
    const ONES: [&str; 10] = ["", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう"];
    let glued = |ones: u32| match ones {
        1 => "いっ",
        8 => "はっ",
        n => ONES[n as usize],
    };
    let number = match (n / 10, n % 10) {
        (0, o) => glued(o).to_string(),
        (1, 0) => "じゅっ".to_string(),
        (1, o) => format!("じゅう{}", glued(o)),
        (t, 0) => format!("{}じゅっ", ONES[t as usize]),
        (t, o) => format!("{}じゅう{}", ONES[t as usize], glued(o)),
    };
    format!("{number}ちょうめ")
}

/// The stored form of a reading: without the 〜丁目 number's words, which
/// [`full_words`] adds back from the name.
pub fn strip_chome_words(name: &str, words: &str) -> String {
    match split_chome(name) {
        Some((_, n)) => {
            let c = chome_reading(n);
            words.strip_suffix(&c).map(|w| w.trim_end().to_string()).unwrap_or_else(|| words.to_string())
        }
        None => words.to_string(),
    }
}

/// The whole reading words of `name` from its stored form (the 〜丁目 number added).
pub fn full_words(name: &str, stored: &str) -> String {
    match split_chome(name) {
        Some((_, n)) if !stored.ends_with("ちょうめ") => {
            let c = chome_reading(n);
            if stored.is_empty() {
                c
            } else {
                format!("{stored} {c}")
            }
        }
        _ => stored.to_string(),
    }
}

/// Word endings that name the kind of place; romaji joins them to the word before with a
/// hyphen, as maps do (`Kyōto-shi`, `Higashiyama-ku`, `Ojika-chō`).
const SUFFIXES: [&str; 7] = ["し", "く", "ぐん", "ちょう", "まち", "むら", "そん"];

/// Hepburn romaji of a stored reading: words capitalised, kind suffixes hyphenated, a
/// 丁目 number in digits (`Nishishinjuku 6-chōme`).
pub fn romaji(name: &str, words: &str) -> String {
    let mut words: Vec<&str> = words.split_whitespace().collect();
    let chome = split_chome(name).map(|(_, n)| n);
    if chome.is_some() {
        // The builder appends the 丁目 reading as the last word.
        words.pop();
    }
    let mut out = String::new();
    for (i, w) in words.iter().enumerate() {
        let r = hepburn(w);
        if i > 0 && SUFFIXES.contains(w) {
            out.push('-');
            out.push_str(&r);
        } else {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(&capitalise(&r));
        }
    }
    if let Some(n) = chome {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&format!("{n}-chōme"));
    }
    out
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chome_numbers_are_read_as_said() {
        assert_eq!(split_chome("西新宿六丁目"), Some(("西新宿", 6)));
        assert_eq!(split_chome("本町十二丁目"), Some(("本町", 12)));
        assert_eq!(split_chome("青山一丁目"), Some(("青山", 1)));
        assert_eq!(split_chome("丁目"), None);
        assert_eq!(split_chome("与一一丁目"), Some(("与一", 1)));
        assert_eq!(split_chome("二十一丁目"), Some(("", 21)));
        assert_eq!(split_chome("祇園町南側"), None);
        assert_eq!(chome_reading(1), "いっちょうめ");
        assert_eq!(chome_reading(8), "はっちょうめ");
        assert_eq!(chome_reading(10), "じゅっちょうめ");
        assert_eq!(chome_reading(4), "よんちょうめ");
        assert_eq!(chome_reading(21), "にじゅういっちょうめ");
        assert_eq!(kanji_number("二十"), Some(20));
        assert_eq!(kanji_number("〇"), None);
    }

    #[test]
    fn romaji_reads_words_suffixes_and_chome() {
        assert_eq!(romaji("京都河原町", "きょうと かわらまち"), "Kyōto Kawaramachi");
        assert_eq!(romaji("京都市東山区", "きょうと し ひがしやま く"), "Kyōto-shi Higashiyama-ku");
        assert_eq!(romaji("西新宿六丁目", "にし しんじゅく ろくちょうめ"), "Nishi Shinjuku 6-chōme");
        let r = Reading::of("新大阪", "しんおおさか");
        assert_eq!(r.reading, "しんおおさか");
        assert_eq!(r.romaji, "Shin'ōsaka");
    }
}
