//! Localisation: the 14 languages, language negotiation and Fluent rendering with
//! fallback to English.
//!
//! Every `.ftl` file under `locales/<lang>/` is embedded into the binary at compile time,
//! so nothing here reads files at run time. One Fluent bundle is built per language and
//! resource (`cards`, `tips`, `emergency`, `common`, `ui` ...), so that two resources may
//! use the same id without clashing. A message missing from a language falls back to
//! English; a message missing from English is an error, never an id shown to a user.
//!
//! ```
//! use tasukete::l10n::{self, Lang};
//! let lang = l10n::negotiate("zh-TW").unwrap();
//! assert_eq!(lang, Lang::ZhHant);
//! assert_eq!(l10n::negotiate("pt-BR").unwrap(), Lang::Pt);
//! assert!(l10n::negotiate("xx").is_err());
//! ```

pub mod ja_numbers;
pub mod lint;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use include_dir::{include_dir, Dir};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

/// The locale files, embedded at compile time (`locales/<lang>/*.ftl` and `meta.json`).
pub(crate) static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The language every other language falls back to, and the source of all text.
pub const SOURCE_LANG: Lang = Lang::En;

/// What can go wrong while choosing a language or rendering text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A language tag that is well formed but not one of the supported languages.
    #[error("language '{tag}' is not supported; supported languages: {supported}")]
    UnsupportedLanguage {
        /// The tag that was asked for.
        tag: String,
        /// The supported tags, comma-separated.
        supported: String,
    },
    /// A string that is not a BCP 47 language tag at all.
    #[error("'{tag}' is not a language tag (BCP 47, e.g. en, de, zh-TW); supported languages: {supported}")]
    InvalidTag {
        /// The string that was given.
        tag: String,
        /// The supported tags, comma-separated.
        supported: String,
    },
    /// A message that not even the English source has.
    #[error("message '{id}' is missing from resource '{resource}' in English")]
    MissingMessage {
        /// The resource (file stem), e.g. `cards`.
        resource: String,
        /// The message id.
        id: String,
    },
    /// A resource (file stem) that no locale has.
    #[error("no locale has a resource named '{0}'")]
    UnknownResource(String),
    /// A phrase card id that is not in the catalogue.
    #[error("unknown card '{id}'; see `tasukete cards --lang en` for the {count} card ids")]
    UnknownCard {
        /// The id that was asked for.
        id: String,
        /// How many cards the catalogue has.
        count: usize,
    },
    /// A prefecture code outside 1..=47.
    #[error("prefecture code {0} does not exist; use the JIS code 1 (Hokkaido) to 47 (Okinawa), e.g. 13 for Tokyo")]
    BadPrefecture(u8),
    /// A card argument that is missing, unknown or of the wrong shape.
    #[error("card '{card}': {message}")]
    BadCardArgument {
        /// The card id.
        card: String,
        /// What is wrong, naming the argument and what it expects.
        message: String,
    },
}

impl From<Error> for crate::Error {
    fn from(e: Error) -> Self {
        crate::Error::InvalidArgument(e.to_string())
    }
}

/// Shorthand for results of this module and of the modules built on it.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// One of the languages the app speaks. Serialized as its tag (`"zh-Hant"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Lang {
    /// English, the source language.
    #[serde(rename = "en")]
    En,
    /// Japanese.
    #[serde(rename = "ja")]
    Ja,
    /// Chinese, simplified script.
    #[serde(rename = "zh-Hans")]
    ZhHans,
    /// Chinese, traditional script.
    #[serde(rename = "zh-Hant")]
    ZhHant,
    /// Korean.
    #[serde(rename = "ko")]
    Ko,
    /// Thai.
    #[serde(rename = "th")]
    Th,
    /// Vietnamese.
    #[serde(rename = "vi")]
    Vi,
    /// Indonesian.
    #[serde(rename = "id")]
    Id,
    /// Tagalog / Filipino.
    #[serde(rename = "tl")]
    Tl,
    /// Spanish.
    #[serde(rename = "es")]
    Es,
    /// French.
    #[serde(rename = "fr")]
    Fr,
    /// German.
    #[serde(rename = "de")]
    De,
    /// Portuguese (written for both Brazil and Portugal).
    #[serde(rename = "pt")]
    Pt,
    /// Russian.
    #[serde(rename = "ru")]
    Ru,
}

impl Lang {
    /// All supported languages, English first.
    pub const ALL: [Lang; 14] = [
        Lang::En,
        Lang::Ja,
        Lang::ZhHans,
        Lang::ZhHant,
        Lang::Ko,
        Lang::Th,
        Lang::Vi,
        Lang::Id,
        Lang::Tl,
        Lang::Es,
        Lang::Fr,
        Lang::De,
        Lang::Pt,
        Lang::Ru,
    ];

