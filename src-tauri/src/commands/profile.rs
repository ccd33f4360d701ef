//! "My medical information": the profile kept on this device, its editor, its screen for
//! staff, and export/import as a JSON file. The store is opened from the app's data
//! directory; nothing here takes a path or SQL from the webview.

use crate::error::{lang, AppError, AppResult};
use crate::profile_state::ProfileState;
use crate::state::Overrides;
use chrono::NaiveDate;
use serde::Serialize;
use serde_json::Value;
use tasukete::profile::store::Saved;
use tasukete::profile::{self, EditorOptions, Profile, ProfileView};
use tauri::{AppHandle, Runtime, State};

/// Today in Japan (the test clock in debug builds).
pub fn today(overrides: &Overrides) -> NaiveDate {
    overrides.now().date_naive()
}

/// The saved profile, or null when nothing is saved.
#[tauri::command]
pub fn profile_get<R: Runtime>(app: AppHandle<R>, state: State<'_, ProfileState>) -> AppResult<Option<Profile>> {
    state.with(&app, |s| Ok(s.load()?))
}

/// Saves the whole profile in one transaction; nothing is saved if a field is wrong.
#[tauri::command]
pub fn profile_save<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, ProfileState>,
    overrides: State<'_, Overrides>,
    profile: Value,
) -> AppResult<Saved> {
    let profile: Profile = crate::bounds::document("profile", profile)?;
    state.with(&app, |s| Ok(s.save(&profile, today(&overrides))?))
}

/// Deletes the saved profile (the questionnaire's answers stay).
#[tauri::command]
pub fn profile_delete<R: Runtime>(app: AppHandle<R>, state: State<'_, ProfileState>) -> AppResult<()> {
    state.with(&app, |s| Ok(s.delete_profile()?))
}

/// "My medical information" for staff: Japanese with `lang` beside it.
#[tauri::command]
pub fn profile_view<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, ProfileState>,
    overrides: State<'_, Overrides>,
    lang: String,
) -> AppResult<ProfileView> {
    let lang = self::lang(&lang)?;
    let p = state.with(&app, |s| Ok(s.load()?))?.unwrap_or_default();
    Ok(profile::view(&p, lang, today(&overrides))?)
}

/// The editor's labels and word lists in `lang`.
#[tauri::command]
pub fn profile_options(lang: String) -> AppResult<EditorOptions> {
    Ok(profile::editor_options(self::lang(&lang)?)?)
}

/// Where an export was written, and its text (to copy or share).
#[derive(Debug, Clone, Serialize)]
pub struct Exported {
    /// The file written.
    pub path: String,
    /// Its contents.
    pub json: String,
}

/// Writes the saved profile to `exports/tasukete-profile-DATE.json` in the app's data
/// directory (the same on every platform; the text comes back too, to copy elsewhere).
#[tauri::command]
pub fn profile_export<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, ProfileState>,
    overrides: State<'_, Overrides>,
) -> AppResult<Exported> {
    let p = state.with(&app, |s| Ok(s.load()?))?.ok_or_else(|| AppError::NotFound("no profile is saved yet".into()))?;
    let now = overrides.now();
    let json = profile::export_json(&p, now.with_timezone(&chrono::Utc));
    let dir = state.dir(&app)?.join("exports");
    std::fs::create_dir_all(&dir).map_err(|e| AppError::Internal(format!("{}: {e}", dir.display())))?;
    let path = dir.join(format!("tasukete-profile-{}.json", now.format("%Y-%m-%d")));
    std::fs::write(&path, &json).map_err(|e| AppError::Internal(format!("{}: {e}", path.display())))?;
    Ok(Exported { path: path.display().to_string(), json })
}

/// Imports an export file's text: checked whole, then saved in one transaction.
#[tauri::command]
pub fn profile_import<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, ProfileState>,
    overrides: State<'_, Overrides>,
    text: String,
) -> AppResult<Saved> {
    if text.len() > crate::bounds::MAX_DOCUMENT_BYTES {
        return Err(AppError::InvalidArgument(format!(
            "the file is {} bytes; a profile export is at most {} bytes",
            text.len(),
            crate::bounds::MAX_DOCUMENT_BYTES
        )));
    }
    let p = profile::import_json(&text, today(&overrides))?;
    state.with(&app, |s| Ok(s.save(&p, today(&overrides))?))
}
