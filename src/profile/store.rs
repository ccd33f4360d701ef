//! The profile store: an SQLite file in the app's data directory (never the bundled
//! dataset), holding the medical profile and the questionnaire's answers.
//!
//! - The file says what it is (`PRAGMA application_id`) and which schema it has
//!   (`PRAGMA user_version`); older files are migrated step by step, each step in its own
//!   transaction; a file of a newer version, or any other file, is refused untouched.
//! - Every save is one transaction with `synchronous = FULL`: a save killed half-way
//!   is rolled back at the next open, and what an earlier save committed is kept
//!   (`tests/profile_crash.rs` kills a writer mid-save many times to prove it).
//! - Each row carries the revision of the save that wrote it, and loading checks that
//!   they agree: a mixed file is reported, never shown as a profile.

use super::error::{invalid, Error, Result};
use super::model::Profile;
use crate::intake::Answers;
use chrono::{NaiveDate, SecondsFormat, Utc};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};

/// The store's file name in the app's data directory.
pub const FILE_NAME: &str = "profile.sqlite";

/// `PRAGMA application_id` of a profile store ("TSKP").
pub const APPLICATION_ID: i32 = 0x5453_4b50;

/// The schema this program writes; `MIGRATIONS[v]` takes a store from version v to v+1.
pub const SCHEMA_VERSION: i64 = 2;

const MIGRATIONS: [&str; 2] = [
    // 1: the profile, one row per section and per list entry, each with its save's revision.
    "CREATE TABLE profile_save (id INTEGER PRIMARY KEY CHECK (id = 1), revision INTEGER NOT NULL, saved_at TEXT NOT NULL);
     CREATE TABLE profile_section (section TEXT PRIMARY KEY, revision INTEGER NOT NULL, body TEXT NOT NULL);
     CREATE TABLE profile_entry (section TEXT NOT NULL, position INTEGER NOT NULL, revision INTEGER NOT NULL,
                                 body TEXT NOT NULL, PRIMARY KEY (section, position));",
    // 2: the questionnaire's answers, kept until the user clears them.
    "CREATE TABLE intake_answers (id INTEGER PRIMARY KEY CHECK (id = 1), saved_at TEXT NOT NULL, body TEXT NOT NULL);",
];

/// The list sections of a profile (IPS names), stored one row per entry.
const LIST_SECTIONS: [&str; 5] =
    ["allergies_intolerances", "medication_summary", "problem_list", "history_of_procedures", "medical_devices"];

/// What a save wrote.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Saved {
    /// The save's number, one more than the last.
    pub revision: i64,
    /// When (UTC, RFC 3339).
    pub saved_at: String,
}

/// An open profile store.
pub struct ProfileStore {
    conn: Connection,
    path: PathBuf,
}

fn is_sqlite_or_empty(path: &Path) -> Result<bool> {
    use std::io::Read;
    let mut head = [0u8; 16];
    let mut f = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(true),
        Err(e) => return Err(Error::Io { path: path.into(), source: e }),
    };
    let n = f.read(&mut head).map_err(|e| Error::Io { path: path.into(), source: e })?;
    Ok(n == 0 || (n == 16 && &head == b"SQLite format 3\0"))
}

impl ProfileStore {
    /// Opens (creating it and its folder if missing) and migrates the store at `path`.
    pub fn open(path: &Path) -> Result<ProfileStore> {
        Self::open_at_version(path, SCHEMA_VERSION)
    }