    /// The tag, which is also the folder name under `locales/`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
            Lang::ZhHans => "zh-Hans",
            Lang::ZhHant => "zh-Hant",
            Lang::Ko => "ko",
            Lang::Th => "th",
            Lang::Vi => "vi",
            Lang::Id => "id",
            Lang::Tl => "tl",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Pt => "pt",
            Lang::Ru => "ru",
        }
    }

    /// The language with exactly this tag (as [`Lang::tag`] spells it).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.tag() == tag)
    }

    fn langid(self) -> LanguageIdentifier {
        self.tag().parse().expect("every supported tag parses")
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

fn supported_list() -> String {
    Lang::ALL.map(Lang::tag).join(", ")
}

/// Chooses the supported language for a BCP 47 tag (`_` is accepted for `-`).
///
/// Chinese goes by script, then by region: `zh-TW`, `zh-HK`, `zh-MO` and `zh-Hant-*` give
/// [`Lang::ZhHant`]; `zh`, `zh-CN`, `zh-SG` and `zh-Hans-*` give [`Lang::ZhHans`]. Other
/// languages go by the language subtag alone (`pt-BR` -> `pt`, `en-US` -> `en`); `fil`
/// is Tagalog and the legacy `in` is Indonesian. An unsupported language is an error
/// naming the tag and the supported ones: callers that want English instead (the app
/// does, with a notice) use [`negotiate_or_english`].
pub fn negotiate(tag: &str) -> Result<Lang> {
    let cleaned = tag.trim().replace('_', "-");
    let id: LanguageIdentifier =
        cleaned.parse().map_err(|_| Error::InvalidTag { tag: tag.to_string(), supported: supported_list() })?;
    let language = id.language.as_str();
    let lang = match language {
        "zh" => {
            let script = id.script.map(|s| s.as_str().to_ascii_lowercase());
            let region = id.region.map(|r| r.as_str().to_ascii_uppercase());
            match (script.as_deref(), region.as_deref()) {
                (Some("hant"), _) => Some(Lang::ZhHant),
                (Some("hans"), _) => Some(Lang::ZhHans),
                (_, Some("TW" | "HK" | "MO")) => Some(Lang::ZhHant),
                _ => Some(Lang::ZhHans),
            }
        }
        "fil" => Some(Lang::Tl),
        "in" => Some(Lang::Id),
        other => Lang::ALL.into_iter().find(|l| l.tag() == other),
    };
    lang.ok_or_else(|| Error::UnsupportedLanguage { tag: tag.to_string(), supported: supported_list() })
}

/// Like [`negotiate`], but an unsupported or invalid tag gives English together with the
/// error, so that the caller can show a notice. Used for the phone's own language, where
/// refusing to start would help nobody.
pub fn negotiate_or_english(tag: &str) -> (Lang, Option<Error>) {
    match negotiate(tag) {
        Ok(l) => (l, None),
        Err(e) => (SOURCE_LANG, Some(e)),
    }
}

/// The first supported language in a preference list (such as the phone's), else English.
pub fn negotiate_list<S: AsRef<str>>(tags: &[S]) -> Lang {
    tags.iter().find_map(|t| negotiate(t.as_ref()).ok()).unwrap_or(SOURCE_LANG)
}

/// What `locales/<lang>/meta.json` says about a locale.
#[derive(Debug, Clone, Deserialize)]
struct Meta {
    tag: String,
    name: String,
    english_name: String,
    source: bool,
    reviewed: bool,
    note: String,
}

/// A supported language as shown in the language picker.
#[derive(Debug, Clone, Serialize)]
pub struct LangInfo {
    /// The language.
    pub lang: Lang,
    /// Its tag, e.g. `zh-Hant`.
    pub tag: &'static str,
    /// Its name in itself, e.g. `Deutsch`.
    pub name: String,
    /// Its name in English, e.g. `German`.
    pub english_name: String,
    /// True for English, the text every translation is made from.
    pub source: bool,
    /// True only if a fluent speaker has reviewed the translation. No locale is reviewed yet.
    pub reviewed: bool,
    /// The review status in English, e.g. "machine-quality translation, not reviewed by a
    /// fluent speaker".
    pub note: String,
    /// The same status in the language itself, to show beside translated text.
    pub note_localized: String,
}

fn meta(lang: Lang) -> Meta {
    static METAS: OnceLock<HashMap<Lang, Meta>> = OnceLock::new();
    METAS
        .get_or_init(|| Lang::ALL.into_iter().map(|l| (l, read_meta(l))).collect())
        .get(&lang)
        .cloned()
        .expect("every language has its meta")
}

fn read_meta(lang: Lang) -> Meta {
    let path = format!("{}/meta.json", lang.tag());
    let file = LOCALES.get_file(&path).unwrap_or_else(|| panic!("locales/{path} is embedded"));
    let meta: Meta = serde_json::from_slice(file.contents()).unwrap_or_else(|e| panic!("locales/{path} is valid: {e}"));
    assert_eq!(meta.tag, lang.tag(), "locales/{path} names its own tag");
    meta
}

/// The supported languages with their names and review status, English first.
pub fn supported() -> Vec<LangInfo> {
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let m = meta(lang);
            let note_id = if m.source { "source-note" } else { "unreviewed-note" };
            LangInfo {
                lang,
                tag: lang.tag(),
                name: m.name,
                english_name: m.english_name,
                source: m.source,
                reviewed: m.reviewed,
                note: m.note,
                note_localized: text(lang, "common", note_id, &Args::new()).map(|r| r.text).unwrap_or_default(),
            }
        })
        .collect()
}

