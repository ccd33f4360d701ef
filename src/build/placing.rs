//! Adding the clinics, dental clinics and pharmacies of the lists without positions, and
//! placing every facility the sources left unplaced with the address geocoder.
//!
//! - A list record whose ID an official MHLW sheet already holds is skipped: the sheet,
//!   with its coordinates and hours, wins.
//! - 東京都's clinics come from the 厚生局 list only when no other source has any clinic
//!   there; its hospitals are skipped (matched to the hospital sheet by name or address,
//!   or named 病院), and departments are read from the name, marked so.
//! - A geocoded facility is placed at its 町丁目's centre with precision "neighbourhood";
//!   an address matched only to its municipality stays unplaced.

use super::clinic_lists::{self, Listed};
use super::departments::DepartmentMap;
use super::geocoder::{Geocode, Geocoder};
use super::mhlw::SheetFacility;
use super::name_departments::NameDepartments;
use super::normalize;
use super::table::Rejected;
use crate::dataset::info::{KindPlacement, ListsReport, Placement, SourceInfo};
use crate::dataset::schema::Enrichment;
use crate::error::Result;
use crate::facility::{DepartmentSet, Facility, FacilityKind, PositionSource, RecordSource};
use crate::hours::Schedule;
use std::collections::{BTreeMap, HashSet};
use std::path::Path;

/// The geocoder's results per kind.
#[derive(Debug, Default)]
pub struct GeocodeTally {
    by_kind: BTreeMap<FacilityKind, [u64; 3]>,
}

impl GeocodeTally {
    /// Geocodes `f` when it has no position, and records the result.
    pub fn place(&mut self, geocoder: &Geocoder, f: &mut Facility) {
        if f.position.is_some() {
            return;
        }
        let slot = self.by_kind.entry(f.kind).or_default();
        match geocoder.geocode(f.pref_code, &f.address_ja) {
            Geocode::Town { position, .. } => {
                slot[0] += 1;
                f.position = Some(position);
                f.position_source = Some(PositionSource::Geolonia2024);
                f.precision = Some(PositionSource::Geolonia2024.precision());
            }
            Geocode::MunicipalityOnly { .. } => slot[1] += 1,
            Geocode::Unmatched => slot[2] += 1,
        }
    }

    /// The placement figures of `facilities` with these geocoding results.
    pub fn placement<'a>(&self, facilities: impl Iterator<Item = &'a Facility>) -> Placement {
        let mut p = Placement::default();
        for f in facilities {
            let k = p.by_kind.entry(f.kind.as_str().to_string()).or_default();
            k.total += 1;
            match f.precision {
                Some(crate::facility::PositionPrecision::Exact) => {
                    k.placed_exact += 1;
                    p.placed_exact += 1;
                }
                Some(crate::facility::PositionPrecision::Neighbourhood) => {
                    k.placed_neighbourhood += 1;
                    p.placed_neighbourhood += 1;
                }
                None => {
                    k.not_placed += 1;
                    p.not_placed += 1;
                }
            }
        }
        for (kind, [town, muni, none]) in &self.by_kind {
            let k: &mut KindPlacement = p.by_kind.entry(kind.as_str().to_string()).or_default();
            k.geocoded = town + muni + none;
            k.matched_town = *town;
            k.matched_municipality_only = *muni;
            k.unmatched = *none;
            k.match_rate = if k.geocoded == 0 { 0.0 } else { *town as f64 / k.geocoded as f64 };
        }
        p
    }
}

/// The facilities, schedules and enrichments the builder writes, appended to together.
pub struct Rows<'a> {
    /// Facility rows.
    pub sheet: &'a mut Vec<SheetFacility>,
    /// Their schedules.
    pub schedules: &'a mut Vec<Schedule>,
    /// Their enrichments.
    pub enrichments: &'a mut Vec<Enrichment>,
}

impl Rows<'_> {
    fn push(&mut self, facility: Facility) {
        self.sheet.push(SheetFacility {
            facility,
            weekly: [None; 7],
            nth_week: [[None; 7]; 5],
            holiday: None,
            other_closed_text: None,
            position_outside_japan: false,
        });
        self.schedules.push(Schedule::default());
        self.enrichments.push(Enrichment::default());
    }
}

fn facility(l: Listed, record_source: RecordSource, departments: DepartmentSet, from_name: bool) -> Facility {
    Facility {
        id: l.id,
        kind: l.kind,
        name_ja: l.name_ja,
        name_kana: None,
        name_en: None,
        address_ja: l.address_ja,
        pref_code: l.pref_code,
        position: None,
        position_source: None,
        precision: None,
        record_source,
        phone: None,
        emergency: None,
        departments,
        departments_from_name: from_name,
        website: l.website,
    }
}

