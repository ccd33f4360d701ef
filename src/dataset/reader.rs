//! Opening a dataset read-only, with its version checked before anything else is read.

use super::info::DatasetInfo;
use super::schema::{self, SCHEMA_VERSION};
use crate::error::{Error, Result};
use crate::facility::Facility;
use crate::hours::Schedule;
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// An open dataset file. Thread-safe: queries take a short lock on the connection.
#[derive(Debug)]
pub struct Dataset {
    path: PathBuf,
    conn: Mutex<Connection>,
    info: DatasetInfo,
    all_text: std::sync::OnceLock<Vec<schema::TextRow>>,
}

impl Dataset {
    /// Opens `path` read-only; refuses a missing file, a non-dataset and another schema version.
    pub fn open(path: &Path) -> Result<Dataset> {
        if !path.is_file() {
            return Err(Error::MissingDataset { path: path.to_path_buf() });
        }
        let corrupt = |message: String| Error::CorruptDataset { path: path.to_path_buf(), message };
        let conn =
            Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
                .map_err(|e| corrupt(e.to_string()))?;
        // user_version is read from the header: it fails on a file that is not SQLite.
        let version: i64 =
            conn.pragma_query_value(None, "user_version", |r| r.get(0)).map_err(|e| corrupt(e.to_string()))?;
        if version != SCHEMA_VERSION {
            let stored = schema::meta(&conn, "schema_version").ok().flatten();
            if version == 0 && stored.is_none() {
                return Err(corrupt("no Tasukete schema version in this file".into()));
            }
            return Err(Error::SchemaVersion { path: path.to_path_buf(), found: version, expected: SCHEMA_VERSION });
        }
        let info_json = schema::meta(&conn, "info")
            .map_err(|e| corrupt(e.to_string()))?
            .ok_or_else(|| corrupt("the metadata row 'info' is missing".into()))?;
        let info: DatasetInfo =
            serde_json::from_str(&info_json).map_err(|e| corrupt(format!("metadata unreadable: {e}")))?;
        Ok(Dataset { path: path.to_path_buf(), conn: Mutex::new(conn), info, all_text: Default::default() })
    }

    /// The file this dataset was opened from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Version, sources, counts.
    pub fn info(&self) -> &DatasetInfo {
        &self.info
    }

    fn corrupt(&self, e: impl std::fmt::Display) -> Error {
        Error::CorruptDataset { path: self.path.clone(), message: e.to_string() }
    }

