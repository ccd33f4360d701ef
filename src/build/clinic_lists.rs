//! The clinic, dental-clinic and pharmacy lists without positions or hours: the re-formatted
//! MHLW 2025-06 release (one JSON file per prefecture and kind) and, for 東京都's clinics
//! that the re-format lacks, the 地方厚生局 list of insured institutions (a zipped CSV).
//!
//! Both are optional sources: a build without them holds the hospitals only. Their `tel`
//! field repeats the facility ID and is never read.

use super::table::Rejected;
use crate::error::{Error, Result};
use crate::facility::FacilityKind;
use crate::prefectures;
use serde::Deserialize;
use std::io::Read;
use std::path::Path;

/// The re-formatted MHLW lists, relative to the sources folder.
pub const REFORMAT_DIR: &str = "mhlw-clinics-dental-pharmacies-2025-06";
/// Its date.
pub const REFORMAT_DATE: &str = "2025-06-01";
/// The 厚生局 list, relative to the sources folder.
pub const KOUSEIKYOKU_FILE: &str = "kouseikyoku-medical-institutions-2025-08/202508_all_med_inst_cd.zip";
/// Its date.
pub const KOUSEIKYOKU_DATE: &str = "2025-08";
/// Credit line of the 厚生局 list.
pub const KOUSEIKYOKU_CREDIT: &str = "出典：各地方厚生局「コード内容別医療機関一覧表」（2025年8月）を加工して作成";
/// Licence of the 厚生局 list.
pub const KOUSEIKYOKU_LICENCE: &str =
    "Government of Japan public lists (compiled by tomoueh/collect_med_inst_cd_py, MIT)";

/// One facility of a list, before geocoding.
#[derive(Debug, Clone, PartialEq)]
pub struct Listed {
    /// MHLW ID, or `K` + the 9-digit 厚生局 institution code.
    pub id: String,
    /// Clinic, dental clinic or pharmacy.
    pub kind: FacilityKind,
    /// Name.
    pub name_ja: String,
    /// Address with the prefecture's name.
    pub address_ja: String,
    /// Prefecture code.
    pub pref_code: u8,
    /// Website.
    pub website: Option<String>,
    /// MHLW department names as listed.
    pub departments: Vec<String>,
}

#[derive(Deserialize)]
struct Raw {
    id: String,
    name: String,
    #[serde(default)]
    url: Option<String>,
    address: String,
    pref: String,
    #[serde(default)]
    departments: Vec<String>,
}

/// Reads the re-formatted lists under `dir/REFORMAT_DIR` (`clinic/`, `dental/`,
/// `pharmacy/`); `None` when the folder is absent.
pub fn read_reformat(dir: &Path, rejected: &mut Vec<Rejected>) -> Result<Option<(Vec<Listed>, Vec<String>)>> {
    let root = dir.join(REFORMAT_DIR);
    if !root.is_dir() {
        return Ok(None);
    }
    let mut out = Vec::new();
    let mut files = Vec::new();
    for (folder, kind) in
        [("clinic", FacilityKind::Clinic), ("dental", FacilityKind::Dental), ("pharmacy", FacilityKind::Pharmacy)]
    {
        let sub = root.join(folder);
        if !sub.is_dir() {
            continue;
        }
        let mut paths: Vec<_> = std::fs::read_dir(&sub)
            .map_err(|e| Error::io(&sub, e))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        paths.sort();
        for path in paths {
            let file = format!("{folder}/{}", path.file_name().unwrap_or_default().to_string_lossy());
            let text = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
            let raw: Vec<Raw> = serde_json::from_slice(&text).map_err(|e| Error::BadSource {
                path: path.clone(),
                message: format!("not a list of facilities: {e}"),
            })?;
            for (i, r) in raw.into_iter().enumerate() {
                let reject = |reason: String| Rejected { file: file.clone(), line: i as u64 + 1, reason };
                let id = r.id.trim();
                if id.is_empty() || id.len() > 13 || !id.bytes().all(|b| b.is_ascii_alphanumeric()) {
                    rejected.push(reject(format!("ID '{id}' is not 1 to 13 letters or digits")));
                    continue;
                }
                let Some(pref_code) = prefectures::code_of(r.pref.trim()) else {
                    rejected.push(reject(format!("pref '{}' is not a prefecture", r.pref)));
                    continue;
                };
                if r.name.trim().is_empty() || r.address.trim().is_empty() {
                    rejected.push(reject("name or address is empty".into()));
                    continue;
                }
                out.push(Listed {
                    id: id.to_string(),
                    kind,
                    name_ja: r.name.trim().to_string(),
                    address_ja: r.address.trim().to_string(),
                    pref_code,
                    website: r.url.map(|u| u.trim().to_string()).filter(|u| !u.is_empty()),
                    departments: r.departments,
                });
            }
            files.push(format!("{REFORMAT_DIR}/{file}"));
        }
    }
    Ok(Some((out, files)))
}

/// Reads the 厚生局 list's rows of prefecture `pref_code` (hospitals and clinics mixed);
/// `None` when the file is absent. Addresses come back with the prefecture's name.
pub fn read_kouseikyoku(dir: &Path, pref_code: u8, rejected: &mut Vec<Rejected>) -> Result<Option<Vec<Listed>>> {
    let path = dir.join(KOUSEIKYOKU_FILE);
    if !path.is_file() {
        return Ok(None);
    }
    let bad = |message: String| Error::BadSource { path: path.clone(), message };
    let file = std::fs::File::open(&path).map_err(|e| Error::io(&path, e))?;
    let mut archive =
        zip::ZipArchive::new(std::io::BufReader::new(file)).map_err(|e| bad(format!("not a zip: {e}")))?;
    let index = (0..archive.len())
        .find(|&i| archive.name_for_index(i).is_some_and(|n| n.ends_with(".csv")))
        .ok_or_else(|| bad("the zip holds no .csv file".into()))?;
    let mut text = String::new();
    archive
        .by_index(index)
        .map_err(|e| bad(format!("cannot open the zip member: {e}")))?
        .read_to_string(&mut text)
        .map_err(|e| bad(format!("the CSV is not UTF-8 text: {e}")))?;
    let pref_name = prefectures::name_ja(pref_code).unwrap_or_default();
    let prefix = format!("{pref_code:02}");
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut out = Vec::new();
    for (i, rec) in reader.records().enumerate() {
        let line = i as u64 + 1;
        let reject = |reason: String| Rejected { file: "all_med_inst_cd.csv".into(), line, reason };
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                rejected.push(reject(format!("malformed CSV: {e}")));
                continue;
            }
        };
        let code = rec.get(0).unwrap_or("").trim();
        if !code.starts_with(&prefix) {
            continue;
        }
        let (Some(name), Some(address)) = (rec.get(2), rec.get(4)) else {
            rejected.push(reject(format!("{} fields, not 5", rec.len())));
            continue;
        };
        if code.len() != 9 || !code.bytes().all(|b| b.is_ascii_digit()) || name.trim().is_empty() {
            rejected.push(reject(format!("code '{code}' is not 9 digits or the name is empty")));
            continue;
        }
        let address = address.trim();
        out.push(Listed {
            id: format!("K{code}"),
            kind: FacilityKind::Clinic,
            name_ja: name.trim().to_string(),
            address_ja: if address.starts_with(pref_name) {
                address.to_string()
            } else {
                format!("{pref_name}{address}")
            },
            pref_code,
            website: None,
            departments: Vec::new(),
        });
    }
    Ok(Some(out))
}
