//! The questionnaire (問診票): a short point-and-answer flow in the user's language that
//! ends on a Japanese summary laid out like the form a Japanese clinic hands out, each
//! line with the user's language below it; and staff mode, where staff tap a Japanese
//! question and the visitor answers with buttons.
//!
//! The questions and their words are data (`data/intake/*.csv`, `locales/*/intake.ftl`);
//! this room renders them. What the medical profile ([`crate::profile`]) already holds
//! is not asked again, and the summary takes it from there.
//!
//! ```
//! use tasukete::intake::{self, Answers};
//! use tasukete::l10n::Lang;
//! let answers = Answers::from_json(
//!     r#"{"variant": "adult", "complaints": ["fever", "cough"], "onset_days_ago": 3, "temperature_c": 38.5}"#,
//!     "example",
//! ).unwrap();
//! let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
//! let s = intake::summary(&answers, None, Lang::De, today).unwrap();
//! assert!(s.summary_ja.contains(&"主な症状：発熱、咳".to_string()));
//! assert!(s.summary_ja.contains(&"いつから：3日前から".to_string()));
//! assert!(s.summary_ja.contains(&"体温：38.5度".to_string()));
//! ```

pub mod answers;
mod catalogue;
mod flow;
pub mod staff;
pub(crate) mod summary;
pub mod vocabulary;
pub mod words;

pub use answers::{Answers, SiteAnswer};
pub use catalogue::{catalogue, Catalogue, TopicInfo, VariantInfo};
pub(crate) use flow::choices as flow_choices;
pub use flow::{flow, Choice, ChoiceGroup, Flow, Question};
pub use summary::{summary, Summary, SummaryLine};

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The questionnaire variants, in the order the app offers them.
pub const VARIANTS: [&str; 5] = ["adult", "child", "injury", "dental", "pregnancy"];

/// Which questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Variant {
    /// An adult who is ill.
    Adult,
    /// A sick child: weight, vaccinations, drinking and urine.
    Child,
    /// An injury: how, when, where.
    Injury,
    /// Teeth.
    Dental,
    /// A pregnant woman.
    Pregnancy,
}

impl Variant {
    /// Its id, as in `topics.csv`.
    pub fn id(self) -> &'static str {
        match self {
            Variant::Adult => "adult",
            Variant::Child => "child",
            Variant::Injury => "injury",
            Variant::Dental => "dental",
            Variant::Pregnancy => "pregnancy",
        }
    }

    /// The variant with this id.
    pub fn parse(id: &str) -> crate::profile::error::Result<Variant> {
        serde_json::from_value(serde_json::Value::String(id.to_string())).map_err(|_| {
            crate::profile::error::invalid("variant", format!("unknown variant '{id}'; known: {}", VARIANTS.join(", ")))
        })
    }

    /// The topics it asks, in order.
    pub fn topics(self) -> impl Iterator<Item = &'static vocabulary::TopicSpec> {
        vocabulary::topics().iter().filter(move |t| t.variants.iter().any(|v| v == self.id()))
    }
}

/// Every message id the questionnaire uses in `intake.ftl` (for the locale linter).
pub fn message_ids() -> BTreeSet<String> {
    let mut ids: BTreeSet<String> =
        vocabulary::words().iter().filter(|w| w.list != "onset").map(|w| w.message_id()).collect();
    ids.extend(vocabulary::topics().iter().map(|t| format!("label-{}", t.id)));
    ids.extend(VARIANTS.iter().map(|v| format!("variant-{v}")));
    ids.extend(vocabulary::staff().iter().map(|s| format!("staff-{}", s.id)));
    ids.extend(
        [
            "summary-title",
            "summary-note",
            "summary-line",
            "list-separator",
            "value-not-answered",
            "value-no-allergies",
            "value-no-medicines",
            "value-no-conditions",
            "value-onset-today",
            "value-onset-yesterday",
            "value-onset-days",
            "value-onset-hours",
            "value-score",
            "value-temperature",
            "value-weight",
            "value-age-years",
            "value-age-months",
            "value-pregnancy-weeks",
            "value-site-side",
            "value-allergy-reaction",
            "value-group",
            "value-group-separator",
        ]
        .map(String::from),
    );
    ids
}
