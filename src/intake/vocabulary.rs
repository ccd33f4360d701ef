//! The questionnaire's data: answer words by list (`data/intake/vocabulary.csv`), the
//! topics (`topics.csv`) and the staff questions (`staff.csv`), read once from the files
//! embedded at compile time. A row that does not parse is a build-time mistake: the
//! tests load every file, so it panics there, naming the file and row.

use std::sync::OnceLock;

const VOCABULARY_CSV: &str = include_str!("../../data/intake/vocabulary.csv");
const TOPICS_CSV: &str = include_str!("../../data/intake/topics.csv");
const STAFF_CSV: &str = include_str!("../../data/intake/staff.csv");

/// One answer word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// The list it belongs to, e.g. `symptom`.
    pub list: String,
    /// Its stable id within the list, e.g. `fever`.
    pub id: String,
    /// A body site with a left and a right.
    pub lateral: bool,
}

impl Word {
    /// Its Fluent message id, e.g. `symptom-fever`.
    pub fn message_id(&self) -> String {
        format!("{}-{}", self.list, self.id)
    }
}

/// One question of the questionnaire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicSpec {
    /// Stable id, e.g. `pain-site`.
    pub id: String,
    /// How it is answered (`multi`, `single`, `sites`, `onset`, ...).
    pub kind: String,
    /// The vocabulary list of its choices, if any.
    pub list: Option<String>,
    /// The questionnaires that ask it.
    pub variants: Vec<String>,
    /// The profile section that answers it, so that it is not asked again.
    pub profile: Option<String>,
}

/// One question staff can tap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffSpec {
    /// Stable id, e.g. `drug-allergy`.
    pub id: String,
    /// Its answers: a vocabulary list, or `score` (0–10).
    pub answers: String,
}

fn rows(name: &str, text: &str) -> Vec<Vec<String>> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    reader
        .records()
        .enumerate()
        .map(|(i, r)| {
            r.unwrap_or_else(|e| panic!("data/intake/{name} row {}: {e}", i + 2)).iter().map(str::to_string).collect()
        })
        .collect()
}

/// Every answer word, in file order.
pub fn words() -> &'static [Word] {
    static WORDS: OnceLock<Vec<Word>> = OnceLock::new();
    WORDS.get_or_init(|| {
        rows("vocabulary.csv", VOCABULARY_CSV)
            .into_iter()
            .map(|r| Word { list: r[0].clone(), id: r[1].clone(), lateral: r[2] == "lateral" })
            .collect()
    })
}

/// The topics in the order of the flow and of the summary.
pub fn topics() -> &'static [TopicSpec] {
    static TOPICS: OnceLock<Vec<TopicSpec>> = OnceLock::new();
    TOPICS.get_or_init(|| {
        rows("topics.csv", TOPICS_CSV)
            .into_iter()
            .map(|r| TopicSpec {
                id: r[0].clone(),
                kind: r[1].clone(),
                list: Some(r[2].clone()).filter(|s| !s.is_empty()),
                variants: r[3].split_whitespace().map(str::to_string).collect(),
                profile: Some(r[4].clone()).filter(|s| !s.is_empty()),
            })
            .collect()
    })
}

/// The staff questions, in display order.
pub fn staff() -> &'static [StaffSpec] {
    static STAFF: OnceLock<Vec<StaffSpec>> = OnceLock::new();
    STAFF.get_or_init(|| {
        rows("staff.csv", STAFF_CSV)
            .into_iter()
            .map(|r| StaffSpec { id: r[0].clone(), answers: r[1].clone() })
            .collect()
    })
}

/// The words of one list, in file order (empty for an unknown list).
pub fn list(name: &str) -> impl Iterator<Item = &'static Word> + '_ {
    words().iter().filter(move |w| w.list == name)
}

/// The word `id` of list `name`.
pub fn find(name: &str, id: &str) -> Option<&'static Word> {
    list(name).find(|w| w.id == id)
}

/// The ids of a list, comma-separated, for error messages.
pub fn ids_of(name: &str) -> String {
    list(name).map(|w| w.id.as_str()).collect::<Vec<_>>().join(", ")
}

/// The topic with this id.
pub fn topic(id: &str) -> Option<&'static TopicSpec> {
    topics().iter().find(|t| t.id == id)
}

/// The vocabulary lists, in order of first appearance.
pub fn list_names() -> Vec<&'static str> {
    let mut names: Vec<&str> = Vec::new();
    for w in words() {
        if !names.contains(&w.list.as_str()) {
            names.push(&w.list);
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn lists_topics_and_staff_questions_are_consistent() {
        let pairs: BTreeSet<_> = words().iter().map(|w| (&w.list, &w.id)).collect();
        assert_eq!(pairs.len(), words().len(), "a word is listed twice");
        assert!(words().iter().all(
            |w| !w.id.is_empty() && w.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        ));
        let variants = super::super::VARIANTS;
        for t in topics() {
            if let Some(l) = &t.list {
                assert!(list(l).next().is_some(), "topic {} uses unknown list {l}", t.id);
            }
            assert!(!t.variants.is_empty() && t.variants.iter().all(|v| variants.contains(&v.as_str())), "{}", t.id);
        }
        for v in variants {
            assert!(topics().iter().filter(|t| t.variants.iter().any(|x| x == v)).count() >= 8, "{v} asks too little");
        }
        for s in staff() {
            assert!(s.answers == "score" || list(&s.answers).next().is_some(), "staff {} answers {}", s.id, s.answers);
        }
        assert!(find("site", "knee").unwrap().lateral && !find("site", "head").unwrap().lateral);
        assert!(ids_of("side").contains("left"));
    }
}
