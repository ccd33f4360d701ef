//! Departments read from a clinic's name (`山下小児科医院`, `さくら内科・皮膚科クリニック`), for
//! the lists that give none (the 厚生局 list of 東京都's clinics). The same mapping as the
//! hospitals' department names; the longest name wins (`整形外科` before `外科`, `心療内科`
//! before `内科`). A guess from the name: the dataset marks it so.

use super::departments::DepartmentMap;
use crate::facility::{Department, DepartmentSet};

/// The department names to look for, longest first.
pub struct NameDepartments {
    names: Vec<(String, Department)>,
}

impl NameDepartments {
    /// The names of `map` that end in 科 (内科, 小児科, 耳鼻咽喉科 ...), longest first.
    pub fn new(map: &DepartmentMap) -> Self {
        let mut names: Vec<(String, Department)> = map
            .names()
            .filter(|(n, _)| n.ends_with('科') && n.chars().count() >= 2 && !n.contains(['(', '（', '・']))
            .map(|(n, d)| (n.to_string(), d))
            .collect();
        names.sort_by(|a, b| b.0.chars().count().cmp(&a.0.chars().count()).then(a.0.cmp(&b.0)));
        NameDepartments { names }
    }

    /// The categories the name states.
    pub fn of(&self, name: &str) -> DepartmentSet {
        let mut rest = crate::build::normalize::fold(name);
        let mut set = DepartmentSet::default();
        for (n, d) in &self.names {
            if rest.contains(n.as_str()) {
                set.insert(*d);
                rest = rest.replace(n.as_str(), "|");
            }
        }
        set
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_name_wins() {
        let map = DepartmentMap::embedded().unwrap();
        let nd = NameDepartments::new(&map);
        let set = nd.of("さくら整形外科クリニック");
        assert!(set.contains(Department::Orthopedics), "{set:?}");
        assert!(!set.contains(Department::Surgery), "{set:?}");
        assert!(nd.of("山下小児科医院").contains(Department::Pediatrics));
        let both = nd.of("あおば内科・皮膚科クリニック");
        assert!(both.contains(Department::InternalMedicine) && both.contains(Department::Dermatology));
        assert!(nd.of("千代田クリニック").is_empty());
    }
}
