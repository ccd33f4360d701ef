//! The MHLW department names -> patient-facing categories, kept as data in
//! `data/departments.csv` (embedded in the binary, replaceable with `--departments`).

use crate::error::{Error, Result};
use crate::facility::Department;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// The mapping shipped with the program.
pub const EMBEDDED: &str = include_str!("../../data/departments.csv");
/// Its path in the repository, for messages.
pub const EMBEDDED_PATH: &str = "data/departments.csv";

/// Name -> category, plus the names the source used that the mapping lacks.
#[derive(Debug)]
pub struct DepartmentMap {
    path: PathBuf,
    by_name: HashMap<String, Department>,
    unmapped: BTreeSet<String>,
}

impl DepartmentMap {
    /// Parses a mapping (`name,category,codes`, `#` comments).
    pub fn parse(path: &Path, text: &str) -> Result<Self> {
        let bad = |line: usize, message: String| Error::BadSource {
            path: path.to_path_buf(),
            message: format!("line {line}: {message}"),
        };
        let mut reader = csv::ReaderBuilder::new().comment(Some(b'#')).flexible(true).from_reader(text.as_bytes());
        let mut by_name = HashMap::new();
        for (i, rec) in reader.records().enumerate() {
            let rec = rec.map_err(|e| bad(i + 2, e.to_string()))?;
            let line = rec.position().map(|p| p.line() as usize).unwrap_or(i + 2);
            let (Some(name), Some(cat)) = (rec.get(0), rec.get(1)) else {
                return Err(bad(line, "expected name,category,codes".into()));
            };
            let category: Department = cat.trim().parse().map_err(|e: Error| bad(line, e.to_string()))?;
            if by_name.insert(name.to_string(), category).is_some() {
                return Err(bad(line, format!("'{name}' is mapped twice")));
            }
        }
        Ok(DepartmentMap { path: path.to_path_buf(), by_name, unmapped: BTreeSet::new() })
    }

    /// The mapping shipped in the binary.
    pub fn embedded() -> Result<Self> {
        Self::parse(Path::new(EMBEDDED_PATH), EMBEDDED)
    }

    /// Number of names mapped.
    pub fn len(&self) -> usize {
        self.by_name.len()
    }

    /// Whether the mapping is empty.
    pub fn is_empty(&self) -> bool {
        self.by_name.is_empty()
    }

    /// Every mapped name with its category.
    pub fn names(&self) -> impl Iterator<Item = (&str, Department)> {
        self.by_name.iter().map(|(n, d)| (n.as_str(), *d))
    }

    /// The category of `name`, without remembering an unknown one (for the lists'
    /// free-text department names).
    pub fn get(&self, name: &str) -> Option<Department> {
        self.by_name.get(name).copied()
    }

    /// The category of `name`; an unknown name is remembered (with its code) for
    /// [`DepartmentMap::finish`] and gives `None`.
    pub fn category(&mut self, name: &str, code: &str) -> Option<Department> {
        let found = self.by_name.get(name).copied();
        if found.is_none() {
            self.unmapped.insert(format!("{name} ({code})"));
        }
        found
    }

    /// Fails with the list of every name seen that has no category.
    pub fn finish(&self) -> Result<()> {
        if self.unmapped.is_empty() {
            Ok(())
        } else {
            Err(Error::UnmappedDepartments {
                mapping: self.path.clone(),
                names: self.unmapped.iter().cloned().collect(),
            })
        }
    }
}
