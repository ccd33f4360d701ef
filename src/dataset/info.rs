//! What a dataset says about itself: version, build time, sources with their credits,
//! counts and match rates. Shown by `tasukete stats` and the app's "Data sources" screen.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One source data set that went into the dataset.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceInfo {
    /// Short name, e.g. `mhlw-hospitals`.
    pub name: String,
    /// Publisher's title of the data set.
    pub title: String,
    /// The date the data describes (YYYY-MM-DD).
    pub date: String,
    /// Licence of the source.
    pub licence: String,
    /// The credit line the licence asks for.
    pub credit: String,
    /// Records read from it.
    pub records: u64,
    /// The file(s) read, relative to the sources folder.
    pub files: Vec<String>,
}

/// A count of rejected rows with one reason, and a few of their source lines.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RejectedSummary {
    /// Source file name.
    pub file: String,
    /// Why the rows were rejected.
    pub reason: String,
    /// How many rows.
    pub count: u64,
    /// The first few line numbers (1-based, header = line 1).
    pub example_lines: Vec<u64>,
}

/// Everything `stats --json` prints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DatasetInfo {
    /// Schema version of the file.
    pub schema_version: i64,
    /// When it was built (RFC 3339, UTC).
    pub built_at: String,
    /// Version of the builder that wrote it.
    pub builder_version: String,
    /// All facilities.
    pub facilities_total: u64,
    /// Facilities with a position in Japan.
    pub facilities_placed: u64,
    /// Facilities placed from the G-MIS position because the MHLW sheet had none.
    pub facilities_placed_from_gmis: u64,
    /// Per kind (`hospital`, `clinic`, ...).
    pub facilities_by_kind: BTreeMap<String, u64>,
    /// Facilities with a telephone number.
    pub with_phone: u64,
    /// Facilities with at least one department's hours.
    pub with_hours: u64,
    /// Facilities with a known emergency-department answer (yes or no).
    pub with_emergency_flag: u64,
    /// Facilities with at least one department category.
    pub with_departments: u64,
    /// Stations (transfer groups) in the places table.
    pub stations: u64,
    /// Stations with an English name.
    pub stations_with_english: u64,
    /// Municipalities (N03 boundaries joined with Geolonia's list).
    #[serde(default)]
    pub municipalities: u64,
    /// 町丁目 / 大字 neighbourhoods with a centre point (Geolonia).
    #[serde(default)]
    pub neighbourhoods: u64,
    /// Readings of place names (stations, municipalities, neighbourhoods).
    #[serde(default)]
    pub place_readings: Option<PlaceReadingsReport>,
    /// Rows rejected across all sources.
    pub rows_rejected: u64,
    /// Rejections grouped by file and reason.
    pub rejected: Vec<RejectedSummary>,
    /// Share of MHLW facilities matched to a G-MIS record, 0..1.
    pub gmis_match_rate: f64,
    /// Matched by how: `name+address`, `address+position` ...
    pub gmis_matches_by_method: BTreeMap<String, u64>,
    /// How the facility sheet's closing flags were read, and their agreement with the
    /// hours file under each reading.
    pub closing_flags: ClosingFlagsReport,
    /// Share of non-empty "other closed days" texts fully parsed, 0..1.
    pub closed_days_text_parsed_rate: f64,
    /// The sources, with credits.
    pub sources: Vec<SourceInfo>,
    /// How the facilities are placed: exactly, by neighbourhood, or not at all, and the
    /// geocoder's match rate, by kind.
    #[serde(default)]
    pub placement: Placement,
    /// What the clinic / dental / pharmacy lists contributed.
    #[serde(default)]
    pub lists: ListsReport,
}

/// Placement of the facilities.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Placement {
    /// Placed at the source's own coordinates.
    pub placed_exact: u64,
    /// Placed at the centre of their 町丁目 (geocoded).
    pub placed_neighbourhood: u64,
    /// Not placed: findable by name only.
    pub not_placed: u64,
    /// The same, and the geocoder's results, per kind.
    pub by_kind: BTreeMap<String, KindPlacement>,
}

/// Placement and geocoding of one kind of facility.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KindPlacement {
    /// Facilities of this kind.
    pub total: u64,
    /// Placed at the source's own coordinates.
    pub placed_exact: u64,
    /// Placed at the centre of their 町丁目.
    pub placed_neighbourhood: u64,
    /// Not placed.
    pub not_placed: u64,
    /// Addresses given to the geocoder (facilities without the source's coordinates).
    pub geocoded: u64,
    /// Of those, matched to a 町丁目 (placed).
    pub matched_town: u64,
    /// Matched only to their municipality (not placed).
    pub matched_municipality_only: u64,
    /// Not even their municipality matched.
    pub unmatched: u64,
    /// `matched_town / geocoded`, 0..1 (0 when nothing was geocoded).
    pub match_rate: f64,
}

/// What the clinic / dental / pharmacy lists contributed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListsReport {
    /// Facilities read from the re-formatted MHLW lists.
    pub mhlw_list_records: u64,
    /// Of those, skipped because an official MHLW sheet holds the same ID (the sheet wins).
    pub superseded_by_sheet: u64,
    /// 東京都 rows of the 厚生局 list read.
    pub kouseikyoku_records: u64,
    /// Of those, skipped as hospitals (in the MHLW hospital sheet, or named 病院).
    pub kouseikyoku_hospitals_skipped: u64,
    /// Of the skipped, matched to a hospital of the sheet by name or address.
    pub kouseikyoku_hospitals_matched: u64,
    /// Clinics whose departments were read from their name.
    pub departments_from_name: u64,
    /// Department names of the MHLW lists (free text) that no mapped name matched: left out.
    #[serde(default)]
    pub department_names_unmapped: u64,
}

/// How many places have a reading, and from where (`data/readings/`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PlaceReadingsReport {
    /// Stations, municipalities and neighbourhoods searched by name.
    pub places: u64,
    /// Those with a reading (hiragana and romaji).
    pub with_reading: u64,
    /// Readings taken from the reviewed override table.
    pub overrides_applied: u64,
    /// Places with a well-known English name from the table.
    pub english_names: u64,
    /// Override or English-name entries that met no place (should be none).
    pub unused_entries: Vec<String>,
}

/// The measurement behind the decision how to read the closing flags.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClosingFlagsReport {
    /// `inverted` (1 = has hours that day) or `literal` (1 = closed).
    pub reading: String,
    /// Flag/day pairs compared.
    pub compared: u64,
    /// Share agreeing with the hours file when read literally.
    pub agreement_literal: f64,
    /// Share agreeing when read inverted.
    pub agreement_inverted: f64,
}
