//! The tables of the dataset file, and how rows map to the core's types. Builder and
//! reader both go through this module.
//!
//! Facilities are stored compactly, because the national set (about 190,000 facilities)
//! ships inside a phone app: positions as integer microdegrees, kinds and sources as small
//! codes (their names and dates are in the dataset's source list, once), schedules deflated
//! and absent when a facility has no published hours, and the text of the facilities
//! (names, address, website) in deflated blocks of [`TEXT_BLOCK`] consecutive facilities,
//! where the repeating prefecture and municipality of the addresses cost almost nothing.

use crate::error::{Error, Result};
use crate::facility::{DepartmentSet, Facility, FacilityKind, PositionSource, RecordSource};
use crate::geo::LatLon;
use crate::hours::Schedule;
use rusqlite::{params, Connection, Row};
use serde::{Deserialize, Serialize};
use std::io::{Read, Write};

/// Bump on any change to the tables or to the encoding of a column; readers refuse
/// other versions.
pub const SCHEMA_VERSION: i64 = 6;

/// Facilities per text block.
pub const TEXT_BLOCK: i64 = 64;

/// The tables. `facilities.rowid` is dense from 1 so that it can index in-memory arrays.
pub const DDL: &str = r#"
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE facilities (
    rowid            INTEGER PRIMARY KEY,
    id               TEXT NOT NULL,
    kind             INTEGER NOT NULL,
    pref_code        INTEGER NOT NULL,
    lat_e6           INTEGER,
    lon_e6           INTEGER,
    position_source  INTEGER,
    record_source    INTEGER NOT NULL,
    phone            TEXT,
    phone_source     TEXT,
    emergency        INTEGER,
    emergency_status TEXT,
    emergency_source TEXT,
    departments      INTEGER NOT NULL,
    departments_from_name INTEGER NOT NULL,
    schedule         BLOB
);
CREATE TABLE facility_text (
    block INTEGER PRIMARY KEY,
    data  BLOB NOT NULL
);
CREATE TABLE places (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    kind         TEXT NOT NULL,
    name_ja      TEXT NOT NULL,
    name_en      TEXT,
    name_ko      TEXT,
    name_zh_hans TEXT,
    name_zh_hant TEXT,
    name_fr      TEXT,
    lat          REAL NOT NULL,
    lon          REAL NOT NULL,
    lines        TEXT NOT NULL
);
CREATE TABLE municipalities (
    rowid     INTEGER PRIMARY KEY,
    code      TEXT,
    pref_code INTEGER NOT NULL,
    name_ja   TEXT NOT NULL,
    area      BLOB
);
CREATE TABLE neighbourhoods (
    rowid        INTEGER PRIMARY KEY,
    municipality INTEGER NOT NULL,
    name_ja      TEXT NOT NULL,
    lat          REAL NOT NULL,
    lon          REAL NOT NULL
);
CREATE TABLE snapshot (
    id   INTEGER PRIMARY KEY,
    data BLOB NOT NULL
);
CREATE TABLE rejected_rows (
    file   TEXT NOT NULL,
    line   INTEGER NOT NULL,
    reason TEXT NOT NULL
);
"#;

/// Column list matching [`facility_from_row`] (the text comes from [`TextRow`]).
pub const FACILITY_COLUMNS: &str = "id, kind, pref_code, lat_e6, lon_e6, position_source, record_source, \
     phone, emergency, departments, departments_from_name";

/// Number of columns in [`FACILITY_COLUMNS`].
pub const FACILITY_COLUMN_COUNT: usize = 11;

/// Provenance of the fields the builder enriched from a second source.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Enrichment {
    /// Where `phone` came from, e.g. `gmis-2021-09-20`.
    pub phone_source: Option<String>,
    /// The G-MIS answer for the emergency department (通常, 制限, 停止, 設置なし, 未回答).
    pub emergency_status: Option<String>,
    /// Where `emergency` came from.
    pub emergency_source: Option<String>,
}

/// The text of one facility, stored in blocks.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TextRow {
    /// 正式名称.
    pub name_ja: String,
    /// フリガナ.
    pub name_kana: Option<String>,
    /// English name.
    pub name_en: Option<String>,
    /// Address.
    pub address_ja: String,
    /// Website.
    pub website: Option<String>,
}

