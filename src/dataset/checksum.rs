//! The checksum of a dataset's content, written by the builder into the `meta` table and
//! checked when the app installs the dataset on a phone ([`super::install`]).
//!
//! It is computed over what the file *says*, not over its bytes: every table's schema and
//! rows in a fixed order, each value with its type, so that the row holding the checksum
//! can live inside the file it describes (that one row is left out). SQLite's page layout,
//! free pages and VACUUM do not change it; a changed, missing or damaged row does, and a
//! damaged page makes SQLite fail while reading, which is reported as damage too.

use super::schema;
use crate::error::Result;
use rusqlite::types::ValueRef;
use rusqlite::Connection;
use sha2::{Digest, Sha256};

/// The `meta` key under which the builder stores the checksum (lowercase hex SHA-256).
pub const META_KEY: &str = "content_sha256";

/// SHA-256 over the dataset's content, as lowercase hex. Deterministic: tables in name
/// order, rows in rowid order (`meta` by key), the `meta` row [`META_KEY`] left out.
pub fn content_sha256(conn: &Connection) -> Result<String> {
    let mut hash = Sha256::new();
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    hash.update(version.to_le_bytes());
    let tables: Vec<(String, String)> = {
        let mut stmt = conn.prepare(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get::<_, Option<String>>(1)?.unwrap_or_default())))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for (name, sql) in tables {
        field(&mut hash, b'T', name.as_bytes());
        field(&mut hash, b'S', sql.as_bytes());
        let quoted = name.replace('"', "\"\"");
        let select = if name == "meta" {
            format!("SELECT * FROM \"{quoted}\" WHERE key <> '{META_KEY}' ORDER BY key")
        } else {
            format!("SELECT * FROM \"{quoted}\" ORDER BY rowid")
        };
        let mut stmt = conn.prepare(&select)?;
        let columns = stmt.column_count();
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            hash.update(b"R");
            for i in 0..columns {
                match row.get_ref(i)? {
                    ValueRef::Null => hash.update(b"N"),
                    ValueRef::Integer(v) => field(&mut hash, b'I', &v.to_le_bytes()),
                    ValueRef::Real(v) => field(&mut hash, b'F', &v.to_bits().to_le_bytes()),
                    ValueRef::Text(t) => field(&mut hash, b'X', t),
                    ValueRef::Blob(b) => field(&mut hash, b'B', b),
                }
            }
        }
    }
    Ok(hex(&hash.finalize()))
}

/// A type tag, the length, then the bytes: no two different sequences of values hash alike.
fn field(hash: &mut Sha256, tag: u8, bytes: &[u8]) {
    hash.update([tag]);
    hash.update((bytes.len() as u64).to_le_bytes());
    hash.update(bytes);
}

/// Lowercase hex of `bytes`.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Computes the checksum and stores it under [`META_KEY`] (the builder's last step).
pub fn stamp(conn: &Connection) -> Result<String> {
    let sum = content_sha256(conn)?;
    schema::set_meta(conn, META_KEY, &sum)?;
    Ok(sum)
}

/// The checksum the file claims, if it has one.
pub fn recorded(conn: &Connection) -> Result<Option<String>> {
    schema::meta(conn, META_KEY)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db() -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        schema::create(&conn).unwrap();
        schema::set_meta(&conn, "info", "{}").unwrap();
        conn.execute("INSERT INTO rejected_rows VALUES ('a.csv', 3, 'bad')", []).unwrap();
        conn
    }

    #[test]
    fn the_checksum_row_does_not_change_the_checksum() {
        let conn = db();
        let before = content_sha256(&conn).unwrap();
        assert_eq!(stamp(&conn).unwrap(), before);
        assert_eq!(content_sha256(&conn).unwrap(), before);
        assert_eq!(recorded(&conn).unwrap().as_deref(), Some(before.as_str()));
        assert_eq!(before.len(), 64);
    }

    #[test]
    fn any_changed_value_changes_it() {
        let conn = db();
        let before = content_sha256(&conn).unwrap();
        conn.execute("UPDATE rejected_rows SET line = 4", []).unwrap();
        let line = content_sha256(&conn).unwrap();
        assert_ne!(line, before);
        conn.execute("UPDATE rejected_rows SET line = 3, reason = 'bad '", []).unwrap();
        assert_ne!(content_sha256(&conn).unwrap(), before);
        conn.execute("UPDATE rejected_rows SET reason = 'bad'", []).unwrap();
        assert_eq!(content_sha256(&conn).unwrap(), before, "back to the same content, back to the same sum");
        schema::set_meta(&conn, "info", "{ }").unwrap();
        assert_ne!(content_sha256(&conn).unwrap(), before);
    }
}
