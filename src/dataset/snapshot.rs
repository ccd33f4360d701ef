//! The start-up snapshot: what the spatial index needs of every facility, stored in one
//! row so that opening a national-scale dataset does not scan every facility row. The
//! R*-tree is bulk-loaded from it at open: stored ready-made it took 8 MB of the 40 MB a
//! phone app can ship, and bulk loading 190,000 points takes tens of milliseconds.
//!
//! Written by the builder (and by anything else that writes a dataset) from the
//! `facilities` table it has just filled, so the snapshot always agrees with the rows.

use crate::dataset::schema::to_e6;
use crate::error::{Error, Result};
use crate::facility::{DepartmentSet, FacilityKind};
use crate::geo::LatLon;
use crate::nearby::Slot;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

/// A slot as stored: position in degrees, the rest as in [`Slot`].
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
struct StoredSlot {
    /// Integer microdegrees, as in the `facilities` table.
    position: Option<(i32, i32)>,
    kind: FacilityKind,
    departments: u32,
    emergency: Option<bool>,
    hours: bool,
}

#[derive(Serialize, Deserialize)]
struct Stored {
    slots: Vec<StoredSlot>,
}

/// Reads every facility row (in rowid order) and stores the snapshot.
pub fn write(conn: &Connection) -> Result<()> {
    let mut stmt =
        conn.prepare("SELECT rowid, lat_e6, lon_e6, kind, departments, emergency, schedule IS NOT NULL FROM facilities ORDER BY rowid")?;
    let mut rows = stmt.query([])?;
    let mut slots = Vec::new();
    while let Some(row) = rows.next()? {
        let rowid: i64 = row.get(0)?;
        if rowid != slots.len() as i64 + 1 {
            return Err(Error::InvalidArgument(format!("facility rowids are not dense at {rowid}")));
        }
        let position = match (row.get::<_, Option<i64>>(1)?, row.get::<_, Option<i64>>(2)?) {
            (Some(lat), Some(lon)) => Some(LatLon::new(lat as f64 / 1e6, lon as f64 / 1e6)?),
            _ => None,
        };
        let kind_code: i64 = row.get(3)?;
        let kind = *FacilityKind::ALL
            .get(kind_code as usize)
            .ok_or_else(|| Error::InvalidArgument(format!("facility kind code {kind_code}")))?;
        slots.push(Slot {
            position,
            unit: position.map(|p| p.unit_vector()).unwrap_or_default(),
            kind,
            departments: DepartmentSet(row.get(4)?),
            emergency: row.get(5)?,
            hours: row.get(6)?,
        });
    }
    let stored = Stored {
        slots: slots
            .iter()
            .map(|s| StoredSlot {
                position: s.position.map(|p| (to_e6(p.lat) as i32, to_e6(p.lon) as i32)),
                kind: s.kind,
                departments: s.departments.0,
                emergency: s.emergency,
                hours: s.hours,
            })
            .collect(),
    };
    let blob = postcard::to_allocvec(&stored)
        .map_err(|e| Error::InvalidArgument(format!("cannot encode the snapshot: {e}")))?;
    conn.execute("INSERT OR REPLACE INTO snapshot (id, data) VALUES (1, ?1)", [blob])?;
    Ok(())
}

/// Reads the snapshot: the slots (rowid - 1 = index).
pub fn read(conn: &Connection) -> std::result::Result<Vec<Slot>, String> {
    let mut stmt = conn.prepare("SELECT data FROM snapshot WHERE id = 1").map_err(|e| e.to_string())?;
    let mut rows = stmt.query([]).map_err(|e| e.to_string())?;
    let row = rows.next().map_err(|e| e.to_string())?.ok_or("the start-up snapshot is missing")?;
    let blob = row.get_ref(0).and_then(|v| Ok(v.as_blob()?)).map_err(|e| e.to_string())?;
    let stored: Stored = postcard::from_bytes(blob).map_err(|e| format!("the start-up snapshot is unreadable: {e}"))?;
    // Runs of equal positions (the builder sorts by position) share one conversion.
    let mut last: Option<((i32, i32), LatLon, [f64; 3])> = None;
    let slots = stored
        .slots
        .into_iter()
        .map(|s| {
            let (position, unit) = match s.position {
                Some(e6) => match last {
                    Some((prev, p, u)) if prev == e6 => (Some(p), u),
                    _ => {
                        let p = LatLon::new(e6.0 as f64 / 1e6, e6.1 as f64 / 1e6).map_err(|e| e.to_string())?;
                        let u = p.unit_vector();
                        last = Some((e6, p, u));
                        (Some(p), u)
                    }
                },
                None => (None, [0.0; 3]),
            };
            Ok(Slot {
                position,
                unit,
                kind: s.kind,
                departments: DepartmentSet(s.departments),
                emergency: s.emergency,
                hours: s.hours,
            })
        })
        .collect::<std::result::Result<Vec<_>, String>>()?;
    Ok(slots)
}
