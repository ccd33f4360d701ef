//! The Japanese readings are hiragana and the romaji spells them: on every card, on
//! filled-in number cards, and on every line of the 119 call script.

use std::collections::BTreeMap;
use tasukete::cards;
use tasukete::emergency::{self, Sex, Situation, What};
use tasukete::l10n::Lang;

/// Hiragana to a loose romaji, for checking that the authored romaji spells the reading.
fn kana_to_romaji(s: &str) -> String {
    const BASE: &[(char, &str)] = &[
        ('あ', "a"),
        ('い', "i"),
        ('う', "u"),
        ('え', "e"),
        ('お', "o"),
        ('か', "ka"),
        ('き', "ki"),
        ('く', "ku"),
        ('け', "ke"),
        ('こ', "ko"),
        ('さ', "sa"),
        ('し', "shi"),
        ('す', "su"),
        ('せ', "se"),
        ('そ', "so"),
        ('た', "ta"),
        ('ち', "chi"),
        ('つ', "tsu"),
        ('て', "te"),
        ('と', "to"),
        ('な', "na"),
        ('に', "ni"),
        ('ぬ', "nu"),
        ('ね', "ne"),
        ('の', "no"),
        ('は', "ha"),
        ('ひ', "hi"),
        ('ふ', "fu"),
        ('へ', "he"),
        ('ほ', "ho"),
        ('ま', "ma"),
        ('み', "mi"),
        ('む', "mu"),
        ('め', "me"),
        ('も', "mo"),
        ('や', "ya"),
        ('ゆ', "yu"),
        ('よ', "yo"),
        ('ら', "ra"),
        ('り', "ri"),
        ('る', "ru"),
        ('れ', "re"),
        ('ろ', "ro"),
        ('わ', "wa"),
        ('を', "o"),
        ('ん', "n"),
        ('が', "ga"),
        ('ぎ', "gi"),
        ('ぐ', "gu"),
        ('げ', "ge"),
        ('ご', "go"),
        ('ざ', "za"),
        ('じ', "ji"),
        ('ず', "zu"),
        ('ぜ', "ze"),
        ('ぞ', "zo"),
        ('だ', "da"),
        ('ぢ', "ji"),
        ('づ', "zu"),
        ('で', "de"),
        ('ど', "do"),
        ('ば', "ba"),
        ('び', "bi"),
        ('ぶ', "bu"),
        ('べ', "be"),
        ('ぼ', "bo"),
        ('ぱ', "pa"),
        ('ぴ', "pi"),
        ('ぷ', "pu"),
        ('ぺ', "pe"),
        ('ぽ', "po"),
        ('ゔ', "vu"),
    ];
    let mut out = String::new();
    let mut double_next = false;
    // Katakana (loanwords) are read like hiragana; ヴ is vu.
    let hira: String = s
        .chars()
        .map(|c| match c {
            'ヴ' => 'ゔ',
            'ァ'..='ヶ' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
            c => c,
        })
        .collect();
    for c in hira.chars() {
        let piece: String = match c {
            'ゃ' | 'ゅ' | 'ょ' => {
                let v = match c {
                    'ゃ' => "a",
                    'ゅ' => "u",
                    _ => "o",
                };
                out.pop(); // the i of ki, shi, chi, ji ...
                if !(out.ends_with("sh") || out.ends_with("ch") || out.ends_with('j')) {
                    out.push('y');
                }
                out.push_str(v);
                continue;
            }
            'ぁ' | 'ぃ' | 'ぅ' | 'ぇ' | 'ぉ' => {
                out.pop();
                out.push_str(match c {
                    'ぁ' => "a",
                    'ぃ' => "i",
                    'ぅ' => "u",
                    'ぇ' => "e",
                    _ => "o",
                });
                continue;
            }
            'っ' => {
                double_next = true;
                continue;
            }
            'ー' => out.chars().last().map(String::from).unwrap_or_default(),
            c => BASE.iter().find(|(k, _)| *k == c).map_or_else(|| c.to_string(), |(_, r)| r.to_string()),
        };
        if double_next {
            let first = piece.chars().next().unwrap_or(' ');
            out.push(if piece.starts_with("ch") { 't' } else { first });
            double_next = false;
        }
        out.push_str(&piece);
    }
    out
}

/// Both sides reduced to the same loose form: lower case, letters only, long vowels
/// spelt out, and the particle spellings (wa/ha, e/he) merged.
fn loose(s: &str) -> String {
    let s: String = s
        .to_lowercase()
        .replace('ā', "aa")
        .replace('ī', "ii")
        .replace('ū', "uu")
        .replace('ē', "ee")
        .replace('ō', "oo")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    s.replace("ou", "oo").replace("wa", "ha").replace("he", "e")
}

