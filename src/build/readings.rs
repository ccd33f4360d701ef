//! The reading tables of `data/readings/` (see its README): Sudachi's readings of every
//! place name, the reviewed overrides, and the well-known English names. The builder
//! looks each place up here; what is not found is counted, never guessed from kanji.

use crate::error::{Error, Result};
use crate::readings::{chome_reading, split_chome};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The folder of the tables in the repository.
pub fn default_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/readings")
}

/// How a reading was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum How {
    /// The reviewed override table.
    Override,
    /// Sudachi's dictionary (possibly helped by the authored kanji table).
    Dictionary,
    /// The name is kana already.
    Kana,
}

/// One place's reading: words separated by spaces, and how it was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Hiragana words separated by spaces.
    pub words: String,
    /// Source of the reading.
    pub how: How,
}

/// Kind + name (+ prefecture for the overrides and English names).
type Key = (String, String);

/// The three tables, loaded.
#[derive(Debug, Default)]
pub struct ReadingTables {
    dictionary: HashMap<Key, String>,
    overrides: HashMap<Key, Vec<(Option<u8>, String)>>,
    english: HashMap<Key, Vec<(Option<u8>, String)>>,
}

fn rows(path: &Path, columns: usize) -> Result<Vec<Vec<String>>> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cells: Vec<String> = line.split('\t').map(str::to_string).collect();
        if cells.len() < columns {
            return Err(Error::BadSource {
                path: path.to_path_buf(),
                message: format!("line {}: {} columns, expected {columns}", i + 1, cells.len()),
            });
        }
        out.push(cells);
    }
    Ok(out)
}

fn pref(path: &Path, cell: &str) -> Result<Option<u8>> {
    if cell.trim().is_empty() {
        return Ok(None);
    }
    cell.trim().parse::<u8>().ok().filter(|c| (1..=47).contains(c)).map(Some).ok_or_else(|| Error::BadSource {
        path: path.to_path_buf(),
        message: format!("'{cell}' is not a prefecture code"),
    })
}

impl ReadingTables {
    /// Reads `readings.tsv`, `overrides.tsv` and `english-names.tsv` under `dir`.
    pub fn load(dir: &Path) -> Result<Self> {
        let mut t = ReadingTables::default();
        for r in rows(&dir.join("readings.tsv"), 3)? {
            t.dictionary.insert((r[0].clone(), r[1].clone()), r[2].clone());
        }
        let path = dir.join("overrides.tsv");
        for r in rows(&path, 4)? {
            t.overrides.entry((r[0].clone(), r[1].clone())).or_default().push((pref(&path, &r[2])?, r[3].clone()));
        }
        let path = dir.join("english-names.tsv");
        for r in rows(&path, 4)? {
            // Places need their prefecture (names repeat across Japan); operators and lines do not.
            let code = pref(&path, &r[2])?;
            if code.is_none() && !matches!(r[0].as_str(), "operator" | "line") {
                return Err(Error::BadSource {
                    path: path.clone(),
                    message: format!("{}: an English name of a place needs its prefecture", r[1]),
                });
            }
            t.english.entry((r[0].clone(), r[1].clone())).or_default().push((code, r[3].clone()));
        }
        Ok(t)
    }

    /// The reading of a place of `kind` (`station`, `municipality`, `neighbourhood`) named
    /// `name` in prefecture `pref_code`.
    pub fn reading(&self, kind: &str, name: &str, pref_code: u8) -> Option<Found> {
        // 〜丁目: the tables read the rest (an override of 別府 covers 別府二丁目); the number
        // is read here.
        let (base, chome) = match split_chome(name) {
            Some((base, n)) => (base, Some(chome_reading(n))),
            None => (name, None),
        };
        let overridden = [name, base].iter().find_map(|n| {
            let list = self.overrides.get(&(kind.to_string(), n.to_string()))?;
            let hit =
                list.iter().find(|(p, _)| *p == Some(pref_code)).or_else(|| list.iter().find(|(p, _)| p.is_none()))?;
            Some((hit.1.clone(), *n == name))
        });
        let (mut words, how) = if let Some((words, whole)) = overridden {
            if whole {
                return Some(Found { words, how: How::Override });
            }
            (words, How::Override)
        } else if base.is_empty() {
            (String::new(), How::Dictionary)
        } else if let Some(w) = self.dictionary.get(&(kind.to_string(), base.to_string())) {
            (w.clone(), How::Dictionary)
        } else if base.chars().all(is_kana) {
            (
                base.chars()
                    .map(|c| if ('ァ'..='ヶ').contains(&c) { char::from_u32(c as u32 - 0x60).unwrap_or(c) } else { c })
                    .collect(),
                How::Kana,
            )
        } else {
            return None;
        };
        if let Some(c) = chome {
            if !words.is_empty() {
                words.push(' ');
            }
            words.push_str(&c);
        }
        Some(Found { words, how })
    }

    /// The well-known English name of a place, when the table has one.
    pub fn english(&self, kind: &str, name: &str, pref_code: u8) -> Option<&str> {
        self.english
            .get(&(kind.to_string(), name.to_string()))?
            .iter()
            .find(|(p, _)| p.is_none_or(|p| p == pref_code))
            .map(|(_, e)| e.as_str())
    }

    /// Every override and English name as (kind, name, prefecture), for checking that
    /// each one met its place.
    pub fn reviewed_entries(&self) -> Vec<(String, String, Option<u8>)> {
        let mut out: Vec<_> = self
            .overrides
            .iter()
            .flat_map(|((k, n), l)| l.iter().map(move |(p, _)| (k.clone(), n.clone(), *p)))
            .chain(
                self.english
                    .iter()
                    .filter(|((k, _), _)| k != "operator" && k != "line")
                    .flat_map(|((k, n), l)| l.iter().map(move |(p, _)| (k.clone(), n.clone(), *p))),
            )
            .collect();
        out.sort();
        out.dedup();
        out
    }
}

fn is_kana(c: char) -> bool {
    matches!(c, 'ぁ'..='ゖ' | 'ァ'..='ヺ' | 'ー')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tables() -> ReadingTables {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("readings.tsv"),
            "# h\nstation\t小倉\tおぐら\tsudachi\nneighbourhood\t西新宿\tにし しんじゅく\tsudachi\n",
        )
        .unwrap();
        std::fs::write(dir.path().join("overrides.tsv"), "# h\nstation\t小倉\t40\tこくら\twhy\n").unwrap();
        std::fs::write(dir.path().join("english-names.tsv"), "# h\nstation\t関西空港\t27\tKansai Airport\twhy\n")
            .unwrap();
        ReadingTables::load(dir.path()).unwrap()
    }

    #[test]
    fn overrides_apply_in_their_prefecture_only() {
        let t = tables();
        assert_eq!(t.reading("station", "小倉", 40).unwrap(), Found { words: "こくら".into(), how: How::Override });
        assert_eq!(t.reading("station", "小倉", 26).unwrap().words, "おぐら");
        assert_eq!(t.reading("neighbourhood", "西新宿六丁目", 13).unwrap().words, "にし しんじゅく ろくちょうめ");
        assert_eq!(t.reading("station", "ユーカリが丘", 12), None);
        assert_eq!(t.reading("station", "ユーカリ", 12).unwrap().words, "ゆーかり");
        assert_eq!(t.english("station", "関西空港", 27), Some("Kansai Airport"));
        assert_eq!(t.english("station", "関西空港", 13), None);
    }
}
