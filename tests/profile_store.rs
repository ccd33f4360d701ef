//! The profile store and the export files: round trips, migrations, refusals that leave
//! files untouched, and imports that fail whole (nothing saved half).

use chrono::{NaiveDate, TimeZone, Utc};
use std::path::Path;
use tasukete::intake::{Answers, Variant};
use tasukete::l10n::Lang;
use tasukete::profile::model::*;
use tasukete::profile::store::{ProfileStore, SCHEMA_VERSION};
use tasukete::profile::{self, Error, ImportProblem};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn sample() -> Profile {
    let mut p = Profile::default();
    p.patient.name = Some("Jane Doe".into());
    p.patient.name_katakana = Some("ジェーン・ドウ".into());
    p.patient.birth_date = NaiveDate::from_ymd_opt(1990, 4, 1);
    p.patient.sex = Some(Sex::Female);
    p.patient.blood_group = Some(BloodGroup { abo: "A".into(), rh: Some("+".into()) });
    p.patient.nationality = Some("British".into());
    p.patient.language = Some(Lang::En);
    p.allergies_intolerances.entries = vec![
        Allergy {
            category: AllergyCategory::Drug,
            substance: Term::Id("penicillin".into()),
            reaction: Some(Term::Id("anaphylaxis".into())),
        },
        Allergy { category: AllergyCategory::Food, substance: Term::Text("Kiwi".into()), reaction: None },
    ];
    p.medication_summary.entries = vec![
        Medication { medicine: Term::Id("anticoagulant".into()), dose: Some("5 mg once a day".into()) },
        Medication { medicine: Term::Text("Levothyroxine".into()), dose: None },
    ];
    p.problem_list.entries = vec![Problem { condition: Term::Id("asthma".into()) }];
    p.history_of_procedures.entries = vec![Procedure { procedure: "Appendectomy".into(), year: Some(2015) }];
    p.medical_devices.none = true;
    p.pregnancy = Pregnancy { status: Some(PregnancyStatus::No), weeks: None, breastfeeding: Some(false) };
    p.insurance = Insurance {
        kind: Some(InsuranceKind::Travel),
        insurer: Some("Example Travel Insurance".into()),
        policy_number: Some("TX-12345".into()),
        assistance_phone: Some("+44 20 7946 0000".into()),
    };
    p.emergency_contact = Some(Contact {
        name: "John Doe".into(),
        relationship: Some("husband".into()),
        phone: "+44 7700 900123".into(),
    });
    p
}

fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

#[test]
fn a_saved_profile_comes_back_whole_and_answers_are_kept_until_cleared() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub/dir/profile.sqlite");
    let mut store = ProfileStore::open(&path).unwrap();
    assert_eq!(store.load().unwrap(), None);
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.save(&sample(), today()).unwrap().revision, 1);
    assert_eq!(store.save(&sample(), today()).unwrap().revision, 2);
    drop(store);
    let mut store = ProfileStore::open(&path).unwrap();
    assert_eq!(store.load().unwrap(), Some(sample()));
    let a = Answers::from_json(r#"{"variant": "adult", "complaints": ["cough"]}"#, "t").unwrap();
    store.save_answers(&a).unwrap();
    assert_eq!(ProfileStore::open(&path).unwrap().answers().unwrap(), Some(a));
    // Bad answers are refused and the kept ones stay.
    let mut bad = Answers::new(Variant::Adult);
    bad.temperature_c = Some(80.0);
    assert!(matches!(store.save_answers(&bad), Err(Error::Invalid { ref field, .. }) if field == "temperature_c"));
    assert!(store.answers().unwrap().unwrap().complaints == ["cough"]);
    store.clear_answers().unwrap();
    assert_eq!(store.answers().unwrap(), None);
    assert!(store.load().unwrap().is_some(), "clearing answers keeps the profile");
    store.delete_profile().unwrap();
    assert_eq!(store.load().unwrap(), None);
}

#[test]
fn an_invalid_profile_is_not_saved_and_the_previous_one_stays() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = ProfileStore::open(&dir.path().join("p.sqlite")).unwrap();
    store.save(&sample(), today()).unwrap();
    let mut bad = sample();
    bad.allergies_intolerances.entries[0].substance = Term::Id("penicilin".into());
    let e = store.save(&bad, today()).unwrap_err();
    assert!(e.to_string().contains("allergies_intolerances.entries[0].substance"), "{e}");
    assert!(e.to_string().contains("penicilin"), "{e}");
    assert_eq!(store.load().unwrap(), Some(sample()));
    assert_eq!(store.revision().unwrap(), 1);
}