/// Romaji starts a sentence: "futsuka mae kara" -> "Futsuka mae kara".
pub fn capitalize_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_lowercase() => c.to_uppercase().chain(chars).collect(),
        _ => s.to_string(),
    }
}

/// Whether a fluent speaker has reviewed this language (none has yet).
pub fn is_reviewed(lang: Lang) -> bool {
    meta(lang).reviewed
}

/// An argument value for a message: a number (which drives plural selection) or a string.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// A number, e.g. a count of days.
    Number(f64),
    /// A string, inserted as given.
    Text(String),
}

/// Named arguments for a message.
pub type Args = BTreeMap<String, Arg>;

/// A rendered message and whether English had to stand in for the asked language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rendered {
    /// The text, never a message id.
    pub text: String,
    /// The language the text is in.
    pub lang: Lang,
    /// True if the message was missing (or broken) in the asked language and English was used.
    pub fallback: bool,
}

type Bundle = FluentBundle<FluentResource>;

struct Bundles {
    map: HashMap<(Lang, String), Bundle>,
}

impl Bundles {
    /// Builds one bundle per (language, resource) from `(lang, resource, source)` triples.
    fn build<R: AsRef<str>, S: AsRef<str>>(sources: impl IntoIterator<Item = (Lang, R, S)>) -> Self {
        let mut map = HashMap::new();
        for (lang, resource, source) in sources {
            let (resource, source) = (resource.as_ref(), source.as_ref());
            let res = match FluentResource::try_new(source.to_string()) {
                Ok(r) => r,
                // Keep the entries that parsed; the locale linter reports the rest.
                Err((r, _)) => r,
            };
            let mut bundle = Bundle::new_concurrent(vec![lang.langid()]);
            // Card text is shown to staff and read aloud: no U+2068/U+2069 around arguments.
            bundle.set_use_isolating(false);
            // Duplicates keep the first entry; the linter reports them.
            let _ = bundle.add_resource(res);
            map.insert((lang, resource.to_string()), bundle);
        }
        Bundles { map }
    }
}

fn bundles() -> &'static Bundles {
    static BUNDLES: OnceLock<Bundles> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        Bundles::build(Lang::ALL.into_iter().flat_map(|lang| {
            resources_of(lang.tag()).into_iter().map(move |(resource, source)| (lang, resource, source))
        }))
    })
}

/// The resource a `.ftl` file belongs to: its stem, except that `ui-<feature>.ftl` files
/// are part of `ui` (the app's own strings, one file per feature so that features do not
/// all edit `ui.ftl`).
fn resource_of_stem(stem: &str) -> &str {
    if stem.starts_with("ui-") {
        "ui"
    } else {
        stem
    }
}

/// The embedded `.ftl` resources of a locale folder: (resource, source text), the files of
/// one resource joined in file-name order.
pub(crate) fn resources_of(tag: &str) -> Vec<(&'static str, String)> {
    let Some(dir) = LOCALES.get_dir(tag) else {
        return Vec::new();
    };
    let mut files: Vec<(&'static str, &'static str)> = dir
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
        .filter_map(|f| Some((f.path().file_stem()?.to_str()?, f.contents_utf8()?)))
        .collect();
    files.sort();
    let mut out: Vec<(&'static str, String)> = Vec::new();
    for (stem, text) in files {
        let resource = resource_of_stem(stem);
        match out.iter_mut().find(|(r, _)| *r == resource) {
            Some((_, joined)) => {
                joined.push('\n');
                joined.push_str(text);
            }
            None => out.push((resource, text.to_string())),
        }
    }
    out
}

fn fluent_args(args: &Args) -> FluentArgs<'_> {
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        match v {
            Arg::Number(n) => fa.set(k.as_str(), FluentValue::from(*n)),
            Arg::Text(s) => fa.set(k.as_str(), FluentValue::from(s.as_str())),
        }
    }
    fa
}

