//! `intake` and `profile`: the questionnaire (問診票) and the medical profile.

use chrono::{NaiveDate, Utc};
use clap::{Args, Subcommand};
use std::io::Write;
use std::path::{Path, PathBuf};
use tasukete::intake::{self, Answers};
use tasukete::l10n::{self, Lang};
use tasukete::profile::{self, Profile, ProfileStore};

type CliResult = Result<(), Box<dyn std::error::Error>>;

/// Arguments of `tasukete intake`.
#[derive(Args)]
pub struct IntakeArgs {
    /// Print the variants, topics, answer vocabularies and staff questions.
    #[arg(long, conflicts_with = "answers", required_unless_present = "answers")]
    pub list: bool,
    /// Render the Japanese summary of this answers file (fields: see the README).
    #[arg(long)]
    pub answers: Option<PathBuf>,
    /// A medical profile (export file or profile store) that fills the topics it holds.
    #[arg(long, requires = "answers")]
    pub profile: Option<PathBuf>,
    /// Language tag (BCP 47) of the user.
    #[arg(long, default_value = "en")]
    pub lang: String,
    /// Machine-readable output.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `tasukete profile`.
#[derive(Args)]
pub struct ProfileArgs {
    #[command(subcommand)]
    pub command: ProfileCommand,
}

/// What to do with a profile.
#[derive(Subcommand)]
pub enum ProfileCommand {
    /// "My medical information" as staff see it: Japanese with the user's language.
    Show {
        /// A profile export file (JSON) or the app's profile store (SQLite).
        #[arg(long)]
        profile: PathBuf,
        /// Language tag (BCP 47) of the user.
        #[arg(long, default_value = "en")]
        lang: String,
        /// Machine-readable output.
        #[arg(long)]
        json: bool,
    },
}

/// Today in Japan, where the visit is.
fn today() -> NaiveDate {
    (Utc::now() + chrono::Duration::hours(9)).date_naive()
}

fn emit(text: &str) -> CliResult {
    let mut out = std::io::stdout().lock();
    match writeln!(out, "{text}").and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

fn read(path: &Path) -> Result<String, Box<dyn std::error::Error>> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    String::from_utf8(bytes).map_err(|_| format!("{}: not a text (UTF-8) file", path.display()).into())
}

/// A profile from an export file or from a profile store.
fn load_profile(path: &Path) -> Result<Profile, Box<dyn std::error::Error>> {
    let head = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    if head.starts_with(b"SQLite format 3\0") {
        let store = ProfileStore::open(path)?;
        return Ok(store.load()?.unwrap_or_default());
    }
    Ok(profile::import_json(&read(path)?, today()).map_err(|e| format!("{}: {e}", path.display()))?)
}

/// `tasukete intake`.
pub fn intake(a: IntakeArgs) -> CliResult {
    let lang = l10n::negotiate(&a.lang)?;
    let Some(path) = a.answers else {
        let catalogue = intake::catalogue(lang)?;
        if a.json {
            return emit(&serde_json::to_string_pretty(&catalogue)?);
        }
        let mut text = String::new();
        for v in &catalogue.variants {
            text += &format!("{:<10} {} / {}\n           {}\n", v.id, v.label.text, v.label.ja, v.topics.join(", "));
        }
        return emit(text.trim_end());
    };
    let answers = Answers::from_json(&read(&path)?, &path.display().to_string())?;
    let profile = a.profile.as_deref().map(load_profile).transpose()?;
    let s = intake::summary(&answers, profile.as_ref(), lang, today())?;
    if a.json {
        return emit(&serde_json::to_string_pretty(&s)?);
    }
    let mut text = format!("{}（{}）\n{}\n\n", s.title.ja, s.variant_label.ja, s.note.ja);
    for l in &s.lines {
        text += &format!("{}\n    {}\n", l.line.ja, l.line.text);
    }
    emit(text.trim_end())
}

/// `tasukete profile`.
pub fn profile(a: ProfileArgs) -> CliResult {
    let ProfileCommand::Show { profile: path, lang, json } = a.command;
    let lang: Lang = l10n::negotiate(&lang)?;
    let p = load_profile(&path)?;
    let v = profile::view(&p, lang, today())?;
    if json {
        return emit(&serde_json::to_string_pretty(&v)?);
    }
    let mut text = format!("{}\n{}\n", v.title.ja, v.title.text);
    for i in &v.patient {
        let (lj, lt) = i.label.as_ref().map_or((String::new(), String::new()), |l| (l.ja.clone(), l.text.clone()));
        text += &format!("{lj}：{}    ({lt}: {})\n", i.value.ja, i.value.text);
    }
    for s in &v.sections {
        text += &format!("\n【{}】 {}\n", s.label.ja, s.label.text);
        for i in &s.items {
            text += &format!("  {}\n      {}\n", i.value.ja, i.value.text);
        }
    }
    emit(text.trim_end())
}
