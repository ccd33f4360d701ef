//! The dataset builder: public sources -> one versioned SQLite file.
//!
//! Sources are checked for presence before any long work starts. Malformed rows never stop
//! the build: each is counted and kept with its file, line and reason (`rejected_rows`).
//! The file is written beside the target and renamed into place only when complete, so a
//! failed build never destroys the previous dataset.

pub mod address;
pub mod areas;
pub mod boundaries;
pub mod clinic_lists;
pub mod closing_flags;
pub mod departments;
pub mod geocode_check;
pub mod geocoder;
pub mod geolonia;
pub mod gmis;
pub mod mhlw;
pub mod name_departments;
pub mod normalize;
pub mod place_facts;
pub mod placing;
pub mod readings;
pub mod sources;
pub mod stations;
pub mod table;

use crate::dataset::info::{DatasetInfo, RejectedSummary, SourceInfo};
use crate::dataset::schema::{self, Enrichment, SCHEMA_VERSION};
use crate::error::{Error, Result};
use crate::facility::{DepartmentSet, FacilityKind, PositionSource};
use crate::hours::Schedule;
use crate::prefectures;
use departments::DepartmentMap;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use table::Rejected;

/// Where to read from and write to.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The sources folder (see [`sources::sources_dir`]).
    pub sources: PathBuf,
    /// The dataset file to write.
    pub out: PathBuf,
    /// A department mapping to use instead of the embedded `data/departments.csv`.
    pub departments: Option<PathBuf>,
}

/// The default output, relative to the project root.
pub const DEFAULT_OUT: &str = "data/build/tasukete.sqlite";

