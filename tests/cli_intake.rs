//! `intake` and `profile show`, run as a user would.

use std::process::Command;

fn run(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tasukete")).args(args).output().unwrap();
    (out.status.success(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

fn json(args: &[&str]) -> serde_json::Value {
    let (ok, out, err) = run(args);
    assert!(ok, "{args:?}: {err}");
    serde_json::from_str(&out).unwrap()
}

fn write(dir: &tempfile::TempDir, name: &str, text: &str) -> String {
    let p = dir.path().join(name);
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_string()
}

const FEVER: &str = r#"{"variant": "adult", "complaints": ["fever", "cough"], "onset_days_ago": 3,
  "temperature_c": 38.5, "allergies_drug": ["penicillin"], "insurance": "travel", "sex": "female", "age_years": 28}"#;

#[test]
fn answers_render_the_japanese_summary_and_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(&dir, "answers.json", FEVER);
    let th = json(&["intake", "--answers", &f, "--lang", "th", "--json"]);
    let es = json(&["intake", "--answers", &f, "--lang", "es-MX", "--json"]);
    assert_eq!(th["summary_ja"], es["summary_ja"]);
    let ja: Vec<&str> = th["summary_ja"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    for want in ["主な症状：発熱、咳", "いつから：3日前から", "体温：38.5度", "アレルギー：薬：ペニシリン系抗菌薬"]
    {
        assert!(ja.contains(&want), "{want} not in {ja:?}");
    }
    assert_eq!(es["summary"][2], "Síntomas principales: Fiebre, Tos");
    let missing: Vec<&str> = th["missing"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    assert!(missing.contains(&"pain-score") && !missing.contains(&"onset"), "{missing:?}");
    assert_eq!(th["summary"].as_array().unwrap().len(), ja.len());
    // Plain text: each Japanese line with the user's line under it.
    let (ok, out, _) = run(&["intake", "--answers", &f, "--lang", "de"]);
    assert!(ok && out.contains("体温：38.5度\n    Temperatur: 38.5 °C"), "{out}");
}

#[test]
fn the_list_has_variants_topics_vocabularies_and_staff_questions() {
    let v = json(&["intake", "--list", "--lang", "zh-TW", "--json"]);
    assert_eq!(v["lang"], "zh-Hant");
    let ids: Vec<&str> = v["variants"].as_array().unwrap().iter().map(|x| x["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["adult", "child", "injury", "dental", "pregnancy"]);
    assert!(v["topics"].as_array().unwrap().iter().any(|t| t["id"] == "temperature"));
    assert!(v["vocabularies"]["symptom"]
        .as_array()
        .unwrap()
        .iter()
        .any(|w| w["id"] == "cough" && w["label"] == "咳嗽"));
    assert!(v["staff"].as_array().unwrap().iter().any(|q| q["question"]["ja"] == "薬のアレルギーはありますか？"));
}

#[test]
fn bad_answers_files_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    for (text, want) in [
        (r#"{"variant": "adult", "complaints": ["fever", "dragon-pox"]}"#, "complaints[1]"),
        (r#"{"variant": "adult", "temperature_c": 80}"#, "temperature_c"),
        (r#"{"variant": "adult", "complaints": ["#, "EOF"),
        (r#"{"variant": "adult", "mood": "sad"}"#, "mood"),
    ] {
        let f = write(&dir, "bad.json", text);
        let (ok, _, err) = run(&["intake", "--answers", &f, "--lang", "en", "--json"]);
        assert!(!ok && err.contains(want), "{text}: {err}");
    }
    let (ok, _, err) = run(&["intake", "--answers", "/nonexistent/answers.json", "--lang", "en"]);
    assert!(!ok && err.contains("/nonexistent/answers.json"), "{err}");
    let (ok, _, err) = run(&["intake", "--lang", "en"]);
    assert!(!ok && err.contains("--list"), "{err}");
}

#[test]
fn profile_show_renders_an_export_file_and_fills_the_questionnaire() {
    let dir = tempfile::tempdir().unwrap();
    let profile = write(
        &dir,
        "profile.json",
        r#"{"format": "tasukete-profile", "version": 1, "profile": {
            "patient": {"name": "Ana Silva", "sex": "female", "age_years": 41, "language": "pt"},
            "allergies_intolerances": {"entries": [{"category": "drug", "substance": {"id": "penicillin"}, "reaction": {"id": "hives"}}]},
            "medication_summary": {"none": true}}}"#,
    );
    let v = json(&["profile", "show", "--profile", &profile, "--lang", "pt", "--json"]);
    assert_eq!(v["title"]["ja"], "私の医療情報");
    assert_eq!(v["sections"][0]["id"], "allergies");
    assert_eq!(v["sections"][0]["items"][0]["value"]["ja"], "ペニシリン系抗菌薬（じんましん）");
    assert_eq!(v["sections"][0]["items"][0]["value"]["text"], "Penicilinas (Urticária)");
    assert_eq!(v["sections"][1]["items"][0]["value"]["ja"], "服用中の薬はありません");
    let answers = write(&dir, "a.json", r#"{"variant": "adult", "complaints": ["headache"]}"#);
    let s = json(&["intake", "--answers", &answers, "--profile", &profile, "--lang", "pt", "--json"]);
    let ja: Vec<&str> = s["summary_ja"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    assert!(ja.contains(&"アレルギー：薬：ペニシリン系抗菌薬（じんましん）"), "{ja:?}");
    assert!(ja.contains(&"年齢：41歳"), "{ja:?}");
    // A file that is not a profile is refused with the reason.
    let foreign = write(&dir, "foreign.json", r#"{"hello": "world"}"#);
    let (ok, _, err) = run(&["profile", "show", "--profile", &foreign, "--lang", "en"]);
    assert!(!ok && err.contains("not a Tasukete profile"), "{err}");
}
