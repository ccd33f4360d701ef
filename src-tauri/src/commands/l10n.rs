//! The UI's words, rendered by the core's Fluent bundles (`locales/<lang>/ui.ftl`): the
//! webview formats nothing itself.

use crate::error::{lang, AppResult};
use serde::Serialize;
use std::collections::BTreeMap;
use tasukete::l10n::{self, Arg, Args, LangInfo};

/// The supported languages, and which one best fits the device's preference list.
#[derive(Debug, Clone, Serialize)]
pub struct Languages {
    /// Menu order, English first; each named in itself, with its review status.
    pub supported: Vec<LangInfo>,
    /// The negotiated default for `preferred` (English when nothing fits).
    pub default: String,
}

/// Lists the languages; `preferred` is `navigator.languages`.
#[tauri::command]
pub fn languages(preferred: Option<Vec<String>>) -> Languages {
    let preferred = preferred.unwrap_or_default();
    Languages { supported: l10n::supported(), default: l10n::negotiate_list(&preferred).tag().to_string() }
}

/// Every UI message in `lang`, without arguments (English fills what a language lacks).
#[tauri::command]
pub fn ui_messages(lang: String) -> AppResult<BTreeMap<String, String>> {
    Ok(l10n::messages(self::lang(&lang)?, "ui")?)
}

/// One UI message with arguments; numbers select plurals.
#[tauri::command]
pub fn format_message(
    lang: String,
    id: String,
    args: Option<BTreeMap<String, serde_json::Value>>,
) -> AppResult<String> {
    let args: Args = args
        .unwrap_or_default()
        .into_iter()
        .map(|(k, v)| {
            let arg = match v {
                serde_json::Value::Number(n) => Arg::Number(n.as_f64().unwrap_or(0.0)),
                serde_json::Value::String(s) => Arg::Text(s),
                other => Arg::Text(other.to_string()),
            };
            (k, arg)
        })
        .collect();
    Ok(l10n::text(self::lang(&lang)?, "ui", &id, &args)?.text)
}
