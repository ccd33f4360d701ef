//! Municipalities and neighbourhoods for the dataset: the N03 boundaries joined, by
//! prefecture and name, with Geolonia's municipality list and its 町丁目 centre points.
//!
//! Geolonia (2024) and N03 (2021) spell a few names differently (鎌ケ谷市 / 鎌ヶ谷市,
//! 梼原町 / 檮原町): names are compared after folding those variants. A municipality in only
//! one of the two is still kept: without a boundary (tiny islands the simplified N03 drops)
//! or without neighbourhoods (the Northern Territories' villages, 所属未定地).

use super::table::Rejected;
use super::{boundaries, geolonia};
use crate::areas::{Municipality, Neighbourhood};
use crate::dataset::SourceInfo;
use crate::error::Result;
use std::collections::HashMap;
use std::path::Path;

/// What the builder stores.
#[derive(Debug, Clone, Default)]
pub struct Areas {
    /// Municipalities, sorted by prefecture code then name.
    pub municipalities: Vec<Municipality>,
    /// Neighbourhoods, grouped by municipality in its order.
    pub neighbourhoods: Vec<Neighbourhood>,
    /// The two sources, for the dataset's metadata.
    pub sources: Vec<SourceInfo>,
    /// Geolonia's municipalities and towns as read, for the address geocoder.
    pub gazetteer: Vec<geolonia::Municipality>,
}

/// Folds the spelling variants the two sources disagree on.
pub fn fold_name(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            'ヶ' | 'ケ' | 'ｹ' => 'ケ',
            '檮' => '梼',
            _ => c,
        })
        .collect()
}

/// Reads both sources under `dir`; Geolonia rows without a position go to `rejected`.
pub fn read(dir: &Path, rejected: &mut Vec<Rejected>) -> Result<Areas> {
    let bounds = boundaries::read(dir)?;
    let mut skipped = Vec::new();
    let towns = geolonia::read(dir, &mut skipped)?;
    let gazetteer = towns.clone();
    rejected.extend(skipped.into_iter().map(|(file, reason)| Rejected { file, line: 0, reason }));

    let mut by_name: HashMap<(u8, String), usize> = HashMap::new();
    let mut municipalities: Vec<Municipality> = Vec::new();
    let mut town_lists: Vec<Vec<geolonia::Town>> = Vec::new();
    for m in towns {
        by_name.insert((m.pref_code, fold_name(&m.name_ja)), municipalities.len());
        municipalities.push(Municipality { code: None, pref_code: m.pref_code, name_ja: m.name_ja, area: None });
        town_lists.push(m.towns);
    }
    let boundary_records = bounds.len() as u64;
    for b in bounds {
        match by_name.get(&(b.pref_code, fold_name(&b.name_ja))) {
            Some(&i) if municipalities[i].area.is_none() => {
                municipalities[i].code = b.code;
                municipalities[i].area = Some(b.area);
            }
            _ => {
                municipalities.push(Municipality {
                    code: b.code,
                    pref_code: b.pref_code,
                    name_ja: b.name_ja,
                    area: Some(b.area),
                });
                town_lists.push(Vec::new());
            }
        }
    }
    // Stable order: prefecture, then name; neighbourhoods follow their municipality.
    let mut order: Vec<usize> = (0..municipalities.len()).collect();
    order.sort_by(|&a, &b| {
        let (ma, mb) = (&municipalities[a], &municipalities[b]);
        ma.pref_code.cmp(&mb.pref_code).then_with(|| ma.name_ja.cmp(&mb.name_ja))
    });
    let mut out = Areas { gazetteer, ..Areas::default() };
    let mut town_records = 0u64;
    for (new_index, &old) in order.iter().enumerate() {
        out.municipalities.push(municipalities[old].clone());
        for t in &town_lists[old] {
            town_records += 1;
            out.neighbourhoods.push(Neighbourhood {
                municipality: new_index as u32,
                name_ja: t.name(),
                lat: t.position.lat,
                lon: t.position.lon,
            });
        }
    }
    out.sources = vec![
        SourceInfo {
            name: "mlit-n03-2021".into(),
            title: "国土数値情報 行政区域データ N03 (2021), simplified (SmartNews SMRI)".into(),
            date: boundaries::DATE.into(),
            licence: boundaries::LICENCE.into(),
            credit: boundaries::CREDIT.into(),
            records: boundary_records,
            files: vec![boundaries::FILE.into()],
        },
        SourceInfo {
            name: "geolonia-addresses-2024".into(),
            title: "Geolonia 住所データ (町丁目 centre points)".into(),
            date: geolonia::DATE.into(),
            licence: geolonia::LICENCE.into(),
            credit: geolonia::CREDIT.into(),
            records: town_records,
            files: vec![geolonia::INDEX_FILE.into()],
        },
    ];
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_the_variants_the_sources_disagree_on() {
        assert_eq!(fold_name("鎌ヶ谷市"), fold_name("鎌ケ谷市"));
        assert_eq!(fold_name("高岡郡檮原町"), fold_name("高岡郡梼原町"));
        assert_ne!(fold_name("新宿区"), fold_name("渋谷区"));
    }
}
