//! A save killed half-way loses nothing an earlier save committed.
//!
//! The parent starts this same test binary as a child (`writer_child`, ignored unless
//! asked for) that saves a large profile over and over, printing `begin N` before and
//! `commit N` after each save. The parent kills it (SIGKILL) at a random moment, many
//! times, and after each kill opens the store and checks that it holds a whole profile of
//! a revision between the last committed and the last begun, and that every row belongs
//! to it. It reports how many kills landed inside a save.

use chrono::NaiveDate;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;
use tasukete::profile::model::*;
use tasukete::profile::store::ProfileStore;

const ENV: &str = "TASUKETE_CRASH_STORE";
const ROUNDS: usize = 40;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

/// A profile that says which save wrote it in every entry.
fn profile_for(revision: i64) -> Profile {
    let mut p = Profile::default();
    p.patient.name = Some(format!("Revision {revision}"));
    p.medication_summary.entries = (0..100)
        .map(|i| Medication {
            medicine: Term::Text(format!("medicine {i}")),
            dose: Some(format!("rev {revision} #{i}")),
        })
        .collect();
    p.allergies_intolerances.entries = (0..60)
        .map(|i| Allergy {
            category: AllergyCategory::Food,
            substance: Term::Text(format!("allergen {revision}-{i}")),
            reaction: None,
        })
        .collect();
    p
}

#[test]
#[ignore = "the writer process of killed_writers_never_lose_a_committed_save"]
fn writer_child() {
    let Some(path) = std::env::var_os(ENV) else { return };
    let mut store = ProfileStore::open(std::path::Path::new(&path)).unwrap();
    let mut out = std::io::stdout().lock();
    loop {
        let next = store.revision().unwrap() + 1;
        writeln!(out, "begin {next}").unwrap();
        out.flush().unwrap();
        let saved = store.save(&profile_for(next), today()).unwrap();
        assert_eq!(saved.revision, next);
        writeln!(out, "commit {next}").unwrap();
        out.flush().unwrap();
    }
}

/// A small deterministic generator, so that a failure can be replayed.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

#[test]
fn killed_writers_never_lose_a_committed_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("profile.sqlite");
    let mut rng = Lcg(12);
    let (mut mid_save, mut total_commits) = (0, 0);
    let mut last_seen = 0;
    for round in 0..ROUNDS {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["writer_child", "--exact", "--ignored", "--nocapture", "--test-threads=1"])
            .env(ENV, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel::<String>();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        // Let it commit a few saves, then kill it at a random moment.
        let want = 1 + rng.next(4) as i64;
        let (mut last_begin, mut last_commit, mut last_line_begin) = (0i64, 0i64, false);
        let mut note = |line: &str, lb: &mut i64, lc: &mut i64, b: &mut bool| {
            // libtest may print "test writer_child ... " before the first line.
            if let Some((_, n)) = line.split_once("begin ") {
                *lb = n.parse().unwrap();
                *b = true;
            } else if let Some((_, n)) = line.split_once("commit ") {
                *lc = n.parse().unwrap();
                *b = false;
            }
        };
        let mut started = None;
        while last_commit < last_seen + want {
            let line = rx.recv_timeout(Duration::from_secs(30)).expect("the writer stopped writing");
            started.get_or_insert_with(std::time::Instant::now);
            note(&line, &mut last_begin, &mut last_commit, &mut last_line_begin);
        }
        // Spread the kill over a whole save, however long a save takes on this machine.
        let per_save = started.map_or(Duration::from_millis(20), |t| t.elapsed() / want as u32);
        std::thread::sleep(Duration::from_micros(rng.next(per_save.as_micros() as u64 * 6 / 5 + 1)));
        child.kill().unwrap();
        child.wait().unwrap();
        reader.join().unwrap();
        while let Ok(line) = rx.try_recv() {
            note(&line, &mut last_begin, &mut last_commit, &mut last_line_begin);
        }
        if last_line_begin {
            mid_save += 1;
        }
        total_commits += last_commit - last_seen;

        let store = ProfileStore::open(&path).unwrap_or_else(|e| panic!("round {round}: the store does not open: {e}"));
        let revision = store.revision().unwrap();
        assert!(
            revision >= last_commit && revision <= last_begin,
            "round {round}: store at revision {revision}, committed {last_commit}, begun {last_begin}"
        );
        let loaded = store.load().unwrap_or_else(|e| panic!("round {round}: {e}")).expect("a profile");
        assert_eq!(loaded, profile_for(revision), "round {round}: the profile is not whole revision {revision}");
        last_seen = revision;
    }
    println!("{ROUNDS} kills, {mid_save} inside a save, {total_commits} saves committed; none lost");
    assert!(mid_save > 0, "no kill landed inside a save: the test proved nothing");
}