/// Creates the tables in an empty database and stamps the schema version.
pub fn create(conn: &Connection) -> Result<()> {
    conn.execute_batch(DDL)?;
    conn.execute_batch(super::place_readings::DDL)?;
    conn.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    set_meta(conn, "schema_version", &SCHEMA_VERSION.to_string())?;
    Ok(())
}

/// Writes one key of the `meta` table.
pub fn set_meta(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)", params![key, value])?;
    Ok(())
}

/// Reads one key of the `meta` table.
pub fn meta(conn: &Connection, key: &str) -> Result<Option<String>> {
    use rusqlite::OptionalExtension;
    Ok(conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional()?)
}

/// Deflates a blob as every compressed column of the dataset is stored.
pub(crate) fn deflate(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut enc = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(bytes).and_then(|_| enc.finish()).map_err(|e| Error::InvalidArgument(format!("deflate: {e}")))
}

/// Inflates a blob written by [`deflate`].
pub(crate) fn inflate(bytes: &[u8]) -> std::result::Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(bytes.len() * 4);
    flate2::read::DeflateDecoder::new(bytes).read_to_end(&mut out).map_err(|e| format!("inflate: {e}"))?;
    Ok(out)
}

/// A position as stored: integer microdegrees (about 0.1 m).
pub fn to_e6(deg: f64) -> i64 {
    (deg * 1e6).round() as i64
}

fn code_of<T: PartialEq + Copy>(all: &[T], v: T) -> i64 {
    all.iter().position(|x| *x == v).unwrap_or(0) as i64
}

/// Writes facilities in rowid order (dense from 1), with their text in blocks.
pub struct FacilityWriter<'c> {
    conn: &'c Connection,
    rowid: i64,
    block: Vec<TextRow>,
}

impl<'c> FacilityWriter<'c> {
    /// A writer for an empty `facilities` table.
    pub fn new(conn: &'c Connection) -> Self {
        FacilityWriter { conn, rowid: 0, block: Vec::with_capacity(TEXT_BLOCK as usize) }
    }

