//! Phrase cards: short sentences a visitor shows to reception, a nurse, a pharmacist or a
//! taxi driver, each in the user's language and in Japanese with a hiragana reading and
//! romaji for saying it aloud.
//!
//! The catalogue (id, category, arguments) is data in `data/cards/catalogue.csv`; the text
//! lives in `locales/<lang>/cards.ftl`, the Japanese reading and romaji as the `.reading`
//! and `.romaji` attributes of `locales/ja/cards.ftl`. Both are embedded at compile time.
//!
//! ```
//! use tasukete::{cards, l10n::Lang};
//! let card = cards::render("chest-pain", Lang::De, &Default::default()).unwrap();
//! assert_eq!(card.ja, "胸が痛いです。");
//! assert_eq!(card.ja_reading, "むねがいたいです。");
//! assert_eq!(card.romaji, "Mune ga itai desu.");
//! ```

mod args;
pub mod search;

pub use args::{ArgInput, ArgKind, MAX_TEXT_CHARS};

use crate::l10n::{self, Args, Error, Lang, Result};
use args::ArgForms;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

const CATALOGUE_CSV: &str = include_str!("../../data/cards/catalogue.csv");

/// Shown in place of an argument in the catalogue, before the user has filled it in.
pub const BLANK: &str = "…";

/// The categories, in the order the app shows them.
pub const CATEGORIES: [&str; 18] = [
    "reception",
    "urgent-signs",
    "symptoms",
    "pain",
    "injuries",
    "allergies",
    "medicines",
    "chronic",
    "womens-health",
    "pregnancy",
    "children",
    "pharmacy",
    "payment",
    "taxi",
    "call-119",
    "staff-says",
    "questions",
    "answers",
];

/// One card of the catalogue, before rendering.
#[derive(Debug, Clone, Serialize)]
pub struct CardSpec {
    /// Stable kebab-case id, e.g. `chest-pain`.
    pub id: String,
    /// One of [`CATEGORIES`].
    pub category: &'static str,
    /// The arguments the card takes, in order.
    pub args: Vec<ArgSpec>,
}

/// One argument of a card.
#[derive(Debug, Clone, Serialize)]
pub struct ArgSpec {
    /// The argument's name, as given on the command line (`--arg days=3`).
    pub name: String,
    /// What kind of value it takes.
    pub kind: ArgKind,
}

/// An argument as rendered on a card, with its label in the user's language.
#[derive(Debug, Clone, Serialize)]
pub struct RenderedArg {
    /// The argument's name.
    pub name: String,
    /// What kind of value it takes.
    pub kind: ArgKind,
    /// What to ask the user for, in their language (e.g. "Number of days").
    pub label: String,
    /// The input that fits it: a number pad, a scale, a picker or free text.
    pub input: ArgInput,
    /// The value given, or `None` in the catalogue.
    pub value: Option<String>,
}

/// A card rendered in the user's language and in Japanese.
#[derive(Debug, Clone, Serialize)]
pub struct RenderedCard {
    /// Stable id, e.g. `chest-pain`.
    pub id: String,
    /// Category id, e.g. `symptoms`.
    pub category: String,
    /// The category's name in the user's language.
    pub category_name: String,
    /// The language of `text`.
    pub lang: Lang,
    /// The card in the user's language.
    pub text: String,
    /// The card in Japanese (polite です/ます form), to show to staff.
    pub ja: String,
    /// The whole Japanese sentence in hiragana.
    pub ja_reading: String,
    /// The Japanese in Hepburn romaji with macrons, to say aloud.
    pub romaji: String,
    /// The card's arguments; empty for most cards.
    pub args: Vec<RenderedArg>,
    /// True if the card was missing in the user's language and is shown in English.
    pub fallback: bool,
    /// Whether a fluent speaker reviewed the user's language (none has yet).
    pub reviewed: bool,
}

fn parse_catalogue(csv_text: &str) -> Vec<CardSpec> {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    reader
        .records()
        .enumerate()
        .map(|(i, rec)| {
            let rec = rec.unwrap_or_else(|e| panic!("data/cards/catalogue.csv row {}: {e}", i + 2));
            let category = CATEGORIES
                .into_iter()
                .find(|c| *c == &rec[1])
                .unwrap_or_else(|| panic!("data/cards/catalogue.csv: unknown category '{}'", &rec[1]));
            let args = rec[2]
                .split_whitespace()
                .map(|a| {
                    let (name, kind) = a.split_once(':').unwrap_or((a, "text"));
                    ArgSpec {
                        name: name.to_string(),
                        kind: ArgKind::parse(kind)
                            .unwrap_or_else(|| panic!("data/cards/catalogue.csv: unknown argument kind '{kind}'")),
                    }
                })
                .collect();
            CardSpec { id: rec[0].to_string(), category, args }
        })
        .collect()
}