#[test]
fn romaji_spells_the_reading() {
    for c in cards::catalogue(Lang::En) {
        let reading = loose(&kana_to_romaji(&c.ja_reading));
        let romaji = loose(&c.romaji);
        assert_eq!(reading, romaji, "{}: {} / {}", c.id, c.ja_reading, c.romaji);
    }
    // The check can fail.
    assert_ne!(loose(&kana_to_romaji("むねがいたいです")), loose("Mune ga itai deshita"));
    assert_eq!(loose(&kana_to_romaji("きゅうきゅうしゃ")), loose("kyūkyūsha"));
    assert_eq!(loose(&kana_to_romaji("しっしん")), loose("shisshin"));
}

#[test]
fn filled_in_number_readings_match_their_romaji() {
    let args = BTreeMap::from([("age".to_string(), "28".to_string())]);
    let c = cards::render("child-age", Lang::En, &args).unwrap();
    assert_eq!(c.ja, "子どもは28歳です。");
    assert_eq!(c.ja_reading, "こどもはにじゅうはっさいです。");
    assert_eq!(loose(&kana_to_romaji(&c.ja_reading)), loose(&c.romaji));
}

#[test]
fn script_119_romaji_spells_the_reading() {
    let s = Situation {
        address: None,
        landmark: None,
        place: None,
        place_romaji: None,
        what: Some(What::Breathing),
        conscious: Some(false),
        breathing: Some(true),
        age: Some(71),
        sex: Some(Sex::Female),
        name: None,
        callback: None,
    };
    let mut seen = 0;
    for lang in Lang::ALL {
        for line in emergency::call_script_119(lang, &s).unwrap() {
            assert_eq!(
                loose(&kana_to_romaji(&line.ja_reading)),
                loose(&line.romaji),
                "{}: {}",
                line.id,
                line.ja_reading
            );
            assert!(
                line.ja_reading.chars().all(|c| matches!(c, '\u{3041}'..='\u{309F}' | 'ー' | '、' | '。' | '？')),
                "{}",
                line.ja_reading
            );
            // The review found "hassai no josei desu." in lower case.
            assert!(!line.romaji.starts_with(|c: char| c.is_lowercase()), "{}: {}", line.id, line.romaji);
            seen += 1;
        }
    }
    assert!(seen > 14 * 6);
    // Every kind of emergency has a line whose romaji spells its reading.
    for what in What::ALL {
        let s = Situation { what: Some(what), ..Default::default() };
        let lines = emergency::call_script_119(Lang::En, &s).unwrap();
        let line = &lines[2];
        assert_eq!(loose(&kana_to_romaji(&line.ja_reading)), loose(&line.romaji), "{what:?}");
    }
}

fn assert_spells(what: &str, c: &cards::RenderedCard) {
    assert_eq!(loose(&kana_to_romaji(&c.ja_reading)), loose(&c.romaji), "{what}: {} / {}", c.ja_reading, c.romaji);
}

#[test]
fn picked_words_fill_every_line_and_their_romaji_spells_their_reading() {
    use tasukete::vocabulary;
    let mut seen = 0;
    for part in vocabulary::body_parts(Lang::En).unwrap() {
        let value = if part.sided { format!("left:{}", part.id) } else { part.id.clone() };
        let c = cards::render("pain-in-part", Lang::En, &BTreeMap::from([("part".to_string(), value)])).unwrap();
        assert!(c.ja.starts_with(if part.sided { "左の" } else { "" }), "{}", c.ja);
        assert_spells(&part.id, &c);
        assert!(c.text.contains(&part.text.replace("left ", "")), "{}: {}", part.id, c.text);
        seen += 1;
    }
    for m in vocabulary::medicines(Lang::En).unwrap() {
        let c = cards::render("taking-medicine", Lang::En, &BTreeMap::from([("medicine".to_string(), m.id.clone())]))
            .unwrap();
        assert_spells(&m.id, &c);
        assert!(c.ja.contains(&m.ja) && c.text.contains(&m.text), "{}: {} / {}", m.id, c.ja, c.text);
        seen += 1;
    }
    assert!(seen >= 60, "{seen}");
    let knee =
        cards::render("pain-in-part", Lang::Ko, &BTreeMap::from([("part".to_string(), "right:knee".to_string())]))
            .unwrap();
    assert_eq!(
        (knee.ja.as_str(), knee.ja_reading.as_str(), knee.romaji.as_str()),
        ("右の膝が痛いです。", "みぎのひざがいたいです。", "Migi no hiza ga itai desu.")
    );
    // Words the pickers do not know are the user's own, on every line as typed.
    let own =
        cards::render("pain-in-part", Lang::En, &BTreeMap::from([("part".to_string(), "little toe".to_string())]))
            .unwrap();
    assert_eq!(own.ja, "little toeが痛いです。");
}