/// Builds the dataset; `progress` receives one line per step.
pub fn build(opts: &BuildOptions, progress: &mut dyn FnMut(&str)) -> Result<DatasetInfo> {
    let dir = &opts.sources;
    // Every source first, so that a missing file is reported before minutes of work.
    let mhlw_pairs = sources::find_mhlw(dir)?;
    let gmis_path = sources::require(dir, sources::GMIS_FILE, sources::GMIS_HINT)?;
    let n02_path = sources::require(dir, sources::N02_FILE, sources::N02_HINT)?;
    let tokyo_path = sources::require(dir, sources::TOKYO_FILE, sources::TOKYO_HINT)?;
    let mut departments = match &opts.departments {
        Some(p) => DepartmentMap::parse(p, &std::fs::read_to_string(p).map_err(|e| Error::io(p, e))?)?,
        None => DepartmentMap::embedded()?,
    };
    let mut rejected: Vec<Rejected> = Vec::new();
    let mut source_infos: Vec<SourceInfo> = Vec::new();

    // MHLW facility sheets and hours.
    let mut sheet: Vec<mhlw::SheetFacility> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut mhlw_files = Vec::new();
    for pair in &mhlw_pairs {
        progress(&format!("reading {}", pair.facilities.display()));
        let before = sheet.len();
        for f in mhlw::read_facilities(&pair.facilities, &mut rejected)? {
            if index.contains_key(&f.facility.id) {
                rejected.push(Rejected {
                    file: file_name(&pair.facilities),
                    line: 0,
                    reason: format!("ID {} already read from another sheet", f.facility.id),
                });
                continue;
            }
            index.insert(f.facility.id.clone(), sheet.len());
            sheet.push(f);
        }
        progress(&format!("  {} facilities", sheet.len() - before));
        mhlw_files.push(relative(dir, &pair.facilities));
    }
    if sheet.is_empty() {
        return Err(Error::BadSource {
            path: mhlw_pairs[0].facilities.clone(),
            message: "no facility row could be read".into(),
        });
    }
    let mut hours: Vec<Vec<crate::hours::DepartmentHours>> = vec![Vec::new(); sheet.len()];
    let mut hours_rows = 0;
    for pair in &mhlw_pairs {
        let Some(zip) = &pair.hours else { continue };
        progress(&format!("reading {}", zip.display()));
        let (per, rows) =
            mhlw::read_hours(zip, &index, &mut departments, &mut rejected, |n| progress(&format!("  {n} hours rows")))?;
        hours_rows += rows;
        for (slot, list) in per.into_iter().enumerate() {
            hours[slot].extend(list);
        }
        mhlw_files.push(relative(dir, zip));
    }
    source_infos.push(SourceInfo {
        name: "mhlw-iryo-joho-net".into(),
        title: "厚生労働省 医療情報ネット (ナビイ) オープンデータ".into(),
        date: mhlw_pairs.iter().map(|p| p.date.clone()).max().unwrap_or_default(),
        licence: sources::MHLW_LICENCE.into(),
        credit: sources::MHLW_CREDIT.into(),
        records: sheet.len() as u64 + hours_rows,
        files: mhlw_files,
    });

    // Closing flags: read them the way the hours file agrees with.
    progress("measuring closing flags against the hours file");
    let flags_report = closing_flags::measure(&sheet, &hours);
    let inverted = flags_report.reading == closing_flags::INVERTED;
    let mut closed_texts = 0u64;
    let mut closed_texts_parsed = 0u64;
    let mut schedules: Vec<Schedule> = Vec::with_capacity(sheet.len());
    for (f, depts) in sheet.iter_mut().zip(hours) {
        let mut closing = closing_flags::decode(f, inverted);
        if let Some(text) = &f.other_closed_text {
            closed_texts += 1;
            let parsed = crate::closing_days::parse_other_closed(text);
            if parsed.fully_parsed {
                closed_texts_parsed += 1;
            }
            closing.other_closed = parsed.ranges;
        }
        f.facility.departments = depts.iter().map(|d| d.category).collect::<DepartmentSet>();
        schedules.push(Schedule { departments: depts, closing });
    }

    // G-MIS: phones, emergency answers, positions for facilities the sheet left unplaced.
    progress(&format!("reading {}", gmis_path.display()));
    let gmis_list = gmis::read(&gmis_path, &mut rejected)?;
    let join = gmis::Join::new(&gmis_list);
    let mut enrichments: Vec<Enrichment> = vec![Enrichment::default(); sheet.len()];
    let mut by_method: BTreeMap<String, u64> = BTreeMap::new();
    let mut placed_from_gmis = 0u64;
    let mut matched = 0u64;
    for (f, e) in sheet.iter_mut().zip(enrichments.iter_mut()) {
        let fac = &mut f.facility;
        let probe = gmis::Probe {
            prefecture: prefectures::name_ja(fac.pref_code).unwrap_or_default(),
            name: &fac.name_ja,
            address: &fac.address_ja,
            position: fac.position,
        };
        let Some((g, method)) = join.find(&probe) else { continue };
        matched += 1;
        *by_method.entry(method.as_str().into()).or_default() += 1;
        let source = format!("gmis-{}", sources::GMIS_DATE);
        if let Some(phone) = &g.phone {
            fac.phone = Some(phone.clone());
            e.phone_source = Some(source.clone());
        }
        if g.emergency_status.is_some() {
            fac.emergency = g.emergency();
            e.emergency_status = g.emergency_status.clone();
            e.emergency_source = Some(source.clone());
        }
        if fac.position.is_none() {
            if let Some(p) = g.position {
                fac.position = Some(p);
                fac.position_source = Some(PositionSource::Gmis2021);
                fac.precision = Some(PositionSource::Gmis2021.precision());
                placed_from_gmis += 1;
            }
        }
    }
    let hospitals = sheet.iter().filter(|f| f.facility.kind == FacilityKind::Hospital).count() as u64;
    // The G-MIS match rate is over the sheet's facilities (the lists come later).
    let sheet_facilities = sheet.len().max(1);
    progress(&format!("  matched {matched} of {} facilities ({} hospitals)", sheet.len(), hospitals));
    source_infos.push(SourceInfo {
        name: "gmis-2021".into(),
        title: "G-MIS 医療機関の稼働状況 (daily survey)".into(),
        date: sources::GMIS_DATE.into(),
        licence: sources::GMIS_LICENCE.into(),
        credit: sources::GMIS_CREDIT.into(),
        records: gmis_list.len() as u64,
        files: vec![sources::GMIS_FILE.into()],
    });

    // Stations.
    progress(&format!("reading {}", n02_path.display()));
    let (mut station_list, n02_features) = stations::read_n02(&n02_path, &mut rejected)?;
    let (tokyo_records, _) = stations::add_tokyo_names(&tokyo_path, &mut station_list)?;
    source_infos.push(SourceInfo {
        name: "mlit-n02-2023".into(),
        title: "国土数値情報 鉄道データ N02-23 (駅)".into(),
        date: "2023".into(),
        licence: sources::N02_LICENCE.into(),
        credit: sources::N02_CREDIT.into(),
        records: n02_features,
        files: vec![sources::N02_FILE.into()],
    });
    source_infos.push(SourceInfo {
        name: "mini-tokyo-3d".into(),
        title: "Mini Tokyo 3D railway data (stations)".into(),
        date: "2024".into(),
        licence: sources::TOKYO_LICENCE.into(),
        credit: sources::TOKYO_CREDIT.into(),
        records: tokyo_records,
        files: vec![sources::TOKYO_FILE.into()],
    });

    // Municipalities and neighbourhoods.
    progress("reading municipal boundaries and neighbourhoods");
    let areas = areas::read(dir, &mut rejected)?;
    progress(&format!(
        "  {} municipalities ({} with a boundary), {} neighbourhoods",
        areas.municipalities.len(),
        areas.municipalities.iter().filter(|m| m.area.is_some()).count(),
        areas.neighbourhoods.len()
    ));
    source_infos.extend(areas.sources.iter().cloned());

    // Clinics, dental clinics and pharmacies from the lists; every unplaced facility
    // geocoded from its address.
    progress("placing facilities by address");
    let geocoder = geocoder::Geocoder::new(&areas.gazetteer);
    let mut tally = placing::GeocodeTally::default();
    for f in sheet.iter_mut() {
        tally.place(&geocoder, &mut f.facility);
    }
    let mut rows = placing::Rows { sheet: &mut sheet, schedules: &mut schedules, enrichments: &mut enrichments };
    let (lists_report, list_sources) =
        placing::add_lists(dir, &mut rows, &mut departments, &geocoder, &mut tally, &mut rejected, progress)?;
    source_infos.extend(list_sources);
    departments.finish()?;
    let placement = tally.placement(sheet.iter().map(|f| &f.facility));
    progress(&format!(
        "  {} placed exactly, {} by neighbourhood, {} not placed",
        placement.placed_exact, placement.placed_neighbourhood, placement.not_placed
    ));
    // Readings of every place name (data/readings/, made by scripts/readings.py).
    let reading_tables = readings::ReadingTables::load(&readings::default_dir())?;
    let (place_facts, coverage) = place_facts::gather(&station_list, &areas, &reading_tables);
    let line_names = place_facts::line_names(
        tokyo_path.parent().map(|d| d.join("railways.json")).as_deref(),
        &station_list,
        &reading_tables,
    );
    progress(&format!(
        "  readings for {} of {} places ({} from the override table, {} English names)",
        coverage.with_reading, coverage.places, coverage.overrides, coverage.english
    ));
    for unused in &coverage.unused_entries {
        progress(&format!("  reviewed entry met no place: {unused}"));
    }

    // Figures.
    let facilities_by_kind = FacilityKind::ALL
        .iter()
        .map(|k| (k.as_str().to_string(), sheet.iter().filter(|f| f.facility.kind == *k).count() as u64))
        .filter(|(_, n)| *n > 0)
        .collect();
    let count = |p: &dyn Fn(&mhlw::SheetFacility) -> bool| sheet.iter().filter(|f| p(f)).count() as u64;
    let info = DatasetInfo {
        schema_version: SCHEMA_VERSION,
        built_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        builder_version: env!("CARGO_PKG_VERSION").into(),
        facilities_total: sheet.len() as u64,
        facilities_placed: count(&|f| f.facility.position.is_some()),
        facilities_placed_from_gmis: placed_from_gmis,
        facilities_by_kind,
        with_phone: count(&|f| f.facility.phone.is_some()),
        with_hours: schedules.iter().filter(|s| !s.departments.is_empty()).count() as u64,
        with_emergency_flag: count(&|f| f.facility.emergency.is_some()),
        with_departments: count(&|f| !f.facility.departments.is_empty()),
        stations: station_list.len() as u64,
        stations_with_english: station_list.iter().filter(|s| s.names.contains_key("en")).count() as u64,
        municipalities: areas.municipalities.len() as u64,
        neighbourhoods: areas.neighbourhoods.len() as u64,
        place_readings: Some(crate::dataset::info::PlaceReadingsReport {
            places: coverage.places,
            with_reading: coverage.with_reading,
            overrides_applied: coverage.overrides,
            english_names: coverage.english,
            unused_entries: coverage.unused_entries.clone(),
        }),
        rows_rejected: rejected.len() as u64,
        rejected: summarize(&rejected),
        gmis_match_rate: matched as f64 / sheet_facilities as f64,
        gmis_matches_by_method: by_method,
        closing_flags: flags_report,
        closed_days_text_parsed_rate: if closed_texts == 0 {
            1.0
        } else {
            closed_texts_parsed as f64 / closed_texts as f64
        },
        sources: source_infos,
        placement,
        lists: lists_report,
    };

    progress(&format!("writing {}", opts.out.display()));
    write(
        &opts.out,
        &info,
        &sheet,
        &enrichments,
        &schedules,
        &station_list,
        &areas,
        (&place_facts, &line_names),
        &rejected,
    )?;
    Ok(info)
}