/// The catalogue in order (as `data/cards/catalogue.csv` lists it).
pub fn specs() -> &'static [CardSpec] {
    static SPECS: OnceLock<Vec<CardSpec>> = OnceLock::new();
    SPECS.get_or_init(|| parse_catalogue(CATALOGUE_CSV))
}

/// Every message id the cards use in `cards.ftl`: cards, `category-*`, `arg-*`.
pub fn message_ids() -> BTreeSet<String> {
    let mut ids: BTreeSet<String> = specs().iter().map(|c| c.id.clone()).collect();
    ids.extend(CATEGORIES.iter().map(|c| format!("category-{c}")));
    ids.extend(specs().iter().flat_map(|c| c.args.iter().map(|a| format!("arg-{}", a.name))));
    ids
}

fn find(id: &str) -> Result<&'static CardSpec> {
    specs().iter().find(|c| c.id == id).ok_or_else(|| Error::UnknownCard { id: id.to_string(), count: specs().len() })
}

fn render_spec(spec: &CardSpec, lang: Lang, values: Option<&BTreeMap<String, String>>) -> Result<RenderedCard> {
    if let Some(v) = values {
        if let Some(unknown) = v.keys().find(|k| !spec.args.iter().any(|a| &a.name == *k)) {
            let known: Vec<&str> = spec.args.iter().map(|a| a.name.as_str()).collect();
            return Err(Error::BadCardArgument {
                card: spec.id.clone(),
                message: format!(
                    "has no argument '{unknown}'; it takes {}",
                    if known.is_empty() { "none".to_string() } else { known.join(", ") }
                ),
            });
        }
    }
    // One set of arguments per line: the user's language, the Japanese, its reading, its romaji.
    let mut line_args: [Args; 4] = Default::default();
    let mut rendered_args = Vec::new();
    for a in &spec.args {
        let value = values.and_then(|v| v.get(&a.name));
        let f = match (values, value) {
            (None, _) => ArgForms::blank(BLANK),
            (Some(_), Some(v)) => args::forms(&spec.id, &a.name, a.kind, v, lang)?,
            (Some(_), None) => {
                return Err(Error::BadCardArgument {
                    card: spec.id.clone(),
                    message: format!("needs argument '{}' ({})", a.name, a.kind.describe()),
                })
            }
        };
        for (line, form) in line_args.iter_mut().zip([f.text, f.ja, f.reading, f.romaji]) {
            line.insert(a.name.clone(), form);
        }
        rendered_args.push(RenderedArg {
            name: a.name.clone(),
            kind: a.kind,
            label: l10n::text(lang, "cards", &format!("arg-{}", a.name), &Args::new())?.text,
            input: a.kind.input(),
            value: value.map(|v| v.trim().to_string()),
        });
    }
    let [text_args, ja_args, reading_args, romaji_args] = &line_args;
    let text = l10n::text(lang, "cards", &spec.id, text_args)?;
    let ja = l10n::text(Lang::Ja, "cards", &spec.id, ja_args)?;
    let reading = l10n::attribute(Lang::Ja, "cards", &spec.id, "reading", reading_args)?;
    let romaji = l10n::attribute(Lang::Ja, "cards", &spec.id, "romaji", romaji_args)?;
    let category_name = l10n::text(lang, "cards", &format!("category-{}", spec.category), &Args::new())?;
    Ok(RenderedCard {
        id: spec.id.clone(),
        category: spec.category.to_string(),
        category_name: category_name.text,
        lang,
        fallback: text.fallback || ja.fallback,
        text: text.text,
        ja: ja.text,
        ja_reading: reading.text,
        romaji: l10n::capitalize_first(&romaji.text),
        args: rendered_args,
        reviewed: l10n::is_reviewed(lang),
    })
}

/// A category with its name in the user's language.
#[derive(Debug, Clone, Serialize)]
pub struct Category {
    /// Stable id, one of [`CATEGORIES`].
    pub id: &'static str,
    /// Its name in the user's language.
    pub name: String,
    /// How many cards it holds.
    pub cards: usize,
}

/// The categories in display order, named in `lang`.
pub fn categories(lang: Lang) -> Result<Vec<Category>> {
    CATEGORIES
        .iter()
        .map(|&id| {
            Ok(Category {
                id,
                name: l10n::text(lang, "cards", &format!("category-{id}"), &Args::new())?.text,
                cards: specs().iter().filter(|s| s.category == id).count(),
            })
        })
        .collect()
}