/// Formats a message or one of its attributes in one bundle; `None` if absent or broken.
fn format_in(b: &Bundles, lang: Lang, resource: &str, id: &str, attr: Option<&str>, args: &Args) -> Option<String> {
    let bundle = b.map.get(&(lang, resource.to_string()))?;
    let msg = bundle.get_message(id)?;
    let pattern = match attr {
        None => msg.value()?,
        Some(a) => msg.get_attribute(a)?.value(),
    };
    let fa = fluent_args(args);
    let mut errors = Vec::new();
    let out = bundle.format_pattern(pattern, Some(&fa), &mut errors);
    errors.is_empty().then(|| out.into_owned())
}

fn render(lang: Lang, resource: &str, id: &str, attr: Option<&str>, args: &Args) -> Result<Rendered> {
    render_in(bundles(), lang, resource, id, attr, args)
}

fn render_in(b: &Bundles, lang: Lang, resource: &str, id: &str, attr: Option<&str>, args: &Args) -> Result<Rendered> {
    if let Some(text) = format_in(b, lang, resource, id, attr, args) {
        return Ok(Rendered { text, lang, fallback: false });
    }
    if let Some(text) = format_in(b, SOURCE_LANG, resource, id, attr, args) {
        return Ok(Rendered { text, lang: SOURCE_LANG, fallback: lang != SOURCE_LANG });
    }
    if !b.map.keys().any(|(_, r)| r == resource) {
        return Err(Error::UnknownResource(resource.to_string()));
    }
    let id = match attr {
        Some(a) => format!("{id}.{a}"),
        None => id.to_string(),
    };
    Err(Error::MissingMessage { resource: resource.to_string(), id })
}

/// Renders message `id` of `resource` (a file stem such as `tips`) in `lang`, falling
/// back to English if the language lacks it or cannot format it.
pub fn text(lang: Lang, resource: &str, id: &str, args: &Args) -> Result<Rendered> {
    render(lang, resource, id, None, args)
}

/// Renders attribute `attr` of message `id` (e.g. `chest-pain.reading`), with the same
/// fallback as [`text`].
pub fn attribute(lang: Lang, resource: &str, id: &str, attr: &str, args: &Args) -> Result<Rendered> {
    render(lang, resource, id, Some(attr), args)
}

/// Every message of a resource (e.g. `ui`) rendered in `lang` as id -> text, falling back
/// to English message by message. The ids are those of the English source. Messages that
/// take arguments are rendered with each argument shown as `{$name}`; render those one by
/// one with [`text`] instead.
pub fn messages(lang: Lang, resource: &str) -> Result<BTreeMap<String, String>> {
    let source = resources_of(SOURCE_LANG.tag())
        .into_iter()
        .find(|(stem, _)| *stem == resource)
        .ok_or_else(|| Error::UnknownResource(resource.to_string()))?;
    let mut out = BTreeMap::new();
    for id in lint::message_ids(&source.1) {
        let text = match render(lang, resource, &id, None, &Args::new()) {
            Ok(r) => r.text,
            Err(_) => raw_pattern(lang, resource, &id).unwrap_or_default(),
        };
        out.insert(id, text);
    }
    Ok(out)
}

