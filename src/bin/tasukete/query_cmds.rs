//! `near`, `places` and `bench`: asking the dataset.

use chrono::{DateTime, FixedOffset, Utc};
use clap::Args;
use std::path::PathBuf;
use tasukete::build;
use tasukete::facility::{Department, FacilityKind};
use tasukete::geo::LatLon;
use tasukete::{Error, Guide, NearQuery};

type Res = Result<(), Box<dyn std::error::Error>>;

/// Japan Standard Time.
fn jst() -> FixedOffset {
    FixedOffset::east_opt(9 * 3600).expect("+09:00 is a valid offset")
}

/// Arguments of `tasukete near`.
#[derive(Args)]
pub struct NearArgs {
    /// Where you are, LAT,LON in degrees.
    #[arg(long, allow_hyphen_values = true, conflicts_with = "station", required_unless_present = "station")]
    pub at: Option<String>,
    /// Where you are, by the name of a station (any language).
    #[arg(long)]
    pub station: Option<String>,
    /// How many facilities.
    #[arg(short, default_value_t = 5)]
    pub k: usize,
    /// Only this department category (e.g. pediatrics).
    #[arg(long)]
    pub dept: Option<String>,
    /// Only facilities open at this instant (RFC 3339).
    #[arg(long, conflicts_with = "open_now")]
    pub open_at: Option<String>,
    /// Only facilities open now (Japan time).
    #[arg(long)]
    pub open_now: bool,
    /// Only facilities with an emergency department.
    #[arg(long)]
    pub emergency: bool,
    /// With --open-at / --open-now: also facilities whose hours are not published
    /// (clinics, dental clinics, pharmacies of the lists); never claimed open.
    #[arg(long)]
    pub include_unknown_hours: bool,
    /// Only this kind: hospital, clinic, dental, pharmacy.
    #[arg(long)]
    pub kind: Option<String>,
    /// Only within this many kilometres.
    #[arg(long)]
    pub radius_km: Option<f64>,
    /// Dataset file.
    #[arg(long, default_value = build::DEFAULT_OUT)]
    pub db: PathBuf,
    /// Machine-readable output.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `tasukete places`.
#[derive(Args)]
pub struct PlacesArgs {
    /// A station name in English, Japanese, kana, romaji, Chinese or Korean.
    pub query: String,
    /// How many places.
    #[arg(short, default_value_t = 5)]
    pub k: usize,
    /// Dataset file.
    #[arg(long, default_value = build::DEFAULT_OUT)]
    pub db: PathBuf,
    /// Machine-readable output.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `tasukete bench`.
#[derive(Args)]
pub struct BenchArgs {
    /// Also time a synthetic data set of N facilities placed like Japan's population.
    #[arg(long)]
    pub synthetic: Option<usize>,
    /// Queries per method (medians of a few thousand are steady from run to run).
    #[arg(long, default_value_t = 5000)]
    pub queries: usize,
    /// Results per query.
    #[arg(short, default_value_t = 10)]
    pub k: usize,
    /// Department filter.
    #[arg(long, default_value = "internal-medicine")]
    pub dept: String,
    /// The open-at filter's instant (a Tuesday morning by default).
    #[arg(long, default_value = "2026-11-24T10:00:00+09:00")]
    pub open_at: String,
    /// Dataset file (the real one).
    #[arg(long, default_value = build::DEFAULT_OUT)]
    pub db: PathBuf,
    /// Machine-readable output.
    #[arg(long)]
    pub json: bool,
}

fn parse_time(s: &str) -> Result<DateTime<FixedOffset>, Error> {
    DateTime::parse_from_rfc3339(s).map_err(|_| Error::InvalidTime(s.to_string()))
}

pub fn near(a: NearArgs) -> Res {
    // Check every argument before the dataset is opened, so errors come fast and first.
    let department = a.dept.as_deref().map(str::parse::<Department>).transpose()?;
    let kind = a.kind.as_deref().map(str::parse::<FacilityKind>).transpose()?;
    let open_at = match (&a.open_at, a.open_now) {
        (Some(s), _) => Some(parse_time(s)?),
        (None, true) => Some(Utc::now().with_timezone(&jst())),
        _ => None,
    };
    let at = a.at.as_deref().map(LatLon::parse).transpose()?;
    let guide = Guide::open(&a.db)?;
    let at = match (at, &a.station) {
        (Some(p), _) => p,
        (None, Some(name)) => {
            let place = guide.places(name, 1)?.remove(0);
            if !a.json {
                println!(
                    "near {} / {} ({:.5}, {:.5})",
                    place.name_ja,
                    place.name_en.as_deref().unwrap_or("-"),
                    place.lat,
                    place.lon
                );
            }
            LatLon::new(place.lat, place.lon)?
        }
        (None, None) => unreachable!("clap requires --at or --station"),
    };
    let mut q = NearQuery::new(at, a.k);
    q.department = department;
    q.kind = kind;
    q.open_at = open_at;
    q.emergency_only = a.emergency;
    q.include_unknown_hours = a.include_unknown_hours;
    q.radius_m = a.radius_km.map(|km| km * 1000.0);
    let results = guide.near(&q, Utc::now().with_timezone(&jst()))?;
    if a.json {
        println!("{}", serde_json::to_string_pretty(&results)?);
        return Ok(());
    }
    if results.is_empty() {
        println!("no facility matches these filters");
    }
    for r in results {
        let open = match r.open {
            Some(true) => "open".to_string(),
            Some(false) => format!("closed{}", r.next_open.map(|t| format!(", opens {t}")).unwrap_or_default()),
            None if !r.hours_published => "hours not published, call first".into(),
            None => "hours unknown".into(),
        };
        let approx = if r.precision == Some(tasukete::facility::PositionPrecision::Neighbourhood) { "~" } else { " " };
        // Emergency care apart from outpatient hours: never "closed".
        let emergency = match (r.emergency, r.emergency_open, r.emergency_24h) {
            (Some(true), Some(true), true) => "  emergency care 24 h",
            (Some(true), Some(true), false) => "  emergency care open (published hours)",
            (Some(true), _, _) => "  emergency care: call first",
            _ => "",
        };
        println!(
            "{approx}{:>7.0} m {:>3.0}°  {}  {}  {}  [{}]  {}{}  {}",
            r.distance_m,
            r.bearing_deg,
            r.kind,
            r.name_ja,
            r.phone_display.as_deref().unwrap_or("no phone"),
            r.departments.iter().map(|d| d.as_str()).collect::<Vec<_>>().join(","),
            open,
            emergency,
            r.address_ja
        );
    }
    Ok(())
}

pub fn places(a: PlacesArgs) -> Res {
    let guide = Guide::open(&a.db)?;
    let found = guide.places(&a.query, a.k)?;
    if a.json {
        println!("{}", serde_json::to_string_pretty(&found)?);
    } else {
        for p in found {
            println!(
                "{}  {}  {}  [{}] {}{}  ({:.5}, {:.5})  {}",
                p.name_ja,
                p.reading.as_deref().unwrap_or("-"),
                p.name_en.as_deref().or(p.romaji.as_deref()).unwrap_or("-"),
                p.kind,
                p.municipality.as_deref().map(|m| format!("{m}, ")).unwrap_or_default(),
                p.prefecture.as_ref().map(|x| format!("{} {}", x.ja, x.en)).unwrap_or_default(),
                p.lat,
                p.lon,
                p.lines.join(" / ")
            );
        }
    }
    Ok(())
}

pub fn bench(a: BenchArgs) -> Res {
    let dept: Department = a.dept.parse()?;
    let at = parse_time(&a.open_at)?;
    let mut out = serde_json::Map::new();
    eprintln!("timing {} queries on {}", a.queries, a.db.display());
    let real = tasukete::bench::run(&a.db, a.queries, a.k, dept, at, 1)?;
    out.insert("real".into(), serde_json::to_value(&real)?);
    eprintln!("timing place search on {}", a.db.display());
    out.insert(
        "places".into(),
        serde_json::to_value(tasukete::bench_places::run(&a.db, 8, (a.queries / 1000).max(1))?)?,
    );
    if let Some(n) = a.synthetic {
        let path = std::env::temp_dir().join(format!("tasukete-bench-synthetic-{n}-{}.sqlite", std::process::id()));
        eprintln!("writing a synthetic data set of {n} facilities to {}", path.display());
        let anchors: Vec<LatLon> = Guide::open(&a.db)?.slots().iter().filter_map(|s| s.position).collect();
        tasukete::bench::write_synthetic(&path, &anchors, n, 7)?;
        eprintln!("timing {} queries on it", a.queries);
        let result = tasukete::bench::run(&path, a.queries, a.k, dept, at, 2);
        let _ = std::fs::remove_file(&path);
        out.insert("synthetic".into(), serde_json::to_value(result?)?);
    }
    if a.json {
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        for (name, v) in &out {
            println!("{name}: {}", serde_json::to_string(v)?);
        }
    }
    Ok(())
}
