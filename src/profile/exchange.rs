//! Export and import of the profile as a JSON file:
//!
//! ```json
//! {"format": "tasukete-profile", "version": 1, "exported_at": "2026-11-28T01:00:00Z",
//!  "profile": {"patient": {...}, "allergies_intolerances": {"none": false, "entries": [...]}, ...}}
//! ```
//!
//! An import is checked whole before anything is saved: a file that is not JSON, is cut
//! short, is not a profile, is of another format version, names an unknown id or holds
//! an impossible value is refused with what and where, and the saved profile is kept.

use super::error::{invalid, Error, ImportProblem, Result};
use super::model::Profile;
use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use serde_json::Value;

/// The `format` of an export file.
pub const FORMAT: &str = "tasukete-profile";
/// The format version this program writes and reads.
pub const FORMAT_VERSION: u64 = 1;

/// The export file's text.
pub fn export_json(profile: &Profile, now: DateTime<Utc>) -> String {
    /// The file's fields, in the order a reader expects them.
    #[derive(serde::Serialize)]
    struct Export<'a> {
        format: &'static str,
        version: u64,
        exported_at: String,
        profile: &'a Profile,
    }
    let doc = Export {
        format: FORMAT,
        version: FORMAT_VERSION,
        exported_at: now.to_rfc3339_opts(SecondsFormat::Secs, true),
        profile,
    };
    serde_json::to_string_pretty(&doc).expect("a profile serializes") + "\n"
}

fn refuse(problem: ImportProblem, message: String) -> Error {
    Error::Import { problem, message }
}

/// Reads an export file's text into a checked profile (`today` bounds the birth date).
pub fn import_json(text: &str, today: NaiveDate) -> Result<Profile> {
    let doc: Value = serde_json::from_str(text).map_err(|e| {
        if e.is_eof() {
            refuse(
                ImportProblem::Truncated,
                format!("the file ends too early (line {}, column {}): it was cut short", e.line(), e.column()),
            )
        } else {
            refuse(ImportProblem::NotJson, format!("not a JSON file: {e}"))
        }
    })?;
    let Some(obj) = doc.as_object() else {
        return Err(refuse(ImportProblem::NotAProfile, "not a Tasukete profile: the file is not a JSON object".into()));
    };
    match obj.get("format").and_then(Value::as_str) {
        Some(FORMAT) => {}
        Some(other) => {
            return Err(refuse(ImportProblem::NotAProfile, format!("a '{other}' file, not a Tasukete profile")));
        }
        None if obj.contains_key("variant") => {
            return Err(refuse(
                ImportProblem::NotAProfile,
                "this is a questionnaire answers file, not a Tasukete profile".into(),
            ));
        }
        None => {
            return Err(refuse(
                ImportProblem::NotAProfile,
                format!("not a Tasukete profile (it has no \"format\": \"{FORMAT}\")"),
            ));
        }
    }
    match obj.get("version").and_then(Value::as_u64) {
        Some(FORMAT_VERSION) => {}
        Some(v) if v > FORMAT_VERSION => {
            return Err(refuse(
                ImportProblem::OtherVersion,
                format!("profile format version {v} comes from a newer Tasukete; this app reads version {FORMAT_VERSION}: update the app"),
            ));
        }
        other => {
            return Err(refuse(
                ImportProblem::OtherVersion,
                format!(
                    "profile format version {} is not one this app reads (version {FORMAT_VERSION})",
                    other.map_or("missing".to_string(), |v| v.to_string())
                ),
            ));
        }
    }
    let body = obj.get("profile").cloned().ok_or_else(|| invalid("profile", "missing"))?;
    let profile: Profile = serde_path_to_error::deserialize(body)
        .map_err(|e| invalid(format!("profile.{}", e.path()), e.inner().to_string()))?;
    profile.validate(today).map_err(|e| match e {
        Error::Invalid { field, message } => invalid(format!("profile.{field}"), message),
        other => other,
    })?;
    Ok(profile)
}
