//! The public data sets the builder reads: where each lives under the sources folder,
//! its date, licence and the credit line its licence asks for.

use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// Environment variable that overrides the default sources folder.
pub const SOURCES_ENV: &str = "TASUKETE_SOURCES";

/// The default sources folder, relative to the project root.
pub const DEFAULT_SOURCES: &str = "../shared/data";

/// Credit for the MHLW 医療情報ネット open data.
pub const MHLW_CREDIT: &str = "出典：厚生労働省「医療情報ネット」オープンデータ（2025年6月1日時点）を加工して作成";
/// Licence of the MHLW data.
pub const MHLW_LICENCE: &str = "公共データ利用規約 第1.0版 (PDL1.0, compatible with CC BY 4.0)";
/// Where to get the MHLW files.
pub const MHLW_HINT: &str = "download the hospital facility sheet (01-1_hospital_facility_info_YYYYMMDD.csv) and the \
     speciality hours zip (01-2_hospital_speciality_hours_YYYYMMDD.zip) from MHLW 医療情報ネット (ナビイ) open data \
     into mhlw-hospitals-2025-06/";

/// The G-MIS daily survey file.
pub const GMIS_FILE: &str = "gmis-hospitals-2021/covid-19_daily_survey_20210920.csv";
/// Credit for G-MIS.
pub const GMIS_CREDIT: &str = "内閣官房・厚生労働省 G-MIS オープンデータ（2021年9月20日）を加工して作成";
/// Licence of G-MIS.
pub const GMIS_LICENCE: &str = "Government of Japan open data (compatible with CC BY 4.0)";
/// Where to get G-MIS.
pub const GMIS_HINT: &str = "download the G-MIS 医療機関の稼働状況 daily survey CSV of 2021-09-20 from the Cabinet \
     Secretariat / MHLW open data page";
/// The date G-MIS data describes; stored beside every field taken from it.
pub const GMIS_DATE: &str = "2021-09-20";

/// MLIT N02 stations.
pub const N02_FILE: &str = "stations-n02-2023/N02-23_Station.geojson";
/// Credit for N02.
pub const N02_CREDIT: &str = "「国土数値情報（鉄道データ）」（国土交通省）を加工して作成";
/// Licence of N02.
pub const N02_LICENCE: &str = "MLIT 国土数値情報 terms (commercial use allowed)";
/// Where to get N02.
pub const N02_HINT: &str =
    "download 国土数値情報 鉄道 N02-23 (GeoJSON, UTF-8) from MLIT and keep N02-23_Station.geojson";

/// Mini Tokyo 3D stations.
pub const TOKYO_FILE: &str = "stations-tokyo/stations.json";
/// Credit for the Tokyo station names.
pub const TOKYO_CREDIT: &str =
    "Mini Tokyo 3D railway data, MIT License (c) Akihiko Kusanagi; derived from ODPT (Open Data Challenge for Public Transportation in Tokyo) public transport open data";
/// Licence of the Tokyo set.
pub const TOKYO_LICENCE: &str = "MIT";
/// Where to get the Tokyo set.
pub const TOKYO_HINT: &str = "copy data/stations.json from the Mini Tokyo 3D repository (nagix/mini-tokyo-3d)";

/// Resolves the sources folder: the flag, else `TASUKETE_SOURCES`, else the default.
pub fn sources_dir(flag: Option<&Path>) -> PathBuf {
    if let Some(p) = flag {
        return p.to_path_buf();
    }
    match std::env::var_os(SOURCES_ENV) {
        Some(v) if !v.is_empty() => PathBuf::from(v),
        _ => PathBuf::from(DEFAULT_SOURCES),
    }
}

/// A source file that must exist, with a hint for getting it.
pub fn require(dir: &Path, relative: &str, hint: &str) -> Result<PathBuf> {
    let path = dir.join(relative);
    if path.is_file() {
        Ok(path)
    } else {
        Err(Error::MissingSource { path, hint: hint.to_string() })
    }
}

/// One MHLW sheet pair found under the sources folder: facility sheet and its hours zip.
#[derive(Debug, Clone)]
pub struct MhlwPair {
    /// `NN-1_<kind>_facility_info_YYYYMMDD.csv`.
    pub facilities: PathBuf,
    /// `NN-2_<kind>_speciality_hours_YYYYMMDD.zip`, when published for that kind.
    pub hours: Option<PathBuf>,
    /// The date in the file name, as YYYY-MM-DD.
    pub date: String,
}

/// Finds every MHLW facility sheet (hospital, clinic, dental, pharmacy) in the folders
/// directly under `dir`, sorted by path. The hospital sheet is required.
pub fn find_mhlw(dir: &Path) -> Result<Vec<MhlwPair>> {
    if !dir.is_dir() {
        return Err(Error::MissingSource {
            path: dir.to_path_buf(),
            hint: "the sources folder does not exist; pass --sources DIR or set TASUKETE_SOURCES".into(),
        });
    }
    let mut found = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    for entry in std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))? {
        let path = entry.map_err(|e| Error::io(dir, e))?.path();
        if path.is_dir() {
            folders.push(path);
        }
    }
    for folder in folders {
        let entries = std::fs::read_dir(&folder).map_err(|e| Error::io(&folder, e))?;
        for entry in entries {
            let path = entry.map_err(|e| Error::io(&folder, e))?.path();
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let Some(pos) = name.find("_facility_info_") else { continue };
            if !name.ends_with(".csv") {
                continue;
            }
            let stem = &name[..pos]; // e.g. 01-1_hospital
            let date_raw = name[pos + "_facility_info_".len()..].trim_end_matches(".csv");
            let date = if date_raw.len() == 8 && date_raw.bytes().all(|b| b.is_ascii_digit()) {
                format!("{}-{}-{}", &date_raw[..4], &date_raw[4..6], &date_raw[6..])
            } else {
                date_raw.to_string()
            };
            let hours_name = format!("{}_speciality_hours_{}.zip", stem.replacen("-1_", "-2_", 1), date_raw);
            let hours = folder.join(hours_name);
            found.push(MhlwPair { facilities: path.clone(), hours: hours.is_file().then_some(hours), date });
        }
    }
    found.sort_by(|a, b| a.facilities.cmp(&b.facilities));
    if !found.iter().any(|p| p.facilities.to_string_lossy().contains("hospital_facility_info")) {
        return Err(Error::MissingSource {
            path: dir.join("mhlw-hospitals-2025-06/01-1_hospital_facility_info_20250601.csv"),
            hint: MHLW_HINT.into(),
        });
    }
    for p in &found {
        if p.hours.is_none() && p.facilities.to_string_lossy().contains("hospital_facility_info") {
            let name = p.facilities.file_name().unwrap_or_default().to_string_lossy().replace("-1_", "-2_");
            return Err(Error::MissingSource {
                path: p
                    .facilities
                    .with_file_name(name.replace("facility_info", "speciality_hours").replace(".csv", ".zip")),
                hint: MHLW_HINT.into(),
            });
        }
    }
    Ok(found)
}
