//! The questionnaire (問診票) and staff mode. Answers are kept in the profile store until
//! the user clears them; the summary takes what the profile holds.

use crate::bounds;
use crate::commands::profile::today;
use crate::error::{lang, AppError, AppResult};
use crate::profile_state::ProfileState;
use crate::state::Overrides;
use serde_json::Value;
use std::collections::BTreeMap;
use tasukete::intake::{self, staff, Answers, Flow, Summary, Variant};
use tasukete::l10n;
use tauri::{AppHandle, Runtime, State};

/// The reception screens' own words (`locales/<lang>/reception.ftl`).
#[tauri::command]
pub fn reception_messages(lang: String) -> AppResult<BTreeMap<String, String>> {
    Ok(l10n::messages(self::lang(&lang)?, "reception")?)
}

/// The variants, topics and vocabularies of the questionnaire in `lang`.
#[tauri::command]
pub fn intake_catalogue(lang: String) -> AppResult<intake::Catalogue> {
    Ok(intake::catalogue(self::lang(&lang)?)?)
}

/// The kept answers, or null.
#[tauri::command]
pub fn intake_answers<R: Runtime>(app: AppHandle<R>, state: State<'_, ProfileState>) -> AppResult<Option<Answers>> {
    state.with(&app, |s| Ok(s.answers()?))
}

/// Starts a questionnaire of `variant`, replacing any kept answers.
#[tauri::command]
pub fn intake_start<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, ProfileState>,
    variant: String,
) -> AppResult<Answers> {
    let a = Answers::new(Variant::parse(bounds::id("variant", &variant)?)?);
    state.with(&app, |s| Ok(s.save_answers(&a)?))?;
    Ok(a)
}

/// Keeps `answers` (checked first: an unknown id or 80 °C is refused, nothing is kept).
#[tauri::command]
pub fn intake_save<R: Runtime>(app: AppHandle<R>, state: State<'_, ProfileState>, answers: Value) -> AppResult<()> {
    let text = answers.to_string();
    if text.len() > bounds::MAX_DOCUMENT_BYTES {
        return Err(AppError::InvalidArgument(format!(
            "answers are {} bytes, at most {} are accepted",
            text.len(),
            bounds::MAX_DOCUMENT_BYTES
        )));
    }
    let a = Answers::from_json(&text, "answers")?;
    state.with(&app, |s| Ok(s.save_answers(&a)?))
}

/// Forgets the answers.
#[tauri::command]
pub fn intake_clear<R: Runtime>(app: AppHandle<R>, state: State<'_, ProfileState>) -> AppResult<()> {
    state.with(&app, |s| Ok(s.clear_answers()?))
}

fn kept(
    app: &AppHandle<impl Runtime>,
    state: &ProfileState,
) -> AppResult<(Answers, Option<tasukete::profile::Profile>)> {
    state.with(app, |s| {
        let a = s.answers()?.ok_or_else(|| AppError::NotFound("no questionnaire has been started".into()))?;
        Ok((a, s.load()?))
    })
}

/// The questions of the kept answers' variant, given what is answered so far.
#[tauri::command]
pub fn intake_flow<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, ProfileState>,
    overrides: State<'_, Overrides>,
    lang: String,
) -> AppResult<Flow> {
    let lang = self::lang(&lang)?;
    let (a, p) = kept(&app, &state)?;
    Ok(intake::flow(&a, p.as_ref(), lang, today(&overrides))?)
}

/// The Japanese summary of the kept answers (and the profile), with `lang` below.
#[tauri::command]
pub fn intake_summary<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, ProfileState>,
    overrides: State<'_, Overrides>,
    lang: String,
) -> AppResult<Summary> {
    let lang = self::lang(&lang)?;
    let (a, p) = kept(&app, &state)?;
    Ok(intake::summary(&a, p.as_ref(), lang, today(&overrides))?)
}

/// The questions staff can tap, in Japanese and `lang`, with the visitor's answers.
#[tauri::command]
pub fn staff_questions(lang: String) -> AppResult<Vec<staff::StaffQuestion>> {
    Ok(staff::questions(self::lang(&lang)?)?)
}

/// The visitor's answer to a staff question, for staff in Japanese.
#[tauri::command]
pub fn staff_answer(question: String, answer: String, lang: String) -> AppResult<staff::StaffAnswer> {
    bounds::id("question", &question)?;
    bounds::id("answer", &answer)?;
    Ok(staff::answer(&question, &answer, self::lang(&lang)?)?)
}
