//! The UI's words, rendered by the core's Fluent bundles (`locales/<lang>/ui.ftl`): the
//! webview formats nothing itself.

use crate::bounds;
use crate::error::{lang, AppError, AppResult};
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
pub fn languages(preferred: Option<Vec<String>>) -> AppResult<Languages> {
    let preferred = preferred.unwrap_or_default();
    bounds::entries("preferred", preferred.len())?;
    // A tag too long to be one is skipped like any tag that fits no language.
    let fitting: Vec<&String> =
        preferred.iter().filter(|t| bounds::text("tag", t, bounds::MAX_LANG_CHARS).is_ok()).collect();
    Ok(Languages { supported: l10n::supported(), default: l10n::negotiate_list(&fitting).tag().to_string() })
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
    let lang = self::lang(&lang)?;
    bounds::id("id", &id)?;
    let args = args.unwrap_or_default();
    bounds::entries("args", args.len())?;
    let args: Args = args
        .into_iter()
        .map(|(k, v)| {
            bounds::id("argument name", &k)?;
            let arg = match v {
                serde_json::Value::Number(n) => match n.as_f64().filter(|f| f.is_finite()) {
                    Some(f) => Arg::Number(f),
                    None => return Err(AppError::InvalidArgument(format!("argument '{k}' is not a finite number"))),
                },
                serde_json::Value::String(s) => {
                    Arg::Text(bounds::text(&format!("argument '{k}'"), &s, bounds::MAX_TEXT_CHARS)?.to_string())
                }
                _ => return Err(AppError::InvalidArgument(format!("argument '{k}' must be a number or a text"))),
            };
            Ok((k, arg))
        })
        .collect::<AppResult<_>>()?;
    Ok(l10n::text(lang, "ui", &id, &args)?.text)
}
