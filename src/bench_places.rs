//! Place-search timing for `tasukete bench`: every keystroke of the visitor list
//! (`tests/data/visitor-places.tsv`, typed one letter at a time: K, Ky, Kyo ...) and a few
//! typos, over every station, municipality and neighbourhood of the real dataset.

use crate::error::Result;
use crate::guide::Guide;
use serde::Serialize;
use std::path::Path;
use std::time::Instant;

/// The list the tests use: what visitors type.
const VISITOR_LIST: &str = include_str!("../tests/data/visitor-places.tsv");

/// What `bench --json` prints under `places`.
#[derive(Debug, Clone, Serialize)]
pub struct PlaceBench {
    /// Places searched (stations, municipalities, neighbourhoods).
    pub places: usize,
    /// Keys in the in-memory index.
    pub keys: usize,
    /// Approximate memory of the index, MB.
    pub index_mb: f64,
    /// Time to read the places and build the index on first use, ms.
    pub index_build_ms: f64,
    /// Queries timed (each keystroke of each name, and typos).
    pub queries: usize,
    /// Answers asked for per query.
    pub k: usize,
    /// Median time per query, µs.
    pub p50_us: f64,
    /// 95th percentile, µs.
    pub p95_us: f64,
    /// Slowest query, µs, and which.
    pub max_us: f64,
    /// The slowest query.
    pub slowest_query: String,
}

/// The queries: every prefix of every name in the list, and each name with a letter dropped.
pub fn visitor_queries() -> Vec<String> {
    let mut out = Vec::new();
    for line in VISITOR_LIST.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let q: Vec<char> = line.split('\t').next().unwrap_or_default().chars().collect();
        for n in 1..=q.len() {
            out.push(q[..n].iter().collect());
        }
        if q.len() >= 6 {
            let mut typo = q.clone();
            typo.remove(q.len() / 2);
            out.push(typo.into_iter().collect());
        }
    }
    out
}

/// Opens `db`, times the index build, then every query `rounds` times.
pub fn run(db: &Path, k: usize, rounds: usize) -> Result<PlaceBench> {
    let guide = Guide::open(db)?;
    let started = Instant::now();
    let places = guide.warm_places()?;
    let index_build_ms = started.elapsed().as_secs_f64() * 1e3;
    let keys = guide.place_keys()?;
    let queries = visitor_queries();
    let mut times: Vec<(f64, usize)> = Vec::with_capacity(queries.len() * rounds);
    for _ in 0..rounds.max(1) {
        for (i, q) in queries.iter().enumerate() {
            let t = Instant::now();
            let _ = guide.places(q, k);
            times.push((t.elapsed().as_secs_f64() * 1e6, i));
        }
    }
    times.sort_by(|a, b| a.0.total_cmp(&b.0));
    let at = |p: f64| times[((times.len() - 1) as f64 * p).round() as usize].0;
    let (max_us, slowest) = *times.last().expect("queries");
    Ok(PlaceBench {
        places,
        keys,
        index_mb: guide.place_index_bytes()? as f64 / 1e6,
        index_build_ms,
        queries: times.len(),
        k,
        p50_us: at(0.5),
        p95_us: at(0.95),
        max_us,
        slowest_query: queries[slowest].clone(),
    })
}
