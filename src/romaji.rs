//! Kana to Hepburn romaji, for names the source gives only in フリガナ.
//!
//! Modified Hepburn as the cards write it: long vowels with macrons (おう/おお -> ō,
//! うう -> ū, katakana ー lengthens the vowel before it: ā ī ū ē ō), えい and いい kept,
//! っ doubles the next consonant (tch before ch), ん before a vowel or y is n'. Katakana
//! and hiragana are read alike; anything else (Latin letters, digits, spaces) is kept.
//!
//! ```
//! use tasukete::romaji::hepburn;
//! assert_eq!(hepburn("サッポロコウセイビョウイン"), "sapporokōseibyōin");
//! assert_eq!(hepburn("シンオオサカ"), "shin'ōsaka");
//! assert_eq!(hepburn("センター"), "sentā");
//! ```

/// One mora's romaji, for a kana (hiragana after folding) and an optional small kana after it.
fn mora(c: char, small: Option<char>) -> Option<(&'static str, bool)> {
    // (romaji, whether the small kana was used)
    let base = match c {
        'あ' => "a",
        'い' => "i",
        'う' => "u",
        'え' => "e",
        'お' => "o",
        'か' => "ka",
        'き' => "ki",
        'く' => "ku",
        'け' => "ke",
        'こ' => "ko",
        'さ' => "sa",
        'し' => "shi",
        'す' => "su",
        'せ' => "se",
        'そ' => "so",
        'た' => "ta",
        'ち' => "chi",
        'つ' => "tsu",
        'て' => "te",
        'と' => "to",
        'な' => "na",
        'に' => "ni",
        'ぬ' => "nu",
        'ね' => "ne",
        'の' => "no",
        'は' => "ha",
        'ひ' => "hi",
        'ふ' => "fu",
        'へ' => "he",
        'ほ' => "ho",
        'ま' => "ma",
        'み' => "mi",
        'む' => "mu",
        'め' => "me",
        'も' => "mo",
        'や' => "ya",
        'ゆ' => "yu",
        'よ' => "yo",
        'ら' => "ra",
        'り' => "ri",
        'る' => "ru",
        'れ' => "re",
        'ろ' => "ro",
        'わ' => "wa",
        'ゐ' => "i",
        'ゑ' => "e",
        'を' => "o",
        'が' => "ga",
        'ぎ' => "gi",
        'ぐ' => "gu",
        'げ' => "ge",
        'ご' => "go",
        'ざ' => "za",
        'じ' => "ji",
        'ず' => "zu",
        'ぜ' => "ze",
        'ぞ' => "zo",
        'だ' => "da",
        'ぢ' => "ji",
        'づ' => "zu",
        'で' => "de",
        'ど' => "do",
        'ば' => "ba",
        'び' => "bi",
        'ぶ' => "bu",
        'べ' => "be",
        'ぼ' => "bo",
        'ぱ' => "pa",
        'ぴ' => "pi",
        'ぷ' => "pu",
        'ぺ' => "pe",
        'ぽ' => "po",
        'ゔ' => "vu",
        'ぁ' => "a",
        'ぃ' => "i",
        'ぅ' => "u",
        'ぇ' => "e",
        'ぉ' => "o",
        'ゃ' => "ya",
        'ゅ' => "yu",
        'ょ' => "yo",
        'ゎ' => "wa",
        _ => return None,
    };
    let Some(s) = small else { return Some((base, false)) };
    // Contracted sounds: きゃ kya, しゃ sha, ちゃ cha, じゃ ja; and the loanword
    // combinations of katakana: ティ ti, ファ fa, ウィ wi, チェ che, ヴァ va ...
    let combined = match (c, s) {
        ('し', 'ゃ') => "sha",
        ('し', 'ゅ') => "shu",
        ('し', 'ょ') => "sho",
        ('し', 'ぇ') => "she",
        ('ち', 'ゃ') => "cha",
        ('ち', 'ゅ') => "chu",
        ('ち', 'ょ') => "cho",
        ('ち', 'ぇ') => "che",
        ('じ', 'ゃ') | ('ぢ', 'ゃ') => "ja",
        ('じ', 'ゅ') | ('ぢ', 'ゅ') => "ju",
        ('じ', 'ょ') | ('ぢ', 'ょ') => "jo",
        ('じ', 'ぇ') => "je",
        ('て', 'ぃ') => "ti",
        ('て', 'ゅ') => "tyu",
        ('で', 'ぃ') => "di",
        ('で', 'ゅ') => "dyu",
        ('と', 'ぅ') => "tu",
        ('ど', 'ぅ') => "du",
        ('つ', 'ぁ') => "tsa",
        ('つ', 'ぃ') => "tsi",
        ('つ', 'ぇ') => "tse",
        ('つ', 'ぉ') => "tso",
        ('ふ', 'ぁ') => "fa",
        ('ふ', 'ぃ') => "fi",
        ('ふ', 'ぇ') => "fe",
        ('ふ', 'ぉ') => "fo",
        ('ふ', 'ゅ') => "fyu",
        ('う', 'ぃ') => "wi",
        ('う', 'ぇ') => "we",
        ('う', 'ぉ') => "wo",
        ('ゔ', 'ぁ') => "va",
        ('ゔ', 'ぃ') => "vi",
        ('ゔ', 'ぇ') => "ve",
        ('ゔ', 'ぉ') => "vo",
        ('い', 'ぇ') => "ye",
        ('く', 'ぁ') => "kwa",
        ('ぐ', 'ぁ') => "gwa",
        (k, 'ゃ' | 'ゅ' | 'ょ') if matches!(k, 'き' | 'ぎ' | 'に' | 'ひ' | 'び' | 'ぴ' | 'み' | 'り') => {
            return Some((contracted(k, s), true))
        }
        _ => return Some((base, false)),
    };
    Some((combined, true))
}

