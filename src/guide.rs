//! `Guide`: opens a dataset once and answers the app's questions about it.

use crate::dataset::{snapshot, Dataset, DatasetInfo};
use crate::error::{Error, Result};
use crate::facility::{Department, DepartmentSet, Facility, FacilityKind, PositionPrecision, PositionSource};
use crate::geo::LatLon;
use crate::hours::{Local, OpenState, Schedule};
use crate::hours_compact::CompactHours;
use crate::nearby::{self, Index, Slot, StaticFilter};
use crate::places::{Place, PlaceIndex};
use chrono::{DateTime, FixedOffset};
use serde::Serialize;
use std::path::Path;
use std::sync::{Arc, OnceLock};

/// Largest `k` a query may ask for.
pub const MAX_K: usize = 200;

/// A nearest-facility question.
#[derive(Debug, Clone, PartialEq)]
pub struct NearQuery {
    /// Where the user is.
    pub at: LatLon,
    /// How many results, 1..=[`MAX_K`].
    pub k: usize,
    /// Only within this many metres.
    pub radius_m: Option<f64>,
    /// Only facilities with this department category.
    pub department: Option<Department>,
    /// Only facilities open at this instant (for `department` when given).
    pub open_at: Option<DateTime<FixedOffset>>,
    /// Only facilities with an emergency department.
    pub emergency_only: bool,
    /// Only this kind of facility.
    pub kind: Option<FacilityKind>,
    /// With `open_at`: also facilities whose hours are not published (clinics, dental
    /// clinics and pharmacies of the lists), never claimed open.
    pub include_unknown_hours: bool,
}

impl NearQuery {
    /// The `k` nearest to `at`, no filters.
    pub fn new(at: LatLon, k: usize) -> Self {
        NearQuery {
            at,
            k,
            radius_m: None,
            department: None,
            open_at: None,
            emergency_only: false,
            kind: None,
            include_unknown_hours: false,
        }
    }
}

/// One answer, shaped as the CLI contract's `near --json` objects.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NearResult {
    /// Source facility ID.
    pub id: String,
    /// Japanese name.
    pub name_ja: String,
    /// English name: the source's, or the Hepburn of its フリガナ when the source's is
    /// missing or broken romaji (see [`crate::facility_name::latin_name`]).
    pub name_en: Option<String>,
    /// Whether `name_en` is the app's transliteration rather than the source's English.
    pub name_en_transliterated: bool,
    /// Kind of facility.
    pub kind: FacilityKind,
    /// Latitude, degrees.
    pub lat: f64,
    /// Longitude, degrees.
    pub lon: f64,
    /// Great-circle distance from the query point, metres.
    pub distance_m: f64,
    /// Initial bearing from the query point, degrees clockwise from north.
    pub bearing_deg: f64,
    /// Department categories.
    pub departments: DepartmentSet,
    /// Telephone number.
    pub phone: Option<String>,
    /// The same grouped as Japan writes it where certain (03-3342-6111), see [`crate::phone`].
    pub phone_display: Option<String>,
    /// Japanese address.
    pub address_ja: String,
    /// Open at the query instant (or now): true, false, or null when unknown.
    pub open: Option<bool>,
    /// Next opening (RFC 3339, Japan time) when not open.
    pub next_open: Option<String>,
    /// Until when it stays open, when open.
    pub open_until: Option<String>,
    /// Has an emergency department: true (by the G-MIS answer or the department list,
    /// as the emergency filter counts it), false, or null when unknown.
    pub emergency: Option<bool>,
    /// How precise `lat`/`lon` are: `exact` (the source's coordinates) or `neighbourhood`
    /// (the centre of its 町丁目, geocoded from the address: show as approximate).
    pub precision: Option<PositionPrecision>,
    /// Where the position comes from (`mhlw`, `gmis-2021`, `geolonia-2024`).
    pub position_source: Option<PositionSource>,
    /// Whether any hours are published for it (the lists' clinics have none).
    pub hours_published: bool,
    /// Whether `departments` were read from its name (a guess).
    pub departments_from_name: bool,
    /// Emergency care at the instant: true when published emergency-department hours
    /// cover it (24-hour windows included), null otherwise ("call first" for a facility
    /// with an emergency department). Never false: see [`crate::emergency_care`].
    pub emergency_open: Option<bool>,
    /// Published emergency-department hours are 24 hours on every day, holidays included.
    pub emergency_24h: bool,
}

