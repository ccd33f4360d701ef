//! "Where am I", offline, from a position: prefecture and municipality (point in polygon
//! over the dataset's municipality boundaries), the nearest 町丁目 centre, the nearest
//! station with its distance and direction, and the address a dispatcher or a taxi driver
//! can use ("東京都新宿区西新宿六丁目付近、西新宿駅の北約200メートル").
//!
//! The boundaries are simplified (MLIT N03, 1:10,000 simplification), so a point on a
//! beach or a pier can fall a little outside its municipality: within
//! [`COAST_TOLERANCE_M`] the nearest municipality is taken, and the answer says so.
//! Farther out at sea the answer is an error, never a guess.

use crate::areas::{Municipality, Neighbourhood};
use crate::error::{Error, Result};
use crate::geo::LatLon;
use crate::prefectures::PREFECTURES;
use geo::{BoundingRect, Closest, ClosestPoint, Intersects, Point, Rect};
use serde::Serialize;

/// How far outside the simplified boundary a position may be and still belong to the
/// nearest municipality (beaches, piers, harbours, the simplification's error).
pub const COAST_TOLERANCE_M: f64 = 2_000.0;

/// A prefecture by JIS code with its names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PrefectureName {
    /// JIS code 1..=47.
    pub code: u8,
    /// Japanese name (東京都).
    pub ja: String,
    /// English name (Tokyo).
    pub en: String,
}

/// A municipality's names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MunicipalityName {
    /// Japanese name as the address writes it (新宿区, 札幌市中央区, 虻田郡ニセコ町).
    pub ja: String,
    /// Its name in Hepburn romaji from its reading (`Shinjuku-ku`; issue 9), when known.
    pub en: Option<String>,
    /// Its reading in hiragana, when known.
    pub reading: Option<String>,
}

/// The nearest 町丁目 / 大字 centre.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NearestNeighbourhood {
    /// Its name (西新宿六丁目).
    pub ja: String,
    /// Its reading in hiragana (にししんじゅくろくちょうめ), when known.
    pub reading: Option<String>,
    /// Its reading in romaji (Nishi Shinjuku 6-chōme), when known.
    pub romaji: Option<String>,
    /// From the position to its centre point, metres.
    pub distance_m: f64,
}

/// The nearest station.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NearestStation {
    /// Japanese name without 駅 (西新宿).
    pub name_ja: String,
    /// English name, if known.
    pub name_en: Option<String>,
    /// Its reading in romaji, when known.
    pub romaji: Option<String>,
    /// Between the station and the position, metres.
    pub distance_m: f64,
    /// Direction of the position seen from the station, degrees clockwise from north
    /// ("200 m north of the station" has 0).
    pub bearing_deg: f64,
    /// The same direction in Japanese (北, 北東, 東 ...).
    pub direction_ja: String,
}

/// Where a position is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WhereAmI {
    /// The prefecture.
    pub prefecture: PrefectureName,
    /// The municipality.
    pub municipality: MunicipalityName,
    /// The nearest 町丁目 centre in that municipality, or null when it has none.
    pub neighbourhood: Option<NearestNeighbourhood>,
    /// Prefecture + municipality + 町丁目 (an approximate address: the nearest centre).
    pub address_ja: String,
    /// The nearest station, or null.
    pub station: Option<NearestStation>,
    /// The sentence for a dispatcher: "…付近、…駅の北約200メートル".
    pub spoken_ja: String,
    /// The same in romaji, where every name has a reading (issue 9), for a visitor to say
    /// aloud: "Kyōto-fu Kyōto-shi Higashiyama-ku Tominagachō fukin, Gionshijō eki no higashi
    /// yaku 300 mētoru".
    pub spoken_romaji: Option<String>,
    /// Metres outside the municipality's (simplified) boundary: 0 inside.
    pub outside_boundary_m: f64,
    /// Latitude, degrees.
    pub lat: f64,
    /// Longitude, degrees.
    pub lon: f64,
}

/// A station as the index needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct StationPoint {
    /// Japanese name.
    pub name_ja: String,
    /// English name.
    pub name_en: Option<String>,
    /// Position.
    pub at: LatLon,
}

/// Municipalities, their neighbourhoods and the stations, ready for lookups.
pub struct WhereIndex {
    municipalities: Vec<Municipality>,
    boxes: Vec<Option<Rect<f64>>>,
    neighbourhoods: Vec<Neighbourhood>,
    by_municipality: Vec<Vec<u32>>,
    stations: Vec<StationPoint>,
    readings: WhereReadings,
}

