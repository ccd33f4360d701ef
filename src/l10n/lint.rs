//! The locale linter: checks every `.ftl` resource of every locale against the English
//! source and against the ids the code uses.
//!
//! Checks: junk (Fluent syntax errors), duplicate ids, ids missing from a locale, ids a
//! locale has that English lacks, ids used by the code but absent from English, English
//! ids no code uses, and selectors whose default variant is not `*[other]` (CJK plurals
//! have only `other`, so every selector must keep it as the default). `ui.ftl` (the app's
//! own strings) is checked like any other resource; its "used by the code" ids are the
//! `t("id"` / `t('id'` calls found in `ui/src/**/*.ts`, and when there is no `ui/src` the
//! usage checks for `ui` have nothing to scan and are skipped.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The source text of every resource of every locale: (lang tag, resource) -> `.ftl` text.
#[derive(Debug, Clone, Default)]
pub struct LocaleSet {
    /// (language tag, resource file stem) -> file contents.
    pub files: BTreeMap<(String, String), String>,
}

impl LocaleSet {
    /// Adds (or replaces) one resource of one locale.
    pub fn insert(&mut self, lang: &str, resource: &str, source: &str) {
        self.files.insert((lang.to_string(), resource.to_string()), source.to_string());
    }
}

/// Which message ids the code uses, per resource. A resource missing from the map has no
/// known usage, and the used/unused checks skip it.
#[derive(Debug, Clone, Default)]
pub struct Usage {
    /// resource file stem -> ids the code asks for.
    pub resources: BTreeMap<String, BTreeSet<String>>,
}

/// One thing the linter found wrong.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Problem {
    /// Text Fluent could not parse (it becomes a junk entry and is never shown).
    Junk {
        /// Language tag.
        lang: String,
        /// Resource file stem.
        resource: String,
        /// 1-based line where the junk starts.
        line: usize,
        /// The start of the junk text.
        snippet: String,
    },
    /// The same message id twice in one file.
    Duplicate {
        /// Language tag.
        lang: String,
        /// Resource file stem.
        resource: String,
        /// The repeated id.
        id: String,
    },
    /// A resource English has but this locale lacks entirely.
    MissingResource {
        /// Language tag.
        lang: String,
        /// Resource file stem.
        resource: String,
    },
    /// A message English has but this locale lacks (it would fall back to English).
    MissingInLocale {
        /// Language tag.
        lang: String,
        /// Resource file stem.
        resource: String,
        /// The missing id.
        id: String,
    },
    /// A message this locale has but English lacks (stale or misspelt).
    NotInSource {
        /// Language tag.
        lang: String,
        /// Resource file stem.
        resource: String,
        /// The extra id.
        id: String,
    },
    /// An id the code asks for that English does not have.
    UsedButAbsent {
        /// Resource file stem.
        resource: String,
        /// The id.
        id: String,
    },
    /// An English id that no code asks for.
    Unused {
        /// Resource file stem.
        resource: String,
        /// The id.
        id: String,
    },
    /// A select expression whose default variant is not `*[other]`.
    NoOtherDefault {
        /// Language tag.
        lang: String,
        /// Resource file stem.
        resource: String,
        /// The message (or `message.attribute`) holding the selector.
        id: String,
    },
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Junk { lang, resource, line, snippet } => {
                write!(f, "{lang}/{resource}.ftl:{line}: syntax error, junk: {snippet:?}")
            }
            Problem::Duplicate { lang, resource, id } => {
                write!(f, "{lang}/{resource}.ftl: duplicate id '{id}'")
            }
            Problem::MissingResource { lang, resource } => {
                write!(f, "{lang}/{resource}.ftl is missing (English has it)")
            }
            Problem::MissingInLocale { lang, resource, id } => {
                write!(f, "{lang}/{resource}.ftl: '{id}' is missing (English has it)")
            }
            Problem::NotInSource { lang, resource, id } => {
                write!(f, "{lang}/{resource}.ftl: '{id}' is not in the English source")
            }
            Problem::UsedButAbsent { resource, id } => {
                write!(f, "en/{resource}.ftl: '{id}' is used by the code but absent")
            }
            Problem::Unused { resource, id } => {
                write!(f, "en/{resource}.ftl: '{id}' is not used by any code")
            }
            Problem::NoOtherDefault { lang, resource, id } => {
                write!(f, "{lang}/{resource}.ftl: '{id}' has a selector without a *[other] default")
            }
        }
    }
}

