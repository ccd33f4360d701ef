//! Criterion benchmark of the `bench` command's queries: k = 10, department + open-at
//! filter, R*-tree vs full scan vs SQLite R*Tree, on the real dataset (built by
//! `tasukete build-dataset`) and on a synthetic 250,000-facility set.

use chrono::DateTime;
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use std::path::Path;
use tasukete::bench::{points_near, write_synthetic, Rng, SqliteRtree};
use tasukete::facility::Department;
use tasukete::geo::LatLon;
use tasukete::nearby::{brute_force, StaticFilter};
use tasukete::{Guide, NearQuery};

fn bench_set(c: &mut Criterion, name: &str, guide: &Guide) {
    let at = DateTime::parse_from_rfc3339("2026-11-24T10:00:00+09:00").unwrap();
    let dept = Department::InternalMedicine;
    let anchors: Vec<LatLon> = guide.slots().iter().filter_map(|s| s.position).collect();
    let points = points_near(&anchors, 256, 5.0, &mut Rng::new(3));
    let filter = StaticFilter { department: Some(dept), hours_only: true, ..Default::default() };
    let open_state = guide.open_filter(&at, Some(dept));
    let open = |i: usize| open_state(i) == Some(true);
    let sqlite = SqliteRtree::build(guide.slots()).unwrap();
    let query = |p: &LatLon| {
        let mut q = NearQuery::new(*p, 10);
        q.department = Some(dept);
        q.open_at = Some(at);
        q
    };
    let mut group = c.benchmark_group(name);
    let mut i = 0;
    group.bench_function("rstar", |b| {
        b.iter(|| {
            i = (i + 1) % points.len();
            black_box(guide.nearest_slots(&query(&points[i])).unwrap())
        })
    });
    group.bench_function("brute_force", |b| {
        b.iter(|| {
            i = (i + 1) % points.len();
            black_box(brute_force(guide.slots(), points[i], 10, None, &filter, open))
        })
    });
    group.bench_function("sqlite_rtree", |b| {
        b.iter(|| {
            i = (i + 1) % points.len();
            black_box(sqlite.nearest(guide.slots(), points[i], 10, &filter, open).unwrap())
        })
    });
    group.finish();
}

fn nearest(c: &mut Criterion) {
    let real = Path::new("data/build/tasukete.sqlite");
    let Ok(guide) = Guide::open(real) else {
        eprintln!("no dataset at {}: run `tasukete build-dataset` first", real.display());
        return;
    };
    bench_set(c, "real", &guide);
    let anchors: Vec<LatLon> = guide.slots().iter().filter_map(|s| s.position).collect();
    let synthetic = std::env::temp_dir().join(format!("tasukete-criterion-{}.sqlite", std::process::id()));
    write_synthetic(&synthetic, &anchors, 250_000, 7).unwrap();
    let big = Guide::open(&synthetic).unwrap();
    bench_set(c, "synthetic-250k", &big);
    let _ = std::fs::remove_file(&synthetic);
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).measurement_time(std::time::Duration::from_secs(3));
    targets = nearest
}
criterion_main!(benches);
