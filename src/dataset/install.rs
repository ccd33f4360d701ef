//! Installing the bundled dataset into the app's own data directory, where SQLite can open
//! it on every platform.
//!
//! On Android a bundled resource is packed inside the APK and is not a file (Tauri issue
//! 8911), so the app reads it as a stream through Tauri's resource API and copies it. The
//! same code runs on the desktop, where the stream is a plain file: [`BundledDataset`] is
//! the only part that differs, and it only opens streams.
//!
//! The copy is written under a temporary name, flushed to disk, verified against the
//! checksum the builder recorded ([`super::checksum`]) and only then renamed into place. A
//! crash at any point leaves either the old dataset or the new one, never half of one; a
//! temporary file left by a crash is discarded on the next start. Each start checks the
//! installed copy against the record written when it was verified (its size and SHA-256),
//! and a copy that no longer matches is replaced from the bundle.
//!
//! ```
//! use tasukete::dataset::install::{ensure_installed, FileBundle, Outcome};
//! # fn demo(bundled: &std::path::Path, data_dir: &std::path::Path) -> tasukete::Result<()> {
//! let installed = ensure_installed(&FileBundle::new(bundled), data_dir)?;
//! assert!(matches!(installed.outcome, Outcome::Current | Outcome::Fresh | Outcome::Updated | Outcome::Repaired));
//! let guide = tasukete::Guide::open(&installed.path)?;
//! # drop(guide); Ok(()) }
//! ```

use super::checksum;
use super::reader::Dataset;
use super::schema::SCHEMA_VERSION;
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

/// The name of the installed dataset in the data directory.
pub const INSTALLED_FILE: &str = "tasukete.sqlite";
/// The temporary name a copy is written under before it is verified.
pub const TEMP_FILE: &str = "tasukete.sqlite.installing";
/// The record of the verified copy: its checksum, size and file hash.
pub const RECORD_FILE: &str = "tasukete.sqlite.installed.json";

/// What the builder writes beside the dataset (`<file>.manifest.json`) and the app bundles
/// with it: enough to decide without opening the dataset whether the installed copy is
/// the bundled one. On Android the bundled dataset cannot be opened with SQLite in place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// The dataset's schema version.
    pub schema_version: i64,
    /// When it was built (RFC 3339).
    pub built_at: String,
    /// [`checksum::content_sha256`] of the dataset, also in its `meta` table.
    pub content_sha256: String,
    /// The file's size in bytes.
    pub size: u64,
    /// SHA-256 of the file's bytes (lowercase hex): also covers SQLite's indexes, which
    /// the content checksum does not read.
    pub file_sha256: String,
}

/// The manifest's path for a dataset file: `tasukete.sqlite` -> `tasukete.sqlite.manifest.json`.
pub fn manifest_path(dataset: &Path) -> PathBuf {
    let mut name = dataset.file_name().unwrap_or_default().to_os_string();
    name.push(".manifest.json");
    dataset.with_file_name(name)
}

/// Writes the manifest of the finished dataset at `dataset` (the builder's last step).
pub fn write_manifest(dataset: &Path) -> Result<Manifest> {
    let ds = Dataset::open(dataset)?;
    let ds_info = ds.info().clone();
    let content_sha256 = ds
        .with_conn(checksum::recorded)?
        .ok_or_else(|| Error::CorruptDataset { path: dataset.into(), message: "no content checksum".into() })?;
    drop(ds);
    let (size, file_sha256) = file_hash(dataset)?;
    let m = Manifest {
        schema_version: ds_info.schema_version,
        built_at: ds_info.built_at,
        content_sha256,
        size,
        file_sha256,
    };
    let path = manifest_path(dataset);
    let json = serde_json::to_string_pretty(&m).map_err(|e| Error::InvalidArgument(e.to_string()))?;
    fs::write(&path, json + "\n").map_err(|e| Error::io(&path, e))?;
    Ok(m)
}

/// The dataset as the app bundles it. Desktop: two files in the resource folder. Android:
/// two assets in the APK, read through Tauri's resource API. Only the streams differ.
pub trait BundledDataset {
    /// Where the bundled dataset is, for messages (a path or an `asset://` URI).
    fn location(&self) -> PathBuf;
    /// Opens the manifest (see [`Manifest`]) for reading.
    fn open_manifest(&self) -> io::Result<Box<dyn Read + '_>>;
    /// Opens the dataset itself for reading.
    fn open_dataset(&self) -> io::Result<Box<dyn Read + '_>>;
}

