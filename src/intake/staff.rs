//! Staff mode: staff tap a Japanese question; the visitor sees it in their language with
//! answer buttons; the answer is shown back to staff in Japanese.

use super::flow::{choices, score_choices, Choice};
use super::vocabulary;
use super::words::{render, Bi, BiArgs};
use crate::l10n::Lang;
use crate::profile::error::{invalid, Result};
use serde::Serialize;

/// A question staff can ask, with the visitor's answer buttons.
#[derive(Debug, Clone, Serialize)]
pub struct StaffQuestion {
    /// Stable id, e.g. `drug-allergy`.
    pub id: String,
    /// The question: Japanese for staff, the user's language for the visitor.
    pub question: Bi,
    /// The answer buttons.
    pub answers: Vec<Choice>,
}

/// A question and the visitor's answer, to show to staff.
#[derive(Debug, Clone, Serialize)]
pub struct StaffAnswer {
    /// The question's id.
    pub id: String,
    /// The question.
    pub question: Bi,
    /// The answer: 「はい」, 「3日前から」 ...
    pub answer: Bi,
}

fn answers_of(lang: Lang, kind: &str) -> Result<Vec<Choice>> {
    if kind == "score" {
        score_choices(lang)
    } else {
        choices(lang, kind)
    }
}

/// Every staff question in `lang`.
pub fn questions(lang: Lang) -> Result<Vec<StaffQuestion>> {
    vocabulary::staff()
        .iter()
        .map(|s| {
            Ok(StaffQuestion {
                id: s.id.clone(),
                question: render(lang, &format!("staff-{}", s.id), &BiArgs::new())?,
                answers: answers_of(lang, &s.answers)?,
            })
        })
        .collect()
}

/// The visitor's answer `answer` to staff question `id`, in Japanese and `lang`.
pub fn answer(id: &str, answer: &str, lang: Lang) -> Result<StaffAnswer> {
    let spec = vocabulary::staff().iter().find(|s| s.id == id).ok_or_else(|| {
        let known: Vec<&str> = vocabulary::staff().iter().map(|s| s.id.as_str()).collect();
        invalid("question", format!("unknown staff question '{id}'; known: {}", known.join(", ")))
    })?;
    let options = answers_of(lang, &spec.answers)?;
    let chosen = options.into_iter().find(|c| c.id == answer).ok_or_else(|| {
        invalid("answer", format!("'{answer}' is not an answer to '{id}'; answers are {}", spec.answers))
    })?;
    Ok(StaffAnswer {
        id: id.to_string(),
        question: render(lang, &format!("staff-{id}"), &BiArgs::new())?,
        answer: Bi { text: chosen.label, ja: chosen.ja, ja_reading: chosen.ja_reading, fallback: false },
    })
}