/// A message formatted without its arguments, keeping `{$name}` in place of each.
fn raw_pattern(lang: Lang, resource: &str, id: &str) -> Option<String> {
    [lang, SOURCE_LANG].into_iter().find_map(|l| {
        let bundle = bundles().map.get(&(l, resource.to_string()))?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(bundle.format_pattern(pattern, None, &mut errors).into_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_cases() {
        let cases = [
            ("en", Lang::En),
            ("en-US", Lang::En),
            ("en_GB", Lang::En),
            ("ja-JP", Lang::Ja),
            ("zh-TW", Lang::ZhHant),
            ("zh-HK", Lang::ZhHant),
            ("zh-MO", Lang::ZhHant),
            ("zh-Hant", Lang::ZhHant),
            ("zh-Hant-CN", Lang::ZhHant),
            ("zh-CN", Lang::ZhHans),
            ("zh-SG", Lang::ZhHans),
            ("zh", Lang::ZhHans),
            ("zh-Hans-HK", Lang::ZhHans),
            ("pt-BR", Lang::Pt),
            ("pt-PT", Lang::Pt),
            ("fil-PH", Lang::Tl),
            ("tl", Lang::Tl),
            ("in", Lang::Id),
            ("id-ID", Lang::Id),
            ("ko-KR", Lang::Ko),
            ("DE-at", Lang::De),
            ("es-419", Lang::Es),
            ("fr-CA", Lang::Fr),
            ("ru", Lang::Ru),
            ("th-TH", Lang::Th),
            ("vi-VN", Lang::Vi),
        ];
        for (tag, want) in cases {
            assert_eq!(negotiate(tag).unwrap(), want, "{tag}");
        }
    }

    #[test]
    fn unknown_language_names_tag_and_supported_ones() {
        let err = negotiate("sw-KE").unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("sw-KE"), "{msg}");
        assert!(msg.contains("zh-Hant") && msg.contains("ru"), "{msg}");
        assert!(matches!(negotiate("not a tag!"), Err(Error::InvalidTag { .. })));
        assert_eq!(negotiate_or_english("sw").0, Lang::En);
        assert!(negotiate_or_english("sw").1.is_some());
        assert_eq!(negotiate_list(&["sw", "ar", "de-CH"]), Lang::De);
        assert_eq!(negotiate_list(&["sw"]), Lang::En);
    }

    #[test]
    fn every_tag_round_trips() {
        for l in Lang::ALL {
            assert_eq!(negotiate(l.tag()).unwrap(), l);
            assert_eq!(Lang::from_tag(l.tag()), Some(l));
            assert_eq!(serde_json::to_value(l).unwrap(), l.tag());
        }
    }

    #[test]
    fn no_locale_claims_review_and_english_is_the_source() {
        let all = supported();
        assert_eq!(all.len(), 14);
        for info in &all {
            assert!(!info.reviewed, "{} claims a review nobody did", info.tag);
            assert_eq!(info.source, info.lang == Lang::En);
            if !info.source {
                assert_eq!(info.note, "machine-quality translation, not reviewed by a fluent speaker");
            }
            assert!(!info.note_localized.is_empty(), "{}", info.tag);
        }
    }

    #[test]
    fn missing_message_is_an_error_not_an_id() {
        let err = text(Lang::De, "cards", "no-such-card", &Args::new()).unwrap_err();
        assert!(matches!(err, Error::MissingMessage { .. }));
        assert!(matches!(text(Lang::De, "nope", "x", &Args::new()), Err(Error::UnknownResource(_))));
    }

    #[test]
    fn fallback_to_english_is_flagged() {
        // Values are tagged with their locale, so the test proves which one answered.
        let b = Bundles::build([
            (Lang::En, "t", "a = A [en]\nb = B [en]\nc = { $n } [en]\n"),
            (Lang::De, "t", "a = A [de]\nc = { $missing } [de]\n"),
        ]);
        let none = Args::new();
        let r = render_in(&b, Lang::De, "t", "a", None, &none).unwrap();
        assert_eq!((r.text.as_str(), r.lang, r.fallback), ("A [de]", Lang::De, false));
        let r = render_in(&b, Lang::De, "t", "b", None, &none).unwrap();
        assert_eq!((r.text.as_str(), r.lang, r.fallback), ("B [en]", Lang::En, true));
        // A German message that cannot be formatted falls back too, rather than showing `{$missing}`.
        let mut args = Args::new();
        args.insert("n".into(), Arg::Number(3.0));
        let r = render_in(&b, Lang::De, "t", "c", None, &args).unwrap();
        assert_eq!((r.text.as_str(), r.fallback), ("3 [en]", true));
        let err = render_in(&b, Lang::De, "t", "zzz", None, &none).unwrap_err();
        assert_eq!(err, Error::MissingMessage { resource: "t".into(), id: "zzz".into() });
    }

    #[test]
    fn messages_map_covers_the_english_ids() {
        let en = messages(Lang::En, "common").unwrap();
        let th = messages(Lang::Th, "common").unwrap();
        assert_eq!(en.keys().collect::<Vec<_>>(), th.keys().collect::<Vec<_>>());
        assert!(th.values().all(|v| !v.is_empty()));
        // A message with an argument keeps it visible as `{$name}` for the caller to fill.
        let de = messages(Lang::De, "emergency").unwrap();
        assert!(de["note-7119-tokyo"].contains("{$direct}"), "{}", de["note-7119-tokyo"]);
        assert!(de["police-name"] == "Polizei");
        assert!(matches!(messages(Lang::De, "nope"), Err(Error::UnknownResource(_))));
    }
}
