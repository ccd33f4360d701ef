//! A facility's name in Latin letters for a visitor: the source's English (英語表記) when it
//! is a usable name, otherwise the facility's own フリガナ in Hepburn, without the legal
//! form (医療法人社団 …) and the corporation's name in front of it, and marked as a
//! transliteration so that the app can say so.
//!
//! Some source "English" names are bare input-method romaji of the whole legal name
//! ("iryouhouzinnsyadannsyuseikaisuzukibyouinn"): [`is_broken_romaji`] finds them.
//!
//! ```
//! use tasukete::facility_name::from_kana;
//! assert_eq!(
//!     from_kana("医療法人社団主成会鈴木病院", "イリョウホウジンシャダンシュセイカイスズキビョウイン").as_deref(),
//!     Some("Suzuki Byōin")
//! );
//! ```

use crate::facility::Facility;
use crate::romaji::hepburn;
use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

/// A name to show in Latin letters, and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LatinName {
    /// The name.
    pub text: String,
    /// True when the app made it from the Japanese reading (フリガナ) rather than taking
    /// the source's English.
    pub transliterated: bool,
}

/// Legal forms written before a facility's name, in kanji and in katakana; longest first
/// so that 医療法人社団 is removed whole rather than as 医療法人.
const LEGAL_FORMS: &[(&str, &str)] = &[
    ("地方独立行政法人", "チホウドクリツギョウセイホウジン"),
    ("国立研究開発法人", "コクリツケンキュウカイハツホウジン"),
    ("特定医療法人社団", "トクテイイリョウホウジンシャダン"),
    ("特定医療法人財団", "トクテイイリョウホウジンザイダン"),
    ("社会医療法人社団", "シャカイイリョウホウジンシャダン"),
    ("社会医療法人財団", "シャカイイリョウホウジンザイダン"),
    ("独立行政法人", "ドクリツギョウセイホウジン"),
    ("医療法人社団", "イリョウホウジンシャダン"),
    ("医療法人財団", "イリョウホウジンザイダン"),
    ("特定医療法人", "トクテイイリョウホウジン"),
    ("社会医療法人", "シャカイイリョウホウジン"),
    ("一般財団法人", "イッパンザイダンホウジン"),
    ("公益財団法人", "コウエキザイダンホウジン"),
    ("一般社団法人", "イッパンシャダンホウジン"),
    ("公益社団法人", "コウエキシャダンホウジン"),
    ("社会福祉法人", "シャカイフクシホウジン"),
    ("国立大学法人", "コクリツダイガクホウジン"),
    ("公立大学法人", "コウリツダイガクホウジン"),
    ("学校法人", "ガッコウホウジン"),
    ("宗教法人", "シュウキョウホウジン"),
    ("財団法人", "ザイダンホウジン"),
    ("社団法人", "シャダンホウジン"),
    ("医療法人", "イリョウホウジン"),
    ("株式会社", "カブシキガイシャ"),
    ("株式会社", "カブシキカイシャ"),
    ("有限会社", "ユウゲンガイシャ"),
    ("合同会社", "ゴウドウガイシャ"),
];

/// Words that name the kind of facility; a name that is only one of these after the
/// corporation's name (「五稜会病院」) keeps the corporation's name.
const KIND_WORDS: &[&str] = &["病院", "医院", "診療所", "クリニック", "歯科", "歯科医院", "歯科クリニック", "記念病院"];

/// Words of a romanised name that begin a new word, so that the name reads as words.
const WORD_STARTS: &[&str] = &["ビョウイン", "シンリョウジョ", "クリニック", "キネン", "センター", "シカ", "イイン"];

/// Input-method romaji of a legal form, found in broken source names.
const ROMAJI_LEGAL_FORMS: &[&str] =
    &["iryouhou", "iryohoj", "iryouhoj", "houzin", "houjin", "hojin", "syadan", "shadan", "zaidan", "zaidann"];

