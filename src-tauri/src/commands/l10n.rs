//! The UI's words, rendered by Fluent in the shell's core: the webview formats nothing.

use crate::core_api::l10n;
use crate::error::{AppError, AppResult};
use serde::Serialize;
use std::collections::BTreeMap;

/// A language the app speaks, named in itself.
#[derive(Debug, Clone, Serialize)]
pub struct Language {
    /// BCP 47 tag, e.g. `zh-Hant`.
    pub tag: String,
    /// The language's own name for itself (`language-name` in its ui.ftl).
    pub name: String,
}

/// The supported languages, and which one best fits the device's preference list.
#[derive(Debug, Clone, Serialize)]
pub struct Languages {
    /// Menu order.
    pub supported: Vec<Language>,
    /// The negotiated default for `preferred`.
    pub default: String,
}

/// Lists the languages; `preferred` is `navigator.languages`.
#[tauri::command]
pub fn languages(preferred: Option<Vec<String>>) -> Languages {
    let supported = l10n::SUPPORTED
        .iter()
        .map(|tag| Language {
            tag: tag.to_string(),
            name: l10n::ui_messages(tag).get("language-name").cloned().unwrap_or_else(|| tag.to_string()),
        })
        .collect();
    let default = preferred.unwrap_or_default().first().map(|t| l10n::negotiate(t)).unwrap_or("en").to_string();
    Languages { supported, default }
}

/// Every UI message in `lang`, without arguments.
#[tauri::command]
pub fn ui_messages(lang: String) -> BTreeMap<String, String> {
    l10n::ui_messages(&lang)
}

/// One UI message with arguments (numbers select plurals).
#[tauri::command]
pub fn format_message(lang: String, id: String, args: Option<BTreeMap<String, serde_json::Value>>) -> AppResult<String> {
    l10n::format(&lang, &id, &args.unwrap_or_default())
        .ok_or_else(|| AppError::NotFound(format!("no UI message '{id}'")))
}
