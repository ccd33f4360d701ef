//! The readings of every place, stored compactly: one row per kind of place (station,
//! municipality, neighbourhood) holding column arrays in rowid order. Hiragana is kept one
//! byte a character (a reading is almost all of the bytes, and UTF-8 spends three on each
//! kana), and a 〜丁目 number is not stored at all: readers say it from the name (see
//! [`crate::readings`]). So 288,000 readings take about 4 MB instead of 14.

use crate::error::{Error, Result};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// `place_readings.kind` of stations (`places.rowid` order).
pub const STATION: i64 = 1;
/// Of municipalities.
pub const MUNICIPALITY: i64 = 2;
/// Of neighbourhoods.
pub const NEIGHBOURHOOD: i64 = 3;

/// `place_readings.kind` of the railway line names (one map, not per rowid).
pub const LINES: i64 = 4;

/// Railway line names by language, by `operator line` as stations list them.
pub type LineNames = BTreeMap<String, BTreeMap<String, String>>;

/// Writes the line names.
pub fn write_lines(conn: &Connection, names: &LineNames) -> Result<()> {
    let blob =
        postcard::to_allocvec(names).map_err(|e| Error::InvalidArgument(format!("cannot encode line names: {e}")))?;
    let blob = super::schema::deflate(&blob)?;
    conn.execute("INSERT OR REPLACE INTO place_readings (kind, data) VALUES (?1, ?2)", params![LINES, blob])?;
    Ok(())
}

/// Reads the line names (empty when the dataset has none).
pub fn read_lines(conn: &Connection) -> std::result::Result<LineNames, String> {
    let blob: Option<Vec<u8>> = conn
        .query_row("SELECT data FROM place_readings WHERE kind = ?1", [LINES], |r| r.get(0))
        .optional()
        .map_err(|e| e.to_string())?;
    match blob {
        Some(b) => {
            postcard::from_bytes(&super::schema::inflate(&b)?).map_err(|e| format!("line names unreadable: {e}"))
        }
        None => Ok(LineNames::new()),
    }
}

/// The table.
pub const DDL: &str = "CREATE TABLE place_readings (kind INTEGER PRIMARY KEY, data BLOB NOT NULL);";

/// How a reading was made, as stored.
pub const HOW_NONE: u8 = 0;
/// Sudachi's dictionary.
pub const HOW_DICTIONARY: u8 = 1;
/// The reviewed override table.
pub const HOW_OVERRIDE: u8 = 2;
/// The name is kana.
pub const HOW_KANA: u8 = 3;

/// One kind's facts, index = rowid - 1.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PlaceReadings {
    /// Prefecture code (0 unknown).
    pub pref: Vec<u8>,
    /// Stations within 1 km.
    pub weight: Vec<u8>,
    /// How the reading was made ([`HOW_NONE`] when there is none).
    pub how: Vec<u8>,
    /// Length in bytes of each packed reading.
    pub len: Vec<u8>,
    /// Packed readings, one after the other (see [`pack`]).
    pub bytes: Vec<u8>,
    /// Well-known English names by index.
    pub name_en: BTreeMap<u32, String>,
    /// The point that stands for a municipality, by index.
    pub point: BTreeMap<u32, (f64, f64)>,
    /// Start of each reading in `bytes` (not stored: computed on load).
    #[serde(skip)]
    pub start: Vec<u32>,
}

/// Hiragana words (spaces between) as one byte a character: U+3041..U+309F as the low
/// byte, ー as 0xFC, a space as 0x20. Anything else keeps the whole reading in UTF-8 behind
/// a 0x00 byte.
pub fn pack(words: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(words.len() / 3 + 1);
    out.push(0x01);
    for c in words.chars() {
        match c {
            '\u{3041}'..='\u{309F}' => out.push((c as u32 - 0x3000) as u8),
            'ー' => out.push(0xFC),
            ' ' => out.push(0x20),
            _ => {
                let mut raw = vec![0x00];
                raw.extend_from_slice(words.as_bytes());
                return raw;
            }
        }
    }
    out
}

