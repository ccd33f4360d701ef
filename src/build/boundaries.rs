//! Municipal boundaries: MLIT N03 (2021), simplified by SmartNews SMRI, as TopoJSON.
//!
//! Decoded into one polygon set per municipality for "where am I" (point in polygon). The
//! names are joined with Geolonia's spelling (`札幌市中央区`, `北松浦郡小値賀町`) so the two
//! sources describe one municipality under one name.

use crate::error::{Error, Result};
use crate::prefectures;
use geo::{LineString, MultiPolygon, Polygon};
use serde::Deserialize;
use std::collections::HashMap;
use std::path::Path;

/// The municipalities file, relative to the sources folder.
pub const FILE: &str = "boundaries/N03-21_210101.s0001.topojson.json";
/// Credit line.
pub const CREDIT: &str = "「国土数値情報（行政区域データ）」（国土交通省）を加工して作成";
/// Licence.
pub const LICENCE: &str = "MLIT 国土数値情報 terms (commercial use allowed); simplified by SmartNews SMRI";
/// Date of the boundaries.
pub const DATE: &str = "2021-01-01";
/// Where to get it.
pub const HINT: &str = "copy N03-21_210101.s0001.topojson.json (MLIT N03 2021 simplified by SmartNews SMRI, \
     github.com/smartnews-smri/japan-topography) into boundaries/";

/// One municipality's area.
#[derive(Debug, Clone, PartialEq)]
pub struct Boundary {
    /// The 5-digit JIS municipality code (`13104`); `None` for 所属未定地 (disputed areas).
    pub code: Option<String>,
    /// Prefecture code 1..=47.
    pub pref_code: u8,
    /// Name in Geolonia's spelling: `札幌市中央区`, `北松浦郡小値賀町`, `大島町` (no 支庁).
    pub name_ja: String,
    /// The area, in (lon, lat) degrees.
    pub area: MultiPolygon<f64>,
}

#[derive(Deserialize)]
struct Topology {
    arcs: Vec<Vec<[i64; 2]>>,
    transform: Transform,
    objects: HashMap<String, Collection>,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct Collection {
    geometries: Vec<Geometry>,
}

#[derive(Deserialize)]
#[serde(tag = "type")]
enum Geometry {
    Polygon { arcs: Vec<Vec<i64>>, properties: HashMap<String, Option<String>> },
    MultiPolygon { arcs: Vec<Vec<Vec<i64>>>, properties: HashMap<String, Option<String>> },
}

/// Reads every municipality's area under `sources`.
pub fn read(sources: &Path) -> Result<Vec<Boundary>> {
    let path = sources.join(FILE);
    if !path.is_file() {
        return Err(Error::MissingSource { path, hint: HINT.into() });
    }
    let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
    parse(&text).map_err(|message| Error::BadSource { path, message })
}

/// Decodes the TopoJSON text (exposed for tests on generated input).
pub fn parse(text: &str) -> std::result::Result<Vec<Boundary>, String> {
    let topo: Topology = serde_json::from_str(text).map_err(|e| format!("not a TopoJSON topology: {e}"))?;
    let arcs = decode_arcs(&topo.arcs, &topo.transform);
    let collection = topo.objects.values().next().ok_or("the topology has no object")?;
    let mut out = Vec::with_capacity(collection.geometries.len());
    for (i, g) in collection.geometries.iter().enumerate() {
        let (polygons, props) = match g {
            Geometry::Polygon { arcs: rings, properties } => (vec![polygon(rings, &arcs)?], properties),
            Geometry::MultiPolygon { arcs: polys, properties } => {
                (polys.iter().map(|rings| polygon(rings, &arcs)).collect::<std::result::Result<_, _>>()?, properties)
            }
        };
        let prop = |k: &str| props.get(k).cloned().flatten().unwrap_or_default();
        let pref = prop("N03_001");
        let pref_code =
            prefectures::code_of(&pref).ok_or_else(|| format!("geometry {i}: '{pref}' is not a prefecture"))?;
        let code = Some(prop("N03_007")).filter(|c| !c.is_empty());
        out.push(Boundary {
            code,
            pref_code,
            name_ja: join_name(&prop("N03_003"), &prop("N03_004")),
            area: MultiPolygon(polygons),
        });
    }
    Ok(out)
}

/// `N03_003` (city or district, or a 支庁 for Tokyo's islands) + `N03_004` (ward, town,
/// village) in Geolonia's spelling.
fn join_name(city: &str, ward: &str) -> String {
    let city = if city.ends_with("支庁") { "" } else { city };
    format!("{city}{ward}")
}

fn decode_arcs(raw: &[Vec<[i64; 2]>], t: &Transform) -> Vec<Vec<(f64, f64)>> {
    raw.iter()
        .map(|arc| {
            let (mut x, mut y) = (0i64, 0i64);
            arc.iter()
                .map(|[dx, dy]| {
                    x += dx;
                    y += dy;
                    (x as f64 * t.scale[0] + t.translate[0], y as f64 * t.scale[1] + t.translate[1])
                })
                .collect()
        })
        .collect()
}

fn ring(indices: &[i64], arcs: &[Vec<(f64, f64)>]) -> std::result::Result<LineString<f64>, String> {
    let mut points: Vec<(f64, f64)> = Vec::new();
    for &i in indices {
        // A negative index ~i is arc i walked backwards.
        let (idx, reversed) = if i < 0 { ((!i) as usize, true) } else { (i as usize, false) };
        let arc = arcs.get(idx).ok_or_else(|| format!("arc {idx} does not exist"))?;
        let mut seg: Vec<(f64, f64)> = arc.clone();
        if reversed {
            seg.reverse();
        }
        // Consecutive arcs share their joining point.
        let skip = usize::from(!points.is_empty());
        points.extend(seg.into_iter().skip(skip));
    }
    Ok(LineString::from(points))
}

fn polygon(rings: &[Vec<i64>], arcs: &[Vec<(f64, f64)>]) -> std::result::Result<Polygon<f64>, String> {
    let mut rings = rings.iter().map(|r| ring(r, arcs));
    let exterior = rings.next().ok_or("a polygon without rings")??;
    Ok(Polygon::new(exterior, rings.collect::<std::result::Result<_, _>>()?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::Contains;

    #[test]
    fn decodes_a_square_with_shared_arcs_and_names() {
        // Two arcs forming a unit square (0,0)-(10,10), scale 0.1 -> 1 degree, translated
        // to 135E 35N; the second arc is walked backwards (~1).
        let text = r#"{"type":"Topology","transform":{"scale":[0.1,0.1],"translate":[135,35]},
          "arcs":[[[0,0],[10,0],[0,10]],[[0,0],[0,10],[10,0]]],
          "objects":{"m":{"type":"GeometryCollection","geometries":[
            {"type":"Polygon","arcs":[[0,-2]],"properties":{"N03_001":"東京都","N03_002":null,
              "N03_003":"大島支庁","N03_004":"大島町","N03_007":"13361"}}]}}}"#;
        let b = parse(text).unwrap();
        assert_eq!(b.len(), 1);
        assert_eq!(b[0].name_ja, "大島町");
        assert_eq!(b[0].pref_code, 13);
        assert_eq!(b[0].code.as_deref(), Some("13361"));
        assert!(b[0].area.contains(&geo::Point::new(135.5, 35.5)));
        assert!(!b[0].area.contains(&geo::Point::new(136.5, 35.5)));
    }

    #[test]
    fn garbage_is_a_clear_error() {
        assert!(parse("{}").unwrap_err().contains("TopoJSON"));
    }
}
