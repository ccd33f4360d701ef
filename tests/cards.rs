//! Every card renders in all 14 languages, arguments appear on every line, readings are
//! hiragana and romaji is Latin.

use std::collections::BTreeMap;
use tasukete::cards::{self, ArgKind, BLANK};
use tasukete::l10n::Lang;

/// Kana (hiragana, and katakana for loanwords as the Japanese writes them), the prolonged
/// sound mark, punctuation, digits.
fn is_reading_char(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{309F}' | '\u{30A1}'..='\u{30FA}')
        || "ー、。？！：（）・…〜 ".contains(c)
        || c.is_ascii_digit()
}

/// The runs of katakana (with ー) in a text: ペニシリン, サラサラ.
fn katakana_runs(s: &str) -> Vec<String> {
    let mut runs = vec![String::new()];
    for c in s.chars() {
        if matches!(c, '\u{30A1}'..='\u{30FA}') || (c == 'ー' && !runs.last().unwrap().is_empty()) {
            runs.last_mut().unwrap().push(c);
        } else if !runs.last().unwrap().is_empty() {
            runs.push(String::new());
        }
    }
    runs.into_iter().filter(|r| !r.is_empty()).collect()
}

/// ASCII letters, digits and punctuation, or a Hepburn macron vowel (and the catalogue's
/// blank, shown before an argument is filled in).
fn is_romaji_char(c: char) -> bool {
    (c.is_ascii() && !c.is_ascii_control()) || "āīūēōĀĪŪĒŌ".contains(c) || BLANK.contains(c)
}

fn sample_value(kind: ArgKind) -> &'static str {
    match kind {
        ArgKind::Text => "Zyxqv",
        ArgKind::Number => "37",
        ArgKind::Score => "7",
        ArgKind::Days => "3",
        ArgKind::Hours => "4",
        ArgKind::Weeks => "2",
        ArgKind::PregnancyWeek => "12",
        ArgKind::Months => "6",
        ArgKind::Age => "8",
        ArgKind::Times => "3",
        ArgKind::People => "2",
        ArgKind::Hour => "14",
        ArgKind::Temperature => "38.5",
        ArgKind::Weight => "12.5",
        // Words the pickers do not know are the user's own, shown as typed.
        ArgKind::BodyPart | ArgKind::Medicine => "Zyxqv",
    }
}

/// Whether `text` shows `value`, written with a decimal point or comma.
fn shows(text: &str, value: &str) -> bool {
    text.contains(value) || text.contains(&value.replace('.', ","))
}

/// Kinds whose value is copied as typed into the reading and romaji.
fn as_typed(kind: ArgKind) -> bool {
    matches!(kind, ArgKind::Text | ArgKind::BodyPart | ArgKind::Medicine)
}

#[test]
fn there_are_enough_cards_in_every_category() {
    assert!(cards::specs().len() >= 330, "{} cards", cards::specs().len());
    for c in cards::CATEGORIES {
        let n = cards::specs().iter().filter(|s| s.category == c).count();
        assert!(n >= 5, "category {c} has only {n} cards");
    }
}

#[test]
fn every_card_renders_in_every_language_without_fallback_or_ids() {
    for lang in Lang::ALL {
        let all = cards::catalogue(lang);
        assert_eq!(all.len(), cards::specs().len());
        let mut texts = std::collections::BTreeSet::new();
        for c in &all {
            assert!(!c.fallback, "{lang}: card {} falls back to English", c.id);
            for (what, s) in [("text", &c.text), ("ja", &c.ja), ("reading", &c.ja_reading), ("romaji", &c.romaji)] {
                assert!(!s.trim().is_empty(), "{lang}: {} {what} is empty", c.id);
                // A message shown by its id would read "chest-pain": no text may contain a
                // hyphenated id, nor be just the id.
                assert!(
                    s != &c.id && !(c.id.contains('-') && s.contains(&c.id)),
                    "{lang}: {} {what} shows its id",
                    c.id
                );
                assert!(!s.contains('{') && !s.contains('}'), "{lang}: {} {what} has a raw placeable: {s}", c.id);
                assert!(
                    !s.contains('\u{2068}') && !s.contains('\u{2069}'),
                    "{lang}: {} {what} has isolation marks",
                    c.id
                );
            }
            assert!(!c.category_name.starts_with("category-"), "{lang}: {}", c.category_name);
            texts.insert(c.text.clone());
        }
        // Two cards with the same text in one language would be indistinguishable.
        assert_eq!(texts.len(), all.len(), "{lang}: two cards share a text");
    }
}

#[test]
fn translations_differ_from_english() {
    let en = cards::catalogue(Lang::En);
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let other = cards::catalogue(lang);
        let same = en.iter().zip(&other).filter(|(a, b)| a.text == b.text).count();
        // A few short cards may legitimately coincide (e.g. "{ $number }.").
        assert!(same <= 3, "{lang}: {same} cards are identical to English");
    }
}