#[test]
fn an_old_store_is_migrated_with_its_profile() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("profile.sqlite");
    let mut v1 = ProfileStore::open_at_version(&path, 1).unwrap();
    assert_eq!(v1.schema_version().unwrap(), 1);
    v1.save(&sample(), today()).unwrap();
    drop(v1);
    let mut store = ProfileStore::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.load().unwrap(), Some(sample()));
    store.save_answers(&Answers::new(Variant::Child)).unwrap();
}

#[test]
fn a_newer_store_and_foreign_files_are_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let newer = dir.path().join("newer.sqlite");
    ProfileStore::open(&newer).unwrap().save(&sample(), today()).unwrap();
    rusqlite::Connection::open(&newer).unwrap().pragma_update(None, "user_version", 99).unwrap();
    let before = bytes(&newer);
    match ProfileStore::open(&newer) {
        Err(Error::NewerStore { found: 99, supported, .. }) => assert_eq!(supported, SCHEMA_VERSION),
        other => panic!("{:?}", other.map(|_| ())),
    }
    assert_eq!(bytes(&newer), before);

    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "my notes, not a database").unwrap();
    let e = ProfileStore::open(&text).map(|_| ()).unwrap_err();
    assert!(matches!(e, Error::NotAStore { .. }) && e.to_string().contains("untouched"), "{e}");
    assert_eq!(bytes(&text), b"my notes, not a database");

    // Another SQLite file (say, the bundled dataset) is never migrated into a store.
    let other = dir.path().join("other.sqlite");
    rusqlite::Connection::open(&other).unwrap().execute_batch("CREATE TABLE facility (id TEXT);").unwrap();
    let before = bytes(&other);
    let e = ProfileStore::open(&other).map(|_| ()).unwrap_err();
    assert!(e.to_string().contains("another kind"), "{e}");
    assert_eq!(bytes(&other), before);
}

#[test]
fn export_and_import_round_trip() {
    let now = Utc.with_ymd_and_hms(2026, 11, 28, 1, 0, 0).unwrap();
    let text = profile::export_json(&sample(), now);
    assert!(text.contains("\"format\": \"tasukete-profile\"") && text.contains("\"allergies_intolerances\""));
    assert_eq!(profile::import_json(&text, today()).unwrap(), sample());
}

fn import_problem(text: &str) -> (ImportProblem, String) {
    match profile::import_json(text, today()) {
        Err(e @ Error::Import { .. }) => {
            let Error::Import { problem, .. } = &e else { unreachable!() };
            (*problem, e.to_string())
        }
        other => panic!("{text:.40}: {other:?}"),
    }
}

fn import_invalid(text: &str) -> String {
    match profile::import_json(text, today()) {
        Err(e @ Error::Invalid { .. }) => e.to_string(),
        other => panic!("{text:.40}: {other:?}"),
    }
}