    /// Runs `f` with the connection locked.
    pub(crate) fn with_conn<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let conn = self.conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        f(&conn)
    }

    /// The decoded text block `block` (facilities `block * TEXT_BLOCK + 1 ..`).
    fn text_block(&self, conn: &Connection, block: i64) -> Result<Vec<schema::TextRow>> {
        let mut stmt = conn.prepare_cached("SELECT data FROM facility_text WHERE block = ?1")?;
        let mut rows = stmt.query([block])?;
        let row = rows.next()?.ok_or_else(|| self.corrupt(format!("no facility text block {block}")))?;
        let blob = row.get_ref(0)?.as_blob().map_err(|e| self.corrupt(e))?;
        schema::text_block_from_blob(blob).map_err(|e| self.corrupt(e))
    }

    /// The text of every facility, in rowid order (decoded once, then kept).
    fn all_text(&self) -> Result<&[schema::TextRow]> {
        if let Some(t) = self.all_text.get() {
            return Ok(t);
        }
        let rows = self.with_conn(|conn| {
            let mut stmt = conn.prepare("SELECT data FROM facility_text ORDER BY block")?;
            let mut rows = stmt.query([])?;
            let mut all = Vec::new();
            while let Some(row) = rows.next()? {
                let blob = row.get_ref(0)?.as_blob().map_err(|e| self.corrupt(e))?;
                all.extend(schema::text_block_from_blob(blob).map_err(|e| self.corrupt(e))?);
            }
            Ok(all)
        })?;
        Ok(self.all_text.get_or_init(|| rows))
    }

    /// The facility row at `rowid` with its text (from `texts` when decoded already).
    fn facility_with_text(&self, conn: &Connection, rowid: i64) -> Result<Facility> {
        let sql = format!("SELECT {} FROM facilities WHERE rowid = ?1", schema::FACILITY_COLUMNS);
        let mut stmt = conn.prepare_cached(&sql)?;
        let text = match self.all_text.get() {
            Some(all) => all.get(rowid as usize - 1).cloned(),
            None => {
                let block = (rowid - 1) / schema::TEXT_BLOCK;
                self.text_block(conn, block)?.into_iter().nth(((rowid - 1) % schema::TEXT_BLOCK) as usize)
            }
        }
        .ok_or_else(|| self.corrupt(format!("no text for facility row {rowid}")))?;
        stmt.query_row([rowid], |row| schema::facility_from_row(row, text)).map_err(|e| self.corrupt(e))
    }

    /// Every facility in rowid order, each with its rowid.
    pub fn facilities(&self) -> Result<Vec<(i64, Facility)>> {
        let texts = self.all_text()?;
        self.with_conn(|conn| {
            let sql = format!("SELECT {}, rowid FROM facilities ORDER BY rowid", schema::FACILITY_COLUMNS);
            let mut stmt = conn.prepare(&sql)?;
            let n = schema::FACILITY_COLUMN_COUNT;
            let rows = stmt.query_map([], |row| {
                let rowid: i64 = row.get(n)?;
                let text = texts.get(rowid as usize - 1).cloned().unwrap_or_default();
                Ok((rowid, schema::facility_from_row(row, text)?))
            })?;
            rows.collect::<rusqlite::Result<Vec<_>>>().map_err(|e| self.corrupt(e))
        })
    }

    /// One facility by its source ID.
    pub fn facility(&self, id: &str) -> Result<Option<(i64, Facility)>> {
        self.with_conn(|conn| {
            let rowid: Option<i64> = conn
                .query_row("SELECT rowid FROM facilities WHERE id = ?1", [id], |r| r.get(0))
                .optional()
                .map_err(|e| self.corrupt(e))?;
            match rowid {
                Some(r) => Ok(Some((r, self.facility_with_text(conn, r)?))),
                None => Ok(None),
            }
        })
    }

    /// The schedule of the facility at `rowid` (empty when it has no published hours).
    pub fn schedule(&self, rowid: i64) -> Result<Schedule> {
        self.with_conn(|conn| {
            let mut stmt = conn.prepare_cached("SELECT schedule FROM facilities WHERE rowid = ?1")?;
            let mut rows = stmt.query([rowid])?;
            let row = rows.next()?.ok_or_else(|| self.corrupt(format!("no facility row {rowid}")))?;
            let blob = row.get_ref(0)?.as_blob_or_null().map_err(|e| self.corrupt(e))?;
            schema::schedule_from_blob(blob).map_err(|e| self.corrupt(format!("schedule of row {rowid}: {e}")))
        })
    }

    /// One facility by rowid.
    pub fn facility_at(&self, rowid: i64) -> Result<(i64, Facility)> {
        self.with_conn(|conn| Ok((rowid, self.facility_with_text(conn, rowid)?)))
    }

    /// Facilities whose Japanese, kana or English name contains `text` (English without
    /// regard to ASCII case), shortest Japanese name first, at most `k`.
    pub fn find_by_name(&self, text: &str, k: usize) -> Result<Vec<Facility>> {
        let texts = self.all_text()?;
        let needle = text.to_ascii_lowercase();
        let mut hits: Vec<(usize, usize)> = texts
            .iter()
            .enumerate()
            .filter(|(_, t)| {
                t.name_ja.contains(text)
                    || t.name_kana.as_deref().is_some_and(|n| n.contains(text))
                    || t.name_en.as_deref().is_some_and(|n| n.to_ascii_lowercase().contains(&needle))
            })
            .map(|(i, t)| (t.name_ja.chars().count(), i))
            .collect();
        hits.sort();
        hits.truncate(k);
        self.with_conn(|conn| hits.iter().map(|&(_, i)| self.facility_with_text(conn, i as i64 + 1)).collect())
    }

    /// Every place row: (id, kind, names by language, lat, lon, lines).
    pub fn places(&self) -> Result<Vec<crate::places::Place>> {
        self.with_conn(|conn| {
            let mut stmt = conn.prepare(
                "SELECT id, kind, name_ja, name_en, name_ko, name_zh_hans, name_zh_hant, name_fr, lat, lon, lines \
                 FROM places ORDER BY rowid",
            )?;
            let rows = stmt.query_map([], |r| {
                let mut names = std::collections::BTreeMap::new();
                for (i, lang) in [(3, "en"), (4, "ko"), (5, "zh-Hans"), (6, "zh-Hant"), (7, "fr")] {
                    if let Some(n) = r.get::<_, Option<String>>(i)? {
                        names.insert(lang.to_string(), n);
                    }
                }
                let lines: String = r.get(10)?;
                Ok(crate::places::Place {
                    id: r.get(0)?,
                    kind: r.get(1)?,
                    name_ja: r.get(2)?,
                    name_en: names.get("en").cloned(),
                    names,
                    lat: r.get(8)?,
                    lon: r.get(9)?,
                    lines: serde_json::from_str(&lines).unwrap_or_default(),
                })
            })?;
            rows.collect::<rusqlite::Result<Vec<_>>>().map_err(|e| self.corrupt(e))
        })
    }

    /// Every municipality in rowid order (index = rowid - 1).
    pub fn municipalities(&self) -> Result<Vec<crate::areas::Municipality>> {
        self.with_conn(|conn| {
            let mut stmt = conn.prepare("SELECT code, pref_code, name_ja, area FROM municipalities ORDER BY rowid")?;
            let rows = stmt.query_map([], |r| {
                let area: Option<Vec<u8>> = r.get(3)?;
                let area = match area {
                    Some(bytes) => Some(postcard::from_bytes::<crate::areas::StoredArea>(&bytes).map_err(|e| {
                        rusqlite::Error::FromSqlConversionFailure(3, rusqlite::types::Type::Blob, Box::new(e))
                    })?),
                    None => None,
                };
                Ok(crate::areas::Municipality {
                    code: r.get(0)?,
                    pref_code: r.get(1)?,
                    name_ja: r.get(2)?,
                    area: area.map(Into::into),
                })
            })?;
            rows.collect::<rusqlite::Result<Vec<_>>>().map_err(|e| self.corrupt(e))
        })
    }

    /// Every neighbourhood in rowid order.
    pub fn neighbourhoods(&self) -> Result<Vec<crate::areas::Neighbourhood>> {
        self.with_conn(|conn| {
            let mut stmt = conn.prepare("SELECT municipality, name_ja, lat, lon FROM neighbourhoods ORDER BY rowid")?;
            let rows = stmt.query_map([], |r| {
                let m: i64 = r.get(0)?;
                Ok(crate::areas::Neighbourhood {
                    municipality: (m - 1) as u32,
                    name_ja: r.get(1)?,
                    lat: r.get(2)?,
                    lon: r.get(3)?,
                })
            })?;
            rows.collect::<rusqlite::Result<Vec<_>>>().map_err(|e| self.corrupt(e))
        })
    }
}
