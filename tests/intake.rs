//! The questionnaire: summaries in several languages give the same Japanese, every topic
//! and word renders in all 14 languages, "no known allergies" is stated, numbers are read
//! with their counters, the profile fills what it holds, and bad answers are refused.

use chrono::NaiveDate;
use tasukete::intake::{self, staff, vocabulary, Answers, Variant, VARIANTS};
use tasukete::l10n::Lang;
use tasukete::profile::model::{Allergy, AllergyCategory, Profile, Sex, Term};
use tasukete::profile::Error;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn answers(json: &str) -> Answers {
    Answers::from_json(json, "test").unwrap_or_else(|e| panic!("{e}"))
}

fn line<'a>(s: &'a intake::Summary, topic: &str) -> &'a intake::SummaryLine {
    s.lines.iter().find(|l| l.topic == topic).unwrap_or_else(|| panic!("no line {topic}"))
}

/// Hiragana, the long-vowel mark, Japanese punctuation, digits and spaces.
fn is_reading(s: &str) -> bool {
    s.chars()
        .all(|c| matches!(c, '\u{3041}'..='\u{309F}') || "ー、。？！：（）・…〜／ ".contains(c) || c.is_ascii_digit())
}

const SAMPLE: &str = r#"{"variant": "adult", "age_years": 34, "sex": "female",
  "complaints": ["fever", "cough"], "pain_site": [{"site": "chest", "side": "left"}, "throat"],
  "onset_days_ago": 3, "pain_score": 4, "temperature_c": 38.5, "other_symptoms": ["chills"],
  "allergies_drug": ["penicillin"], "allergies_food": ["shrimp-crab"], "medicines": ["inhaler", "Salbutamol 100 µg"],
  "conditions": ["asthma"], "pregnant": "no", "insurance": "travel"}"#;

#[test]
fn three_languages_give_the_same_japanese() {
    let a = answers(SAMPLE);
    let en = intake::summary(&a, None, Lang::En, today()).unwrap();
    let de = intake::summary(&a, None, Lang::De, today()).unwrap();
    let th = intake::summary(&a, None, Lang::Th, today()).unwrap();
    assert_eq!(en.summary_ja, de.summary_ja);
    assert_eq!(en.summary_ja, th.summary_ja);
    assert_ne!(en.summary, de.summary);
    assert_eq!(en.summary_ja.len(), en.summary.len());
    assert_eq!(
        en.summary_ja,
        [
            "年齢：34歳",
            "性別：女性",
            "主な症状：発熱、咳",
            "部位：左の胸、喉",
            "いつから：3日前から",
            "痛みの強さ（0〜10）：4",
            "体温：38.5度",
            "その他の症状：寒気",
            "アレルギー：薬：ペニシリン系抗菌薬 ／ 食べ物：えび・かに",
            "服用中の薬：喘息の吸入薬、Salbutamol 100 µg",
            "持病・既往歴：喘息",
            "妊娠：妊娠していない",
            "保険：海外旅行保険あり（日本の健康保険なし）",
        ]
    );
    assert!(en.missing.is_empty(), "{:?}", en.missing);
    assert_eq!(de.summary[2], "Hauptbeschwerden: Fieber, Husten");
    assert_eq!(en.title.ja, "問診票");
}