/// The readings "where am I" adds to names so that a visitor can say them (issue 9):
/// stored reading words by index, as [`crate::dataset::place_readings`] keeps them.
#[derive(Debug, Clone, Default)]
pub struct WhereReadings {
    /// Municipality readings, index = municipality.
    pub municipalities: Option<std::sync::Arc<crate::dataset::place_readings::PlaceReadings>>,
    /// Neighbourhood readings, index = neighbourhood.
    pub neighbourhoods: Option<std::sync::Arc<crate::dataset::place_readings::PlaceReadings>>,
    /// Station romaji, index = station.
    pub stations: Vec<Option<String>>,
}

impl WhereReadings {
    fn of(
        r: &Option<std::sync::Arc<crate::dataset::place_readings::PlaceReadings>>,
        i: usize,
        name: &str,
    ) -> Option<crate::readings::Reading> {
        let words = r.as_ref()?.words(i)?;
        Some(crate::readings::Reading::of(name, &words))
    }
}

/// The Japanese word for a direction of `deg` degrees (eight points).
pub fn direction_ja(deg: f64) -> &'static str {
    const NAMES: [&str; 8] = ["北", "北東", "東", "南東", "南", "南西", "西", "北西"];
    NAMES[(((deg.rem_euclid(360.0) + 22.5) / 45.0) as usize) % 8]
}

/// A distance as a dispatcher hears it: 約200メートル, 約1.2キロメートル.
pub fn distance_ja(m: f64) -> String {
    if m < 1000.0 {
        let step = if m < 100.0 { 10.0 } else { 50.0 };
        format!("約{}メートル", ((m / step).round() * step).max(step) as u32)
    } else {
        let km = (m / 100.0).round() / 10.0;
        if km.fract() == 0.0 {
            format!("約{}キロメートル", km as u32)
        } else {
            format!("約{km:.1}キロメートル")
        }
    }
}

/// A direction word in romaji (北 kita, 北東 hokutō ...), as [`direction_ja`] says it.
pub fn direction_romaji(ja: &str) -> &'static str {
    match ja {
        "北" => "kita",
        "北東" => "hokutō",
        "東" => "higashi",
        "南東" => "nantō",
        "南" => "minami",
        "南西" => "nansei",
        "西" => "nishi",
        _ => "hokusei",
    }
}

impl WhereIndex {
    /// Builds the index from the dataset's areas and stations.
    pub fn new(
        municipalities: Vec<Municipality>,
        neighbourhoods: Vec<Neighbourhood>,
        stations: Vec<StationPoint>,
    ) -> Self {
        let boxes = municipalities.iter().map(|m| m.area.as_ref().and_then(|a| a.bounding_rect())).collect();
        let mut by_municipality = vec![Vec::new(); municipalities.len()];
        for (i, n) in neighbourhoods.iter().enumerate() {
            if let Some(list) = by_municipality.get_mut(n.municipality as usize) {
                list.push(i as u32);
            }
        }
        WhereIndex { municipalities, boxes, neighbourhoods, by_municipality, stations, readings: Default::default() }
    }

    /// The municipality containing `at`, or the nearest within [`COAST_TOLERANCE_M`], with
    /// the metres outside its boundary.
    fn municipality(&self, at: LatLon) -> Result<(usize, f64)> {
        let p = Point::new(at.lon, at.lat);
        let in_box = |i: usize, margin: f64| {
            self.boxes[i].is_some_and(|b| {
                at.lon >= b.min().x - margin
                    && at.lon <= b.max().x + margin
                    && at.lat >= b.min().y - margin
                    && at.lat <= b.max().y + margin
            })
        };
        for (i, m) in self.municipalities.iter().enumerate() {
            if in_box(i, 0.0) && m.area.as_ref().is_some_and(|a| a.intersects(&p)) {
                return Ok((i, 0.0));
            }
        }
        // Not inside any: the nearest boundary within the tolerance (0.03° is over 2 km
        // of latitude and, in Japan, of longitude).
        let mut best: Option<(usize, f64)> = None;
        for (i, m) in self.municipalities.iter().enumerate() {
            if !in_box(i, 0.03) {
                continue;
            }
            let Some(area) = &m.area else { continue };
            let q = match area.closest_point(&p) {
                Closest::Intersection(q) | Closest::SinglePoint(q) => q,
                Closest::Indeterminate => continue,
            };
            let d = LatLon { lat: q.y(), lon: q.x() }.distance_m(&at);
            if best.is_none_or(|(_, b)| d < b) {
                best = Some((i, d));
            }
        }
        match best {
            Some((i, d)) if d <= COAST_TOLERANCE_M => Ok((i, d)),
            Some((i, d)) => Err(Error::NotInJapan(format!(
                "{:.5},{:.5} is at sea or outside Japan: the nearest land ({}) is {:.1} km away",
                at.lat,
                at.lon,
                self.municipalities[i].name_ja,
                d / 1000.0
            ))),
            None => Err(Error::NotInJapan(format!(
                "{:.5},{:.5} is not on Japan's land or within {:.0} km of its coast",
                at.lat,
                at.lon,
                COAST_TOLERANCE_M / 1000.0
            ))),
        }
    }