fn file_name(p: &Path) -> String {
    p.file_name().unwrap_or_default().to_string_lossy().into_owned()
}

fn relative(base: &Path, p: &Path) -> String {
    p.strip_prefix(base).unwrap_or(p).to_string_lossy().into_owned()
}

/// Groups rejections by file and reason (the reason's text before any ':' detail that
/// names a value), keeping a few line numbers of each.
fn summarize(rejected: &[Rejected]) -> Vec<RejectedSummary> {
    let mut groups: BTreeMap<(String, String), RejectedSummary> = BTreeMap::new();
    for r in rejected {
        let kind = reason_kind(&r.reason);
        let g = groups.entry((r.file.clone(), kind.clone())).or_insert_with(|| RejectedSummary {
            file: r.file.clone(),
            reason: kind,
            count: 0,
            example_lines: Vec::new(),
        });
        g.count += 1;
        if g.example_lines.len() < 5 {
            g.example_lines.push(r.line);
        }
    }
    let mut out: Vec<_> = groups.into_values().collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then(a.file.cmp(&b.file)));
    out
}

/// The reason without the values that differ from row to row.
fn reason_kind(reason: &str) -> String {
    let mut kind = String::new();
    let mut skip = false;
    for word in reason.split(' ') {
        let has_digit = word.chars().any(|c| c.is_ascii_digit());
        if has_digit || word.starts_with('\'') {
            if !skip {
                kind.push_str(" …");
            }
            skip = true;
        } else {
            if !kind.is_empty() {
                kind.push(' ');
            }
            kind.push_str(word);
            skip = false;
        }
    }
    kind.trim().to_string()
}