#[test]
fn every_topic_word_and_staff_question_renders_in_all_fourteen_languages() {
    for lang in Lang::ALL {
        for v in VARIANTS {
            let a = Answers::new(Variant::parse(v).unwrap());
            let flow = intake::flow(&a, None, lang, today()).unwrap();
            assert!(flow.questions.len() >= 8, "{lang} {v}");
            for q in &flow.questions {
                assert!(!q.label.fallback, "{lang}: topic {} falls back to English", q.topic);
                assert!(!q.label.text.trim().is_empty() && !q.label.text.contains('{'), "{lang} {}", q.topic);
                for c in q.choices.iter().chain(q.sides.iter()).chain(q.groups.iter().flat_map(|g| g.choices.iter())) {
                    assert!(!c.label.trim().is_empty() && !c.label.contains('{'), "{lang} {} {}", q.topic, c.id);
                    assert!(!c.ja.is_empty() && is_reading(&c.ja_reading), "{lang} {}: reading {}", c.id, c.ja_reading);
                }
            }
            // Every line of an unanswered summary renders too (as "not answered").
            let s = intake::summary(&a, None, lang, today()).unwrap();
            assert!(s.lines.iter().all(|l| !l.line.fallback && !l.value.text.is_empty()), "{lang} {v}");
        }
        for w in vocabulary::words().iter().filter(|w| w.list != "onset") {
            let b = intake::words::word(lang, &w.list, &w.id).unwrap();
            assert!(!b.fallback, "{lang}: {} falls back to English", w.message_id());
        }
        for q in staff::questions(lang).unwrap() {
            assert!(!q.question.fallback && q.question.ja.ends_with('？'), "{lang} {}", q.id);
            assert!(!q.answers.is_empty());
        }
        let full = intake::summary(&answers(SAMPLE), None, lang, today()).unwrap();
        for l in &full.lines {
            assert!(!l.line.fallback, "{lang}: {} falls back", l.topic);
            assert!(!l.line.text.contains('\u{2068}'), "isolation marks in {lang}");
        }
    }
}

#[test]
fn translations_are_not_english_left_in_place() {
    let en: Vec<String> = vocabulary::words()
        .iter()
        .filter(|w| w.list != "onset")
        .map(|w| intake::words::word(Lang::En, &w.list, &w.id).unwrap().text)
        .collect();
    for lang in
        [Lang::ZhHans, Lang::ZhHant, Lang::Ko, Lang::Th, Lang::Vi, Lang::Es, Lang::Fr, Lang::De, Lang::Pt, Lang::Ru]
    {
        let same = vocabulary::words()
            .iter()
            .filter(|w| w.list != "onset")
            .zip(&en)
            .filter(|(w, e)| intake::words::word(lang, &w.list, &w.id).unwrap().text == **e)
            .count();
        assert!(same <= 12, "{lang}: {same} words identical to English");
    }
}

