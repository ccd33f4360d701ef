//! Normalising Japanese names and addresses so that two publishers' spellings of the same
//! hospital compare equal: full-width/half-width forms, spaces, legal-entity prefixes,
//! 丁目/番地/号 and kanji numerals.

use unicode_normalization::UnicodeNormalization;

/// Legal-entity words that one source writes before a hospital's name and the other omits.
const ENTITY_PREFIXES: &[&str] = &[
    "地方独立行政法人",
    "独立行政法人",
    "国立研究開発法人",
    "国立大学法人",
    "公立大学法人",
    "社会医療法人",
    "特定医療法人",
    "医療法人",
    "一般財団法人",
    "公益財団法人",
    "一般社団法人",
    "公益社団法人",
    "社会福祉法人",
    "学校法人",
];

/// NFKC (full-width digits and letters to ASCII, half-width kana to full-width) without spaces.
pub fn fold(text: &str) -> String {
    text.nfkc().filter(|c| !c.is_whitespace()).collect()
}

fn unify_small_kana(s: &str) -> String {
    s.replace('ヶ', "ケ").replace('ヵ', "カ")
}

/// Name keys for a facility: the whole name, and (when the source separates words with
/// spaces) the last word, which is the hospital's own name after its operator's.
pub fn name_keys(name: &str) -> Vec<String> {
    let nfkc: String = name.nfkc().collect();
    let mut keys = vec![name_key(&nfkc)];
    let words: Vec<&str> = nfkc.split_whitespace().collect();
    if words.len() > 1 {
        let last = name_key(words[words.len() - 1]);
        if !keys.contains(&last) {
            keys.push(last);
        }
    }
    keys
}

fn name_key(name: &str) -> String {
    let mut s = unify_small_kana(&fold(name));
    for p in ENTITY_PREFIXES {
        if let Some(rest) = s.strip_prefix(p) {
            s = rest.trim_start_matches("社団").trim_start_matches("財団").to_string();
            break;
        }
    }
    s
}

fn kanji_digit(c: char) -> Option<u32> {
    "〇一二三四五六七八九".chars().position(|k| k == c).map(|p| p as u32)
}

/// Kanji numerals before 丁目 (二丁目, 十三丁目) become ASCII digits.
fn kanji_chome(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        let mut value: u32 = 0;
        let mut current: u32 = 0;
        while i < chars.len() && (kanji_digit(chars[i]).is_some() || chars[i] == '十') {
            if chars[i] == '十' {
                value += if current == 0 { 10 } else { current * 10 };
                current = 0;
            } else {
                current = kanji_digit(chars[i]).unwrap_or(0);
            }
            i += 1;
        }
        if i > start {
            let is_chome = chars[i..].starts_with(&['丁', '目']);
            if is_chome {
                out.push_str(&(value + current).to_string());
            } else {
                out.extend(&chars[start..i]);
            }
        }
        if i < chars.len() {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// An address key: without the prefecture, with 丁目/番地/番/号/の written as hyphens and
/// 大字/字 dropped, so `札幌市中央区南１条西１６丁目２９１番地` and `札幌市中央区南1条西16-291`
/// agree. The key of a key is the key itself.
pub fn address_key(address: &str, prefecture: &str) -> String {
    let mut key = address_key_once(address, prefecture);
    // One pass can leave something a second pass would change: 字 dropped between a digit
    // and ー (`1字ー2`), combining marks that meet once the space between them is gone.
    // Found by the address_key fuzz target; repeat until nothing changes.
    for _ in 0..8 {
        let next = address_key_once(&key, "");
        if next == key {
            break;
        }
        key = next;
    }
    key
}

fn address_key_once(address: &str, prefecture: &str) -> String {
    let mut s = unify_small_kana(&fold(address));
    if let Some(rest) = s.strip_prefix(prefecture) {
        s = rest.to_string();
    }
    s = kanji_chome(&s);
    for dash in ['‐', '－', '―', '−', 'ー', '─', '—', '–'] {
        // ー (long vowel) is only a dash between digits.
        if dash == 'ー' {
            let chars: Vec<char> = s.chars().collect();
            s = chars
                .iter()
                .enumerate()
                .map(|(i, &c)| {
                    let digit_before = i > 0 && chars[i - 1].is_ascii_digit();
                    let digit_after = chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
                    if c == 'ー' && digit_before && digit_after {
                        '-'
                    } else {
                        c
                    }
                })
                .collect();
        } else {
            s = s.replace(dash, "-");
        }
    }
    s = s.replace("大字", "").replace("字", "");
    for (from, to) in [("丁目", "-"), ("番地の", "-"), ("番地", "-"), ("番の", "-"), ("番", "-"), ("号", "")]
    {
        s = s.replace(from, to);
    }
    // 4の1 -> 4-1 (only between digits)
    let chars: Vec<char> = s.chars().collect();
    let s: String = chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let between =
                i > 0 && chars[i - 1].is_ascii_digit() && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
            if c == 'の' && between {
                '-'
            } else {
                c
            }
        })
        .collect();
    s.trim_end_matches('-').to_string()
}

/// Telephone digits only (for comparing numbers written with or without hyphens).
pub fn phone_digits(phone: &str) -> String {
    fold(phone).chars().filter(|c| c.is_ascii_digit()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_from_both_sources_agree() {
        assert_eq!(
            address_key("北海道札幌市中央区南１条西１６丁目２９１番地", "北海道"),
            address_key("札幌市中央区南1条西16-291", "北海道")
        );
        assert_eq!(
            address_key("鹿児島市郡元２丁目１１ー２０", "鹿児島県"),
            address_key("鹿児島市郡元二丁目１１番２０号", "鹿児島県")
        );
        assert_eq!(
            address_key("小松島市中田町字新開４－１", "徳島県"),
            address_key("小松島市中田町字新開４の１", "徳島県")
        );
        assert_eq!(
            address_key("高萩市下手綱１９５１ー６", "茨城県"),
            address_key("高萩市大字下手綱１９５１－６", "茨城県")
        );
    }

    #[test]
    fn entity_prefixes_and_operator_words_are_dropped() {
        assert!(
            name_keys("医療法人美脳　札幌美しが丘脳神経外科病院").contains(&"札幌美しが丘脳神経外科病院".to_string())
        );
        assert_eq!(name_keys("医療法人愛正会やすらぎの丘温泉病院")[0], "愛正会やすらぎの丘温泉病院");
        assert_eq!(name_keys("社会医療法人 柏葉会 札幌柏葉会病院").last().unwrap(), "札幌柏葉会病院");
    }

    #[test]
    fn phone_digits_ignore_format() {
        assert_eq!(phone_digits("０９６－３５４－１１１１"), "0963541111");
    }
}
