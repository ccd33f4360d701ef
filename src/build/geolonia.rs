//! Geolonia 住所データ: the centre point of every 町丁目 / 大字 in Japan, one JSON file per
//! municipality (`api/ja/<prefecture>/<municipality>.json`), listed in `api/ja.json`.
//!
//! Used by the builder for the neighbourhoods of "where am I", for place search by
//! neighbourhood name, and as the gazetteer of the address geocoder.

use crate::error::{Error, Result};
use crate::geo::LatLon;
use crate::prefectures;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The folder under the sources folder.
pub const DIR: &str = "addresses-geolonia-2024";
/// The index file, relative to the sources folder.
pub const INDEX_FILE: &str = "addresses-geolonia-2024/api/ja.json";
/// Credit line (CC BY 4.0).
pub const CREDIT: &str = "「Geolonia 住所データ」(CC BY 4.0), based on MLIT 位置参照情報 and other public sources";
/// Licence.
pub const LICENCE: &str = "CC BY 4.0";
/// The data's date (repository commit c3999f7).
pub const DATE: &str = "2024-01-15";
/// Where to get it.
pub const HINT: &str = "copy the api/ folder of github.com/geolonia/japanese-addresses (commit c3999f7) into \
     addresses-geolonia-2024/";

/// One municipality as Geolonia names it (`札幌市中央区`, `北松浦郡小値賀町`).
#[derive(Debug, Clone, PartialEq)]
pub struct Municipality {
    /// Prefecture code 1..=47.
    pub pref_code: u8,
    /// The name as in `api/ja.json`: city and ward, or district and town.
    pub name_ja: String,
    /// Its 町丁目 / 大字, in file order.
    pub towns: Vec<Town>,
}

/// One 町丁目 / 大字 centre point.
#[derive(Debug, Clone, PartialEq)]
pub struct Town {
    /// 町丁目 name, e.g. `西新宿六丁目`, `祇園町南側`.
    pub town: String,
    /// 小字 when the row names one (rare), else empty.
    pub koaza: String,
    /// Centre point.
    pub position: LatLon,
}

impl Town {
    /// The name to show: the town, with its 小字 when it has one.
    pub fn name(&self) -> String {
        if self.koaza.is_empty() {
            self.town.clone()
        } else {
            format!("{}{}", self.town, self.koaza)
        }
    }
}

#[derive(Deserialize)]
struct RawTown {
    town: String,
    #[serde(default)]
    koaza: String,
    lat: Option<f64>,
    lng: Option<f64>,
}

/// Reads every municipality and its towns under `sources`. Rows without a usable position
/// are counted in `skipped` (file and reason) and left out, never placed at 0,0.
pub fn read(sources: &Path, skipped: &mut Vec<(String, String)>) -> Result<Vec<Municipality>> {
    let index_path = sources.join(INDEX_FILE);
    if !index_path.is_file() {
        return Err(Error::MissingSource { path: index_path, hint: HINT.into() });
    }
    let text = std::fs::read_to_string(&index_path).map_err(|e| Error::io(&index_path, e))?;
    // BTreeMap keeps the order stable; prefectures are then sorted by code.
    let index: BTreeMap<String, Vec<String>> = serde_json::from_str(&text)
        .map_err(|e| Error::BadSource { path: index_path.clone(), message: format!("not the Geolonia index: {e}") })?;
    let mut out = Vec::new();
    for (pref, municipalities) in &index {
        let pref_code = prefectures::code_of(pref).ok_or_else(|| Error::BadSource {
            path: index_path.clone(),
            message: format!("'{pref}' is not a prefecture"),
        })?;
        for name in municipalities {
            let path: PathBuf = index_path.with_file_name("ja").join(pref).join(format!("{name}.json"));
            let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
            let raw: Vec<RawTown> = serde_json::from_str(&text).map_err(|e| Error::BadSource {
                path: path.clone(),
                message: format!("not a Geolonia town list: {e}"),
            })?;
            let mut towns = Vec::with_capacity(raw.len());
            for t in raw {
                let position = t.lat.zip(t.lng).and_then(|(lat, lon)| LatLon::in_japan(lat, lon));
                match position {
                    Some(position) if !t.town.trim().is_empty() => {
                        towns.push(Town { town: t.town.trim().into(), koaza: t.koaza.trim().into(), position })
                    }
                    _ => skipped.push((
                        format!("{pref}/{name}.json"),
                        format!("town '{}' at {:?},{:?} has no name or no position in Japan", t.town, t.lat, t.lng),
                    )),
                }
            }
            out.push(Municipality { pref_code, name_ja: name.clone(), towns });
        }
    }
    out.sort_by(|a, b| a.pref_code.cmp(&b.pref_code).then_with(|| a.name_ja.cmp(&b.name_ja)));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, rel: &str, text: &str) {
        let p = dir.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    #[test]
    fn reads_towns_and_skips_unplaced_rows() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), INDEX_FILE, r#"{"京都府":["京都市東山区"]}"#);
        write(
            dir.path(),
            "addresses-geolonia-2024/api/ja/京都府/京都市東山区.json",
            r#"[{"town":"祇園町南側","koaza":"","lat":35.0026,"lng":135.7755},
                {"town":"どこか","koaza":"","lat":0,"lng":0},
                {"town":"どこでも","koaza":"","lat":null,"lng":null}]"#,
        );
        let mut skipped = Vec::new();
        let m = read(dir.path(), &mut skipped).unwrap();
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].pref_code, 26);
        assert_eq!(m[0].towns.len(), 1);
        assert_eq!(m[0].towns[0].name(), "祇園町南側");
        assert_eq!(skipped.len(), 2, "{skipped:?}");
    }

    #[test]
    fn missing_index_names_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let e = read(dir.path(), &mut Vec::new()).unwrap_err();
        assert!(e.to_string().contains("ja.json"), "{e}");
    }
}