/// The words [`pack`] packed.
pub fn unpack(bytes: &[u8]) -> String {
    match bytes.split_first() {
        Some((0x01, rest)) => rest
            .iter()
            .map(|&b| match b {
                0x20 => ' ',
                0xFC => 'ー',
                b => char::from_u32(0x3000 + b as u32).unwrap_or('?'),
            })
            .collect(),
        Some((_, rest)) => String::from_utf8_lossy(rest).into_owned(),
        None => String::new(),
    }
}

impl PlaceReadings {
    /// Adds the next place (rowid = count + 1).
    pub fn push(&mut self, pref: u8, weight: u8, how: u8, words: Option<&str>) {
        self.pref.push(pref);
        self.weight.push(weight);
        let packed = words.map(pack).unwrap_or_default();
        let packed = if packed.len() > 255 { Vec::new() } else { packed };
        self.how.push(if packed.is_empty() { HOW_NONE } else { how });
        self.start.push(self.bytes.len() as u32);
        self.len.push(packed.len() as u8);
        self.bytes.extend_from_slice(&packed);
    }

    /// Number of places.
    pub fn len(&self) -> usize {
        self.pref.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.pref.is_empty()
    }

    /// The stored reading words of index `i` (rowid - 1): without a 〜丁目 number.
    pub fn words(&self, i: usize) -> Option<String> {
        let len = *self.len.get(i)? as usize;
        if len == 0 {
            return None;
        }
        let start = self.start[i] as usize;
        Some(unpack(&self.bytes[start..start + len]))
    }

    fn index_starts(&mut self) {
        let mut at = 0u32;
        self.start = self
            .len
            .iter()
            .map(|&l| {
                let s = at;
                at += l as u32;
                s
            })
            .collect();
    }
}

/// Writes one kind's readings.
pub fn write(conn: &Connection, kind: i64, r: &PlaceReadings) -> Result<()> {
    let blob = postcard::to_allocvec(r).map_err(|e| Error::InvalidArgument(format!("cannot encode readings: {e}")))?;
    // Deflated: the readings repeat a lot (about 4 MB to 1 MB), and the file ships in the app.
    let blob = super::schema::deflate(&blob)?;
    conn.execute("INSERT OR REPLACE INTO place_readings (kind, data) VALUES (?1, ?2)", params![kind, blob])?;
    Ok(())
}

/// Reads one kind's readings (empty when the kind has none).
pub fn read(conn: &Connection, kind: i64) -> std::result::Result<PlaceReadings, String> {
    let blob: Option<Vec<u8>> = conn
        .query_row("SELECT data FROM place_readings WHERE kind = ?1", [kind], |r| r.get(0))
        .optional()
        .map_err(|e| e.to_string())?;
    let Some(blob) = blob else { return Ok(PlaceReadings::default()) };
    let blob = super::schema::inflate(&blob)?;
    let mut r: PlaceReadings = postcard::from_bytes(&blob).map_err(|e| format!("place readings unreadable: {e}"))?;
    let n = r.pref.len();
    if r.weight.len() != n
        || r.how.len() != n
        || r.len.len() != n
        || r.len.iter().map(|&l| l as usize).sum::<usize>() != r.bytes.len()
    {
        return Err("place readings: columns of different lengths".into());
    }
    r.index_starts();
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packing_round_trips() {
        for w in ["きょうと かわらまち", "ゆーかり", "", "Fびれっじ", "ぎおん"] {
            assert_eq!(unpack(&pack(w)), w);
        }
        assert_eq!(pack("ぎおん").len(), 4);
        let mut r = PlaceReadings::default();
        r.push(26, 3, HOW_DICTIONARY, Some("ぎおん"));
        r.push(13, 0, HOW_DICTIONARY, None);
        r.push(27, 1, HOW_OVERRIDE, Some("はなてん"));
        let blob = postcard::to_allocvec(&r).unwrap();
        let mut back: PlaceReadings = postcard::from_bytes(&blob).unwrap();
        back.index_starts();
        assert_eq!(back.words(0).as_deref(), Some("ぎおん"));
        assert_eq!(back.words(1), None);
        assert_eq!(back.words(2).as_deref(), Some("はなてん"));
        assert_eq!(back.how, [1, 0, 2]);
    }
}