/// Whether a source "English" name is unusable: the romaji of a legal form, or one long
/// run of lower-case letters with no word breaks.
pub fn is_broken_romaji(name: &str) -> bool {
    let lower = name.to_lowercase();
    if ROMAJI_LEGAL_FORMS.iter().any(|f| lower.contains(f)) {
        return true;
    }
    // A word of 18 letters or more is several Japanese words run together
    // ("sapporogekakinenbiyouin"); English words in hospital names are shorter.
    let longest = name
        .split(|c: char| !c.is_alphabetic())
        .map(|w| split_camel(w).into_iter().map(str::len).max().unwrap_or(0))
        .max();
    longest.unwrap_or(0) >= 18 || name.trim().is_empty()
}

/// "SapporoDohkohkai" -> ["Sapporo", "Dohkohkai"].
fn split_camel(word: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev_lower = false;
    for (i, c) in word.char_indices() {
        if c.is_uppercase() && prev_lower {
            out.push(&word[start..i]);
            start = i;
        }
        prev_lower = c.is_lowercase();
    }
    out.push(&word[start..]);
    out
}

/// Removes a leading legal form from `s` (kanji or kana), with the spaces after it.
fn strip_legal_form<'a>(s: &'a str, kana: bool) -> (&'a str, bool) {
    let s = s.trim_start();
    for (kanji, reading) in LEGAL_FORMS {
        let form = if kana { reading } else { kanji };
        if let Some(rest) = s.strip_prefix(form) {
            return (rest.trim_start(), true);
        }
    }
    (s, false)
}

/// The corporation's name right after a legal form: up to and including its first 会, 館
/// or 団, when the facility's own name follows it (「主成会」 in 「主成会鈴木病院」).
fn corporation_prefix(name: &str) -> Option<usize> {
    let (i, c) = name.char_indices().find(|(_, c)| matches!(c, '会' | '館' | '団'))?;
    let end = i + c.len_utf8();
    let rest = name[end..].trim();
    let kanji_before = name[..i].chars().count();
    ((1..=4).contains(&kanji_before) && !rest.is_empty() && !KIND_WORDS.contains(&rest)).then_some(end)
}

/// Where the corporation's name ends in the kana: after the カイ/カン/ダン whose position
/// fits the number of kanji it reads (each kanji is one to four kana).
fn corporation_kana_end(kana: &str, kanji: &str) -> Option<usize> {
    let n = kanji.chars().count();
    let last = kanji.chars().last()?;
    let ending = match last {
        '会' => "カイ",
        '館' => "カン",
        '団' => "ダン",
        _ => return None,
    };
    let mut from = 0;
    while let Some(pos) = kana[from..].find(ending) {
        let end = from + pos + ending.len();
        let morae = kana[..end].chars().filter(|c| !c.is_whitespace()).count();
        if morae >= n && morae <= 4 * n {
            return Some(end);
        }
        from = end;
    }
    None
}

/// The Hepburn name made from the kana reading `kana` of the Japanese name `name_ja`:
/// without the legal form and the corporation's name, in capitalised words.
pub fn from_kana(name_ja: &str, kana: &str) -> Option<String> {
    let name_ja: String = name_ja.nfkc().collect();
    let kana: String = kana.nfkc().collect();
    let (ja_rest, _) = strip_legal_form(&name_ja, false);
    // Some フリガナ give only the facility's own name (イセイカイコクサイ… for
    // 「医療法人医誠会　医誠会国際総合病院」): the corporation is removed only from a
    // reading that spells the legal form too.
    let (mut kana_rest, had_form) = strip_legal_form(&kana, true);
    let ja_words: Vec<&str> = ja_rest.split_whitespace().collect();
    let kana_words: Vec<&str> = kana_rest.split_whitespace().collect();
    if had_form && ja_words.len() >= 2 && ja_words.len() == kana_words.len() {
        // 「平成会　平成会病院」: the first word is the corporation, the rest the facility.
        let facility = ja_words[1..].concat();
        if !KIND_WORDS.contains(&facility.as_str()) {
            let skip = kana_rest.find(kana_words[1]).unwrap_or(0);
            kana_rest = &kana_rest[skip..];
        }
    } else if had_form {
        if let Some(end) = corporation_prefix(ja_rest) {
            let corp = ja_rest[..end].trim();
            if let Some(k) = corporation_kana_end(kana_rest, corp) {
                kana_rest = kana_rest[k..].trim_start();
            }
        }
    }
    let words: Vec<String> =
        kana_rest.split_whitespace().flat_map(split_words).map(|w| capitalize(&hepburn(&w))).collect();
    let text = words.join(" ");
    (!text.trim().is_empty()).then_some(text)
}

