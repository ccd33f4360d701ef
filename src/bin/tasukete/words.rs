//! `numbers`, `cards` and `card`: the words of the app (owned by the localisation work).

use clap::Args;
use std::collections::BTreeMap;
use std::io::Write;
use tasukete::emergency;
use tasukete::l10n::{self, Lang};

/// Arguments of `tasukete numbers`.
#[derive(Args)]
pub struct NumbersArgs {
    /// Language tag (BCP 47), e.g. en, de, zh-TW.
    #[arg(long, default_value = "en")]
    pub lang: String,
    /// Prefecture code 1..47, to say whether #7119 is run there.
    #[arg(long, conflicts_with = "at")]
    pub pref: Option<u8>,
    /// A position, LAT,LON: the numbers for that place (advice lines only where they run).
    #[arg(long, allow_hyphen_values = true)]
    pub at: Option<String>,
    /// Dataset file (for --at).
    #[arg(long, default_value = tasukete::build::DEFAULT_OUT)]
    pub db: std::path::PathBuf,
    /// Machine-readable output.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `tasukete cards`.
#[derive(Args)]
pub struct CardsArgs {
    /// Language tag (BCP 47).
    #[arg(long)]
    pub lang: String,
    /// Only the cards answering what a visitor would type, best first (at most 10).
    #[arg(long)]
    pub search: Option<String>,
    /// Machine-readable output.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `tasukete card`.
#[derive(Args)]
pub struct CardArgs {
    /// Card id, e.g. chest-pain.
    pub id: String,
    /// Language tag (BCP 47).
    #[arg(long)]
    pub lang: String,
    /// Card arguments, NAME=VALUE.
    #[arg(long = "arg")]
    pub args: Vec<String>,
    /// Machine-readable output.
    #[arg(long)]
    pub json: bool,
}

type CliResult = Result<(), Box<dyn std::error::Error>>;

fn lang(tag: &str) -> Result<Lang, Box<dyn std::error::Error>> {
    Ok(l10n::negotiate(tag)?)
}

/// Writes to stdout; a closed pipe (`| head`) ends the output quietly instead of panicking.
fn emit(text: &str) -> CliResult {
    let mut out = std::io::stdout().lock();
    match writeln!(out, "{text}").and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

fn print_json<T: serde::Serialize>(value: &T) -> CliResult {
    emit(&serde_json::to_string_pretty(value)?)
}

/// `tasukete numbers`: the help numbers, localized; `--pref` adds what is known about #7119.
pub fn numbers(a: NumbersArgs) -> CliResult {
    let lang = lang(&a.lang)?;
    let entries = emergency::numbers(lang, a.pref)?;
    if a.json {
        return print_json(&entries);
    }
    let mut text = String::new();
    for e in entries {
        text += &format!(
            "{:<14} {}\n{:<14} {}\n{:<14} {} | {}\n",
            e.number, e.name, "", e.purpose, "", e.hours, e.languages
        );
        if let Some(note) = e.note {
            text += &format!("{:<14} {}\n", "", note);
        }
        text.push('\n');
    }
    emit(text.trim_end())
}

/// `tasukete cards`: the whole catalogue in a language and Japanese.
pub fn cards(a: CardsArgs) -> CliResult {
    let lang = lang(&a.lang)?;
    let all = match &a.search {
        Some(q) => tasukete::cards::search::search_cards(lang, q, 10),
        None => tasukete::cards::catalogue(lang),
    };
    if a.json {
        return print_json(&all);
    }
    let mut category = String::new();
    let mut text = String::new();
    for c in all {
        if c.category != category {
            text += &format!("\n== {} ==\n", c.category_name);
            category = c.category.clone();
        }
        text += &format!("{:<28} {}\n{:<28} {}  ({})\n", c.id, c.text, "", c.ja, c.romaji);
    }
    emit(text.trim())
}

/// `tasukete card`: one card, with `--arg NAME=VALUE` filled in.
pub fn card(a: CardArgs) -> CliResult {
    let lang = lang(&a.lang)?;
    let mut args = BTreeMap::new();
    for kv in &a.args {
        let (k, v) = kv.split_once('=').ok_or_else(|| format!("--arg '{kv}' must be NAME=VALUE, e.g. --arg days=3"))?;
        args.insert(k.trim().to_string(), v.to_string());
    }
    let c = tasukete::cards::render(&a.id, lang, &args)?;
    if a.json {
        return print_json(&c);
    }
    emit(&format!("{}\n\n{}\n{}\n{}", c.text, c.ja, c.ja_reading, c.romaji))
}