#[test]
fn argument_cards_render_their_argument_in_both_languages() {
    let with_args: Vec<_> = cards::specs().iter().filter(|s| !s.args.is_empty()).collect();
    assert!(with_args.len() >= 10);
    for lang in Lang::ALL {
        for spec in &with_args {
            let args: BTreeMap<String, String> =
                spec.args.iter().map(|a| (a.name.clone(), sample_value(a.kind).to_string())).collect();
            let c = cards::render(&spec.id, lang, &args).unwrap_or_else(|e| panic!("{lang} {}: {e}", spec.id));
            for a in &spec.args {
                let v = sample_value(a.kind);
                assert!(shows(&c.text, v), "{lang} {}: text lacks {v}: {}", spec.id, c.text);
                assert!(c.ja.contains(v), "{lang} {}: ja lacks {v}: {}", spec.id, c.ja);
                if as_typed(a.kind) {
                    assert!(c.ja_reading.contains(v) && c.romaji.contains(v), "{}", spec.id);
                } else {
                    // Numbers are spelt out in the reading and romaji, never left blank.
                    assert!(!c.ja_reading.contains(BLANK) && !c.romaji.contains(BLANK), "{}", spec.id);
                }
            }
            assert!(!c.fallback, "{lang} {}", spec.id);
        }
    }
}

#[test]
fn readings_are_hiragana_and_romaji_is_latin() {
    for c in cards::catalogue(Lang::En) {
        let bad: String = c.ja_reading.chars().filter(|ch| !is_reading_char(*ch)).collect();
        assert!(bad.is_empty(), "{}: reading has {bad:?}: {}", c.id, c.ja_reading);
        let bad: String = c.romaji.chars().filter(|ch| !is_romaji_char(*ch)).collect();
        assert!(bad.is_empty(), "{}: romaji has {bad:?}: {}", c.id, c.romaji);
        assert!(c.romaji.chars().any(|ch| ch.is_ascii_alphabetic()), "{}", c.id);
        assert!(c.ja.ends_with(['。', '？', '）']) || c.ja.contains('：'), "{}: {}", c.id, c.ja);
    }
    // The checks can fail: kanji and Latin letters are not reading characters.
    assert!(!"胸".chars().all(is_reading_char));
    assert!(!"mune".chars().all(is_reading_char));
    assert!(!"胸".chars().all(is_romaji_char));
}

/// Loanwords stay in katakana in the reading, as the Japanese line writes them (ペニシリン,
/// not ぺにしりん): every katakana word of the Japanese is in the reading as it is.
#[test]
fn readings_keep_the_katakana_of_the_japanese() {
    let mut seen = 0;
    for c in cards::catalogue(Lang::En) {
        for run in katakana_runs(&c.ja) {
            assert!(c.ja_reading.contains(&run), "{}: reading {} lacks the katakana {run}", c.id, c.ja_reading);
            seen += 1;
        }
    }
    assert!(seen >= 30, "{seen} katakana words");
    assert_eq!(katakana_runs("ペニシリンのアレルギーがあります。"), ["ペニシリン", "アレルギー"]);
    let pen = cards::render("allergy-penicillin", Lang::En, &BTreeMap::new()).unwrap();
    assert_eq!(pen.ja_reading, "ペニシリンのアレルギーがあります。");
}

#[test]
fn filled_in_readings_stay_kana() {
    for spec in cards::specs().iter().filter(|s| s.args.iter().all(|a| !as_typed(a.kind))) {
        if spec.args.is_empty() {
            continue;
        }
        let args = spec.args.iter().map(|a| (a.name.clone(), sample_value(a.kind).to_string())).collect();
        let c = cards::render(&spec.id, Lang::En, &args).unwrap();
        let bad: String = c.ja_reading.chars().filter(|ch| !is_reading_char(*ch)).collect();
        assert!(bad.is_empty(), "{}: {bad:?} in {}", spec.id, c.ja_reading);
        let bad: String = c.romaji.chars().filter(|ch| !is_romaji_char(*ch)).collect();
        assert!(bad.is_empty(), "{}: {bad:?} in {}", spec.id, c.romaji);
    }
}

#[test]
fn the_documented_example_card() {
    let de = cards::render("chest-pain", Lang::De, &BTreeMap::new()).unwrap();
    assert_eq!(de.category, "symptoms");
    assert_eq!(de.text, "Ich habe Schmerzen in der Brust.");
    assert_eq!(de.ja, "胸が痛いです。");
    assert_eq!(de.ja_reading, "むねがいたいです。");
    assert_eq!(de.romaji, "Mune ga itai desu.");
    assert!(!de.reviewed);
    let receipt = cards::render("receipt", Lang::Fr, &BTreeMap::new()).unwrap();
    assert!(receipt.text.contains("領収書") && receipt.ja.contains("領収書"));
    let cert = cards::render("medical-certificate", Lang::Ko, &BTreeMap::new()).unwrap();
    assert!(cert.ja.contains("診断書") && cert.ja.contains("英語"));
}
