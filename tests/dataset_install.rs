//! Installing the bundled dataset into the app's data directory: every branch, on desktop
//! files standing in for the APK's assets (the install code only sees streams).

mod common;

use std::fs;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use tasukete::dataset::install::{
    ensure_installed, ensure_installed_with, manifest_path, BundledDataset, FileBundle, Manifest, Outcome,
    INSTALLED_FILE, RECORD_FILE, TEMP_FILE,
};
use tasukete::Error;

/// A bundle built by the real builder from the generated sources, in its own folder.
fn bundle() -> (tempfile::TempDir, PathBuf) {
    let sources = common::small_sources();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tasukete.sqlite");
    let opts =
        tasukete::build::BuildOptions { sources: sources.path().to_path_buf(), out: path.clone(), departments: None };
    tasukete::build::build(&opts, &mut |_| {}).expect("the small dataset builds");
    (dir, path)
}

fn manifest(path: &Path) -> Manifest {
    serde_json::from_slice(&fs::read(manifest_path(path)).unwrap()).unwrap()
}

/// Changes the dataset's content (a new build) and writes its new checksum and manifest,
/// as the builder would for the next app release.
fn rebuild_with_change(path: &Path) {
    {
        let conn = rusqlite::Connection::open(path).unwrap();
        conn.execute("INSERT INTO rejected_rows (file, line, reason) VALUES ('next-release.csv', 1, 'x')", []).unwrap();
        tasukete::dataset::checksum::stamp(&conn).unwrap();
    }
    tasukete::dataset::install::write_manifest(path).unwrap();
}

/// Overwrites `len` bytes in the middle of a file: damage that keeps its size.
fn damage_middle(path: &Path, len: usize) {
    let size = fs::metadata(path).unwrap().len();
    let mut f = fs::OpenOptions::new().write(true).open(path).unwrap();
    f.seek(SeekFrom::Start(size / 2)).unwrap();
    f.write_all(&vec![0x5a; len]).unwrap();
}

#[test]
fn the_builder_records_a_checksum_of_the_content_and_a_manifest() {
    let (_d, path) = bundle();
    let m = manifest(&path);
    assert_eq!(m.schema_version, tasukete::dataset::schema::SCHEMA_VERSION);
    assert_eq!(m.size, fs::metadata(&path).unwrap().len());
    let conn = rusqlite::Connection::open(&path).unwrap();
    let recorded = tasukete::dataset::checksum::recorded(&conn).unwrap().unwrap();
    assert_eq!(recorded, m.content_sha256);
    assert_eq!(tasukete::dataset::checksum::content_sha256(&conn).unwrap(), recorded, "recomputed, it agrees");
}

#[test]
fn first_start_copies_verifies_and_opens_and_the_next_start_copies_nothing() {
    let (_b, path) = bundle();
    let data = tempfile::tempdir().unwrap();
    let first = ensure_installed(&FileBundle::new(&path), data.path()).unwrap();
    assert_eq!(first.outcome, Outcome::Fresh);
    assert_eq!(first.path, data.path().join(INSTALLED_FILE));
    assert!(!data.path().join(TEMP_FILE).exists());
    assert!(data.path().join(RECORD_FILE).exists());
    assert_eq!(fs::read(&first.path).unwrap(), fs::read(&path).unwrap());
    let guide = tasukete::Guide::open(&first.path).unwrap();
    assert_eq!(guide.info().facilities_total, 3);

    let modified = fs::metadata(&first.path).unwrap().modified().unwrap();
    let second = ensure_installed(&FileBundle::new(&path), data.path()).unwrap();
    assert_eq!(second.outcome, Outcome::Current);
    assert_eq!(fs::metadata(&second.path).unwrap().modified().unwrap(), modified, "not copied again");
}

#[test]
fn an_app_update_with_a_new_dataset_replaces_the_installed_copy() {
    let (_b, path) = bundle();
    let data = tempfile::tempdir().unwrap();
    let old = ensure_installed(&FileBundle::new(&path), data.path()).unwrap();
    rebuild_with_change(&path);
    let new = ensure_installed(&FileBundle::new(&path), data.path()).unwrap();
    assert_eq!(new.outcome, Outcome::Updated);
    assert_ne!(new.manifest.content_sha256, old.manifest.content_sha256);
    let conn = rusqlite::Connection::open(&new.path).unwrap();
    let n: i64 =
        conn.query_row("SELECT count(*) FROM rejected_rows WHERE file = 'next-release.csv'", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 1, "the new build's content is installed");
    assert_eq!(ensure_installed(&FileBundle::new(&path), data.path()).unwrap().outcome, Outcome::Current);
}

