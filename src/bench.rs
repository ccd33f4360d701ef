//! In-process timing for `tasukete bench`: k-nearest queries with a department and an
//! open-at filter, by the R*-tree, by a full scan, and by SQLite's R*Tree module, on the
//! real dataset and on a synthetic national-scale one.

use crate::dataset::info::{ClosingFlagsReport, DatasetInfo};
use crate::dataset::schema;
use crate::error::{Error, Result};
use crate::facility::{Department, DepartmentSet, Facility, FacilityKind, PositionSource, RecordSource};
use crate::geo::LatLon;
use crate::guide::{Guide, NearQuery};
use crate::hours::{ClosingRules, DepartmentHours, Schedule, WeekWindows, Window};
use crate::nearby::{self, chord_of_metres, Hit, StaticFilter};
use chrono::{DateTime, FixedOffset};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

/// A small deterministic generator (SplitMix64): benchmarks and tests repeat exactly.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// Seeded generator.
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }
    /// Next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// Uniform in 0..n.
    pub fn below(&mut self, n: usize) -> usize {
        (self.unit() * n as f64) as usize % n.max(1)
    }
    /// Standard normal (Box-Muller).
    pub fn normal(&mut self) -> f64 {
        let u = self.unit().max(1e-12);
        (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * self.unit()).cos()
    }
}

/// Points near `anchors` (real facility positions stand for where people live), jittered
/// by a few kilometres.
pub fn points_near(anchors: &[LatLon], n: usize, sigma_km: f64, rng: &mut Rng) -> Vec<LatLon> {
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let a = anchors[rng.below(anchors.len())];
        let dlat = rng.normal() * sigma_km / 111.0;
        let dlon = rng.normal() * sigma_km / (111.0 * a.lat.to_radians().cos());
        if let Some(p) = LatLon::in_japan(a.lat + dlat, a.lon + dlon) {
            out.push(p);
        }
    }
    out
}

fn clinic_schedule(rng: &mut Rng, kind: FacilityKind) -> Schedule {
    let categories: &[Department] = match kind {
        FacilityKind::Dental => &[Department::Dentistry],
        FacilityKind::Pharmacy => &[Department::Other],
        _ => &[
            Department::InternalMedicine,
            Department::InternalMedicine,
            Department::Pediatrics,
            Department::Orthopedics,
            Department::Dermatology,
            Department::Ophthalmology,
            Department::Ent,
            Department::Surgery,
            Department::Psychiatry,
            Department::ObstetricsGynecology,
            Department::Gastroenterology,
            Department::Cardiology,
        ],
    };
    let n = if kind == FacilityKind::Hospital { 6 } else { 1 + rng.below(2) };
    let closed_weekday = [2, 3, 3, 5, 6][rng.below(5)]; // Wed, Thu, Thu, Sat afternoon, none
    let am = Window::new(9 * 60 - 30 * rng.below(2) as u16, 12 * 60 + 30 * rng.below(2) as u16);
    let pm = Window::new(14 * 60 + 30 * rng.below(3) as u16, 18 * 60 + 30 * rng.below(2) as u16);
    let mut week = WeekWindows::default();
    for (day, windows) in week.0.iter_mut().enumerate() {
        match day {
            0..=4 if day != closed_weekday => *windows = vec![am, pm],
            0..=4 => *windows = vec![am],
            5 => *windows = vec![am],
            _ => {}
        }
    }
    let departments = (0..n)
        .map(|i| DepartmentHours {
            code: format!("{:05}", i),
            name_ja: String::new(),
            category: categories[rng.below(categories.len())],
            consultation: week.clone(),
            reception: week.clone(),
            doubtful_days: 0,
        })
        .collect();
    let mut closing = ClosingRules::default();
    for (d, open) in closing.weekly_open.iter_mut().enumerate() {
        *open = Some(d < 6);
    }
    closing.holiday_open = Some(false);
    Schedule { departments, closing }
}

