//! Japan's administrative areas as the dataset holds them: municipalities with their
//! boundaries (MLIT N03) and the 町丁目 / 大字 neighbourhoods inside them (Geolonia centre
//! points). The raw material for "where am I", place search by area name and the address
//! geocoder.

use geo::MultiPolygon;
use serde::{Deserialize, Serialize};

/// A municipality: city, ward of a designated city, town or village.
#[derive(Debug, Clone, PartialEq)]
pub struct Municipality {
    /// 5-digit JIS code (`13104`), when the boundary source gives one.
    pub code: Option<String>,
    /// Prefecture code 1..=47.
    pub pref_code: u8,
    /// Japanese name in Geolonia's spelling (`札幌市中央区`, `北松浦郡小値賀町`).
    pub name_ja: String,
    /// Its area, (lon, lat) degrees; `None` where the simplified boundaries have none
    /// (a few small islands).
    pub area: Option<MultiPolygon<f64>>,
}

/// A 町丁目 / 大字: a neighbourhood's name and centre point.
#[derive(Debug, Clone, PartialEq)]
pub struct Neighbourhood {
    /// Index into the municipality list (0-based, the dataset's rowid - 1).
    pub municipality: u32,
    /// Japanese name (`西新宿六丁目`, `祇園町南側`).
    pub name_ja: String,
    /// Centre latitude, degrees.
    pub lat: f64,
    /// Centre longitude, degrees.
    pub lon: f64,
}

/// The stored form of an area: polygons -> rings -> (lon, lat) points.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredArea(pub Vec<Vec<Vec<(f64, f64)>>>);

impl From<&MultiPolygon<f64>> for StoredArea {
    fn from(mp: &MultiPolygon<f64>) -> Self {
        StoredArea(
            mp.0.iter()
                .map(|p| {
                    std::iter::once(p.exterior())
                        .chain(p.interiors())
                        .map(|ring| ring.0.iter().map(|c| (c.x, c.y)).collect())
                        .collect()
                })
                .collect(),
        )
    }
}

impl From<StoredArea> for MultiPolygon<f64> {
    fn from(s: StoredArea) -> Self {
        MultiPolygon(
            s.0.into_iter()
                .filter(|rings| !rings.is_empty())
                .map(|mut rings| {
                    let exterior = geo::LineString::from(rings.remove(0));
                    geo::Polygon::new(exterior, rings.into_iter().map(geo::LineString::from).collect())
                })
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_area_round_trips() {
        let square = geo::Polygon::new(
            geo::LineString::from(vec![(135.0, 35.0), (136.0, 35.0), (136.0, 36.0), (135.0, 36.0), (135.0, 35.0)]),
            vec![],
        );
        let mp = MultiPolygon(vec![square]);
        let stored = StoredArea::from(&mp);
        let bytes = postcard::to_allocvec(&stored).unwrap();
        let back: MultiPolygon<f64> = postcard::from_bytes::<StoredArea>(&bytes).unwrap().into();
        assert_eq!(back, mp);
    }
}
