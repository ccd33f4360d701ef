//! `geocode-check`: the address geocoder's accuracy against positions it does not use.

use clap::Args;
use std::path::PathBuf;
use tasukete::build::{geocode_check, sources};

type Res = Result<(), Box<dyn std::error::Error>>;

/// Arguments of `tasukete geocode-check`.
#[derive(Args)]
pub struct GeocodeCheckArgs {
    /// Sources folder (default: $TASUKETE_SOURCES or ../shared/data).
    #[arg(long)]
    pub sources: Option<PathBuf>,
    /// Reference folder holding takamatsu-city-medical-2026/ (skipped when absent).
    #[arg(long, default_value = "../shared/reference")]
    pub reference: PathBuf,
    /// Machine-readable output.
    #[arg(long)]
    pub json: bool,
}

pub fn geocode_check(a: GeocodeCheckArgs) -> Res {
    let dir = sources::sources_dir(a.sources.as_deref());
    let g = geocode_check::geocoder(&dir)?;
    let mut out = vec![geocode_check::mhlw_hospitals(&dir, &g)?];
    if a.reference.join(geocode_check::TAKAMATSU_FILE).is_file() {
        out.push(geocode_check::takamatsu(&a.reference, &g)?);
    }
    if a.json {
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        for r in out {
            println!(
                "{}: {} records, {} placed ({} municipality only, {} unmatched); within 300 m {:.1} %, within 1 km {:.1} %, median {:.0} m, p90 {:.0} m",
                r.name,
                r.records,
                r.placed,
                r.municipality_only,
                r.unmatched,
                r.within_300m * 100.0,
                r.within_1km * 100.0,
                r.median_error_m,
                r.p90_error_m
            );
        }
    }
    Ok(())
}
