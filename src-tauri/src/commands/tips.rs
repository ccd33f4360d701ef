//! The "Payment & insurance" screen.

use crate::error::{lang, AppResult};
use tasukete::tips::{self, Tip};

/// Payment and insurance tips in `lang`, most important first.
#[tauri::command]
pub fn payment_tips(lang: String) -> AppResult<Vec<Tip>> {
    Ok(tips::payment_tips(self::lang(&lang)?)?)
}
