//! The tables of the dataset file, and how rows map to the core's types. Builder and
//! reader both go through this module.

use crate::error::{Error, Result};
use crate::facility::{DepartmentSet, Facility, FacilityKind, PositionSource};
use crate::geo::LatLon;
use crate::hours::Schedule;
use rusqlite::{params, Connection, Row};

/// Bump on any change to the tables or to the encoding of a column; readers refuse
/// other versions.
pub const SCHEMA_VERSION: i64 = 5;

/// The tables. `facilities.rowid` is dense from 1 so that it can index in-memory arrays.
pub const DDL: &str = r#"
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE facilities (
    rowid            INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    kind             TEXT NOT NULL,
    name_ja          TEXT NOT NULL,
    name_kana        TEXT,
    name_en          TEXT,
    address_ja       TEXT NOT NULL,
    pref_code        INTEGER NOT NULL,
    lat              REAL,
    lon              REAL,
    position_source  TEXT,
    phone            TEXT,
    phone_source     TEXT,
    emergency        INTEGER,
    emergency_status TEXT,
    emergency_source TEXT,
    departments      INTEGER NOT NULL,
    website          TEXT,
    schedule         BLOB NOT NULL
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

/// Column list matching [`facility_from_row`].
pub const FACILITY_COLUMNS: &str = "id, kind, name_ja, name_kana, name_en, address_ja, pref_code, \
     lat, lon, position_source, phone, emergency, departments, website";

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

/// Inserts one facility with its schedule; `rowid` must be dense from 1.
pub fn insert_facility(
    conn: &Connection,
    rowid: i64,
    f: &Facility,
    enrichment: &Enrichment,
    schedule: &Schedule,
) -> Result<()> {
    let blob = postcard::to_allocvec(schedule)
        .map_err(|e| Error::InvalidArgument(format!("cannot encode schedule of {}: {e}", f.id)))?;
    let mut stmt = conn.prepare_cached(
        "INSERT INTO facilities (rowid, id, kind, name_ja, name_kana, name_en, address_ja, pref_code, \
         lat, lon, position_source, phone, phone_source, emergency, emergency_status, emergency_source, \
         departments, website, schedule) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
    )?;
    stmt.execute(params![
        rowid,
        f.id,
        f.kind.as_str(),
        f.name_ja,
        f.name_kana,
        f.name_en,
        f.address_ja,
        f.pref_code,
        f.position.map(|p| p.lat),
        f.position.map(|p| p.lon),
        f.position_source.map(|s| s.as_str()),
        f.phone,
        enrichment.phone_source,
        f.emergency,
        enrichment.emergency_status,
        enrichment.emergency_source,
        f.departments.0,
        f.website,
        blob,
    ])?;
    Ok(())
}

/// Builds a [`Facility`] from a row selected with [`FACILITY_COLUMNS`].
pub fn facility_from_row(row: &Row<'_>) -> rusqlite::Result<Facility> {
    let kind: String = row.get(1)?;
    let lat: Option<f64> = row.get(7)?;
    let lon: Option<f64> = row.get(8)?;
    let source: Option<String> = row.get(9)?;
    let bad = |col: usize, what: String| {
        rusqlite::Error::FromSqlConversionFailure(col, rusqlite::types::Type::Text, what.into())
    };
    Ok(Facility {
        id: row.get(0)?,
        kind: kind.parse::<FacilityKind>().map_err(|e| bad(1, e.to_string()))?,
        name_ja: row.get(2)?,
        name_kana: row.get(3)?,
        name_en: row.get(4)?,
        address_ja: row.get(5)?,
        pref_code: row.get(6)?,
        position: match (lat, lon) {
            (Some(lat), Some(lon)) => Some(LatLon::new(lat, lon).map_err(|e| bad(7, e.to_string()))?),
            _ => None,
        },
        position_source: match source.as_deref() {
            Some("mhlw") => Some(PositionSource::Mhlw),
            Some("gmis-2021") => Some(PositionSource::Gmis2021),
            Some(other) => return Err(bad(9, format!("unknown position source {other}"))),
            None => None,
        },
        phone: row.get(10)?,
        emergency: row.get(11)?,
        departments: DepartmentSet(row.get(12)?),
        website: row.get(13)?,
    })
}

/// Decodes a schedule column.
pub fn schedule_from_blob(blob: &[u8]) -> Result<Schedule, postcard::Error> {
    postcard::from_bytes(blob)
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