/// The ids of the messages (not terms) of a `.ftl` source, in file order, junk skipped.
pub fn message_ids(source: &str) -> Vec<String> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource
        .body
        .iter()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

struct Parsed {
    ids: Vec<String>,
    problems: Vec<Problem>,
}

fn parse_one(lang: &str, resource_name: &str, source: &str) -> Parsed {
    let mut problems = Vec::new();
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let mut ids = Vec::new();
    let mut seen = BTreeSet::new();
    for entry in &resource.body {
        match entry {
            Entry::Junk { content } => {
                let offset = content.as_ptr() as usize - source.as_ptr() as usize;
                let line = source[..offset.min(source.len())].matches('\n').count() + 1;
                problems.push(Problem::Junk {
                    lang: lang.into(),
                    resource: resource_name.into(),
                    line,
                    snippet: content.lines().next().unwrap_or("").chars().take(60).collect(),
                });
            }
            Entry::Message(m) => {
                let id = m.id.name.to_string();
                if !seen.insert(id.clone()) {
                    problems.push(Problem::Duplicate {
                        lang: lang.into(),
                        resource: resource_name.into(),
                        id: id.clone(),
                    });
                }
                let mut patterns: Vec<(String, &Pattern<&str>)> = Vec::new();
                if let Some(v) = &m.value {
                    patterns.push((id.clone(), v));
                }
                for a in &m.attributes {
                    patterns.push((format!("{id}.{}", a.id.name), &a.value));
                }
                for (name, p) in patterns {
                    if pattern_lacks_other_default(p) {
                        problems.push(Problem::NoOtherDefault {
                            lang: lang.into(),
                            resource: resource_name.into(),
                            id: name,
                        });
                    }
                }
                ids.push(id);
            }
            Entry::Term(t) => {
                let id = format!("-{}", t.id.name);
                if !seen.insert(id.clone()) {
                    problems.push(Problem::Duplicate {
                        lang: lang.into(),
                        resource: resource_name.into(),
                        id: id.clone(),
                    });
                }
                if pattern_lacks_other_default(&t.value) {
                    problems.push(Problem::NoOtherDefault { lang: lang.into(), resource: resource_name.into(), id });
                }
            }
            _ => {}
        }
    }
    Parsed { ids, problems }
}

fn pattern_lacks_other_default(p: &Pattern<&str>) -> bool {
    p.elements.iter().any(|el| match el {
        PatternElement::Placeable { expression } => expression_lacks_other_default(expression),
        PatternElement::TextElement { .. } => false,
    })
}

fn expression_lacks_other_default(e: &Expression<&str>) -> bool {
    match e {
        Expression::Select { variants, .. } => {
            let default_is_other = variants
                .iter()
                .any(|v| v.default && matches!(&v.key, VariantKey::Identifier { name } if *name == "other"));
            !default_is_other || variants.iter().any(|v| pattern_lacks_other_default(&v.value))
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => expression_lacks_other_default(expression),
        Expression::Inline(_) => false,
    }
}

/// Lints a set of locales against English (`en`) and the code's usage. An empty result
/// means every check passed.
pub fn lint(set: &LocaleSet, usage: &Usage) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut ids: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for ((lang, resource), source) in &set.files {
        let parsed = parse_one(lang, resource, source);
        problems.extend(parsed.problems);
        ids.insert((lang.clone(), resource.clone()), parsed.ids);
    }
    let langs: BTreeSet<&String> = set.files.keys().map(|(l, _)| l).collect();
    let source_resources: BTreeSet<&String> = set.files.keys().filter(|(l, _)| l == "en").map(|(_, r)| r).collect();
    for resource in &source_resources {
        let en: BTreeSet<&String> = ids[&("en".to_string(), resource.to_string())].iter().collect();
        for lang in langs.iter().filter(|l| l.as_str() != "en") {
            let Some(local) = ids.get(&(lang.to_string(), resource.to_string())) else {
                problems.push(Problem::MissingResource { lang: lang.to_string(), resource: resource.to_string() });
                continue;
            };
            let local: BTreeSet<&String> = local.iter().collect();
            for id in en.difference(&local) {
                problems.push(Problem::MissingInLocale {
                    lang: lang.to_string(),
                    resource: resource.to_string(),
                    id: id.to_string(),
                });
            }
            for id in local.difference(&en) {
                problems.push(Problem::NotInSource {
                    lang: lang.to_string(),
                    resource: resource.to_string(),
                    id: id.to_string(),
                });
            }
        }
        if let Some(used) = usage.resources.get(resource.as_str()) {
            for id in used.iter().filter(|id| !en.contains(id)) {
                problems.push(Problem::UsedButAbsent { resource: resource.to_string(), id: id.clone() });
            }
            for id in en.iter().filter(|id| !used.contains(id.as_str())) {
                problems.push(Problem::Unused { resource: resource.to_string(), id: id.to_string() });
            }
        }
    }
    // A resource some locale has but English lacks is wholly "not in source".
    for ((lang, resource), local) in &ids {
        if !source_resources.contains(resource) {
            for id in local {
                problems.push(Problem::NotInSource { lang: lang.clone(), resource: resource.clone(), id: id.clone() });
            }
        }
    }
    for (resource, used) in &usage.resources {
        if !source_resources.contains(resource) {
            for id in used {
                problems.push(Problem::UsedButAbsent { resource: resource.clone(), id: id.clone() });
            }
        }
    }
    problems.sort();
    problems
}

