//! The locale linter passes on the real locales and fails, check by check, on broken ones.

use std::path::Path;
use tasukete::l10n::lint::{self, LocaleSet, Problem, Usage};

fn usage(resource: &str, ids: &[&str]) -> Usage {
    let mut u = Usage::default();
    u.resources.insert(resource.into(), ids.iter().map(|s| s.to_string()).collect());
    u
}

/// A small locale set that passes every check; each test below breaks one thing.
fn good() -> LocaleSet {
    let mut set = LocaleSet::default();
    set.insert("en", "cards", "hello = Hello\ndays = { $n ->\n    [one] one day\n   *[other] { $n } days\n}\n");
    set.insert("de", "cards", "hello = Hallo\ndays = { $n ->\n    [one] ein Tag\n   *[other] { $n } Tage\n}\n");
    set.insert("ja", "cards", "hello = こんにちは\n    .reading = こんにちは\ndays = { $n }日\n");
    set
}

fn good_usage() -> Usage {
    usage("cards", &["hello", "days"])
}

#[test]
fn real_locales_pass() {
    let ui_src = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src");
    let problems = lint::lint(&lint::embedded(), &lint::code_usage(Some(&ui_src)));
    let text: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), text.join("\n"));
}

#[test]
fn real_locales_have_all_fourteen_languages() {
    let set = lint::embedded();
    for info in tasukete::l10n::supported() {
        for resource in ["cards", "common", "emergency", "tips"] {
            assert!(
                set.files.contains_key(&(info.tag.to_string(), resource.to_string())),
                "{}/{resource}.ftl missing",
                info.tag
            );
        }
    }
}

#[test]
fn the_sample_passes() {
    assert_eq!(lint::lint(&good(), &good_usage()), vec![]);
}

#[test]
fn junk_is_found_with_its_line() {
    let mut set = good();
    set.insert("de", "cards", "hello = Hallo\nthis is not fluent\ndays = { $n }\n");
    let p = lint::lint(&set, &good_usage());
    assert!(p.iter().any(|p| matches!(p, Problem::Junk { lang, line: 2, .. } if lang == "de")), "{p:?}");
}

#[test]
fn a_selector_without_any_default_is_junk() {
    let mut set = good();
    set.insert("de", "cards", "hello = Hallo\ndays = { $n ->\n    [one] ein Tag\n    [other] Tage\n}\n");
    let p = lint::lint(&set, &good_usage());
    assert!(p.iter().any(|p| matches!(p, Problem::Junk { .. })), "{p:?}");
}

#[test]
fn duplicate_ids_are_found() {
    let mut set = good();
    set.insert("de", "cards", "hello = Hallo\nhello = Servus\ndays = { $n } Tage\n");
    let p = lint::lint(&set, &good_usage());
    assert_eq!(p, vec![Problem::Duplicate { lang: "de".into(), resource: "cards".into(), id: "hello".into() }]);
}

#[test]
fn ids_missing_from_a_locale_are_found() {
    let mut set = good();
    set.insert("ja", "cards", "hello = こんにちは\n");
    let p = lint::lint(&set, &good_usage());
    assert_eq!(p, vec![Problem::MissingInLocale { lang: "ja".into(), resource: "cards".into(), id: "days".into() }]);
}

#[test]
fn a_missing_resource_and_ids_not_in_the_source_are_found() {
    let mut set = good();
    set.files.remove(&("de".to_string(), "cards".to_string()));
    set.insert("de", "tips", "extra = Extra\n");
    let p = lint::lint(&set, &good_usage());
    assert!(p.contains(&Problem::MissingResource { lang: "de".into(), resource: "cards".into() }), "{p:?}");
    assert!(
        p.contains(&Problem::NotInSource { lang: "de".into(), resource: "tips".into(), id: "extra".into() }),
        "{p:?}"
    );
    let mut set = good();
    set.insert("ja", "cards", "hello = こんにちは\ndays = { $n }日\nstale = 古い\n");
    let p = lint::lint(&set, &good_usage());
    assert_eq!(p, vec![Problem::NotInSource { lang: "ja".into(), resource: "cards".into(), id: "stale".into() }]);
}

#[test]
fn ids_used_by_the_code_but_absent_are_found() {
    let p = lint::lint(&good(), &usage("cards", &["hello", "days", "goodbye"]));
    assert_eq!(p, vec![Problem::UsedButAbsent { resource: "cards".into(), id: "goodbye".into() }]);
    let mut u = good_usage();
    u.resources.insert("ui".into(), ["title".to_string()].into());
    let p = lint::lint(&good(), &u);
    assert_eq!(p, vec![Problem::UsedButAbsent { resource: "ui".into(), id: "title".into() }]);
}

#[test]
fn unused_ids_are_found() {
    let p = lint::lint(&good(), &usage("cards", &["hello"]));
    assert_eq!(p, vec![Problem::Unused { resource: "cards".into(), id: "days".into() }]);
}

#[test]
fn a_default_other_than_other_is_found_even_nested_and_in_attributes() {
    let mut set = good();
    set.insert("de", "cards", "hello = Hallo\ndays = { $n ->\n   *[one] ein Tag\n    [other] { $n } Tage\n}\n");
    let p = lint::lint(&set, &good_usage());
    assert_eq!(p, vec![Problem::NoOtherDefault { lang: "de".into(), resource: "cards".into(), id: "days".into() }]);

    let mut set = good();
    set.insert(
        "ja",
        "cards",
        "hello = こんにちは\n    .reading = { $x ->\n       *[a] あ\n        [other] ほか\n    }\ndays = { $n ->\n   *[other] { $m ->\n       *[zero] れい\n        [other] ほか\n    }\n}\n",
    );
    let p = lint::lint(&set, &good_usage());
    assert_eq!(
        p,
        vec![
            Problem::NoOtherDefault { lang: "ja".into(), resource: "cards".into(), id: "days".into() },
            Problem::NoOtherDefault { lang: "ja".into(), resource: "cards".into(), id: "hello.reading".into() },
        ]
    );
}

#[test]
fn ui_usage_comes_from_t_calls_in_typescript() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("src/views");
    std::fs::create_dir_all(&src).unwrap();
    std::fs::write(src.join("near.ts"), "export const h = () => t(\"near-title\") + t('open-now');\n").unwrap();
    std::fs::write(src.join("notes.md"), "t(\"not-code\")").unwrap();
    let u = lint::code_usage(Some(&dir.path().join("src")));
    let ui = &u.resources["ui"];
    assert_eq!(ui.iter().map(String::as_str).collect::<Vec<_>>(), ["near-title", "open-now"]);
    // Without a ui/src folder there is nothing to scan and `ui` usage is not checked.
    assert!(!lint::code_usage(Some(&dir.path().join("missing"))).resources.contains_key("ui"));
}
