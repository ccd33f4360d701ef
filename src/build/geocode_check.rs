//! The geocoder's accuracy against ground truth it does not use: every MHLW hospital
//! geocoded from its address alone, compared with MHLW's own coordinates; and Takamatsu
//! City's own points for its hospitals and clinics (`../shared/reference`).

use super::geocoder::{Geocode, Geocoder};
use super::{geolonia, mhlw, sources};
use crate::error::{Error, Result};
use crate::geo::LatLon;
use serde::Serialize;
use std::path::Path;

/// The Takamatsu reference, relative to the reference folder.
pub const TAKAMATSU_FILE: &str = "takamatsu-city-medical-2026/hospital_data.csv";

/// Accuracy on one ground truth.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Accuracy {
    /// What was compared.
    pub name: String,
    /// Records with a ground-truth position.
    pub records: u64,
    /// Of those, placed by the geocoder (matched to a 町丁目).
    pub placed: u64,
    /// Matched only to the municipality (not placed).
    pub municipality_only: u64,
    /// Not matched.
    pub unmatched: u64,
    /// Share of placed records within 300 m of the truth, 0..1.
    pub within_300m: f64,
    /// Share of placed records within 1 km.
    pub within_1km: f64,
    /// Median error of placed records, metres.
    pub median_error_m: f64,
    /// 90th percentile error, metres.
    pub p90_error_m: f64,
}

fn accuracy(name: &str, pairs: impl Iterator<Item = (Geocode, LatLon)>) -> Accuracy {
    let (mut records, mut muni, mut none) = (0u64, 0u64, 0u64);
    let mut errors: Vec<f64> = Vec::new();
    for (g, truth) in pairs {
        records += 1;
        match g {
            Geocode::Town { position, .. } => errors.push(position.distance_m(&truth)),
            Geocode::MunicipalityOnly { .. } => muni += 1,
            Geocode::Unmatched => none += 1,
        }
    }
    errors.sort_by(f64::total_cmp);
    let n = errors.len().max(1) as f64;
    let share = |m: f64| errors.iter().filter(|e| **e <= m).count() as f64 / n;
    let pct = |p: f64| errors.get(((errors.len() as f64 * p) as usize).min(errors.len().saturating_sub(1))).copied();
    Accuracy {
        name: name.to_string(),
        records,
        placed: errors.len() as u64,
        municipality_only: muni,
        unmatched: none,
        within_300m: share(300.0),
        within_1km: share(1000.0),
        median_error_m: pct(0.5).unwrap_or(0.0),
        p90_error_m: pct(0.9).unwrap_or(0.0),
    }
}

/// The geocoder over the Geolonia data under `sources_dir`.
pub fn geocoder(sources_dir: &Path) -> Result<Geocoder> {
    let mut skipped = Vec::new();
    Ok(Geocoder::new(&geolonia::read(sources_dir, &mut skipped)?))
}

/// Every hospital of the MHLW hospital sheet that has its own coordinates, geocoded by
/// address alone.
pub fn mhlw_hospitals(sources_dir: &Path, g: &Geocoder) -> Result<Accuracy> {
    let pairs = sources::find_mhlw(sources_dir)?;
    let sheet = pairs
        .iter()
        .find(|p| p.facilities.to_string_lossy().contains("hospital_facility_info"))
        .ok_or_else(|| Error::InvalidArgument("no hospital sheet".into()))?;
    let facilities = mhlw::read_facilities(&sheet.facilities, &mut Vec::new())?;
    Ok(accuracy(
        "mhlw-hospitals vs MHLW coordinates",
        facilities
            .iter()
            .filter_map(|f| f.facility.position.map(|p| (g.geocode(f.facility.pref_code, &f.facility.address_ja), p))),
    ))
}

/// Takamatsu City's hospitals and clinics, geocoded by address, vs the city's points.
pub fn takamatsu(reference_dir: &Path, g: &Geocoder) -> Result<Accuracy> {
    let path = reference_dir.join(TAKAMATSU_FILE);
    let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers =
        reader.headers().map_err(|e| Error::BadSource { path: path.clone(), message: e.to_string() })?.clone();
    let col = |n: &str| {
        headers
            .iter()
            .position(|h| h == n)
            .ok_or_else(|| Error::BadSource { path: path.clone(), message: format!("no column {n}") })
    };
    let (lat, lon, addr) = (col("latitude")?, col("longitude")?, col("address")?);
    let mut pairs = Vec::new();
    for rec in reader.records().flatten() {
        let p = rec.get(lat).and_then(|a| a.parse().ok()).zip(rec.get(lon).and_then(|b| b.parse().ok()));
        let Some(truth) = p.and_then(|(a, b)| LatLon::in_japan(a, b)) else { continue };
        pairs.push((g.geocode(37, rec.get(addr).unwrap_or_default()), truth));
    }
    Ok(accuracy("takamatsu-city vs the city's own points", pairs.into_iter()))
}