    /// [`WhereAmI::spoken_ja`] in romaji, when the municipality, neighbourhood and station
    /// (if said) all have readings.
    fn spoken_romaji(
        &self,
        m: &Municipality,
        pref_en: &str,
        n: Option<&NearestNeighbourhood>,
        s: Option<&NearestStation>,
    ) -> Option<String> {
        let pref_ja = PREFECTURES[usize::from(m.pref_code) - 1].0;
        let suffix = match pref_ja.chars().last() {
            Some('都') => "-to",
            Some('府') => "-fu",
            Some('県') => "-ken",
            _ => "",
        };
        let mi = self.municipalities.iter().position(|x| std::ptr::eq(x, m))?;
        let muni = WhereReadings::of(&self.readings.municipalities, mi, &m.name_ja)?.romaji;
        let mut out = format!("{pref_en}{suffix} {muni}");
        if let Some(n) = n {
            out += &format!(" {}", n.romaji.as_deref()?);
        }
        out += " fukin";
        if let Some(s) = s.filter(|s| s.distance_m <= 5_000.0) {
            let name = s.romaji.as_deref()?;
            if s.distance_m < 50.0 {
                out += &format!(", {name} eki no sugu chikaku");
            } else {
                let d = distance_ja(s.distance_m)
                    .replace('約', "yaku ")
                    .replace("キロメートル", " kiromētoru")
                    .replace("メートル", " mētoru");
                out += &format!(", {name} eki no {} {d}", direction_romaji(&s.direction_ja));
            }
        }
        Some(out)
    }

    /// Adds the readings of names (see [`WhereReadings`]).
    pub fn with_readings(mut self, readings: WhereReadings) -> Self {
        self.readings = readings;
        self
    }