    /// Opens the store, migrating it no further than `version` (tests build old stores).
    #[doc(hidden)]
    pub fn open_at_version(path: &Path, version: i64) -> Result<ProfileStore> {
        if !is_sqlite_or_empty(path)? {
            return Err(Error::NotAStore { path: path.into(), message: "not an SQLite file".into() });
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| Error::Io { path: dir.into(), source: e })?;
        }
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE)
            .map_err(|e| Error::Storage { path: path.into(), source: e })?;
        let mut store = ProfileStore { conn, path: path.into() };
        store.check_and_migrate(version)?;
        Ok(store)
    }

    fn db<T>(&self, r: rusqlite::Result<T>) -> Result<T> {
        r.map_err(|e| Error::Storage { path: self.path.clone(), source: e })
    }

    fn check_and_migrate(&mut self, target: i64) -> Result<()> {
        let app_id: i32 = self.db(self.conn.query_row("PRAGMA application_id", [], |r| r.get(0)))?;
        let found: i64 = self.db(self.conn.query_row("PRAGMA user_version", [], |r| r.get(0)))?;
        let tables: i64 = self.db(self.conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0)))?;
        let fresh = app_id == 0 && found == 0 && tables == 0;
        if !fresh && app_id != APPLICATION_ID {
            return Err(Error::NotAStore {
                path: self.path.clone(),
                message: format!(
                    "an SQLite file of another kind (application_id {app_id:#x}, {tables} schema objects)"
                ),
            });
        }
        if found > SCHEMA_VERSION {
            return Err(Error::NewerStore { path: self.path.clone(), found, supported: SCHEMA_VERSION });
        }
        self.db(self.conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;"))?;
        for v in found..target {
            let path = self.path.clone();
            let tx = self.conn.transaction().map_err(|e| Error::Storage { path, source: e })?;
            let step = MIGRATIONS[v as usize];
            let r = tx
                .execute_batch(step)
                .and_then(|()| tx.pragma_update(None, "application_id", APPLICATION_ID))
                .and_then(|()| tx.pragma_update(None, "user_version", v + 1))
                .and_then(|()| tx.commit());
            r.map_err(|e| Error::Storage { path: self.path.clone(), source: e })?;
        }
        Ok(())
    }

    /// The store's file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version of the open file.
    pub fn schema_version(&self) -> Result<i64> {
        self.db(self.conn.query_row("PRAGMA user_version", [], |r| r.get(0)))
    }

    /// The revision of the last save (0 when nothing was ever saved).
    pub fn revision(&self) -> Result<i64> {
        let r = self.conn.query_row("SELECT revision FROM profile_save WHERE id = 1", [], |r| r.get(0)).optional();
        Ok(self.db(r)?.unwrap_or(0))
    }

    /// Saves `profile` (checked first against `today`) in one transaction, replacing the
    /// previous one. Nothing is written if it does not validate.
    pub fn save(&mut self, profile: &Profile, today: NaiveDate) -> Result<Saved> {
        profile.validate(today)?;
        let value = serde_json::to_value(profile).map_err(|e| invalid("profile", e.to_string()))?;
        let Value::Object(sections) = value else { unreachable!("a profile serializes to an object") };
        let saved_at = Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true);
        let path = self.path.clone();
        let tx = self.conn.transaction().map_err(|e| Error::Storage { path: path.clone(), source: e })?;
        let write = || -> rusqlite::Result<i64> {
            let revision: i64 =
                tx.query_row("SELECT coalesce(max(revision), 0) + 1 FROM profile_save", [], |r| r.get(0))?;
            tx.execute("DELETE FROM profile_section", [])?;
            tx.execute("DELETE FROM profile_entry", [])?;
            let mut section =
                tx.prepare("INSERT INTO profile_section (section, revision, body) VALUES (?1, ?2, ?3)")?;
            let mut entry =
                tx.prepare("INSERT INTO profile_entry (section, position, revision, body) VALUES (?1, ?2, ?3, ?4)")?;
            for (name, body) in &sections {
                if LIST_SECTIONS.contains(&name.as_str()) {
                    let none = body.get("none").cloned().unwrap_or(Value::Bool(false));
                    section.execute(params![name, revision, serde_json::json!({ "none": none }).to_string()])?;
                    for (i, e) in body.get("entries").and_then(Value::as_array).into_iter().flatten().enumerate() {
                        entry.execute(params![name, i as i64, revision, e.to_string()])?;
                    }
                } else {
                    section.execute(params![name, revision, body.to_string()])?;
                }
            }
            tx.execute(
                "INSERT INTO profile_save (id, revision, saved_at) VALUES (1, ?1, ?2)
                 ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, saved_at = excluded.saved_at",
                params![revision, saved_at],
            )?;
            Ok(revision)
        };
        let revision = write().map_err(|e| Error::Storage { path: path.clone(), source: e })?;
        tx.commit().map_err(|e| Error::Storage { path, source: e })?;
        Ok(Saved { revision, saved_at })
    }

    /// The saved profile, or `None` when nothing was ever saved (or it was deleted).
    pub fn load(&self) -> Result<Option<Profile>> {
        let Some(revision) = self.db(self
            .conn
            .query_row("SELECT revision FROM profile_save WHERE id = 1", [], |r| r.get::<_, i64>(0))
            .optional())?
        else {
            return Ok(None);
        };
        let mixed = |what: String| Error::NotAStore {
            path: self.path.clone(),
            message: format!("{what} does not belong to save {revision}: the file was changed outside the app"),
        };
        let parse = |s: String| serde_json::from_str::<Value>(&s).map_err(|e| invalid("profile store", e.to_string()));
        let mut object = Map::new();
        for (name, rev, body) in self.rows("SELECT section, revision, body FROM profile_section")? {
            if rev != revision {
                return Err(mixed(format!("section {name}")));
            }
            object.insert(name, parse(body)?);
        }
        for (name, rev, body) in
            self.rows("SELECT section, revision, body FROM profile_entry ORDER BY section, position")?
        {
            if rev != revision {
                return Err(mixed(format!("an entry of {name}")));
            }
            let section = object.entry(name.clone()).or_insert_with(|| serde_json::json!({}));
            let entries = section.as_object_mut().ok_or_else(|| mixed(format!("section {name}")))?;
            let list = entries.entry("entries").or_insert_with(|| Value::Array(Vec::new()));
            list.as_array_mut().ok_or_else(|| mixed(format!("section {name}")))?.push(parse(body)?);
        }
        let profile: Profile = serde_path_to_error::deserialize(Value::Object(object))
            .map_err(|e| invalid(format!("profile store: {}", e.path()), e.inner().to_string()))?;
        Ok(Some(profile))
    }

    /// (section, revision, body) rows of a query.
    fn rows(&self, sql: &str) -> Result<Vec<(String, i64, String)>> {
        let read = |conn: &Connection| -> rusqlite::Result<Vec<(String, i64, String)>> {
            let mut stmt = conn.prepare(sql)?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            rows.collect()
        };
        self.db(read(&self.conn))
    }

    /// Deletes the saved profile (the answers stay), in one transaction.
    pub fn delete_profile(&mut self) -> Result<()> {
        let r = self.conn.execute_batch(
            "BEGIN; DELETE FROM profile_section; DELETE FROM profile_entry; DELETE FROM profile_save; COMMIT;",
        );
        self.db(r)
    }

    /// The questionnaire's kept answers, if any.
    pub fn answers(&self) -> Result<Option<Answers>> {
        let body: Option<String> =
            self.db(self.conn.query_row("SELECT body FROM intake_answers WHERE id = 1", [], |r| r.get(0)).optional())?;
        body.map(|b| Answers::from_json(&b, "kept answers")).transpose()
    }

    /// Keeps `answers` (checked first) until [`ProfileStore::clear_answers`].
    pub fn save_answers(&mut self, answers: &Answers) -> Result<()> {
        answers.validate()?;
        let body = serde_json::to_string(answers).map_err(|e| invalid("answers", e.to_string()))?;
        let saved_at = Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true);
        let r = self.conn.execute(
            "INSERT INTO intake_answers (id, saved_at, body) VALUES (1, ?1, ?2)
             ON CONFLICT (id) DO UPDATE SET saved_at = excluded.saved_at, body = excluded.body",
            params![saved_at, body],
        );
        self.db(r).map(|_| ())
    }

    /// Forgets the questionnaire's answers.
    pub fn clear_answers(&mut self) -> Result<()> {
        let r = self.conn.execute("DELETE FROM intake_answers", []);
        self.db(r).map(|_| ())
    }
}