/// Everything about one facility, for its screen.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FacilityDetail {
    /// The facility.
    #[serde(flatten)]
    pub facility: Facility,
    /// Its hours and closing days.
    pub schedule: Schedule,
}

/// The entry point: a dataset opened read-only with its spatial and place indexes.
pub struct Guide {
    dataset: Dataset,
    slots: Vec<Slot>,
    /// For the slots with a schedule in the file (published hours), their rank among
    /// them; `u32::MAX` for the others, whose schedule is empty.
    hours_rank: Vec<u32>,
    /// By rank: schedules, read and decoded on first use (start-up stays fast) and kept,
    /// `None` for a row that cannot be read; and the same packed for the open filter.
    decoded: Vec<OnceLock<Option<Schedule>>>,
    compact: Vec<OnceLock<Option<CompactHours>>>,
    /// The schedule of a facility without one (no hours published).
    empty: Schedule,
    index: Index,
    places: OnceLock<Result<Arc<PlaceIndex>, String>>,
    /// Boundaries, neighbourhoods and stations for "where am I", read on first use.
    areas: OnceLock<Result<Arc<crate::where_am_i::WhereIndex>, String>>,
}

impl Guide {
    /// Opens `path`: reads the start-up snapshot (slots and the ready R*-tree); schedules
    /// are read from the file when a query first needs them.
    pub fn open(path: &Path) -> Result<Guide> {
        let dataset = Dataset::open(path)?;
        let slots = dataset.with_conn(|conn| snapshot::read(conn).map_err(|m| corrupt(path, m)))?;
        let index = Index::build(&slots);
        let mut with_hours = 0u32;
        let hours_rank = slots
            .iter()
            .map(|s| match s.hours {
                true => {
                    with_hours += 1;
                    with_hours - 1
                }
                false => u32::MAX,
            })
            .collect();
        let decoded = (0..with_hours).map(|_| OnceLock::new()).collect();
        let compact = (0..with_hours).map(|_| OnceLock::new()).collect();
        Ok(Guide {
            dataset,
            slots,
            hours_rank,
            decoded,
            compact,
            empty: Schedule::default(),
            index,
            places: OnceLock::new(),
            areas: OnceLock::new(),
        })
    }

    /// Version, sources, counts.
    pub fn info(&self) -> &DatasetInfo {
        self.dataset.info()
    }

    /// The index's view of each facility (for benchmarks and tests).
    pub fn slots(&self) -> &[Slot] {
        &self.slots
    }

    fn cached(&self, i: usize) -> Option<&Schedule> {
        match self.hours_rank.get(i) {
            Some(&u32::MAX) => Some(&self.empty),
            Some(&rank) => {
                self.decoded[rank as usize].get_or_init(|| self.dataset.schedule(i as i64 + 1).ok()).as_ref()
            }
            None => None,
        }
    }

    /// The schedule of slot `i`.
    pub fn schedule_of(&self, i: usize) -> Result<&Schedule> {
        self.cached(i)
            .ok_or_else(|| corrupt(self.dataset.path(), format!("the schedule of row {} cannot be read", i + 1)))
    }

    /// Whether slot `i` is open at `at` for `dept`: true / false / unknown (also for a
    /// schedule that cannot be read).
    pub fn open_at(&self, i: usize, at: &DateTime<FixedOffset>, dept: Option<Department>) -> Option<bool> {
        self.open_filter(at, dept)(i)
    }