#[test]
fn a_damaged_installed_copy_is_replaced_from_the_bundle() {
    let (_b, path) = bundle();
    let data = tempfile::tempdir().unwrap();
    let installed = ensure_installed(&FileBundle::new(&path), data.path()).unwrap();
    damage_middle(&installed.path, 64);
    let again = ensure_installed(&FileBundle::new(&path), data.path()).unwrap();
    assert_eq!(again.outcome, Outcome::Repaired);
    assert_eq!(fs::read(&again.path).unwrap(), fs::read(&path).unwrap());

    // Truncated (a full disk), and a missing record: replaced too.
    let f = fs::OpenOptions::new().write(true).open(&again.path).unwrap();
    f.set_len(4096).unwrap();
    assert_eq!(ensure_installed(&FileBundle::new(&path), data.path()).unwrap().outcome, Outcome::Repaired);
    fs::remove_file(data.path().join(RECORD_FILE)).unwrap();
    assert_eq!(ensure_installed(&FileBundle::new(&path), data.path()).unwrap().outcome, Outcome::Repaired);
    assert!(tasukete::Guide::open(&again.path).is_ok());
}

#[test]
fn a_crash_between_copy_and_rename_keeps_the_old_copy_and_the_next_start_finishes() {
    let (_b, path) = bundle();
    let data = tempfile::tempdir().unwrap();
    ensure_installed(&FileBundle::new(&path), data.path()).unwrap();
    let old_bytes = fs::read(data.path().join(INSTALLED_FILE)).unwrap();
    rebuild_with_change(&path);

    // The process dies with the verified copy still under its temporary name.
    let crashed = std::panic::catch_unwind(|| {
        let _ = ensure_installed_with(&FileBundle::new(&path), data.path(), &mut |temp| {
            assert!(temp.is_file());
            panic!("power cut");
        });
    });
    assert!(crashed.is_err());
    assert!(data.path().join(TEMP_FILE).exists(), "the temporary copy is left behind");
    assert_eq!(fs::read(data.path().join(INSTALLED_FILE)).unwrap(), old_bytes, "the old dataset is untouched");
    assert!(tasukete::Guide::open(&data.path().join(INSTALLED_FILE)).is_ok());

    let next = ensure_installed(&FileBundle::new(&path), data.path()).unwrap();
    assert!(next.discarded_temp);
    assert!(!data.path().join(TEMP_FILE).exists());
    assert_eq!(next.outcome, Outcome::Repaired, "the old copy lost its record before the crash");
    assert_eq!(fs::read(&next.path).unwrap(), fs::read(&path).unwrap());
}

#[test]
fn a_half_written_temporary_file_from_a_crash_during_the_copy_is_discarded() {
    let (_b, path) = bundle();
    let data = tempfile::tempdir().unwrap();
    fs::write(data.path().join(TEMP_FILE), &fs::read(&path).unwrap()[..1000]).unwrap();
    let first = ensure_installed(&FileBundle::new(&path), data.path()).unwrap();
    assert!(first.discarded_temp);
    assert_eq!(first.outcome, Outcome::Fresh);
    assert!(tasukete::Guide::open(&first.path).is_ok());
}

#[test]
fn a_bundle_of_an_unknown_schema_is_refused_with_the_readers_message() {
    let (_b, path) = bundle();
    let data = tempfile::tempdir().unwrap();
    let mut m = manifest(&path);
    m.schema_version = 99;
    fs::write(manifest_path(&path), serde_json::to_string(&m).unwrap()).unwrap();
    let err = ensure_installed(&FileBundle::new(&path), data.path()).unwrap_err();
    assert!(matches!(err, Error::SchemaVersion { found: 99, .. }), "{err:?}");
    assert!(err.to_string().contains("has schema version 99, this program reads version"), "{err}");
    assert!(!data.path().join(INSTALLED_FILE).exists());

    // The manifest agrees but the file itself is of another version: the reader refuses it.
    m.schema_version = tasukete::dataset::schema::SCHEMA_VERSION;
    fs::write(manifest_path(&path), serde_json::to_string(&m).unwrap()).unwrap();
    rusqlite::Connection::open(&path).unwrap().pragma_update(None, "user_version", 99).unwrap();
    let mut m2 = m.clone();
    m2.size = fs::metadata(&path).unwrap().len();
    fs::write(manifest_path(&path), serde_json::to_string(&m2).unwrap()).unwrap();
    let err = ensure_installed(&FileBundle::new(&path), data.path()).unwrap_err();
    assert!(matches!(err, Error::SchemaVersion { found: 99, .. }), "{err:?}");
    assert!(!data.path().join(TEMP_FILE).exists() && !data.path().join(INSTALLED_FILE).exists());
}