/// Reads the lists under `dir` and appends their facilities (geocoded) to `rows`.
pub fn add_lists(
    dir: &Path,
    rows: &mut Rows<'_>,
    departments: &mut DepartmentMap,
    geocoder: &Geocoder,
    tally: &mut GeocodeTally,
    rejected: &mut Vec<Rejected>,
    progress: &mut dyn FnMut(&str),
) -> Result<(ListsReport, Vec<SourceInfo>)> {
    let mut report = ListsReport::default();
    let mut sources = Vec::new();
    let known: HashSet<String> = rows.sheet.iter().map(|f| f.facility.id.clone()).collect();
    let by_name = NameDepartments::new(departments);
    if let Some((list, files)) = clinic_lists::read_reformat(dir, rejected)? {
        progress(&format!("  {} clinics, dental clinics and pharmacies in the MHLW lists", list.len()));
        report.mhlw_list_records = list.len() as u64;
        for l in list {
            if known.contains(&l.id) {
                report.superseded_by_sheet += 1;
                continue;
            }
            // The lists' department names are free text: the mapping's names, else the
            // mapping's names found inside (一般内科, 小児科（予防接種）), else nothing.
            let mut depts = DepartmentSet::default();
            for n in &l.departments {
                match departments.get(n.trim()) {
                    Some(d) => depts.insert(d),
                    None => {
                        let found = by_name.of(n);
                        if found.is_empty() {
                            report.department_names_unmapped += 1;
                        }
                        depts.0 |= found.0;
                    }
                }
            }
            // A 歯科診療所 practises dentistry by definition, listed or not.
            if l.kind == FacilityKind::Dental {
                depts.insert(crate::facility::Department::Dentistry);
            }
            let mut f = facility(l, RecordSource::MhlwList, depts, false);
            tally.place(geocoder, &mut f);
            rows.push(f);
        }
        sources.push(SourceInfo {
            name: RecordSource::MhlwList.as_str().into(),
            title: "厚生労働省 医療情報ネット オープンデータ 2025-06-01: 診療所・歯科診療所・薬局 (re-formatted, no positions, hours or phones)".into(),
            date: clinic_lists::REFORMAT_DATE.into(),
            licence: super::sources::MHLW_LICENCE.into(),
            credit: super::sources::MHLW_CREDIT.into(),
            records: report.mhlw_list_records,
            files,
        });
    }
    // 東京都's clinics, when no source has any.
    const TOKYO: u8 = 13;
    let tokyo_clinics =
        rows.sheet.iter().any(|f| f.facility.pref_code == TOKYO && f.facility.kind == FacilityKind::Clinic);
    if !tokyo_clinics {
        if let Some(list) = clinic_lists::read_kouseikyoku(dir, TOKYO, rejected)? {
            report.kouseikyoku_records = list.len() as u64;
            let pref = crate::prefectures::name_ja(TOKYO).unwrap_or_default();
            let hospitals: Vec<&Facility> = rows
                .sheet
                .iter()
                .map(|f| &f.facility)
                .filter(|f| f.pref_code == TOKYO && f.kind == FacilityKind::Hospital)
                .collect();
            let names: HashSet<String> = hospitals.iter().flat_map(|h| normalize::name_keys(&h.name_ja)).collect();
            let addresses: HashSet<String> =
                hospitals.iter().map(|h| normalize::address_key(&h.address_ja, pref)).collect();
            let mut added = 0u64;
            for l in list {
                let name_match = normalize::name_keys(&l.name_ja).iter().any(|k| names.contains(k));
                let address_match = addresses.contains(&normalize::address_key(&l.address_ja, pref));
                let named_hospital = l.name_ja.contains("病院");
                if name_match || (address_match && (named_hospital || l.name_ja.contains("センター"))) {
                    report.kouseikyoku_hospitals_skipped += 1;
                    report.kouseikyoku_hospitals_matched += 1;
                    continue;
                }
                if named_hospital {
                    report.kouseikyoku_hospitals_skipped += 1;
                    continue;
                }
                let depts = by_name.of(&l.name_ja);
                let from_name = !depts.is_empty();
                report.departments_from_name += from_name as u64;
                let mut f = facility(l, RecordSource::Kouseikyoku, depts, from_name);
                tally.place(geocoder, &mut f);
                rows.push(f);
                added += 1;
            }
            progress(&format!(
                "  東京都: {added} clinics from the 厚生局 list ({} hospitals skipped)",
                report.kouseikyoku_hospitals_skipped
            ));
            sources.push(SourceInfo {
                name: RecordSource::Kouseikyoku.as_str().into(),
                title: "地方厚生局 コード内容別医療機関一覧表 (東京都の診療所, name and address only)".into(),
                date: clinic_lists::KOUSEIKYOKU_DATE.into(),
                licence: clinic_lists::KOUSEIKYOKU_LICENCE.into(),
                credit: clinic_lists::KOUSEIKYOKU_CREDIT.into(),
                records: report.kouseikyoku_records,
                files: vec![clinic_lists::KOUSEIKYOKU_FILE.into()],
            });
        }
    }
    Ok((report, sources))
}