    /// [`Self::open_at`] for many slots at one instant: the instant is split into Japan
    /// date and time once, and each schedule is read in its packed form.
    pub fn open_filter<'a>(
        &'a self,
        at: &DateTime<FixedOffset>,
        dept: Option<Department>,
    ) -> impl Fn(usize) -> Option<bool> + 'a {
        let now = Local::new(at);
        move |i| {
            // No schedule in the file: no hours, so unknown (what an empty schedule says).
            let packed = self.packed_cell(i)?;
            packed.get_or_init(|| self.cached(i).map(CompactHours::of)).as_ref()?.open_at_local(&now, dept)
        }
    }

    /// Where slot `i`'s packed schedule is kept, if it has a schedule.
    fn packed_cell(&self, i: usize) -> Option<&OnceLock<Option<CompactHours>>> {
        self.hours_rank.get(i).and_then(|&rank| self.compact.get(rank as usize))
    }

    /// Touches the packed schedules of `candidates` that a check of `dept` reads first, all
    /// before any is checked, so that their cache misses overlap (see
    /// [`Index::nearest_warmed`]). Schedules not yet packed are left to the check.
    fn warm_hours(&self, candidates: &[nearby::Hit], dept: Option<Department>) {
        for h in candidates {
            if let Some(Some(p)) = self.packed_cell(h.slot).and_then(OnceLock::get) {
                std::hint::black_box(p.first_words(dept));
            }
        }
    }

    fn check(q: &NearQuery) -> Result<()> {
        if q.k == 0 || q.k > MAX_K {
            return Err(Error::InvalidArgument(format!("k must be 1..={MAX_K}, not {}", q.k)));
        }
        if let Some(r) = q.radius_m {
            if !(r.is_finite() && r > 0.0) {
                return Err(Error::InvalidArgument(format!("radius must be a positive number of metres, not {r}")));
            }
        }
        Ok(())
    }

    /// The slots answering `q`, nearest first, without reading the database.
    pub fn nearest_slots(&self, q: &NearQuery) -> Result<Vec<nearby::Hit>> {
        Self::check(q)?;
        let filter = StaticFilter {
            department: q.department,
            emergency_only: q.emergency_only,
            kind: q.kind,
            // An open-at filter cannot match a facility without published hours, unless
            // asked to include them; emergency care is not filtered by hours at all.
            hours_only: q.open_at.is_some() && !q.include_unknown_hours && !q.emergency_only,
        };
        Ok(match q.open_at {
            // Emergency care is not filtered by outpatient hours: every facility with an
            // emergency department is either open by its published hours or "call first".
            _ if q.emergency_only => self.index.nearest(&self.slots, q.at, q.k, q.radius_m, &filter, |_| true),
            None => self.index.nearest(&self.slots, q.at, q.k, q.radius_m, &filter, |_| true),
            Some(at) if q.include_unknown_hours => {
                let open = self.open_filter(&at, q.department);
                let warm = |c: &[nearby::Hit]| self.warm_hours(c, q.department);
                self.index.nearest_warmed(&self.slots, q.at, q.k, q.radius_m, &filter, warm, |i| open(i) != Some(false))
            }
            Some(at) => {
                let open = self.open_filter(&at, q.department);
                let warm = |c: &[nearby::Hit]| self.warm_hours(c, q.department);
                self.index.nearest_warmed(&self.slots, q.at, q.k, q.radius_m, &filter, warm, |i| open(i) == Some(true))
            }
        })
    }

    /// The nearest facilities answering `q`, with distance, bearing and opening state at
    /// `q.open_at` (or at `now` for the state when no open filter is set).
    pub fn near(&self, q: &NearQuery, now: DateTime<FixedOffset>) -> Result<Vec<NearResult>> {
        let hits = self.nearest_slots(q)?;
        let when = q.open_at.unwrap_or(now);
        hits.iter()
            .map(|h| {
                let (_, f) = self.dataset.facility_at(h.slot as i64 + 1)?;
                let p = f.position.expect("indexed facilities are placed");
                let schedule = self.schedule_of(h.slot)?;
                let hours_published = !schedule.departments.is_empty();
                let state = schedule.state_at(when, q.department);
                let emergency_open = crate::emergency_care::emergency_open(schedule, when);
                let emergency_24h = crate::emergency_care::round_the_clock(schedule);
                let emergency = if self.slots[h.slot].has_emergency() { Some(true) } else { f.emergency };
                let rfc = |t: DateTime<FixedOffset>| t.to_rfc3339();
                let latin = crate::facility_name::latin_name(&f);
                Ok(NearResult {
                    name_en_transliterated: latin.as_ref().is_some_and(|l| l.transliterated),
                    name_en: latin.map(|l| l.text),
                    distance_m: q.at.distance_m(&p),
                    bearing_deg: q.at.bearing_deg(&p),
                    lat: p.lat,
                    lon: p.lon,
                    open: state.open(),
                    next_open: state.next_open().map(rfc),
                    open_until: match state {
                        OpenState::Open { until } => Some(rfc(until)),
                        _ => None,
                    },
                    id: f.id,
                    name_ja: f.name_ja,
                    kind: f.kind,
                    departments: f.departments,
                    phone_display: f.phone.as_deref().map(crate::phone::display),
                    phone: f.phone,
                    address_ja: f.address_ja,
                    emergency,
                    emergency_open,
                    emergency_24h,
                    precision: f.precision,
                    position_source: f.position_source,
                    hours_published,
                    departments_from_name: f.departments_from_name,
                })
            })
            .collect()
    }

    /// One facility with its schedule, by source ID.
    pub fn facility(&self, id: &str) -> Result<FacilityDetail> {
        let (rowid, facility) =
            self.dataset.facility(id)?.ok_or_else(|| Error::InvalidArgument(format!("no facility with ID '{id}'")))?;
        Ok(FacilityDetail { facility, schedule: self.schedule_of(rowid as usize - 1)?.clone() })
    }

    /// Facilities whose name contains `text` (for facilities not on the map, too).
    pub fn find_by_name(&self, text: &str, k: usize) -> Result<Vec<Facility>> {
        self.dataset.find_by_name(text, k)
    }

    fn place_index(&self) -> Result<Arc<PlaceIndex>> {
        self.places
            .get_or_init(|| PlaceIndex::load(&self.dataset).map(Arc::new).map_err(|e| e.to_string()))
            .clone()
            .map_err(|message| corrupt(self.dataset.path(), message))
    }

    fn where_index(&self) -> Result<Arc<crate::where_am_i::WhereIndex>> {
        self.areas
            .get_or_init(|| {
                let load = || -> Result<crate::where_am_i::WhereIndex> {
                    let (stations, romaji): (Vec<_>, Vec<_>) = self
                        .dataset
                        .places()?
                        .into_iter()
                        .filter(|p| p.kind == "station")
                        .filter_map(|p| {
                            Some((
                                crate::where_am_i::StationPoint {
                                    at: LatLon::new(p.lat, p.lon).ok()?,
                                    name_ja: p.name_ja,
                                    name_en: p.name_en,
                                },
                                p.romaji,
                            ))
                        })
                        .unzip();
                    use crate::dataset::place_readings::{MUNICIPALITY, NEIGHBOURHOOD};
                    // Readings (issue 9) so that a visitor can say where they are; a dataset
                    // without them still answers, without readings.
                    let readings = crate::where_am_i::WhereReadings {
                        municipalities: self.dataset.place_readings(MUNICIPALITY).ok(),
                        neighbourhoods: self.dataset.place_readings(NEIGHBOURHOOD).ok(),
                        stations: romaji,
                    };
                    Ok(crate::where_am_i::WhereIndex::new(
                        self.dataset.municipalities()?,
                        self.dataset.neighbourhoods()?,
                        stations,
                    )
                    .with_readings(readings))
                };
                load().map(Arc::new).map_err(|e| e.to_string())
            })
            .clone()
            .map_err(|message| corrupt(self.dataset.path(), message))
    }

    /// Where `at` is: prefecture, municipality, nearest 町丁目 and station (see
    /// [`crate::where_am_i`]). At sea or outside Japan: [`Error::NotInJapan`].
    pub fn where_am_i(&self, at: LatLon) -> Result<crate::where_am_i::WhereAmI> {
        self.where_index()?.locate(at)
    }

    /// Stations and places matching `query` in any supported language, best first.
    pub fn places(&self, query: &str, k: usize) -> Result<Vec<Place>> {
        if k == 0 || k > MAX_K {
            return Err(Error::InvalidArgument(format!("k must be 1..={MAX_K}, not {k}")));
        }
        let found = self.place_index()?.search(Some(&self.dataset), query, k)?;
        if found.is_empty() {
            return Err(Error::UnknownPlace(query.to_string()));
        }
        Ok(found)
    }
}

impl Guide {
    /// The reading (hiragana and romaji) of a station (`places.rowid`), municipality or
    /// neighbourhood (their rowids), for "where am I" and the 119 script's address line:
    /// what a visitor can say aloud. `None` when the dataset has no reading for it.
    pub fn reading_of(&self, kind: &str, rowid: i64) -> Result<Option<crate::readings::Reading>> {
        self.dataset.reading_of(kind, rowid)
    }

    /// Builds the place index now rather than on the first search (the app calls this in
    /// the background at start); returns the number of places indexed.
    pub fn warm_places(&self) -> Result<usize> {
        Ok(self.place_index()?.len())
    }

    /// Keys in the place index (for the benchmark's report).
    pub fn place_keys(&self) -> Result<usize> {
        Ok(self.place_index()?.key_count())
    }

    /// Approximate memory of the place index, bytes (for the benchmark's report).
    pub fn place_index_bytes(&self) -> Result<usize> {
        Ok(self.place_index()?.approx_bytes())
    }
}

fn corrupt(path: &Path, message: impl std::fmt::Display) -> Error {
    Error::CorruptDataset { path: path.to_path_buf(), message: message.to_string() }
}
