//! Validated positions, distance and bearing.

use crate::error::{Error, Result};
use geo::{Bearing, Distance, Haversine, Point};
use serde::{Deserialize, Serialize};

/// A position in degrees (WGS 84). Always finite and within range.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LatLon {
    /// Latitude in degrees, -90..=90.
    pub lat: f64,
    /// Longitude in degrees, -180..=180.
    pub lon: f64,
}

/// A generous box around Japan's territory, from Okinotorishima and Yonaguni to
/// Etorofu and Minamitorishima. A source position outside it is treated as unknown.
pub const JAPAN_LAT: (f64, f64) = (20.0, 46.0);
/// Longitude bounds of [`JAPAN_LAT`]'s box.
pub const JAPAN_LON: (f64, f64) = (122.0, 154.5);

impl LatLon {
    /// Checks that the values are finite and within the ranges of the globe.
    pub fn new(lat: f64, lon: f64) -> Result<Self> {
        if !lat.is_finite() || !lon.is_finite() {
            return Err(Error::InvalidCoordinates(format!("{lat},{lon} is not a number")));
        }
        if !(-90.0..=90.0).contains(&lat) {
            return Err(Error::InvalidCoordinates(format!("latitude {lat} is outside -90..90")));
        }
        if !(-180.0..=180.0).contains(&lon) {
            return Err(Error::InvalidCoordinates(format!("longitude {lon} is outside -180..180")));
        }
        Ok(LatLon { lat, lon })
    }

    /// A position only if it lies in Japan's box; 0,0 and other placeholders give `None`.
    pub fn in_japan(lat: f64, lon: f64) -> Option<Self> {
        let p = LatLon::new(lat, lon).ok()?;
        p.is_in_japan().then_some(p)
    }

    /// Whether the position lies inside [`JAPAN_LAT`] x [`JAPAN_LON`].
    pub fn is_in_japan(&self) -> bool {
        (JAPAN_LAT.0..=JAPAN_LAT.1).contains(&self.lat) && (JAPAN_LON.0..=JAPAN_LON.1).contains(&self.lon)
    }

    /// Parses "LAT,LON" as typed on a command line.
    pub fn parse(text: &str) -> Result<Self> {
        let (a, b) =
            text.split_once(',').ok_or_else(|| Error::InvalidCoordinates(format!("'{text}' is not LAT,LON")))?;
        let lat: f64 = a
            .trim()
            .parse()
            .map_err(|_| Error::InvalidCoordinates(format!("latitude '{}' is not a number", a.trim())))?;
        let lon: f64 = b
            .trim()
            .parse()
            .map_err(|_| Error::InvalidCoordinates(format!("longitude '{}' is not a number", b.trim())))?;
        LatLon::new(lat, lon)
    }

    fn point(&self) -> Point<f64> {
        Point::new(self.lon, self.lat)
    }

    /// Great-circle distance in metres.
    pub fn distance_m(&self, other: &LatLon) -> f64 {
        Haversine.distance(self.point(), other.point())
    }

    /// Initial bearing from `self` to `other`, degrees clockwise from north, 0..360.
    pub fn bearing_deg(&self, other: &LatLon) -> f64 {
        Haversine.bearing(self.point(), other.point()).rem_euclid(360.0)
    }

    /// The point on the unit sphere, so that straight-line order is great-circle order.
    pub fn unit_vector(&self) -> [f64; 3] {
        let (lat, lon) = (self.lat.to_radians(), self.lon.to_radians());
        [lat.cos() * lon.cos(), lat.cos() * lon.sin(), lat.sin()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_impossible_coordinates() {
        assert!(LatLon::new(91.0, 0.0).is_err());
        assert!(LatLon::new(f64::NAN, 139.0).is_err());
        assert!(LatLon::new(35.0, 181.0).is_err());
        assert!(LatLon::parse("35.6,abc").is_err());
        assert!(LatLon::parse("35.6").is_err());
    }

    #[test]
    fn zero_zero_is_not_in_japan() {
        assert!(LatLon::in_japan(0.0, 0.0).is_none());
        assert!(LatLon::in_japan(35.69, 139.70).is_some());
    }

    #[test]
    fn tokyo_to_osaka_is_about_400_km_west_south_west() {
        let tokyo = LatLon::new(35.6812, 139.7671).unwrap();
        let osaka = LatLon::new(34.7025, 135.4959).unwrap();
        let d = tokyo.distance_m(&osaka);
        assert!((395_000.0..410_000.0).contains(&d), "{d}");
        let b = tokyo.bearing_deg(&osaka);
        assert!((250.0..260.0).contains(&b), "{b}");
    }
}
