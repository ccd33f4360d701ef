//! The address normaliser of the geocoder: one canonical spelling of a Japanese address, so
//! that a facility list's `京都府京都市東山区祇園町南側５７０番地の１２３　ＸＸビル２階` and the
//! gazetteer's `祇園町南側` compare by plain prefix.
//!
//! What it does, in order (each step is what a Japanese address parser does):
//! - NFKC (full-width digits and letters, half-width kana), no spaces;
//! - spelling variants folded (ヶ/ケ/ヵ/ｹ, ノ/の between names, 檮/梼 as the area names do);
//! - every dash form written `-`; `ー` between digits is a dash;
//! - kanji numerals written in digits (`二丁目` -> `2丁目`, `十三` -> `13`, `百二` -> `102`);
//! - the `大字` / `字` markers dropped;
//! - house numbers written `1-2-3` (`番地の`, `番地`, `番`, `号`, `の` between digits);
//! - everything after the house number (building names, floors, rooms) dropped.
//!
//! It is a pure function of its input and idempotent (`normalise(normalise(a)) ==
//! normalise(a)`): the gazetteer's names go through the same function.

use unicode_normalization::UnicodeNormalization;

/// The canonical form of an address or of a place name (see the module's description).
pub fn normalise(address: &str) -> String {
    // Each pass is deterministic; a second pass changes nothing in practice, but looping to a
    // fixed point (bounded) makes idempotence hold by construction.
    let mut s = pass(address);
    for _ in 0..4 {
        let next = pass(&s);
        if next == s {
            break;
        }
        s = next;
    }
    s
}

fn pass(address: &str) -> String {
    let s: String = address.nfkc().filter(|c| !c.is_whitespace() && !c.is_control()).map(fold_char).collect();
    let s = dashes(&s);
    let s = kanji_numerals(&s);
    let s = s.replace("大字", "").replace('字', "");
    let s = house_numbers(&s);
    cut_after_house_number(&s)
}

/// Spelling variants that different publishers use for the same name.
fn fold_char(c: char) -> char {
    match c {
        'ヶ' | 'ケ' | 'ｹ' | 'ヵ' | 'ゖ' | 'ゕ' => 'ケ',
        '檮' => '梼',
        // Old and variant forms of kanji that place names are written with either way.
        '惠' => '恵',
        '檜' => '桧',
        '﨑' => '崎',
        '髙' => '高',
        '邊' | '邉' => '辺',
        '澤' => '沢',
        '濱' => '浜',
        '德' => '徳',
        'ノ' => 'の',
        '之' => 'の',
        '（' => '(',
        '）' => ')',
        _ => c,
    }
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' | '－' | '─' | '━' | 'ｰ' | '˗')
}

/// Every dash form as `-`; `ー` (the long-vowel mark) only between digits.
fn dashes(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        let between_digits = i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit() || is_kanji_digit(*n));
        if is_dash(c) || (c == 'ー' && between_digits) {
            out.push('-');
        } else {
            out.push(c);
        }
    }
    out
}

fn kanji_digit(c: char) -> Option<u64> {
    match c {
        '〇' | '零' => Some(0),
        '一' | '壱' => Some(1),
        '二' | '弐' => Some(2),
        '三' | '参' => Some(3),
        '四' => Some(4),
        '五' => Some(5),
        '六' => Some(6),
        '七' => Some(7),
        '八' => Some(8),
        '九' => Some(9),
        _ => None,
    }
}

fn kanji_unit(c: char) -> Option<u64> {
    match c {
        '十' => Some(10),
        '百' => Some(100),
        _ => None,
    }
}

fn is_kanji_digit(c: char) -> bool {
    kanji_digit(c).is_some() || kanji_unit(c).is_some()
}

/// The value of a run of kanji numerals: positional (`十三` = 13, `二百五` = 205) when it has
/// a unit, digit by digit (`一二` = 12) when it has none.
fn kanji_value(run: &[char]) -> u64 {
    if run.iter().all(|c| kanji_digit(*c).is_some()) {
        return run.iter().fold(0, |acc, c| acc.saturating_mul(10).saturating_add(kanji_digit(*c).unwrap_or(0)));
    }
    let (mut total, mut current) = (0u64, 0u64);
    for &c in run {
        if let Some(d) = kanji_digit(c) {
            current = current.saturating_mul(10).saturating_add(d);
        } else if let Some(u) = kanji_unit(c) {
            total = total.saturating_add(if current == 0 { 1 } else { current }.saturating_mul(u));
            current = 0;
        }
    }
    total.saturating_add(current)
}

