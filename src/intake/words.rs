//! Text in two languages at once: the user's, and Japanese with its hiragana reading.
//! Every line of the 問診票 and every answer word is one [`Bi`], rendered from the same
//! Fluent message in both languages, so that the Japanese never depends on the user's.

use crate::l10n::ja_numbers::{self, Counter};
use crate::l10n::{self, Arg, Args, Lang};
use crate::profile::error::Result;
use serde::Serialize;

/// The Fluent resource of the questionnaire and its vocabulary.
pub const RESOURCE: &str = "intake";

/// One piece of text in the user's language and in Japanese.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bi {
    /// In the user's language.
    pub text: String,
    /// In Japanese, for staff.
    pub ja: String,
    /// The Japanese in hiragana (free text stays as typed).
    pub ja_reading: String,
    /// True when the user's language lacked the message and English stood in.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub fallback: bool,
}

impl Bi {
    /// Words the user typed: the same on every line.
    pub fn typed(s: &str) -> Bi {
        Bi { text: s.to_string(), ja: s.to_string(), ja_reading: s.to_string(), fallback: false }
    }
}

/// Arguments for the three renderings of a message.
#[derive(Debug, Clone, Default)]
pub struct BiArgs {
    text: Args,
    ja: Args,
    reading: Args,
}

impl BiArgs {
    /// No arguments.
    pub fn new() -> Self {
        Self::default()
    }

    /// A piece of text, each rendering getting its own side.
    pub fn bi(mut self, name: &str, v: &Bi) -> Self {
        self.text.insert(name.into(), Arg::Text(v.text.clone()));
        self.ja.insert(name.into(), Arg::Text(v.ja.clone()));
        self.reading.insert(name.into(), Arg::Text(v.ja_reading.clone()));
        self
    }

    /// A whole number said with `counter` in the reading (3 days -> みっか).
    pub fn count(mut self, name: &str, n: u32, counter: Counter) -> Self {
        self.text.insert(name.into(), Arg::Number(f64::from(n)));
        self.ja.insert(name.into(), Arg::Number(f64::from(n)));
        self.reading.insert(name.into(), Arg::Text(ja_numbers::reading(n, counter).kana));
        self
    }

    /// A measurement with one decimal (38.5 -> さんじゅうはちてんご).
    pub fn decimal(mut self, name: &str, value: f64) -> Self {
        let (shown, reading) = ja_numbers::decimal(value);
        self.text.insert(name.into(), Arg::Text(shown.clone()));
        self.ja.insert(name.into(), Arg::Text(shown));
        self.reading.insert(name.into(), Arg::Text(reading.kana));
        self
    }

    /// Plain text the same in every rendering (a date, a phone number).
    pub fn plain(mut self, name: &str, s: &str) -> Self {
        for args in [&mut self.text, &mut self.ja, &mut self.reading] {
            args.insert(name.into(), Arg::Text(s.to_string()));
        }
        self
    }
}

/// Message `id` of `resource` in `lang` and Japanese. Resources without readings (the
/// profile's) give the Japanese text as its own reading.
pub fn render_in(resource: &str, lang: Lang, id: &str, args: &BiArgs) -> Result<Bi> {
    let text = l10n::text(lang, resource, id, &args.text)?;
    let ja = l10n::text(Lang::Ja, resource, id, &args.ja)?;
    let reading = match l10n::attribute(Lang::Ja, resource, id, "reading", &args.reading) {
        Ok(r) => r.text,
        Err(l10n::Error::MissingMessage { .. }) => ja.text.clone(),
        Err(e) => return Err(e.into()),
    };
    Ok(Bi { text: text.text, ja: ja.text, ja_reading: reading, fallback: text.fallback || ja.fallback })
}

/// Message `id` of the questionnaire's resource.
pub fn render(lang: Lang, id: &str, args: &BiArgs) -> Result<Bi> {
    render_in(RESOURCE, lang, id, args)
}

/// The word `id` of vocabulary list `list`.
pub fn word(lang: Lang, list: &str, id: &str) -> Result<Bi> {
    render(lang, &format!("{list}-{id}"), &BiArgs::new())
}

/// An id of `list` rendered as its word, anything else shown as typed.
pub fn word_or_typed(lang: Lang, list: &str, s: &str) -> Result<Bi> {
    match super::vocabulary::find(list, s) {
        Some(_) => word(lang, list, s),
        None => Ok(Bi::typed(s)),
    }
}

/// Items joined with the language's list separator (「、」 in Japanese).
pub fn join(lang: Lang, items: &[Bi]) -> Result<Bi> {
    let sep = render(lang, "list-separator", &BiArgs::new())?;
    let glue = |f: fn(&Bi) -> &String, s: &String| items.iter().map(f).cloned().collect::<Vec<_>>().join(s);
    Ok(Bi {
        text: glue(|b| &b.text, &sep.text),
        ja: glue(|b| &b.ja, &sep.ja),
        ja_reading: glue(|b| &b.ja_reading, &sep.ja_reading),
        fallback: items.iter().any(|b| b.fallback),
    })
}

/// Groups joined with the group separator ("薬：ペニシリン ／ 食べ物：えび").
pub fn join_groups(lang: Lang, groups: &[Bi]) -> Result<Bi> {
    let sep = render(lang, "value-group-separator", &BiArgs::new())?;
    Ok(Bi {
        text: groups.iter().map(|b| b.text.clone()).collect::<Vec<_>>().join(&sep.text),
        ja: groups.iter().map(|b| b.ja.clone()).collect::<Vec<_>>().join(&sep.ja),
        ja_reading: groups.iter().map(|b| b.ja_reading.clone()).collect::<Vec<_>>().join(&sep.ja_reading),
        fallback: groups.iter().any(|b| b.fallback),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_renders_in_both_languages_with_its_reading() {
        let w = word(Lang::De, "symptom", "fever").unwrap();
        assert_eq!((w.text.as_str(), w.ja.as_str(), w.ja_reading.as_str()), ("Fieber", "発熱", "はつねつ"));
        let j = join(Lang::En, &[w, word(Lang::En, "symptom", "cough").unwrap()]).unwrap();
        assert_eq!(j.ja, "発熱、咳");
        assert_eq!(word_or_typed(Lang::En, "medicine", "Metformin 500").unwrap().ja, "Metformin 500");
    }

    #[test]
    fn numbers_are_spelt_with_their_counter() {
        let b = render(Lang::En, "value-onset-days", &BiArgs::new().count("days", 3, Counter::Days)).unwrap();
        assert_eq!((b.ja.as_str(), b.ja_reading.as_str()), ("3日前から", "みっかまえから"));
        let t = render(Lang::Fr, "value-temperature", &BiArgs::new().decimal("temp", 38.5)).unwrap();
        assert_eq!(
            (t.ja.as_str(), t.ja_reading.as_str(), t.text.as_str()),
            ("38.5度", "さんじゅうはちてんごど", "38.5 °C")
        );
    }
}