/// Writes a synthetic dataset of `n` facilities near `anchors`, with Japan's mix of
/// clinics, dental clinics, pharmacies and hospitals, to `path`.
pub fn write_synthetic(path: &Path, anchors: &[LatLon], n: usize, seed: u64) -> Result<()> {
    if path.exists() {
        std::fs::remove_file(path).map_err(|e| Error::io(path, e))?;
    }
    let mut rng = Rng::new(seed);
    let points = points_near(anchors, n, 3.0, &mut rng);
    let mut conn = rusqlite::Connection::open(path)?;
    conn.pragma_update(None, "journal_mode", "OFF")?;
    conn.pragma_update(None, "synchronous", "OFF")?;
    let tx = conn.transaction()?;
    schema::create(&tx)?;
    let mut writer = schema::FacilityWriter::new(&tx);
    let mut by_kind: BTreeMap<String, u64> = BTreeMap::new();
    for (i, p) in points.iter().enumerate() {
        // Clinics 104,894, dental 66,818, pharmacies ~62,000, hospitals 8,122 nationally.
        let r = rng.unit();
        let kind = if r < 0.034 {
            FacilityKind::Hospital
        } else if r < 0.47 {
            FacilityKind::Clinic
        } else if r < 0.745 {
            FacilityKind::Dental
        } else {
            FacilityKind::Pharmacy
        };
        *by_kind.entry(kind.as_str().into()).or_default() += 1;
        let schedule = clinic_schedule(&mut rng, kind);
        let f = Facility {
            id: format!("S{:012}", i + 1),
            kind,
            name_ja: format!("合成施設{}", i + 1),
            name_kana: None,
            name_en: None,
            address_ja: String::new(),
            pref_code: 13,
            position: Some(*p),
            position_source: Some(PositionSource::Mhlw),
            precision: Some(PositionSource::Mhlw.precision()),
            record_source: RecordSource::MhlwSheet,
            departments_from_name: false,
            phone: None,
            emergency: Some(kind == FacilityKind::Hospital && rng.unit() < 0.6),
            departments: schedule.departments.iter().map(|d| d.category).collect::<DepartmentSet>(),
            website: None,
        };
        writer.push(&f, &schema::Enrichment::default(), &schedule)?;
    }
    writer.finish()?;
    let info = DatasetInfo {
        schema_version: schema::SCHEMA_VERSION,
        built_at: chrono::Utc::now().to_rfc3339(),
        builder_version: format!("synthetic seed {seed}"),
        facilities_total: n as u64,
        facilities_placed: n as u64,
        facilities_placed_from_gmis: 0,
        facilities_by_kind: by_kind,
        with_phone: 0,
        with_hours: n as u64,
        with_emergency_flag: 0,
        with_departments: n as u64,
        stations: 0,
        stations_with_english: 0,
        municipalities: 0,
        neighbourhoods: 0,
        place_readings: None,
        rows_rejected: 0,
        rejected: Vec::new(),
        gmis_match_rate: 0.0,
        gmis_matches_by_method: BTreeMap::new(),
        closing_flags: ClosingFlagsReport {
            reading: "synthetic".into(),
            compared: 0,
            agreement_literal: 0.0,
            agreement_inverted: 0.0,
        },
        closed_days_text_parsed_rate: 1.0,
        sources: Vec::new(),
        placement: Default::default(),
        lists: Default::default(),
    };
    crate::dataset::snapshot::write(&tx)?;
    schema::set_meta(&tx, "info", &serde_json::to_string(&info).map_err(|e| Error::InvalidArgument(e.to_string()))?)?;
    tx.commit()?;
    Ok(())
}

/// SQLite's R*Tree module over the same unit-sphere points, for comparison.
pub struct SqliteRtree {
    conn: rusqlite::Connection,
}

impl SqliteRtree {
    /// Loads the placed slots into an in-memory R*Tree virtual table.
    pub fn build(slots: &[nearby::Slot]) -> Result<Self> {
        let mut conn = rusqlite::Connection::open_in_memory()?;
        conn.execute_batch("CREATE VIRTUAL TABLE pts USING rtree(id, x0, x1, y0, y1, z0, z1)")?;
        let tx = conn.transaction()?;
        {
            let mut stmt = tx.prepare("INSERT INTO pts VALUES (?1, ?2, ?2, ?3, ?3, ?4, ?4)")?;
            for (i, s) in slots.iter().enumerate().filter(|(_, s)| s.position.is_some()) {
                stmt.execute(rusqlite::params![i as i64, s.unit[0], s.unit[1], s.unit[2]])?;
            }
        }
        tx.commit()?;
        Ok(SqliteRtree { conn })
    }

    /// k nearest by growing boxes: candidates inside a box of half-size r are exact only
    /// up to chord r, so the box doubles until k filtered hits lie within it.
    pub fn nearest(
        &self,
        slots: &[nearby::Slot],
        at: LatLon,
        k: usize,
        filter: &StaticFilter,
        mut dynamic: impl FnMut(usize) -> bool,
    ) -> Result<Vec<Hit>> {
        let q = at.unit_vector();
        let mut stmt = self.conn.prepare_cached(
            "SELECT id FROM pts WHERE x1 >= ?1 AND x0 <= ?2 AND y1 >= ?3 AND y0 <= ?4 AND z1 >= ?5 AND z0 <= ?6",
        )?;
        let mut r = chord_of_metres(1_000.0);
        loop {
            let rows = stmt
                .query_map(rusqlite::params![q[0] - r, q[0] + r, q[1] - r, q[1] + r, q[2] - r, q[2] + r], |row| {
                    row.get::<_, i64>(0)
                })?;
            let mut cands: Vec<Hit> = Vec::new();
            for row in rows {
                // SQLite keeps 32-bit coordinates (boxes rounded outwards): the distance
                // comes from our own 64-bit point so that ties order as elsewhere.
                let slot = row? as usize;
                let p = slots[slot].unit;
                let c = ((p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2) + (p[2] - q[2]).powi(2)).sqrt();
                if c <= r && filter.accepts(&slots[slot]) {
                    cands.push(Hit { slot, chord: c });
                }
            }
            cands.sort_by(|a, b| a.chord.total_cmp(&b.chord).then(a.slot.cmp(&b.slot)));
            let hits: Vec<Hit> = cands.into_iter().filter(|h| dynamic(h.slot)).take(k).collect();
            if hits.len() == k || r >= 2.0 {
                return Ok(hits);
            }
            r *= 2.0;
        }
    }
}

