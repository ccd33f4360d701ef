//! What a facility's Japanese sheet says, in the user's language, for its screen: the name
//! in Latin letters (marked when the app transliterated it) and the other closed days read
//! from the sheet, with the original Japanese.

use crate::commands::facility::check_id;
use crate::error::{lang, AppResult};
use crate::state::GuideState;
use serde::Serialize;
use tasukete::facility_name::{self, LatinName};
use tasukete::facility_text::{self, ClosedDays};
use tauri::State;

/// The facility screen's texts in the user's language.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FacilityTexts {
    /// The name to show in Latin letters, if any.
    pub latin_name: Option<LatinName>,
    /// Said beside a transliterated name ("transliterated from the Japanese reading").
    pub latin_name_note: Option<String>,
    /// The other closed days, when the sheet gives any.
    pub closed_days: Option<ClosedDays>,
}

/// The texts of facility `id` in `lang`.
#[tauri::command]
pub fn facility_texts(id: String, lang: String, guide: State<'_, GuideState>) -> AppResult<FacilityTexts> {
    check_id(&id)?;
    let lang = self::lang(&lang)?;
    guide.with(|g| {
        let detail = g.facility(&id)?;
        let latin_name = facility_name::latin_name(&detail.facility);
        let latin_name_note = match &latin_name {
            Some(n) if n.transliterated => Some(facility_text::transliteration_note(lang)?),
            _ => None,
        };
        let closed_days =
            detail.schedule.closing.other_text.as_deref().and_then(|t| facility_text::closed_days(t, lang));
        Ok(FacilityTexts { latin_name, latin_name_note, closed_days })
    })
}