    /// Adds the next facility; a schedule without departments is stored as none.
    pub fn push(&mut self, f: &Facility, enrichment: &Enrichment, schedule: &Schedule) -> Result<()> {
        self.rowid += 1;
        let blob = if schedule.departments.is_empty() && schedule.closing == Default::default() {
            None
        } else {
            let raw = postcard::to_allocvec(schedule)
                .map_err(|e| Error::InvalidArgument(format!("cannot encode schedule of {}: {e}", f.id)))?;
            Some(deflate(&raw)?)
        };
        let mut stmt = self.conn.prepare_cached(
            "INSERT INTO facilities (rowid, id, kind, pref_code, lat_e6, lon_e6, position_source, record_source, \
             phone, phone_source, emergency, emergency_status, emergency_source, departments, \
             departments_from_name, schedule) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
        )?;
        stmt.execute(params![
            self.rowid,
            f.id,
            code_of(&FacilityKind::ALL, f.kind),
            f.pref_code,
            f.position.map(|p| to_e6(p.lat)),
            f.position.map(|p| to_e6(p.lon)),
            f.position_source.map(|s| code_of(&PositionSource::ALL, s)),
            code_of(&RecordSource::ALL, f.record_source),
            f.phone,
            enrichment.phone_source,
            f.emergency,
            enrichment.emergency_status,
            enrichment.emergency_source,
            f.departments.0,
            f.departments_from_name,
            blob,
        ])?;
        self.block.push(TextRow {
            name_ja: f.name_ja.clone(),
            name_kana: f.name_kana.clone(),
            name_en: f.name_en.clone(),
            address_ja: f.address_ja.clone(),
            website: f.website.clone(),
        });
        if self.block.len() as i64 == TEXT_BLOCK {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<()> {
        if self.block.is_empty() {
            return Ok(());
        }
        let raw = postcard::to_allocvec(&self.block)
            .map_err(|e| Error::InvalidArgument(format!("cannot encode facility text: {e}")))?;
        let block = (self.rowid - 1) / TEXT_BLOCK;
        self.conn
            .prepare_cached("INSERT INTO facility_text (block, data) VALUES (?1, ?2)")?
            .execute(params![block, deflate(&raw)?])?;
        self.block.clear();
        Ok(())
    }

    /// Writes the last, partial text block.
    pub fn finish(mut self) -> Result<()> {
        self.flush()
    }
}

/// Decodes a text block.
pub fn text_block_from_blob(blob: &[u8]) -> std::result::Result<Vec<TextRow>, String> {
    postcard::from_bytes(&inflate(blob)?).map_err(|e| format!("facility text unreadable: {e}"))
}

/// Builds a [`Facility`] from a row selected with [`FACILITY_COLUMNS`] and its text.
pub fn facility_from_row(row: &Row<'_>, text: TextRow) -> rusqlite::Result<Facility> {
    let bad = |col: usize, what: String| {
        rusqlite::Error::FromSqlConversionFailure(col, rusqlite::types::Type::Integer, what.into())
    };
    let code = |col: usize, n: usize| -> rusqlite::Result<usize> {
        let v: i64 = row.get(col)?;
        usize::try_from(v).ok().filter(|v| *v < n).ok_or_else(|| bad(col, format!("code {v} out of range")))
    };
    let kind = FacilityKind::ALL[code(1, FacilityKind::ALL.len())?];
    let lat: Option<i64> = row.get(3)?;
    let lon: Option<i64> = row.get(4)?;
    let position = match (lat, lon) {
        (Some(lat), Some(lon)) => {
            Some(LatLon::new(lat as f64 / 1e6, lon as f64 / 1e6).map_err(|e| bad(3, e.to_string()))?)
        }
        _ => None,
    };
    let position_source = match row.get::<_, Option<i64>>(5)? {
        Some(_) => Some(PositionSource::ALL[code(5, PositionSource::ALL.len())?]),
        None => None,
    };
    Ok(Facility {
        id: row.get(0)?,
        kind,
        name_ja: text.name_ja,
        name_kana: text.name_kana,
        name_en: text.name_en,
        address_ja: text.address_ja,
        pref_code: row.get(2)?,
        position,
        precision: position.and(position_source).map(|s| s.precision()),
        position_source,
        record_source: RecordSource::ALL[code(6, RecordSource::ALL.len())?],
        phone: row.get(7)?,
        emergency: row.get(8)?,
        departments: DepartmentSet(row.get(9)?),
        departments_from_name: row.get(10)?,
        website: text.website,
    })
}

/// Decodes a schedule column (`None`: no published hours).
pub fn schedule_from_blob(blob: Option<&[u8]>) -> std::result::Result<Schedule, String> {
    match blob {
        None => Ok(Schedule::default()),
        Some(b) => postcard::from_bytes(&inflate(b)?).map_err(|e| e.to_string()),
    }
}

/// Inserts one station into `places`.
pub fn insert_station(conn: &Connection, rowid: i64, s: &crate::build::stations::Station) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO places (rowid, id, kind, name_ja, name_en, name_ko, name_zh_hans, name_zh_hant, name_fr, lat, lon, lines) \
         VALUES (?1, ?2, 'station', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    let name = |k: &str| s.names.get(k).cloned();
    let lines = serde_json::to_string(&s.lines).map_err(|e| Error::InvalidArgument(e.to_string()))?;
    stmt.execute(params![
        rowid,
        s.id,
        s.name_ja,
        name("en"),
        name("ko"),
        name("zh-Hans"),
        name("zh-Hant"),
        name("fr"),
        s.position.lat,
        s.position.lon,
        lines
    ])?;
    Ok(())
}

/// Inserts one municipality; `rowid` must be dense from 1.
pub fn insert_municipality(conn: &Connection, rowid: i64, m: &crate::areas::Municipality) -> Result<()> {
    let area = match &m.area {
        Some(a) => Some(
            postcard::to_allocvec(&crate::areas::StoredArea::from(a))
                .map_err(|e| Error::InvalidArgument(format!("cannot encode the area of {}: {e}", m.name_ja)))?,
        ),
        None => None,
    };
    conn.prepare_cached(
        "INSERT INTO municipalities (rowid, code, pref_code, name_ja, area) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![rowid, m.code, m.pref_code, m.name_ja, area])?;
    Ok(())
}

/// Inserts one neighbourhood; `rowid` must be dense from 1.
pub fn insert_neighbourhood(conn: &Connection, rowid: i64, n: &crate::areas::Neighbourhood) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO neighbourhoods (rowid, municipality, name_ja, lat, lon) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![rowid, n.municipality as i64 + 1, n.name_ja, n.lat, n.lon])?;
    Ok(())
}