/// The locales embedded in this binary (every `.ftl` under `locales/`).
pub fn embedded() -> LocaleSet {
    let mut set = LocaleSet::default();
    for dir in super::LOCALES.dirs() {
        let Some(tag) = dir.path().file_name().and_then(|n| n.to_str()) else { continue };
        for (resource, source) in super::resources_of(tag) {
            set.insert(tag, resource, &source);
        }
    }
    set
}

/// The ids the core uses (cards, emergency numbers, tips, language notes), plus the
/// `t("id")` calls of the UI sources under `ui_src` when that folder exists.
pub fn code_usage(ui_src: Option<&Path>) -> Usage {
    let mut usage = Usage::default();
    usage.resources.insert("cards".into(), crate::cards::message_ids());
    usage.resources.insert("emergency".into(), crate::emergency::message_ids());
    usage.resources.insert("tips".into(), crate::tips::message_ids());
    usage.resources.insert("advice".into(), crate::advice_lines::message_ids());
    usage.resources.insert("vocabulary".into(), crate::vocabulary::message_ids());
    usage.resources.insert("facility-text".into(), crate::facility_text::message_ids());
    usage.resources.insert("intake".into(), crate::intake::message_ids());
    usage.resources.insert("profile".into(), crate::profile::view::message_ids());
    usage.resources.insert("common".into(), ["source-note", "unreviewed-note"].map(String::from).into());
    if let Some(dir) = ui_src.filter(|d| d.is_dir()) {
        let mut ids = BTreeSet::new();
        scan_ui(dir, &mut ids, "t");
        usage.resources.insert("ui".into(), ids);
        let mut reception = BTreeSet::new();
        scan_ui(dir, &mut reception, "L");
        usage.resources.insert("reception".into(), reception);
    }
    usage
}

fn scan_ui(dir: &Path, ids: &mut BTreeSet<String>, function: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            scan_ui(&path, ids, function);
        } else if path.extension().is_some_and(|e| e == "ts") {
            if let Ok(text) = std::fs::read_to_string(&path) {
                ids.extend(call_ids(&text, function));
            }
        }
    }
}

/// The ids in `t("id"` and `t('id'` calls of a TypeScript source.
pub fn ui_ids(source: &str) -> BTreeSet<String> {
    call_ids(source, "t")
}

/// The ids in `NAME("id"` and `NAME('id'` calls of a TypeScript source (`t` for `ui.ftl`,
/// `L` for the reception screens' `reception.ftl`).
pub fn call_ids(source: &str, function: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let bytes = source.as_bytes();
    let call = format!("{function}(");
    for (i, _) in source.match_indices(&call) {
        let before_ok = i == 0 || {
            let c = bytes[i - 1];
            !(c.is_ascii_alphanumeric() || c == b'_' || c == b'$')
        };
        let rest = &source[i + call.len()..];
        let Some(quote) = rest.chars().next().filter(|c| *c == '"' || *c == '\'') else { continue };
        if !before_ok {
            continue;
        }
        if let Some(end) = rest[1..].find(quote) {
            let id = &rest[1..1 + end];
            if !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
                out.insert(id.to_string());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ui_ids_are_found_in_both_quote_styles_only_as_calls() {
        let ids = ui_ids(r#"el.text = t("open-now"); x = t('near-title', {n}); format("no"); at("x")"#);
        assert_eq!(ids, ["near-title", "open-now"].map(String::from).into());
    }
}