/// Splits a run of kana before the words that usually begin a new word (ビョウイン …),
/// never leaving a piece shorter than two kana.
fn split_words(run: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let chars: Vec<char> = run.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let rest: String = chars[i..].iter().collect();
        let current = out.last().expect("never empty");
        if current.chars().count() >= 2 && WORD_STARTS.iter().any(|w| rest.starts_with(w)) {
            out.push(String::new());
        }
        out.last_mut().expect("never empty").push(chars[i]);
        i += 1;
    }
    out.into_iter().filter(|w| !w.is_empty()).collect()
}

fn capitalize(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The name a visitor reads for `f`: the source's English when it is usable, otherwise
/// the transliteration of its フリガナ; `None` when there is neither.
pub fn latin_name(f: &Facility) -> Option<LatinName> {
    if let Some(en) = f.name_en.as_deref().map(str::trim).filter(|e| !e.is_empty() && !is_broken_romaji(e)) {
        return Some(LatinName { text: en.split_whitespace().collect::<Vec<_>>().join(" "), transliterated: false });
    }
    let kana = f.name_kana.as_deref()?;
    from_kana(&f.name_ja, kana).map(|text| LatinName { text, transliterated: true })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legal_forms_and_corporations_are_left_out() {
        for (ja, kana, expected) in [
            ("医療法人社団主成会鈴木病院", "イリョウホウジンシャダンシュセイカイスズキビョウイン", "Suzuki Byōin"),
            (
                "医療法人社団明日佳　札幌明日佳病院",
                "イリョウホウジンシャダンアスカ　サッポロアスカビョウイン",
                "Sapporoasuka Byōin",
            ),
            ("医療法人　萬田記念病院", "イリョウホウジン　マンダキネンビョウイン", "Manda Kinen Byōin"),
            ("医療法人医誠会　医誠会国際総合病院", "イセイカイコクサイソウゴウビョウイン", "Iseikaikokusaisōgō Byōin"),
            ("医療法人徳洲会　宮古島徳洲会病院", "ミヤコジマトクシュウカイビョウイン", "Miyakojimatokushūkai Byōin"),
            (
                "医療法人徳洲会札幌外科記念病院",
                "イリョウホウジントクシュウカイ　サッポロゲカキネンビョウイン",
                "Sapporogeka Kinen Byōin",
            ),
            ("医療法人社団　五稜会病院", "イリョウホウジンシャダン　ゴリョウカイビョウイン", "Goryōkai Byōin"),
            (
                "特定医療法人　平成会　平成会病院",
                "トクテイイリョウホウジン　ヘイセイカイ　　ヘイセイカイビョウイン",
                "Heiseikai Byōin",
            ),
            ("長生会病院", "チョウセイカイビョウイン", "Chōseikai Byōin"),
            ("市立札幌病院", "シリツサッポロビョウイン", "Shiritsusapporo Byōin"),
            ("医療法人開成会開成病院", "イリョウホウジンカイセイカイカイセイビョウイン", "Kaisei Byōin"),
        ] {
            assert_eq!(from_kana(ja, kana).as_deref(), Some(expected), "{ja}");
        }
        assert_eq!(from_kana("医療法人", "イリョウホウジン"), None);
    }

    #[test]
    fn broken_romaji_is_recognised() {
        for broken in [
            "iryouhouzinnsyadannsyuseikaisuzukibyouinn",
            "IryouhouzinshadanAsukaSapporoasukaHospital",
            "Sapporogekakinenbiyouin",
            "",
        ] {
            assert!(is_broken_romaji(broken), "{broken}");
        }
        for fine in [
            "Sapporo Medical University Hospital",
            "JR SAPPORO HOSPITAL",
            "SapporoDohkohkai Byoin",
            "Hokkaido Cardiovascular Hospital(Hokkaido Jyunkannki Byoin)",
            "Sapporo Kousei Byoin",
        ] {
            assert!(!is_broken_romaji(fine), "{fine}");
        }
    }
}