/// Kanji numerals written in digits, everywhere: place names change consistently on both
/// sides (`一宮市` -> `1宮市`), which is all the prefix comparison needs.
fn kanji_numerals(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        if is_kanji_digit(chars[i]) {
            let start = i;
            while i < chars.len() && is_kanji_digit(chars[i]) {
                i += 1;
            }
            out.push_str(&kanji_value(&chars[start..i]).to_string());
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// `123番地の4`, `123番地4`, `123番4号`, `4の1` -> `123-4`, `123-4`, `123-4`, `4-1`. `番町`
/// (`5番町`) is a place name and stays.
fn house_numbers(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let prev_digit = out.last().is_some_and(|p| p.is_ascii_digit());
        let next = |k: usize| chars.get(i + k).copied();
        if c == '番' && prev_digit && next(1) != Some('町') && next(1) != Some('丁') {
            // 番地の / 番地 / 番の / 番
            let mut skip = 1;
            if next(skip) == Some('地') {
                skip += 1;
            }
            if next(skip) == Some('の') {
                skip += 1;
            }
            out.push('-');
            i += skip;
            continue;
        }
        if c == '号' && prev_digit {
            out.push('-');
            i += 1;
            continue;
        }
        if c == 'の' && prev_digit && next(1).is_some_and(|n| n.is_ascii_digit()) {
            out.push('-');
            i += 1;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out.into_iter().collect()
}

/// Keeps the address up to its house number (`570-123`) and drops what follows (building,
/// floor, room, notes in brackets). A digit run followed by a word (`3軒茶屋`, `1条`,
/// `16丁目`, `5番町`) is part of a name, not a house number.
fn cut_after_house_number(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut end = chars.len();
    if let Some(p) = chars.iter().position(|&c| c == '(') {
        end = p;
    }
    let mut i = 0;
    while i < end {
        if chars[i].is_ascii_digit() {
            while i < end && chars[i].is_ascii_digit() {
                i += 1;
            }
            let number_follows = i == end || chars[i] == '-';
            if number_follows {
                while i < end && (chars[i].is_ascii_digit() || chars[i] == '-') {
                    i += 1;
                }
                end = i;
                break;
            }
        } else {
            i += 1;
        }
    }
    let mut out: String = chars[..end].iter().collect();
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// The 丁目 reading of a house number: `1-2-3` at the start of `rest` may be 1丁目2番3号.
/// Returns `N丁目` followed by the remainder, or `None` when `rest` does not start with
/// `N-` (a bare number is a 番地, never a 丁目).
pub fn chome_reading(rest: &str) -> Option<String> {
    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
    if digits.is_empty() || !rest[digits.len()..].starts_with('-') {
        return None;
    }
    Some(format!("{digits}丁目{}", &rest[digits.len() + 1..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_digits_and_spaces() {
        assert_eq!(
            normalise("新潟県　新潟市　江南区　亀田水道町　１丁目１番５１号２"),
            "新潟県新潟市江南区亀田水道町1丁目1-51-2"
        );
    }

    #[test]
    fn chome_in_kanji_and_digits_agree() {
        assert_eq!(normalise("西新宿六丁目"), "西新宿6丁目");
        assert_eq!(normalise("西新宿６丁目"), "西新宿6丁目");
        assert_eq!(normalise("南一条西十六丁目"), normalise("南１条西１６丁目"));
        assert_eq!(normalise("二十三丁目"), "23丁目");
        assert_eq!(normalise("百二十丁目"), "120丁目");
    }

    #[test]
    fn dash_forms() {
        assert_eq!(normalise("郡元２丁目１１ー２０"), "郡元2丁目11-20");
        assert_eq!(normalise("本町１－２－３"), "本町1-2-3");
        assert_eq!(normalise("本町1‐2‐3"), "本町1-2-3");
        assert_eq!(normalise("本町1−2−3"), "本町1-2-3");
    }

    #[test]
    fn oaza_and_aza_are_dropped() {
        assert_eq!(normalise("高萩市大字下手綱１９５１ー６"), normalise("高萩市下手綱1951-6"));
        assert_eq!(normalise("小松島市中田町字新開４の１"), "小松島市中田町新開4-1");
    }

    #[test]
    fn house_numbers_and_buildings_are_cut() {
        assert_eq!(normalise("祇園町南側５７０番地の１２３　ＸＸビル２階"), "祇園町南側570-123");
        assert_eq!(normalise("中央１２３番地　メディカルビル３Ｆ"), "中央123");
        assert_eq!(normalise("中央1-2-3 ABCビル 201号室"), "中央1-2-3");
        assert_eq!(normalise("本町３丁目４番５号（駅前）"), "本町3丁目4-5");
        assert_eq!(normalise("千代田区五番町１２"), "千代田区5番町12");
    }

    #[test]
    fn variants_are_folded() {
        assert_eq!(normalise("鎌ヶ谷市"), normalise("鎌ケ谷市"));
        assert_eq!(normalise("高岡郡檮原町"), normalise("高岡郡梼原町"));
        assert_eq!(normalise("一ノ瀬"), normalise("一の瀬"));
        assert_eq!(normalise("須惠町"), normalise("須恵町"));
        assert_eq!(normalise("壬生檜町"), normalise("壬生桧町"));
    }

    #[test]
    fn idempotent_on_examples() {
        for a in [
            "京都府京都市中京区烏丸通三条上る饅頭屋町６０８番地",
            "北海道札幌市中央区南１条西１６丁目２９１番地",
            "大字字大",
            "一字十番地の",
            "1番",
            "",
        ] {
            let once = normalise(a);
            assert_eq!(normalise(&once), once, "{a}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// Idempotent on any mix of the characters the rules look at.
        #[test]
        fn normalise_is_idempotent(a in "[一二三十百〇0-9０-９大字番地号の丁目町ー－‐ 　()（）ケヶノ檮abcＡ市区郡]{0,24}") {
            let once = normalise(&a);
            proptest::prop_assert_eq!(normalise(&once), once);
        }

        /// Never panics on arbitrary text.
        #[test]
        fn normalise_takes_any_text(a in "\\PC{0,40}") {
            let _ = normalise(&a);
        }
    }

    #[test]
    fn chome_reading_of_a_dashed_number() {
        assert_eq!(chome_reading("1-2-3").as_deref(), Some("1丁目2-3"));
        assert_eq!(chome_reading("12").as_deref(), None);
        assert_eq!(chome_reading("本町"), None);
    }
}