/// One data set's figures, as `bench --json` prints them.
#[derive(Debug, Clone, Serialize)]
pub struct BenchResult {
    /// Facilities in the data set.
    pub facilities: usize,
    /// Queries timed per method.
    pub queries: usize,
    /// k.
    pub k: usize,
    /// The filter used.
    pub filter: String,
    /// Median per query, R*-tree (rstar), microseconds.
    pub rtree_median_us: f64,
    /// Median per query, full scan.
    pub brute_median_us: f64,
    /// Median per query, SQLite R*Tree module.
    pub sqlite_rtree_median_us: f64,
    /// brute / rtree.
    pub speedup_vs_brute: f64,
    /// sqlite / rtree.
    pub speedup_vs_sqlite_rtree: f64,
    /// Guide::open: reading the file and building the index, milliseconds.
    pub cold_start_ms: f64,
    /// Whether all three methods gave the same answers on every query.
    pub answers_agree: bool,
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    if v.is_empty() {
        0.0
    } else {
        v[v.len() / 2]
    }
}

/// Times `queries` queries at random points near the placed facilities of the dataset at
/// `path`: department `dept`, open at `at`, k nearest.
pub fn run(
    path: &Path,
    queries: usize,
    k: usize,
    dept: Department,
    at: DateTime<FixedOffset>,
    seed: u64,
) -> Result<BenchResult> {
    let started = Instant::now();
    let guide = Guide::open(path)?;
    let cold_start_ms = started.elapsed().as_secs_f64() * 1e3;
    let slots = guide.slots();
    let anchors: Vec<LatLon> = slots.iter().filter_map(|s| s.position).collect();
    if anchors.is_empty() {
        return Err(Error::InvalidArgument(format!("{} has no placed facility to query", path.display())));
    }
    let mut rng = Rng::new(seed);
    let points = points_near(&anchors, queries, 5.0, &mut rng);
    let sqlite = SqliteRtree::build(slots)?;
    let filter = StaticFilter { department: Some(dept), emergency_only: false, kind: None, hours_only: true };
    let open_state = guide.open_filter(&at, Some(dept));
    let open = |i: usize| open_state(i) == Some(true);
    let queries_of = |p: &LatLon| {
        let mut q = NearQuery::new(*p, k);
        q.department = Some(dept);
        q.open_at = Some(at);
        q
    };
    // One untimed pass decodes the schedules the queries touch, so that no method pays
    // for the first decoding on behalf of the others; then each method has its own pass.
    let mut answers: Vec<Vec<usize>> = Vec::with_capacity(points.len());
    for p in &points {
        answers.push(guide.nearest_slots(&queries_of(p))?.iter().map(|h| h.slot).collect());
    }
    let ids = |h: &[Hit]| h.iter().map(|h| h.slot).collect::<Vec<_>>();
    let mut agree = true;
    let mut t_tree = Vec::with_capacity(points.len());
    for p in &points {
        let q = queries_of(p);
        let t = Instant::now();
        let a = guide.nearest_slots(&q)?;
        t_tree.push(t.elapsed().as_secs_f64() * 1e6);
        std::hint::black_box(a);
    }
    let mut t_brute = Vec::with_capacity(points.len());
    for (p, want) in points.iter().zip(&answers) {
        let t = Instant::now();
        let b = nearby::brute_force(slots, *p, k, None, &filter, open);
        t_brute.push(t.elapsed().as_secs_f64() * 1e6);
        agree &= &ids(&b) == want;
    }
    let mut t_sql = Vec::with_capacity(points.len());
    for (p, want) in points.iter().zip(&answers) {
        let t = Instant::now();
        let c = sqlite.nearest(slots, *p, k, &filter, open)?;
        t_sql.push(t.elapsed().as_secs_f64() * 1e6);
        agree &= &ids(&c) == want;
    }
    let (rt, bf, sq) = (median(t_tree), median(t_brute), median(t_sql));
    Ok(BenchResult {
        facilities: slots.len(),
        queries,
        k,
        filter: format!("department={dept}, open at {}", at.to_rfc3339()),
        rtree_median_us: rt,
        brute_median_us: bf,
        sqlite_rtree_median_us: sq,
        speedup_vs_brute: bf / rt,
        speedup_vs_sqlite_rtree: sq / rt,
        cold_start_ms,
        answers_agree: agree,
    })
}
