//! `build-dataset` and `stats`: making and describing the offline dataset.

use clap::Args;
use std::path::PathBuf;
use tasukete::build::{self, sources, BuildOptions};
use tasukete::dataset::{Dataset, DatasetInfo};

/// Arguments of `tasukete build-dataset`.
#[derive(Args)]
pub struct BuildArgs {
    /// Folder holding the source data sets [default: $TASUKETE_SOURCES or ../shared/data].
    #[arg(long)]
    pub sources: Option<PathBuf>,
    /// Dataset file to write.
    #[arg(long, default_value = build::DEFAULT_OUT)]
    pub out: PathBuf,
    /// Department mapping to use instead of the built-in data/departments.csv.
    #[arg(long)]
    pub departments: Option<PathBuf>,
    /// Print the resulting figures as JSON.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `tasukete stats`.
#[derive(Args)]
pub struct StatsArgs {
    /// Dataset file.
    #[arg(long, default_value = build::DEFAULT_OUT)]
    pub db: PathBuf,
    /// Machine-readable output.
    #[arg(long)]
    pub json: bool,
}

pub fn build_dataset(a: BuildArgs) -> Result<(), Box<dyn std::error::Error>> {
    let opts =
        BuildOptions { sources: sources::sources_dir(a.sources.as_deref()), out: a.out, departments: a.departments };
    let started = std::time::Instant::now();
    let info = build::build(&opts, &mut |line| eprintln!("{line}"))?;
    eprintln!("built {} in {:.1} s", opts.out.display(), started.elapsed().as_secs_f64());
    if a.json {
        println!("{}", serde_json::to_string_pretty(&info)?);
    } else {
        print_stats(&info);
    }
    Ok(())
}

pub fn stats(a: StatsArgs) -> Result<(), Box<dyn std::error::Error>> {
    let ds = Dataset::open(&a.db)?;
    if a.json {
        println!("{}", serde_json::to_string_pretty(ds.info())?);
    } else {
        print_stats(ds.info());
    }
    Ok(())
}

fn pct(n: u64, of: u64) -> String {
    if of == 0 {
        "-".into()
    } else {
        format!("{:.1} %", n as f64 * 100.0 / of as f64)
    }
}

fn print_stats(i: &DatasetInfo) {
    let t = i.facilities_total;
    println!("schema version     {}", i.schema_version);
    println!("built at           {}", i.built_at);
    println!("facilities         {t}");
    for (k, n) in &i.facilities_by_kind {
        println!("  {k:<16} {n}");
    }
    println!(
        "placed on the map  {} ({}; {} from G-MIS)",
        i.facilities_placed,
        pct(i.facilities_placed, t),
        i.facilities_placed_from_gmis
    );
    let p = &i.placement;
    println!(
        "  placed exactly {} ({}), by neighbourhood {} ({}), not placed {} ({})",
        p.placed_exact,
        pct(p.placed_exact, t),
        p.placed_neighbourhood,
        pct(p.placed_neighbourhood, t),
        p.not_placed,
        pct(p.not_placed, t)
    );
    for (k, kp) in &p.by_kind {
        println!(
            "  {k:<16} exact {}, neighbourhood {} ({}), not placed {}; geocoder matched {} of {} ({:.1} %; {} to the municipality only)",
            kp.placed_exact,
            kp.placed_neighbourhood,
            pct(kp.placed_neighbourhood, kp.total),
            kp.not_placed,
            kp.matched_town,
            kp.geocoded,
            kp.match_rate * 100.0,
            kp.matched_municipality_only
        );
    }
    println!("with phone         {} ({})", i.with_phone, pct(i.with_phone, t));
    println!("with hours         {} ({})", i.with_hours, pct(i.with_hours, t));
    println!("with departments   {} ({})", i.with_departments, pct(i.with_departments, t));
    println!("emergency answer   {} ({})", i.with_emergency_flag, pct(i.with_emergency_flag, t));
    println!("G-MIS match rate   {:.1} %", i.gmis_match_rate * 100.0);
    println!(
        "closing flags      read {} (agreement {:.1} % vs {:.1} % literal)",
        i.closing_flags.reading,
        i.closing_flags.agreement_inverted * 100.0,
        i.closing_flags.agreement_literal * 100.0
    );
    println!("closed-days text   {:.1} % fully parsed", i.closed_days_text_parsed_rate * 100.0);
    println!("stations           {} ({} with English names)", i.stations, i.stations_with_english);
    println!("rows rejected      {}", i.rows_rejected);
    for r in &i.rejected {
        println!("  {:>6}  {}: {} (lines {:?})", r.count, r.file, r.reason, r.example_lines);
    }
    println!("sources");
    for s in &i.sources {
        println!("  {} ({}), {} records — {}", s.name, s.date, s.records, s.credit);
    }
}