#[allow(clippy::too_many_arguments)]
fn write(
    out: &Path,
    info: &DatasetInfo,
    sheet: &[mhlw::SheetFacility],
    enrichments: &[Enrichment],
    schedules: &[Schedule],
    stations: &[stations::Station],
    areas: &areas::Areas,
    (place_facts, line_names): (&[place_facts::PlaceFacts], &crate::dataset::place_readings::LineNames),
    rejected: &[Rejected],
) -> Result<()> {
    if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    }
    let tmp = out.with_extension("sqlite.partial");
    if tmp.exists() {
        std::fs::remove_file(&tmp).map_err(|e| Error::io(&tmp, e))?;
    }
    {
        let mut conn = rusqlite::Connection::open(&tmp)?;
        // 16 KiB pages pack the deflated text blocks (about 2 KB each) with little waste.
        conn.pragma_update(None, "page_size", 16384)?;
        conn.pragma_update(None, "journal_mode", "OFF")?;
        conn.pragma_update(None, "synchronous", "OFF")?;
        let tx = conn.transaction()?;
        schema::create(&tx)?;
        // Sorted by prefecture and position: facilities at one point (a 町丁目's centre)
        // are consecutive rows, which the index groups into one point, and neighbouring
        // rows share address prefixes, which the deflated text blocks store once.
        let mut order: Vec<usize> = (0..sheet.len()).collect();
        let key = |i: &usize| {
            let f = &sheet[*i].facility;
            let p = f.position.map(|p| (schema::to_e6(p.lat), schema::to_e6(p.lon)));
            (p.is_none(), f.pref_code, p, *i)
        };
        order.sort_by_key(key);
        let mut writer = schema::FacilityWriter::new(&tx);
        for i in order {
            writer.push(&sheet[i].facility, &enrichments[i], &schedules[i])?;
        }
        writer.finish()?;
        for (i, s) in stations.iter().enumerate() {
            schema::insert_station(&tx, i as i64 + 1, s)?;
        }
        for (i, m) in areas.municipalities.iter().enumerate() {
            schema::insert_municipality(&tx, i as i64 + 1, m)?;
        }
        for (i, n) in areas.neighbourhoods.iter().enumerate() {
            schema::insert_neighbourhood(&tx, i as i64 + 1, n)?;
        }
        place_facts::write(&tx, place_facts, stations, areas)?;
        crate::dataset::place_readings::write_lines(&tx, line_names)?;
        {
            let mut stmt = tx.prepare("INSERT INTO rejected_rows (file, line, reason) VALUES (?1, ?2, ?3)")?;
            for r in rejected {
                stmt.execute(rusqlite::params![r.file, r.line as i64, r.reason])?;
            }
        }
        crate::dataset::snapshot::write(&tx)?;
        let json = serde_json::to_string(info).map_err(|e| Error::InvalidArgument(e.to_string()))?;
        schema::set_meta(&tx, "info", &json)?;
        // Last: the checksum covers everything above (see dataset::checksum).
        crate::dataset::checksum::stamp(&tx)?;
        tx.commit()?;
        conn.execute_batch("VACUUM")?;
    }
    std::fs::rename(&tmp, out).map_err(|e| Error::io(out, e))?;
    // Bundled beside the dataset: the app decides from it whether to install a new copy.
    crate::dataset::install::write_manifest(out)?;
    Ok(())
}
