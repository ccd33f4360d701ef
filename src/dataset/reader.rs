//! Opening a dataset read-only, with its version checked before anything else is read.

use super::info::DatasetInfo;
use super::place_readings::{self, PlaceReadings};
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
    /// Place readings by kind (station, municipality, neighbourhood), read on first use.
    readings: [std::sync::OnceLock<std::result::Result<std::sync::Arc<PlaceReadings>, String>>; 3],
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
        Ok(Dataset {
            path: path.to_path_buf(),
            conn: Mutex::new(conn),
            info,
            all_text: Default::default(),
            readings: Default::default(),
        })
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

    /// The readings of one kind of place ([`place_readings::STATION`] ...), read once.
    pub fn place_readings(&self, kind: i64) -> Result<std::sync::Arc<PlaceReadings>> {
        let slot = &self.readings[(kind as usize).clamp(1, 3) - 1];
        slot.get_or_init(|| {
            self.with_conn(|c| Ok(place_readings::read(c, kind)))
                .unwrap_or_else(|e| Err(e.to_string()))
                .map(std::sync::Arc::new)
        })
        .clone()
        .map_err(|m| self.corrupt(m))
    }

    /// Every station, with its reading, prefecture and English name (for the map).
    pub fn places(&self) -> Result<Vec<crate::places::Place>> {
        Ok(self.station_rows()?.into_iter().map(|p| p.place).collect())
    }

    /// Every station as place search indexes it.
    pub fn station_rows(&self) -> Result<Vec<crate::places::IndexedPlace>> {
        let facts = self.place_readings(place_readings::STATION)?;
        let line_names =
            self.with_conn(|c| Ok(place_readings::read_lines(c))).and_then(|r| r.map_err(|m| self.corrupt(m)))?;
        self.with_conn(|conn| {
            let mut stmt = conn.prepare(
                "SELECT id, kind, name_ja, name_en, name_ko, name_zh_hans, name_zh_hant, name_fr, lat, lon, lines, rowid \
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
                let name_ja: String = r.get(2)?;
                let i = r.get::<_, i64>(11)? as usize - 1;
                let words = facts.words(i).map(|w| crate::readings::full_words(&name_ja, &w));
                let (reading, romaji) = crate::places::shown_reading(&name_ja, words.as_deref());
                Ok(crate::places::IndexedPlace {
                    place: crate::places::Place {
                        id: r.get(0)?,
                        kind: r.get(1)?,
                        name_en: names.get("en").cloned().or_else(|| facts.name_en.get(&(i as u32)).cloned()),
                        name_ja,
                        names,
                        reading,
                        romaji,
                        prefecture: facts.pref.get(i).copied().and_then(crate::places::Prefecture::of),
                        municipality: None,
                        municipality_romaji: None,
                        lat: r.get(8)?,
                        lon: r.get(9)?,
                        approximate: false,
                        line_names: Vec::new(),
                        lines: serde_json::from_str(&lines).unwrap_or_default(),
                    },
                    words,
                    weight: facts.weight.get(i).copied().unwrap_or(0),
                })
            })?;
            let mut all = rows.collect::<rusqlite::Result<Vec<_>>>().map_err(|e| self.corrupt(e))?;
            for p in &mut all {
                p.place.line_names = p.place.lines.iter().map(|l| line_names.get(l).cloned().unwrap_or_default()).collect();
            }
            Ok(all)
        })
    }

    /// Every municipality with a point to stand for it, as place search indexes it.
    pub fn municipality_rows(&self) -> Result<Vec<crate::places::IndexedPlace>> {
        let facts = self.place_readings(place_readings::MUNICIPALITY)?;
        self.with_conn(|conn| {
            let mut stmt = conn.prepare("SELECT rowid, code, name_ja, pref_code FROM municipalities ORDER BY rowid")?;
            let rows = stmt.query_map([], |r| {
                let rowid: i64 = r.get(0)?;
                let code: Option<String> = r.get(1)?;
                let name_ja: String = r.get(2)?;
                let i = rowid as usize - 1;
                let words = facts.words(i);
                let (reading, romaji) = crate::places::shown_reading(&name_ja, words.as_deref());
                let Some(&(lat, lon)) = facts.point.get(&(i as u32)) else { return Ok(None) };
                Ok(Some(crate::places::IndexedPlace {
                    place: crate::places::Place {
                        id: format!("m{}", code.unwrap_or_else(|| format!("#{rowid}"))),
                        kind: "municipality".into(),
                        name_en: facts.name_en.get(&(i as u32)).cloned(),
                        name_ja,
                        names: Default::default(),
                        reading,
                        romaji,
                        prefecture: crate::places::Prefecture::of(r.get(3)?),
                        municipality: None,
                        municipality_romaji: None,
                        lat,
                        lon,
                        approximate: true,
                        lines: Vec::new(),
                        line_names: Vec::new(),
                    },
                    words,
                    weight: facts.weight.get(i).copied().unwrap_or(0),
                }))
            })?;
            let all = rows.collect::<rusqlite::Result<Vec<_>>>().map_err(|e| self.corrupt(e))?;
            Ok(all.into_iter().flatten().collect())
        })
    }

    /// Every neighbourhood's name, reading and weight, as place search indexes them.
    pub fn neighbourhood_rows(&self) -> Result<Vec<crate::places::NeighbourhoodRow>> {
        let facts = self.place_readings(place_readings::NEIGHBOURHOOD)?;
        self.with_conn(|conn| {
            let mut stmt = conn.prepare("SELECT rowid, name_ja, lat, lon FROM neighbourhoods ORDER BY rowid")?;
            let rows = stmt.query_map([], |r| {
                let rowid: i64 = r.get(0)?;
                let name_ja: String = r.get(1)?;
                let i = rowid as usize - 1;
                Ok(crate::places::NeighbourhoodRow {
                    rowid,
                    reading: facts.words(i).map(|w| crate::readings::full_words(&name_ja, &w)),
                    name_ja,
                    weight: facts.weight.get(i).copied().unwrap_or(0),
                    lat: r.get(2)?,
                    lon: r.get(3)?,
                })
            })?;
            rows.collect::<rusqlite::Result<Vec<_>>>().map_err(|e| self.corrupt(e))
        })
    }

    /// One neighbourhood as a place answer, with its municipality and prefecture.
    pub fn neighbourhood_place(&self, rowid: i64) -> Result<Option<crate::places::Place>> {
        use rusqlite::OptionalExtension;
        let hoods = self.place_readings(place_readings::NEIGHBOURHOOD)?;
        let munis = self.place_readings(place_readings::MUNICIPALITY)?;
        let row = self.with_conn(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT n.name_ja, n.lat, n.lon, m.rowid, m.pref_code, m.name_ja \
                 FROM neighbourhoods n JOIN municipalities m ON m.rowid = n.municipality WHERE n.rowid = ?1",
            )?;
            stmt.query_row([rowid], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, f64>(1)?,
                    r.get::<_, f64>(2)?,
                    r.get::<_, i64>(3)?,
                    r.get::<_, u8>(4)?,
                    r.get::<_, String>(5)?,
                ))
            })
            .optional()
            .map_err(|e| self.corrupt(e))
        })?;
        let Some((name_ja, lat, lon, m_rowid, pref, municipality)) = row else { return Ok(None) };
        let (reading, romaji) = crate::places::shown_reading(&name_ja, hoods.words(rowid as usize - 1).as_deref());
        let (_, municipality_romaji) =
            crate::places::shown_reading(&municipality, munis.words(m_rowid as usize - 1).as_deref());
        Ok(Some(crate::places::Place {
            id: format!("n{rowid}"),
            kind: "neighbourhood".into(),
            name_en: None,
            name_ja,
            names: Default::default(),
            reading,
            romaji,
            prefecture: crate::places::Prefecture::of(pref),
            municipality: Some(municipality),
            municipality_romaji,
            lat,
            lon,
            approximate: false,
            lines: Vec::new(),
            line_names: Vec::new(),
        }))
    }

    /// The reading of a place by kind (`station`: `places.rowid`, `municipality`,
    /// `neighbourhood`: their rowids), for "where am I" and the 119 script's address line.
    pub fn reading_of(&self, kind: &str, rowid: i64) -> Result<Option<crate::readings::Reading>> {
        use rusqlite::OptionalExtension;
        let (k, table) = match kind {
            "station" => (place_readings::STATION, "places"),
            "municipality" => (place_readings::MUNICIPALITY, "municipalities"),
            "neighbourhood" => (place_readings::NEIGHBOURHOOD, "neighbourhoods"),
            other => return Err(Error::InvalidArgument(format!("no place kind '{other}'"))),
        };
        let facts = self.place_readings(k)?;
        let Some(words) = usize::try_from(rowid - 1).ok().and_then(|i| facts.words(i)) else { return Ok(None) };
        let name: Option<String> = self.with_conn(|conn| {
            Ok(conn
                .query_row(&format!("SELECT name_ja FROM {table} WHERE rowid = ?1"), [rowid], |r| r.get(0))
                .optional()?)
        })?;
        Ok(name.map(|n| crate::readings::Reading::of(&n, &words)))
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