/// A bundled dataset that is a plain file, with its manifest beside it.
#[derive(Debug, Clone)]
pub struct FileBundle {
    path: PathBuf,
}

impl FileBundle {
    /// The dataset at `path` (its manifest is [`manifest_path`]).
    pub fn new(path: &Path) -> Self {
        FileBundle { path: path.to_path_buf() }
    }
}

impl BundledDataset for FileBundle {
    fn location(&self) -> PathBuf {
        self.path.clone()
    }
    fn open_manifest(&self) -> io::Result<Box<dyn Read + '_>> {
        Ok(Box::new(File::open(manifest_path(&self.path))?))
    }
    fn open_dataset(&self) -> io::Result<Box<dyn Read + '_>> {
        Ok(Box::new(File::open(&self.path)?))
    }
}

/// What [`ensure_installed`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// The installed copy is the bundled one and unchanged: nothing was copied.
    Current,
    /// Nothing was installed: first start.
    Fresh,
    /// The installed copy was another build (the app was updated): replaced.
    Updated,
    /// The installed copy no longer matched its record (damaged, or a crash before its
    /// record was written): replaced.
    Repaired,
}

/// The installed dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Installed {
    /// The file to open.
    pub path: PathBuf,
    /// What was done to get it there.
    pub outcome: Outcome,
    /// The bundled dataset's manifest.
    pub manifest: Manifest,
    /// A temporary file left by an interrupted install was found and discarded.
    pub discarded_temp: bool,
}

/// The record of a verified installed copy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Record {
    content_sha256: String,
    size: u64,
    file_sha256: String,
}

/// Makes sure `data_dir` holds a verified copy of `bundle` and returns its path.
///
/// Errors: no bundled dataset ([`Error::MissingDataset`]), a bundle of another schema
/// ([`Error::SchemaVersion`], the reader's message), a bundle whose copy fails
/// verification ([`Error::CorruptDataset`]; an installed copy is then left as it was),
/// and I/O errors of the data directory.
pub fn ensure_installed(bundle: &dyn BundledDataset, data_dir: &Path) -> Result<Installed> {
    ensure_installed_with(bundle, data_dir, &mut |_| {})
}

/// [`ensure_installed`], calling `before_rename` with the verified temporary copy just
/// before it is renamed into place (tests make the "crash" there).
pub fn ensure_installed_with(
    bundle: &dyn BundledDataset,
    data_dir: &Path,
    before_rename: &mut dyn FnMut(&Path),
) -> Result<Installed> {
    fs::create_dir_all(data_dir).map_err(|e| Error::io(data_dir, e))?;
    let target = data_dir.join(INSTALLED_FILE);
    let temp = data_dir.join(TEMP_FILE);
    let record_path = data_dir.join(RECORD_FILE);

    // A crash between copy and rename leaves the temporary file: it was never verified
    // into place, so it is thrown away whatever it holds.
    let discarded_temp = temp.exists();
    if discarded_temp {
        fs::remove_file(&temp).map_err(|e| Error::io(&temp, e))?;
    }

    let manifest = read_manifest(bundle)?;
    if manifest.schema_version != SCHEMA_VERSION {
        return Err(Error::SchemaVersion {
            path: bundle.location(),
            found: manifest.schema_version,
            expected: SCHEMA_VERSION,
        });
    }

    let record: Option<Record> = fs::read(&record_path).ok().and_then(|bytes| serde_json::from_slice(&bytes).ok());
    let outcome = match (&record, target.is_file()) {
        (_, false) => Outcome::Fresh,
        (Some(r), true) if r.content_sha256 != manifest.content_sha256 => Outcome::Updated,
        (Some(r), true) => {
            if matches_record(&target, r)? {
                return Ok(Installed { path: target, outcome: Outcome::Current, manifest, discarded_temp });
            }
            Outcome::Repaired
        }
        (None, true) => Outcome::Repaired,
    };

    let copied = copy_verified(bundle, &manifest, &temp)?;
    // Order matters for crashes: without its record the old file is never trusted, and the
    // new record is written only once the new file is in place.
    if record_path.exists() {
        fs::remove_file(&record_path).map_err(|e| Error::io(&record_path, e))?;
    }
    before_rename(&temp);
    fs::rename(&temp, &target).map_err(|e| Error::io(&target, e))?;
    write_synced(&record_path, &serde_json::to_vec(&copied).map_err(|e| Error::InvalidArgument(e.to_string()))?)?;
    sync_dir(data_dir);
    Ok(Installed { path: target, outcome, manifest, discarded_temp })
}

