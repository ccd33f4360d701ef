//! The medical profile, kept on the device only: the model (IPS section names), its
//! store (an SQLite file in the app's data directory, with migrations and one
//! transaction per save), export and import as JSON, and the "My medical information"
//! screen for staff, in Japanese with the user's language beside it.
//!
//! ```
//! use tasukete::profile::{self, model::*};
//! use tasukete::l10n::Lang;
//! let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
//! let mut p = Profile::default();
//! p.allergies_intolerances.entries.push(Allergy {
//!     category: AllergyCategory::Drug,
//!     substance: Term::Id("penicillin".into()),
//!     reaction: Some(Term::Id("hives".into())),
//! });
//! let v = profile::view(&p, Lang::En, today).unwrap();
//! assert_eq!(v.title.ja, "私の医療情報");
//! assert_eq!(v.sections[0].items[0].value.ja, "ペニシリン系抗菌薬（じんましん）");
//! ```

pub mod error;
pub mod exchange;
pub mod model;
pub mod store;
pub mod view;

pub use error::{Error, ImportProblem, Result};
pub use exchange::{export_json, import_json};
pub use model::Profile;
pub use store::ProfileStore;
pub use view::{view, ProfileView};

use crate::intake::flow_choices;
use crate::l10n::{self, Lang};
use serde::Serialize;
use std::collections::BTreeMap;

/// What the profile editor needs: its labels and the vocabularies of its coded fields,
/// all in the user's language (with the Japanese beside each word).
#[derive(Debug, Clone, Serialize)]
pub struct EditorOptions {
    /// Every message of `profile.ftl`, id -> text in the user's language.
    pub labels: BTreeMap<String, String>,
    /// List name -> words (`drug-allergen`, `reaction`, `condition`, `medicine`, ...).
    pub lists: BTreeMap<String, Vec<crate::intake::Choice>>,
}

/// The editor's labels and vocabularies in `lang`.
pub fn editor_options(lang: Lang) -> Result<EditorOptions> {
    let lists = [
        "sex",
        "allergy-group",
        "drug-allergen",
        "food-allergen",
        "other-allergen",
        "reaction",
        "medicine",
        "condition",
        "device",
        "pregnant",
        "insurance",
    ]
    .into_iter()
    .map(|l| Ok((l.to_string(), flow_choices(lang, l)?)))
    .collect::<Result<_>>()?;
    Ok(EditorOptions { labels: l10n::messages(lang, view::RESOURCE)?, lists })
}