    /// Where `at` is.
    pub fn locate(&self, at: LatLon) -> Result<WhereAmI> {
        let (mi, outside) = self.municipality(at)?;
        let m = &self.municipalities[mi];
        let (pref_ja, pref_en) = PREFECTURES[usize::from(m.pref_code) - 1];
        let neighbourhood = self.by_municipality[mi]
            .iter()
            .map(|&i| {
                let n = &self.neighbourhoods[i as usize];
                (i as usize, n, at.distance_m(&LatLon { lat: n.lat, lon: n.lon }))
            })
            .min_by(|a, b| a.2.total_cmp(&b.2))
            .map(|(i, n, d)| {
                let r = WhereReadings::of(&self.readings.neighbourhoods, i, &n.name_ja);
                NearestNeighbourhood {
                    ja: n.name_ja.clone(),
                    reading: r.as_ref().map(|r| r.reading.clone()),
                    romaji: r.map(|r| r.romaji),
                    distance_m: d,
                }
            });
        let station = self
            .stations
            .iter()
            .enumerate()
            .map(|(i, s)| (i, s, s.at.distance_m(&at)))
            .min_by(|a, b| a.2.total_cmp(&b.2))
            .map(|(i, s, d)| {
                let bearing = s.at.bearing_deg(&at);
                NearestStation {
                    name_ja: s.name_ja.clone(),
                    name_en: s.name_en.clone(),
                    romaji: self.readings.stations.get(i).cloned().flatten(),
                    distance_m: d,
                    bearing_deg: bearing,
                    direction_ja: direction_ja(bearing).to_string(),
                }
            });
        let address_ja =
            format!("{pref_ja}{}{}", m.name_ja, neighbourhood.as_ref().map(|n| n.ja.as_str()).unwrap_or_default());
        let mut spoken_ja = format!("{address_ja}付近");
        if let Some(s) = station.as_ref().filter(|s| s.distance_m <= 5_000.0) {
            let name = if s.name_ja.ends_with('駅') { s.name_ja.clone() } else { format!("{}駅", s.name_ja) };
            if s.distance_m < 50.0 {
                spoken_ja += &format!("、{name}のすぐ近く");
            } else {
                spoken_ja += &format!("、{name}の{}{}", s.direction_ja, distance_ja(s.distance_m));
            }
        }
        let spoken_romaji = self.spoken_romaji(m, pref_en, neighbourhood.as_ref(), station.as_ref());
        Ok(WhereAmI {
            spoken_romaji,
            prefecture: PrefectureName { code: m.pref_code, ja: pref_ja.into(), en: pref_en.into() },
            municipality: {
                let r = WhereReadings::of(&self.readings.municipalities, mi, &m.name_ja);
                MunicipalityName {
                    ja: m.name_ja.clone(),
                    en: r.as_ref().map(|r| r.romaji.clone()),
                    reading: r.map(|r| r.reading),
                }
            },
            neighbourhood,
            address_ja,
            station,
            spoken_ja,
            outside_boundary_m: outside,
            lat: at.lat,
            lon: at.lon,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::{LineString, MultiPolygon, Polygon};

    fn square(lon: f64, lat: f64, size: f64) -> MultiPolygon<f64> {
        MultiPolygon(vec![Polygon::new(
            LineString::from(vec![
                (lon, lat),
                (lon + size, lat),
                (lon + size, lat + size),
                (lon, lat + size),
                (lon, lat),
            ]),
            vec![],
        )])
    }

    fn index() -> WhereIndex {
        let m = |name: &str, lon| Municipality {
            code: None,
            pref_code: 13,
            name_ja: name.into(),
            area: Some(square(lon, 35.0, 0.1)),
        };
        WhereIndex::new(
            vec![m("甲区", 139.0), m("乙区", 139.1)],
            vec![
                Neighbourhood { municipality: 0, name_ja: "一丁目".into(), lat: 35.05, lon: 139.05 },
                Neighbourhood { municipality: 1, name_ja: "二丁目".into(), lat: 35.05, lon: 139.101 },
            ],
            vec![StationPoint {
                name_ja: "駅前".into(),
                name_en: Some("Ekimae".into()),
                at: LatLon { lat: 35.048, lon: 139.05 },
            }],
        )
    }

    #[test]
    fn inside_a_municipality_with_neighbourhood_and_station() {
        let w = index().locate(LatLon { lat: 35.0498, lon: 139.05 }).unwrap();
        assert_eq!(w.municipality.ja, "甲区");
        assert_eq!(w.address_ja, "東京都甲区一丁目");
        assert_eq!(w.neighbourhood.as_ref().unwrap().ja, "一丁目", "the neighbourhood of its own municipality");
        let s = w.station.unwrap();
        assert_eq!(s.direction_ja, "北");
        assert_eq!(w.spoken_ja, "東京都甲区一丁目付近、駅前駅の北約200メートル");
        assert_eq!(w.outside_boundary_m, 0.0);
    }

    #[test]
    fn the_coast_is_tolerated_and_the_sea_is_an_error() {
        let i = index();
        let beach = i.locate(LatLon { lat: 34.995, lon: 139.05 }).unwrap();
        assert_eq!(beach.municipality.ja, "甲区");
        assert!(beach.outside_boundary_m > 400.0 && beach.outside_boundary_m < 700.0);
        let sea = i.locate(LatLon { lat: 34.9, lon: 139.05 }).unwrap_err();
        assert!(matches!(sea, Error::NotInJapan(_)), "{sea}");
        let far = i.locate(LatLon { lat: 30.0, lon: 135.0 }).unwrap_err();
        assert!(far.to_string().contains("not on Japan's land"), "{far}");
    }

    #[test]
    fn directions_and_distances_in_japanese() {
        assert_eq!(direction_ja(0.0), "北");
        assert_eq!(direction_ja(359.0), "北");
        assert_eq!(direction_ja(45.0), "北東");
        assert_eq!(direction_ja(180.0), "南");
        assert_eq!(direction_ja(290.0), "西");
        assert_eq!(distance_ja(212.0), "約200メートル");
        assert_eq!(distance_ja(40.0), "約40メートル");
        assert_eq!(distance_ja(1234.0), "約1.2キロメートル");
        assert_eq!(distance_ja(3010.0), "約3キロメートル");
    }
}