/// Every card rendered in `lang` (and Japanese), in catalogue order. Arguments are shown
/// as [`BLANK`] until the user fills them in with [`render`].
pub fn catalogue(lang: Lang) -> Vec<RenderedCard> {
    specs()
        .iter()
        .map(|s| render_spec(s, lang, None).unwrap_or_else(|e| panic!("card {} cannot render: {e}", s.id)))
        .collect()
}

/// One card as the catalogue shows it: its arguments blank (…), for the app to open an
/// argument card before the user has filled it in.
pub fn blank(id: &str, lang: Lang) -> Result<RenderedCard> {
    render_spec(find(id)?, lang, None)
}

/// One card in `lang` and Japanese, with its arguments (name -> value) filled in on every
/// line. Errors name an unknown card, a missing or unknown argument, or a value out of range.
pub fn render(id: &str, lang: Lang, args: &BTreeMap<String, String>) -> Result<RenderedCard> {
    render_spec(find(id)?, lang, Some(args))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_parses_and_has_unique_ids() {
        let ids: BTreeSet<_> = specs().iter().map(|c| &c.id).collect();
        assert_eq!(ids.len(), specs().len());
        assert!(specs().len() >= 330);
        for c in CATEGORIES {
            assert!(specs().iter().any(|s| s.category == c), "category {c} has no card");
        }
    }

    #[test]
    fn bad_catalogue_rows_are_refused() {
        assert!(std::panic::catch_unwind(|| parse_catalogue("id,category,args\nx,nowhere,\n")).is_err());
        assert!(std::panic::catch_unwind(|| parse_catalogue("id,category,args\nx,pain,n:weird\n")).is_err());
    }

    #[test]
    fn unknown_card_and_bad_arguments_are_clear_errors() {
        let e = render("no-such-card", Lang::En, &BTreeMap::new()).unwrap_err();
        assert!(e.to_string().contains("no-such-card"), "{e}");
        let e = render("pain-since-days", Lang::En, &BTreeMap::new()).unwrap_err();
        assert!(e.to_string().contains("'days'"), "{e}");
        let bad = BTreeMap::from([("days".to_string(), "many".to_string())]);
        let e = render("pain-since-days", Lang::En, &bad).unwrap_err();
        assert!(e.to_string().contains("whole number"), "{e}");
        let extra = BTreeMap::from([("colour".to_string(), "red".to_string())]);
        let e = render("chest-pain", Lang::En, &extra).unwrap_err();
        assert!(e.to_string().contains("colour"), "{e}");
        let hot = BTreeMap::from([("temperature".to_string(), "50".to_string())]);
        assert!(render("fever-temperature", Lang::En, &hot).is_err());
    }

    #[test]
    fn numbers_are_spelt_out_with_their_counter() {
        let args = BTreeMap::from([("days".to_string(), "2".to_string())]);
        let c = render("pain-since-days", Lang::En, &args).unwrap();
        assert_eq!(c.text, "The pain started 2 days ago.");
        assert_eq!(c.ja, "2日前から痛いです。");
        assert_eq!(c.ja_reading, "ふつかまえからいたいです。");
        assert_eq!(c.romaji, "Futsuka mae kara itai desu.");
        let t = BTreeMap::from([("temperature".to_string(), "38.5".to_string())]);
        let c = render("fever-temperature", Lang::En, &t).unwrap();
        assert_eq!(c.ja, "体温は38.5度です。");
        assert_eq!(c.ja_reading, "たいおんはさんじゅうはちてんごどです。");
        assert_eq!(c.romaji, "Taion wa sanjūhachi ten go do desu.");
    }

    #[test]
    fn categories_are_named_and_counted() {
        let cats = categories(Lang::De).unwrap();
        assert_eq!(cats.len(), CATEGORIES.len());
        assert_eq!(cats.iter().map(|c| c.cards).sum::<usize>(), specs().len());
        assert_eq!(cats[0].name, "Empfang und Anmeldung");
    }

    #[test]
    fn catalogue_shows_blanks_for_arguments() {
        let all = catalogue(Lang::En);
        let c = all.iter().find(|c| c.id == "allergic-to").unwrap();
        assert!(c.text.contains(BLANK) && c.ja.contains(BLANK) && c.romaji.contains(BLANK));
        assert_eq!(c.args[0].value, None);
        assert_eq!(c.args[0].label, "What you are allergic to");
    }
}
