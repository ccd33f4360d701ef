//! Stations for "I am near ...": MLIT N02 (every station in Japan, Japanese names), merged
//! by transfer group, with English, Chinese, Korean and French names from the Tokyo set
//! where a station of the same name lies close by.

use super::table::Rejected;
use crate::error::{Error, Result};
use crate::geo::LatLon;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

/// One station (a transfer group of N02 features).
#[derive(Debug, Clone, PartialEq)]
pub struct Station {
    /// The N02 group code (`N02_005g`).
    pub id: String,
    /// Japanese name.
    pub name_ja: String,
    /// Names in other languages: `en`, `ko`, `zh-Hans`, `zh-Hant`, `fr`.
    pub names: BTreeMap<String, String>,
    /// Mean of the group's platform midpoints.
    pub position: LatLon,
    /// `operator line` pairs, e.g. `東日本旅客鉄道 山手線`.
    pub lines: Vec<String>,
}

#[derive(Deserialize)]
struct FeatureCollection {
    features: Vec<Feature>,
}

#[derive(Deserialize)]
struct Feature {
    properties: HashMap<String, serde_json::Value>,
    geometry: Option<Geometry>,
}

#[derive(Deserialize)]
struct Geometry {
    coordinates: serde_json::Value,
}

fn prop(f: &Feature, key: &str) -> Option<String> {
    match f.properties.get(key)? {
        serde_json::Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Points of a LineString or MultiLineString as (lon, lat).
fn points(v: &serde_json::Value) -> Vec<(f64, f64)> {
    match v {
        serde_json::Value::Array(items) => {
            if let [serde_json::Value::Number(a), serde_json::Value::Number(b), ..] = items.as_slice() {
                return vec![(a.as_f64().unwrap_or(f64::NAN), b.as_f64().unwrap_or(f64::NAN))];
            }
            items.iter().flat_map(points).collect()
        }
        _ => Vec::new(),
    }
}

/// Reads N02 stations, merged by transfer group. Features without a name, group or
/// usable geometry are rejected with their index (GeoJSON has no lines to cite).
pub fn read_n02(path: &Path, rejected: &mut Vec<Rejected>) -> Result<(Vec<Station>, u64)> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let fc: FeatureCollection = serde_json::from_str(&text)
        .map_err(|e| Error::BadSource { path: path.to_path_buf(), message: format!("not N02 GeoJSON: {e}") })?;
    let file = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
    struct Group {
        name: String,
        sum: (f64, f64),
        n: f64,
        lines: BTreeSet<String>,
    }
    let mut groups: BTreeMap<String, Group> = BTreeMap::new();
    let features = fc.features.len() as u64;
    for (i, f) in fc.features.iter().enumerate() {
        let reject = |reason: &str| Rejected {
            file: file.clone(),
            line: i as u64 + 1,
            reason: format!("feature {}: {reason}", i + 1),
        };
        let (Some(name), Some(group)) = (prop(f, "N02_005"), prop(f, "N02_005g").or_else(|| prop(f, "N02_005c")))
        else {
            rejected.push(reject("no station name or group code"));
            continue;
        };
        let pts = f.geometry.as_ref().map(|g| points(&g.coordinates)).unwrap_or_default();
        let valid: Vec<(f64, f64)> =
            pts.into_iter().filter(|(lon, lat)| LatLon::in_japan(*lat, *lon).is_some()).collect();
        if valid.is_empty() {
            rejected.push(reject("no coordinates in Japan"));
            continue;
        }
        // The midpoint of the platform line stands for the feature.
        let mid = ((valid[0].0 + valid[valid.len() - 1].0) / 2.0, (valid[0].1 + valid[valid.len() - 1].1) / 2.0);
        let g = groups.entry(group).or_insert_with(|| Group {
            name: name.clone(),
            sum: (0.0, 0.0),
            n: 0.0,
            lines: BTreeSet::new(),
        });
        g.sum.0 += mid.0;
        g.sum.1 += mid.1;
        g.n += 1.0;
        let line = [prop(f, "N02_004"), prop(f, "N02_003")].into_iter().flatten().collect::<Vec<_>>().join(" ");
        g.lines.insert(line);
    }
    let stations = groups
        .into_iter()
        .filter_map(|(id, g)| {
            let position = LatLon::in_japan(g.sum.1 / g.n, g.sum.0 / g.n)?;
            Some(Station {
                id,
                name_ja: g.name,
                names: BTreeMap::new(),
                position,
                lines: g.lines.into_iter().collect(),
            })
        })
        .collect();
    Ok((stations, features))
}

#[derive(Deserialize)]
struct TokyoStation {
    coord: Option<[f64; 2]>,
    title: Option<BTreeMap<String, String>>,
}

/// A Tokyo-set station is the same as an N02 group when the names agree and they lie this close.
const TOKYO_MATCH_MAX_M: f64 = 1_000.0;

/// Adds Tokyo-set names (en, ko, zh-Hans, zh-Hant, fr) to stations of the same Japanese
/// name nearby. Returns the number of Tokyo records read and of stations enriched.
pub fn add_tokyo_names(path: &Path, stations: &mut [Station]) -> Result<(u64, u64)> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let list: Vec<TokyoStation> = serde_json::from_str(&text).map_err(|e| Error::BadSource {
        path: path.to_path_buf(),
        message: format!("not a Mini Tokyo 3D stations.json: {e}"),
    })?;
    let mut by_name: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, s) in stations.iter().enumerate() {
        by_name.entry(s.name_ja.as_str()).or_default().push(i);
    }
    let mut updates: Vec<(usize, BTreeMap<String, String>)> = Vec::new();
    for t in &list {
        let (Some([lon, lat]), Some(title)) = (t.coord, &t.title) else { continue };
        let (Some(ja), Ok(at)) = (title.get("ja"), LatLon::new(lat, lon)) else { continue };
        let Some(cands) = by_name.get(ja.as_str()) else { continue };
        let best = cands
            .iter()
            .map(|&i| (i, stations[i].position.distance_m(&at)))
            .filter(|(_, d)| *d <= TOKYO_MATCH_MAX_M)
            .min_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((i, _)) = best {
            let names = title
                .iter()
                .filter(|(k, v)| *k != "ja" && !v.is_empty())
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            updates.push((i, names));
        }
    }
    let mut enriched = BTreeSet::new();
    for (i, names) in updates {
        for (k, v) in names {
            stations[i].names.entry(k).or_insert(v);
        }
        enriched.insert(i);
    }
    Ok((list.len() as u64, enriched.len() as u64))
}
