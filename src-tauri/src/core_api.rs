//! The core API the shell codes against, in one place so that the commands do not care
//! which parts of the core have landed yet.
//!
//! The dataset queries are the core's own (`tasukete::Guide`). TEMPORARY: the localised
//! content modules (emergency numbers, 119 script, cards, tips, Fluent) are still on the
//! l10n branch; until they are merged, `content` reports that this build lacks them
//! (never invented data) and `l10n` renders `locales/*/ui.ftl` with fluent-bundle. Each
//! is replaced by the core's own call on merge.

use serde_json::Value;
use tasukete::{Error, Result};

pub use tasukete::{Guide, NearQuery};

fn not_in_build(what: &str) -> Error {
    Error::InvalidArgument(format!("{what} is not in this build yet"))
}

/// Localised content that is compiled into the core.
pub mod content {
    use super::*;

    /// Emergency numbers.
    pub fn numbers(_lang: &str, _pref: Option<u8>) -> Result<Value> {
        Err(not_in_build("the emergency numbers module"))
    }
    /// The 119 call script.
    pub fn call_script_119(_lang: &str, _address_ja: Option<&str>) -> Result<Value> {
        Err(not_in_build("the 119 call script"))
    }
    /// The phrase card catalogue.
    pub fn cards(_lang: &str) -> Result<Value> {
        Err(not_in_build("the phrase card catalogue"))
    }
    /// One card.
    pub fn card(_id: &str, _lang: &str, _args: &std::collections::BTreeMap<String, String>) -> Result<Value> {
        Err(not_in_build("the phrase card catalogue"))
    }
    /// Payment and insurance tips.
    pub fn payment_tips(_lang: &str) -> Result<Value> {
        Err(not_in_build("the payment tips"))
    }
}

/// UI messages rendered with Fluent from `locales/<lang>/ui.ftl`.
pub mod l10n {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
    use std::collections::BTreeMap;

    /// The languages the app speaks, as BCP 47 tags, in menu order.
    pub const SUPPORTED: [&str; 14] =
        ["en", "ja", "zh-Hans", "zh-Hant", "ko", "th", "vi", "id", "tl", "es", "fr", "de", "pt", "ru"];

    fn source(lang: &str) -> Option<&'static str> {
        Some(match lang {
            "en" => include_str!("../../locales/en/ui.ftl"),
            "ja" => include_str!("../../locales/ja/ui.ftl"),
            "zh-Hans" => include_str!("../../locales/zh-Hans/ui.ftl"),
            "zh-Hant" => include_str!("../../locales/zh-Hant/ui.ftl"),
            "ko" => include_str!("../../locales/ko/ui.ftl"),
            "th" => include_str!("../../locales/th/ui.ftl"),
            "vi" => include_str!("../../locales/vi/ui.ftl"),
            "id" => include_str!("../../locales/id/ui.ftl"),
            "tl" => include_str!("../../locales/tl/ui.ftl"),
            "es" => include_str!("../../locales/es/ui.ftl"),
            "fr" => include_str!("../../locales/fr/ui.ftl"),
            "de" => include_str!("../../locales/de/ui.ftl"),
            "pt" => include_str!("../../locales/pt/ui.ftl"),
            "ru" => include_str!("../../locales/ru/ui.ftl"),
            _ => return None,
        })
    }

    /// The supported language closest to `tag` (exact, then the primary subtag, then
    /// Chinese by script or region), falling back to English.
    pub fn negotiate(tag: &str) -> &'static str {
        let tag = tag.trim();
        if let Some(l) = SUPPORTED.iter().find(|l| l.eq_ignore_ascii_case(tag)) {
            return l;
        }
        let lower = tag.to_ascii_lowercase();
        if lower.starts_with("zh") {
            let traditional = ["hant", "-tw", "-hk", "-mo"].iter().any(|m| lower.contains(m));
            return if traditional { "zh-Hant" } else { "zh-Hans" };
        }
        let primary = lower.split(['-', '_']).next().unwrap_or("");
        let primary = if primary == "fil" { "tl" } else { primary };
        SUPPORTED.iter().find(|l| **l == primary).copied().unwrap_or("en")
    }

    fn bundle(lang: &'static str) -> FluentBundle<FluentResource> {
        let mut bundle = FluentBundle::new(vec![lang.parse().unwrap_or_default()]);
        // Cards and labels are shown whole; no bidi isolation marks around placeables.
        bundle.set_use_isolating(false);
        // English first, the chosen language over it: English fills only what is missing.
        for l in ["en", lang] {
            if let Some(src) = source(l) {
                let res = FluentResource::try_new(src.to_string()).unwrap_or_else(|(res, _)| res);
                bundle.add_resource_overriding(res);
            }
        }
        bundle
    }

    /// Every message of `ui.ftl` in `lang`, rendered without arguments.
    pub fn ui_messages(lang: &str) -> BTreeMap<String, String> {
        let lang = negotiate(lang);
        let bundle = bundle(lang);
        let mut out = BTreeMap::new();
        for l in ["en", lang] {
            let Some(src) = source(l) else { continue };
            let res = FluentResource::try_new(src.to_string()).unwrap_or_else(|(res, _)| res);
            for entry in res.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    let id = m.id.name;
                    if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                        let mut errors = vec![];
                        out.insert(id.to_string(), bundle.format_pattern(pattern, None, &mut errors).into_owned());
                    }
                }
            }
        }
        out
    }

    /// One message with arguments; numbers are passed as numbers so plurals select.
    pub fn format(lang: &str, id: &str, args: &BTreeMap<String, serde_json::Value>) -> Option<String> {
        let bundle = bundle(negotiate(lang));
        let pattern = bundle.get_message(id)?.value()?;
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            let value = match v {
                serde_json::Value::Number(n) => FluentValue::from(n.as_f64().unwrap_or(0.0)),
                serde_json::Value::String(s) => FluentValue::from(s.clone()),
                other => FluentValue::from(other.to_string()),
            };
            fargs.set(k.clone(), value);
        }
        let mut errors = vec![];
        Some(bundle.format_pattern(pattern, Some(&fargs), &mut errors).into_owned())
    }
}