/// きゃ kya, にゅ nyu, りょ ryo ...: the consonant of the i-row kana and y + the vowel.
fn contracted(k: char, s: char) -> &'static str {
    const TABLE: [(char, [&str; 3]); 8] = [
        ('き', ["kya", "kyu", "kyo"]),
        ('ぎ', ["gya", "gyu", "gyo"]),
        ('に', ["nya", "nyu", "nyo"]),
        ('ひ', ["hya", "hyu", "hyo"]),
        ('び', ["bya", "byu", "byo"]),
        ('ぴ', ["pya", "pyu", "pyo"]),
        ('み', ["mya", "myu", "myo"]),
        ('り', ["rya", "ryu", "ryo"]),
    ];
    let row = TABLE.iter().find(|(c, _)| *c == k).map(|(_, r)| r).expect("i-row kana");
    row[match s {
        'ゃ' => 0,
        'ゅ' => 1,
        _ => 2,
    }]
}

fn is_small(c: char) -> bool {
    matches!(c, 'ぁ' | 'ぃ' | 'ぅ' | 'ぇ' | 'ぉ' | 'ゃ' | 'ゅ' | 'ょ' | 'ゎ')
}

/// Katakana as hiragana, so that one table reads both.
fn to_hiragana(c: char) -> char {
    match c {
        'ァ'..='ヶ' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
        c => c,
    }
}

fn macron(v: char) -> Option<char> {
    Some(match v {
        'a' => 'ā',
        'i' => 'ī',
        'u' => 'ū',
        'e' => 'ē',
        'o' => 'ō',
        _ => return None,
    })
}

/// The kana of `text` in Hepburn romaji, lower case; other characters are kept as they are.
pub fn hepburn(text: &str) -> String {
    let chars: Vec<char> = text.chars().map(to_hiragana).collect();
    let mut out = String::new();
    let mut double_next = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == 'っ' {
            double_next = true;
            i += 1;
            continue;
        }
        if c == 'ー' {
            // A katakana long vowel: the vowel before it takes a macron.
            if let Some(m) = out.chars().last().and_then(macron) {
                out.pop();
                out.push(m);
            }
            i += 1;
            continue;
        }
        if c == 'ん' {
            let next = chars.get(i + 1).copied().and_then(|n| mora(n, None)).map(|(r, _)| r);
            out.push('n');
            if next.is_some_and(|r| r.starts_with(['a', 'i', 'u', 'e', 'o', 'y'])) {
                out.push('\'');
            }
            i += 1;
            continue;
        }
        let small = chars.get(i + 1).copied().filter(|s| is_small(*s));
        let Some((romaji, used_small)) = mora(c, small) else {
            out.push(c);
            double_next = false;
            i += 1;
            continue;
        };
        i += if used_small { 2 } else { 1 };
        if double_next {
            out.push(if romaji.starts_with("ch") { 't' } else { romaji.chars().next().unwrap_or('t') });
            double_next = false;
        }
        // おう, おお -> ō and うう -> ū within a word; えい and いい stay.
        let last = out.chars().last();
        match (last, romaji) {
            (Some('o'), "u" | "o") => {
                out.pop();
                out.push('ō');
            }
            (Some('u'), "u") => {
                out.pop();
                out.push('ū');
            }
            _ => out.push_str(romaji),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::hepburn;

    #[test]
    fn long_vowels_syllabic_n_and_doubled_consonants() {
        for (kana, romaji) in [
            ("トウキョウ", "tōkyō"),
            ("オオサカ", "ōsaka"),
            ("ジュウ", "jū"),
            ("ケイオウ", "keiō"),
            ("イイダ", "iida"),
            ("シンヨコハマ", "shin'yokohama"),
            ("ハンエイ", "han'ei"),
            ("シンバシ", "shinbashi"),
            ("ホッカイドウ", "hokkaidō"),
            ("マッチャ", "matcha"),
            ("ビョウイン", "byōin"),
            ("リョウ", "ryō"),
            ("センター", "sentā"),
            ("クリニック", "kurinikku"),
            ("メディカル", "medikaru"),
            ("ファミリー", "famirī"),
            ("ジェイアール", "jeiāru"),
            ("ヴィラ", "vira"),
            ("ＪＲ", "ＪＲ"),
            ("さっぽろ", "sapporo"),
        ] {
            assert_eq!(hepburn(kana), romaji, "{kana}");
        }
    }

    #[test]
    fn other_characters_are_kept() {
        assert_eq!(hepburn("サッポロ 2"), "sapporo 2");
        assert_eq!(hepburn(""), "");
        assert_eq!(hepburn("ッ"), "");
    }
}