#[test]
fn bad_imports_say_what_and_where_and_save_nothing() {
    let good = profile::export_json(&sample(), Utc::now());
    let (p, m) = import_problem(&good[..good.len() / 2]);
    assert_eq!(p, ImportProblem::Truncated, "{m}");
    assert!(m.contains("cut short") && m.contains("nothing was imported"), "{m}");
    assert_eq!(import_problem("").0, ImportProblem::Truncated);
    assert_eq!(import_problem("<html>hello</html>").0, ImportProblem::NotJson);
    let (p, m) = import_problem(r#"{"name": "something else", "items": [1, 2]}"#);
    assert_eq!(p, ImportProblem::NotAProfile);
    assert!(m.contains("tasukete-profile"), "{m}");
    assert!(import_problem(r#"{"variant": "adult", "complaints": []}"#).1.contains("questionnaire answers"));
    assert!(import_problem(r#"{"format": "fhir-bundle"}"#).1.contains("fhir-bundle"));
    assert!(import_problem("[1, 2, 3]").1.contains("not a JSON object"));
    let (p, m) = import_problem(&good.replace("\"version\": 1", "\"version\": 2"));
    assert_eq!(p, ImportProblem::OtherVersion);
    assert!(m.contains("newer") && m.contains('2'), "{m}");
    assert_eq!(import_problem(&good.replace("\"version\": 1,", "")).0, ImportProblem::OtherVersion);

    let m = import_invalid(&good.replace("\"penicillin\"", "\"penicilin\""));
    assert!(m.contains("profile.allergies_intolerances.entries[0].substance") && m.contains("penicilin"), "{m}");
    let m = import_invalid(&good.replace("\"1990-04-01\"", "\"2090-04-01\""));
    assert!(m.contains("patient.birth_date"), "{m}");
    let m = import_invalid(&good.replace("\"1990-04-01\"", "\"1990-13-01\""));
    assert!(m.contains("patient.birth_date"), "{m}");
    let m = import_invalid(&good.replace("\"ジェーン・ドウ\"", "\"Jane\""));
    assert!(m.contains("katakana"), "{m}");
    let m = import_invalid(&good.replace("\"category\": \"drug\"", "\"category\": \"drugs\""));
    assert!(m.contains("profile.allergies_intolerances.entries[0].category"), "{m}");
    let m = import_invalid(&good.replace("\"none\": true", "\"none\": true, \"extra\": 1"));
    assert!(m.contains("extra"), "{m}");
    let m = import_invalid(&good.replace("\"+44 7700 900123\"", "\"call me\""));
    assert!(m.contains("emergency_contact.phone"), "{m}");

    // A failed import leaves the store exactly as it was.
    let dir = tempfile::tempdir().unwrap();
    let mut store = ProfileStore::open(&dir.path().join("p.sqlite")).unwrap();
    let mut first = Profile::default();
    first.allergies_intolerances.none = true;
    store.save(&first, today()).unwrap();
    for text in [&good[..good.len() / 3], &good.replace("\"asthma\"", "\"astma\"")] {
        assert!(profile::import_json(text, today()).and_then(|p| store.save(&p, today())).is_err());
        assert_eq!(store.load().unwrap(), Some(first.clone()));
        assert_eq!(store.revision().unwrap(), 1);
    }
}

#[test]
fn the_staff_view_puts_allergies_first_in_japanese_with_the_users_language() {
    let v = profile::view(&sample(), Lang::De, today()).unwrap();
    assert_eq!(v.title.ja, "私の医療情報");
    assert_eq!(v.title.text, "Meine medizinischen Daten");
    let ids: Vec<&str> = v.sections.iter().map(|s| s.id).collect();
    assert_eq!(
        ids,
        ["allergies", "medication", "problems", "procedures", "devices", "pregnancy", "insurance", "contact"]
    );
    let allergies = &v.sections[0];
    assert_eq!(allergies.label.ja, "アレルギー");
    assert_eq!(allergies.items[0].value.ja, "ペニシリン系抗菌薬（アナフィラキシー）");
    assert_eq!(allergies.items[0].value.text, "Penicilline (Anaphylaxie)");
    assert_eq!(allergies.items[0].label.as_ref().unwrap().ja, "薬");
    assert_eq!(allergies.items[1].value.ja, "Kiwi", "the user's own words are shown as typed");
    assert_eq!(v.sections[1].items[0].value.ja, "抗凝固薬（ワルファリンなど）：5 mg once a day、Levothyroxine");
    assert_eq!(v.sections[2].items[0].value.ja, "喘息");
    assert_eq!(v.sections[3].items[0].value.ja, "Appendectomy（2015年）");
    assert_eq!(v.sections[4].items[0].value.ja, "体内に医療機器・金属はありません");
    let patient: Vec<String> = v.patient.iter().map(|i| i.value.ja.clone()).collect();
    assert!(patient.contains(&"1990年4月1日（36歳）".to_string()), "{patient:?}");
    assert!(patient.contains(&"A型 Rh+".to_string()) && patient.contains(&"英語".to_string()), "{patient:?}");
    // An empty profile says "not filled in" everywhere, never a blank.
    let e = profile::view(&Profile::default(), Lang::Th, today()).unwrap();
    assert!(e.empty);
    assert!(e.sections.iter().all(|s| s.items.len() == 1 && s.items[0].value.ja == "未記入"));
    // No known allergies is stated.
    let mut nka = Profile::default();
    nka.allergies_intolerances.none = true;
    let v = profile::view(&nka, Lang::Ru, today()).unwrap();
    assert_eq!(v.sections[0].items[0].value.ja, "アレルギーはありません");
    assert_eq!(v.sections[0].items[0].value.text, "Известной аллергии нет");
}

#[test]
fn the_view_renders_in_all_fourteen_languages() {
    for lang in Lang::ALL {
        let v = profile::view(&sample(), lang, today()).unwrap();
        for s in &v.sections {
            assert!(!s.label.fallback, "{lang}: {}", s.id);
            for i in &s.items {
                assert!(
                    !i.value.fallback && !i.value.text.is_empty() && !i.value.text.contains('{'),
                    "{lang} {}",
                    s.id
                );
            }
        }
        assert!(!v.title.fallback && !v.note.fallback);
        let o = profile::editor_options(lang).unwrap();
        assert!(o.lists["drug-allergen"].iter().any(|c| c.id == "penicillin"));
        assert!(o.labels.contains_key("field-dose"));
    }
}