#[test]
fn no_known_allergies_is_stated_never_blank() {
    let s = intake::summary(&answers(r#"{"variant": "dental", "no_known_allergies": true}"#), None, Lang::Es, today())
        .unwrap();
    let l = line(&s, "allergies");
    assert_eq!(l.line.ja, "アレルギー：アレルギーはありません");
    assert_eq!(l.value.text, "Sin alergias conocidas");
    assert!(l.answered && !s.missing.contains(&"allergies".to_string()));
    // Not answered: said so, never an empty value.
    let s = intake::summary(&Answers::new(Variant::Dental), None, Lang::Es, today()).unwrap();
    assert_eq!(line(&s, "allergies").line.ja, "アレルギー：未回答");
    assert!(s.missing.contains(&"allergies".to_string()));
    assert!(s.lines.iter().all(|l| !l.value.ja.trim().is_empty() && !l.value.text.trim().is_empty()));
    // A contradiction is refused: "none" and an allergy.
    let e =
        Answers::from_json(r#"{"variant": "adult", "no_known_allergies": true, "allergies_drug": ["aspirin"]}"#, "t")
            .unwrap_err();
    assert!(e.to_string().contains("no_known_allergies") && e.to_string().contains("aspirin"), "{e}");
}

#[test]
fn numbers_are_read_with_their_counters() {
    let s = intake::summary(
        &answers(
            r#"{"variant": "adult", "age_years": 30, "onset_days_ago": 3, "temperature_c": 38.5, "pain_score": 7}"#,
        ),
        None,
        Lang::En,
        today(),
    )
    .unwrap();
    let onset = line(&s, "onset");
    assert_eq!(onset.value.ja, "3日前から");
    assert_eq!(onset.value.ja_reading, "みっかまえから");
    assert_eq!(onset.line.ja_reading, "いつから：みっかまえから");
    assert_eq!(onset.value.text, "Since 3 days ago");
    let t = line(&s, "temperature");
    assert_eq!((t.value.ja.as_str(), t.value.ja_reading.as_str()), ("38.5度", "さんじゅうはちてんごど"));
    assert_eq!(line(&s, "age").value.ja_reading, "さんじゅっさい");
    assert_eq!(line(&s, "pain-score").value.ja_reading, "なな");
    let read = |json: &str, topic: &str| {
        let s = intake::summary(&answers(json), None, Lang::En, today()).unwrap();
        let l = line(&s, topic);
        (l.value.ja.clone(), l.value.ja_reading.clone())
    };
    assert_eq!(read(r#"{"variant": "adult", "onset_days_ago": 1}"#, "onset"), ("昨日から".into(), "きのうから".into()));
    assert_eq!(read(r#"{"variant": "adult", "onset_days_ago": 0}"#, "onset"), ("今日から".into(), "きょうから".into()));
    assert_eq!(read(r#"{"variant": "adult", "onset_days_ago": 20}"#, "onset").1, "はつかまえから");
    assert_eq!(
        read(r#"{"variant": "adult", "onset_hours_ago": 4}"#, "onset"),
        ("4時間前から".into(), "よじかんまえから".into())
    );
    assert_eq!(
        read(r#"{"variant": "child", "age_months": 6}"#, "age"),
        ("生後6か月".into(), "せいごろっかげつ".into())
    );
    assert_eq!(
        read(r#"{"variant": "child", "weight_kg": 12.5}"#, "weight"),
        ("12.5kg".into(), "じゅうにてんごきろ".into())
    );
    assert_eq!(
        read(r#"{"variant": "pregnancy", "pregnancy_weeks": 20}"#, "pregnancy-weeks"),
        ("妊娠20週".into(), "にんしんにじゅっしゅう".into())
    );
    // Every reading of a full summary is hiragana (typed words excepted).
    for l in &intake::summary(&answers(SAMPLE), None, Lang::En, today()).unwrap().lines {
        if l.topic != "medicines" {
            assert!(is_reading(&l.line.ja_reading), "{}: {}", l.topic, l.line.ja_reading);
        }
    }
}

#[test]
fn every_variant_asks_its_own_questions() {
    let labels = |v: &str| -> Vec<String> {
        let s = intake::summary(&Answers::new(Variant::parse(v).unwrap()), None, Lang::En, today()).unwrap();
        s.lines.iter().map(|l| l.label.ja.clone()).collect()
    };
    let child = labels("child");
    for l in ["体重", "水分", "尿の量", "予防接種"] {
        assert!(child.contains(&l.to_string()), "child lacks {l}: {child:?}");
    }
    assert!(!child.contains(&"妊娠".to_string()));
    let injury = labels("injury");
    assert!(injury.contains(&"けがの原因".to_string()) && injury.contains(&"けがをした場所".to_string()));
    assert!(injury.contains(&"いつから".to_string()) && injury.contains(&"部位".to_string()));
    assert!(labels("dental").contains(&"歯の症状".to_string()));
    let preg = labels("pregnancy");
    assert!(preg.contains(&"妊娠週数".to_string()) && preg.contains(&"妊娠中の症状".to_string()));
    // A man is not asked about pregnancy.
    let s = intake::summary(&answers(r#"{"variant": "adult", "sex": "male"}"#), None, Lang::En, today()).unwrap();
    assert!(s.lines.iter().all(|l| l.topic != "pregnant"));
    let f = intake::flow(&answers(r#"{"variant": "adult", "sex": "male"}"#), None, Lang::En, today()).unwrap();
    assert!(f.questions.iter().all(|q| q.topic != "pregnant"));
    // An answer outside the variant is kept, not dropped.
    let s =
        intake::summary(&answers(r#"{"variant": "injury", "temperature_c": 37.8}"#), None, Lang::En, today()).unwrap();
    assert_eq!(line(&s, "temperature").value.ja, "37.8度");
}

#[test]
fn what_the_profile_holds_is_not_asked_again() {
    let mut p = Profile::default();
    p.patient.sex = Some(Sex::Female);
    p.patient.birth_date = NaiveDate::from_ymd_opt(1990, 4, 1);
    p.allergies_intolerances.entries.push(Allergy {
        category: AllergyCategory::Drug,
        substance: Term::Id("penicillin".into()),
        reaction: Some(Term::Id("hives".into())),
    });
    p.medication_summary.none = true;
    let a = answers(r#"{"variant": "adult", "complaints": ["fever"]}"#);
    let f = intake::flow(&a, Some(&p), Lang::Fr, today()).unwrap();
    let q = |t: &str| f.questions.iter().find(|q| q.topic == t).unwrap();
    assert_eq!(q("allergies").from_profile.as_ref().unwrap().ja, "薬：ペニシリン系抗菌薬（じんましん）");
    assert!(q("medicines").from_profile.is_some() && q("age").from_profile.is_some());
    assert!(q("complaints").from_profile.is_none() && q("conditions").from_profile.is_none());
    let s = intake::summary(&a, Some(&p), Lang::Fr, today()).unwrap();
    let l = line(&s, "allergies");
    assert!(l.from_profile && l.answered);
    assert_eq!(line(&s, "age").value.ja, "36歳");
    assert_eq!(line(&s, "medicines").value.ja, "服用中の薬はありません");
    assert!(!s.missing.contains(&"allergies".to_string()) && s.missing.contains(&"conditions".to_string()));
}

#[test]
fn bad_answers_are_refused_with_the_field() {
    let err = |json: &str| match Answers::from_json(json, "answers.json") {
        Err(Error::Invalid { field, message }) => format!("{field}: {message}"),
        other => panic!("{json}: {other:?}"),
    };
    let e = err(r#"{"variant": "adult", "complaints": ["fever", "zombie-bite"]}"#);
    assert!(e.starts_with("complaints[1]") && e.contains("zombie-bite") && e.contains("fever"), "{e}");
    let e = err(r#"{"variant": "adult", "temperature_c": 80}"#);
    assert!(e.starts_with("temperature_c") && e.contains("80"), "{e}");
    assert!(err(r#"{"variant": "adult", "pain_score": 11}"#).starts_with("pain_score"));
    assert!(err(r#"{"variant": "adult", "onset_days_ago": 2, "onset_hours_ago": 3}"#).starts_with("onset_days_ago"));
    assert!(
        err(r#"{"variant": "adult", "pain_site": [{"site": "knee", "side": "up"}]}"#).starts_with("pain_site[0].side")
    );
    assert!(err(r#"{"variant": "martian"}"#).contains("variant"));
    let e = err(r#"{"variant": "adult", "temprature_c": 38}"#);
    assert!(e.contains("temprature_c"), "{e}");
    assert!(err(r#"{"variant": "adult", "complaints": ["fever", "fever"]}"#).contains("twice"));
    assert!(err(r#"{"variant": "adult", "medicines": [""]}"#).starts_with("medicines[0]"));
    assert!(err(r#"{"complaints": []}"#).contains("variant"));
}

#[test]
fn staff_mode_shows_the_answer_in_japanese() {
    let a = staff::answer("drug-allergy", "yes", Lang::Ko).unwrap();
    assert_eq!(a.question.ja, "薬のアレルギーはありますか？");
    assert_eq!(a.question.text, "약물 알레르기가 있나요?");
    assert_eq!((a.answer.ja.as_str(), a.answer.text.as_str()), ("はい", "예"));
    let a = staff::answer("since-when", "days-3", Lang::En).unwrap();
    assert_eq!((a.answer.ja.as_str(), a.answer.ja_reading.as_str()), ("3日前から", "みっかまえから"));
    assert_eq!(staff::answer("pain-score", "8", Lang::En).unwrap().answer.ja, "8");
    assert_eq!(staff::answer("where-pain", "lower-back", Lang::En).unwrap().answer.ja, "腰");
    assert!(staff::answer("no-such", "yes", Lang::En).unwrap_err().to_string().contains("no-such"));
    assert!(staff::answer("fever", "maybe", Lang::En).unwrap_err().to_string().contains("maybe"));
}

#[test]
fn the_catalogue_lists_variants_topics_and_vocabularies() {
    let c = intake::catalogue(Lang::Vi).unwrap();
    assert_eq!(c.variants.iter().map(|v| v.id).collect::<Vec<_>>(), VARIANTS);
    assert!(c.vocabularies["symptom"].iter().any(|w| w.id == "fever" && w.ja == "発熱"));
    assert!(c.vocabularies["onset"].iter().any(|w| w.id == "days-3" && w.ja == "3日前から"));
    assert_eq!(c.topics.len(), vocabulary::topics().len());
    assert!(c.staff.len() >= 15);
}