fn read_manifest(bundle: &dyn BundledDataset) -> Result<Manifest> {
    let location = bundle.location();
    let missing = |e: &io::Error| e.kind() == io::ErrorKind::NotFound;
    let mut text = Vec::new();
    match bundle.open_manifest() {
        Ok(mut r) => r.read_to_end(&mut text).map_err(|e| Error::io(&location, e))?,
        Err(e) => {
            // Without its manifest a bundled dataset cannot be installed safely; when the
            // dataset cannot be opened either, there is none (Android reports a missing
            // asset as a generic I/O error, not as NotFound).
            return Err(match bundle.open_dataset() {
                Err(_) => Error::MissingDataset { path: location },
                Ok(_) if missing(&e) => {
                    Error::CorruptDataset { path: location, message: "the bundled dataset has no manifest".into() }
                }
                Ok(_) => Error::io(&location, e),
            });
        }
    };
    serde_json::from_slice(&text).map_err(|e| Error::CorruptDataset {
        path: location,
        message: format!("the bundled dataset's manifest is unreadable: {e}"),
    })
}

/// Whether the installed file still has the size and hash recorded when it was verified.
fn matches_record(target: &Path, r: &Record) -> Result<bool> {
    let size = fs::metadata(target).map_err(|e| Error::io(target, e))?.len();
    if size != r.size {
        return Ok(false);
    }
    Ok(file_hash(target)?.1 == r.file_sha256)
}

/// The size and SHA-256 of a file.
fn file_hash(path: &Path) -> Result<(u64, String)> {
    let mut file = File::open(path).map_err(|e| Error::io(path, e))?;
    let mut hash = Sha256::new();
    let size = io::copy(&mut file, &mut hash).map_err(|e| Error::io(path, e))?;
    Ok((size, checksum::hex(&hash.finalize())))
}

/// Copies the bundle to `temp`, flushes it to disk and verifies it; removes `temp` and
/// reports the bundle as damaged when it does not verify.
fn copy_verified(bundle: &dyn BundledDataset, manifest: &Manifest, temp: &Path) -> Result<Record> {
    let location = bundle.location();
    let damaged = |message: String| Error::CorruptDataset { path: location.clone(), message };
    let mut source = bundle.open_dataset().map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => Error::MissingDataset { path: location.clone() },
        _ => Error::io(&location, e),
    })?;
    let result = (|| {
        let mut out = File::create(temp).map_err(|e| Error::io(temp, e))?;
        let mut hash = Sha256::new();
        let mut buf = vec![0u8; 1 << 16];
        let mut size = 0u64;
        loop {
            let n = source.read(&mut buf).map_err(|e| Error::io(&location, e))?;
            if n == 0 {
                break;
            }
            hash.update(&buf[..n]);
            out.write_all(&buf[..n]).map_err(|e| Error::io(temp, e))?;
            size += n as u64;
        }
        out.sync_all().map_err(|e| Error::io(temp, e))?;
        drop(out);
        if size != manifest.size {
            return Err(damaged(format!("the bundled dataset has {size} bytes, its manifest says {}", manifest.size)));
        }
        // The reader's own checks first: another schema gets the reader's clear message.
        let ds = Dataset::open(temp).map_err(|e| match e {
            Error::SchemaVersion { found, expected, .. } => {
                Error::SchemaVersion { path: location.clone(), found, expected }
            }
            Error::CorruptDataset { message, .. } => damaged(message),
            other => other,
        })?;
        let file_sha256 = checksum::hex(&hash.finalize());
        if file_sha256 != manifest.file_sha256 {
            return Err(damaged(format!(
                "the copy failed verification: file SHA-256 {file_sha256}, the manifest says {}",
                manifest.file_sha256
            )));
        }
        let (recorded, actual) = ds
            .with_conn(|c| Ok((checksum::recorded(c)?, checksum::content_sha256(c)?)))
            .map_err(|e| damaged(format!("reading it for verification failed: {e}")))?;
        if recorded.as_deref() != Some(actual.as_str()) || actual != manifest.content_sha256 {
            return Err(damaged(format!(
                "the copy failed verification: content checksum {actual}, expected {}",
                manifest.content_sha256
            )));
        }
        Ok(Record { content_sha256: actual, size, file_sha256 })
    })();
    if result.is_err() {
        let _ = fs::remove_file(temp);
    }
    result
}

fn write_synced(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut f = File::create(path).map_err(|e| Error::io(path, e))?;
    f.write_all(bytes).and_then(|_| f.sync_all()).map_err(|e| Error::io(path, e))
}

/// Flushes the directory entry of a rename (best effort: not every platform allows
/// opening a directory).
fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}