#[test]
fn a_damaged_bundle_is_not_installed_and_a_good_installed_copy_is_kept() {
    let (_b, path) = bundle();
    let data = tempfile::tempdir().unwrap();
    let fresh = tempfile::tempdir().unwrap();
    ensure_installed(&FileBundle::new(&path), data.path()).unwrap();
    let good = fs::read(data.path().join(INSTALLED_FILE)).unwrap();

    // Same size, damaged bytes: the copy fails verification.
    damage_middle(&path, 4096);
    let err = ensure_installed(&FileBundle::new(&path), fresh.path()).unwrap_err();
    assert!(matches!(err, Error::CorruptDataset { .. }), "{err:?}");
    assert!(!fresh.path().join(TEMP_FILE).exists() && !fresh.path().join(INSTALLED_FILE).exists());
    // A verified copy already installed is the same build: it stays and is used.
    assert_eq!(ensure_installed(&FileBundle::new(&path), data.path()).unwrap().outcome, Outcome::Current);
    assert_eq!(fs::read(data.path().join(INSTALLED_FILE)).unwrap(), good);

    // Truncated bundle, a manifest that is not JSON, and no bundle at all.
    let f = fs::OpenOptions::new().write(true).open(&path).unwrap();
    f.set_len(10_000).unwrap();
    let err = ensure_installed(&FileBundle::new(&path), fresh.path()).unwrap_err();
    assert!(err.to_string().contains("bytes, its manifest says"), "{err}");
    fs::write(manifest_path(&path), "{ not json").unwrap();
    assert!(matches!(ensure_installed(&FileBundle::new(&path), fresh.path()), Err(Error::CorruptDataset { .. })));
    let missing = FileBundle::new(Path::new("/nonexistent/tasukete.sqlite"));
    assert!(matches!(ensure_installed(&missing, fresh.path()), Err(Error::MissingDataset { .. })));
}

/// A bundle read as a stream that cannot seek or be opened as a file, like an APK asset.
struct StreamOnly(Vec<u8>, Vec<u8>);

impl BundledDataset for StreamOnly {
    fn location(&self) -> PathBuf {
        PathBuf::from("asset://localhost/tasukete.sqlite")
    }
    fn open_manifest(&self) -> std::io::Result<Box<dyn Read + '_>> {
        Ok(Box::new(&self.1[..]))
    }
    fn open_dataset(&self) -> std::io::Result<Box<dyn Read + '_>> {
        // Small reads, as an asset stream gives them.
        Ok(Box::new(std::io::BufReader::with_capacity(777, &self.0[..])))
    }
}

#[test]
fn a_stream_only_bundle_installs_like_a_file() {
    let (_b, path) = bundle();
    let data = tempfile::tempdir().unwrap();
    let b = StreamOnly(fs::read(&path).unwrap(), fs::read(manifest_path(&path)).unwrap());
    let installed = ensure_installed(&b, data.path()).unwrap();
    assert_eq!(installed.outcome, Outcome::Fresh);
    assert!(tasukete::Guide::open(&installed.path).is_ok());
    assert_eq!(ensure_installed(&b, data.path()).unwrap().outcome, Outcome::Current);
}

/// The real dataset (28 MB): installed, verified and checked again at the next start.
/// Prints the times (`cargo test --release --test dataset_install real -- --nocapture`).
#[test]
fn the_real_dataset_installs_and_is_checked_at_the_next_start() {
    #[path = "common/real.rs"]
    mod real;
    let path = real::real_dataset();
    let data = tempfile::tempdir().unwrap();
    let t = std::time::Instant::now();
    let first = ensure_installed(&FileBundle::new(path), data.path()).unwrap();
    let install_ms = t.elapsed().as_millis();
    assert_eq!(first.outcome, Outcome::Fresh);
    let t = std::time::Instant::now();
    assert_eq!(ensure_installed(&FileBundle::new(path), data.path()).unwrap().outcome, Outcome::Current);
    let check_ms = t.elapsed().as_millis();
    assert!(tasukete::Guide::open(&first.path).is_ok());
    println!(
        "real dataset, {} bytes: first start (copy + verify) {install_ms} ms, next start (check) {check_ms} ms",
        first.manifest.size
    );
}
