//! `where`, `numbers --at` and `call-script`: what the Emergency screen says for a position.

use clap::Args;
use std::path::PathBuf;
use tasukete::emergency::{self, Situation, What};
use tasukete::geo::LatLon;
use tasukete::l10n::{self, Lang};
use tasukete::{build, Guide};

type Res = Result<(), Box<dyn std::error::Error>>;

/// Arguments of `tasukete where`.
#[derive(Args)]
pub struct WhereArgs {
    /// The position, LAT,LON in degrees.
    #[arg(long, allow_hyphen_values = true)]
    pub at: String,
    /// Language tag (BCP 47) of the text output.
    #[arg(long, default_value = "en")]
    pub lang: String,
    /// Dataset file.
    #[arg(long, default_value = build::DEFAULT_OUT)]
    pub db: PathBuf,
    /// Machine-readable output.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `tasukete call-script`.
#[derive(Args)]
pub struct CallScriptArgs {
    /// Language tag (BCP 47).
    #[arg(long)]
    pub lang: String,
    /// Where the caller is, LAT,LON: fills the address line (needs the dataset).
    #[arg(long, allow_hyphen_values = true)]
    pub at: Option<String>,
    /// What happened: illness, injury, traffic-accident, chest-pain, breathing, bleeding,
    /// seizure, allergic-reaction, high-fever, burn.
    #[arg(long)]
    pub situation: Option<String>,
    /// Dataset file.
    #[arg(long, default_value = build::DEFAULT_OUT)]
    pub db: PathBuf,
    /// Machine-readable output.
    #[arg(long)]
    pub json: bool,
}

fn lang(tag: &str) -> Result<Lang, Box<dyn std::error::Error>> {
    Ok(l10n::negotiate(tag)?)
}

/// `tasukete where --at LAT,LON`.
pub fn where_am_i(a: WhereArgs) -> Res {
    let _ = lang(&a.lang)?;
    let at = LatLon::parse(&a.at)?;
    let guide = Guide::open(&a.db)?;
    let w = guide.where_am_i(at)?;
    if a.json {
        println!("{}", serde_json::to_string_pretty(&w)?);
        return Ok(());
    }
    println!("{}", w.spoken_ja);
    println!("{} / {}  ({:.5}, {:.5})", w.prefecture.en, w.municipality.ja, w.lat, w.lon);
    if let Some(s) = &w.station {
        const POINTS: [&str; 8] =
            ["north", "northeast", "east", "southeast", "south", "southwest", "west", "northwest"];
        let point = POINTS[((s.bearing_deg.rem_euclid(360.0) + 22.5) / 45.0) as usize % 8];
        println!(
            "station {} ({}): you are {:.0} m {point} of it ({:.0}°)",
            s.name_ja,
            s.name_en.as_deref().unwrap_or("-"),
            s.distance_m,
            s.bearing_deg
        );
    }
    Ok(())
}

/// `tasukete numbers --at LAT,LON`: the numbers for that place.
pub fn numbers_at(tag: &str, at: &str, db: &std::path::Path, json: bool) -> Res {
    let lang = lang(tag)?;
    let at = LatLon::parse(at)?;
    let guide = Guide::open(db)?;
    let w = guide.where_am_i(at)?;
    let numbers = tasukete::advice_lines::numbers_at(lang, w.prefecture.code, &w.municipality.ja)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&numbers)?);
        return Ok(());
    }
    println!("{}", w.address_ja);
    for n in numbers {
        let e = &n.entry;
        println!("{:<14} {}\n{:<14} {}\n{:<14} {}", e.number, e.name, "", e.purpose, "", e.hours);
        if let Some(note) = &e.note {
            println!("{:<14} {}", "", note);
        }
        println!();
    }
    Ok(())
}

/// `tasukete call-script`: the 119 script, with the place filled in from `--at`.
pub fn call_script(a: CallScriptArgs) -> Res {
    let lang = lang(&a.lang)?;
    let what = a
        .situation
        .as_deref()
        .map(|s| {
            serde_json::from_value::<What>(serde_json::Value::String(s.into())).map_err(|_| {
                let ids: Vec<String> =
                    What::ALL.iter().filter_map(|w| serde_json::to_value(w).ok()?.as_str().map(String::from)).collect();
                tasukete::Error::InvalidArgument(format!("unknown situation '{s}'; known: {}", ids.join(", ")))
            })
        })
        .transpose()?;
    let at = a.at.as_deref().map(LatLon::parse).transpose()?;
    let mut situation = Situation { what, ..Default::default() };
    if let Some(at) = at {
        let w = Guide::open(&a.db)?.where_am_i(at)?;
        situation.place = Some(w.spoken_ja);
        situation.place_romaji = w.spoken_romaji;
    }
    let lines = emergency::call_script_119(lang, &situation)?;
    if a.json {
        println!("{}", serde_json::to_string_pretty(&lines)?);
        return Ok(());
    }
    for l in lines {
        println!("{}\n  {}\n  {}\n  {}\n", l.ja, l.ja_reading, l.romaji, l.text);
    }
    Ok(())
}
