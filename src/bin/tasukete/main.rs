//! `tasukete`: the command-line face of the core, for people preparing a trip and for
//! dataset maintainers. Every command takes `--json` for machine output.

use clap::{Parser, Subcommand};
use std::process::ExitCode;

mod dataset_cmds;
mod intake_cmds;
mod place_cmds;
mod query_cmds;
mod words;

#[derive(Parser)]
#[command(name = "tasukete", version, about = "Offline help for visitors who fall ill in Japan")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the offline dataset from the public sources.
    BuildDataset(dataset_cmds::BuildArgs),
    /// Counts, source dates and match rates of a dataset.
    Stats(dataset_cmds::StatsArgs),
    /// The nearest suitable facilities, with distance, bearing and whether they are open.
    Near(query_cmds::NearArgs),
    /// Stations and places by name.
    Places(query_cmds::PlacesArgs),
    /// Time the nearest-facility search (R*-tree vs full scan vs SQLite R*Tree).
    Bench(query_cmds::BenchArgs),
    /// Emergency and help numbers (compiled in; work without a dataset).
    Numbers(words::NumbersArgs),
    /// The phrase-card catalogue in a language.
    Cards(words::CardsArgs),
    /// One phrase card, in a language and in Japanese.
    Card(words::CardArgs),
    /// The questionnaire (問診票): its catalogue, or the Japanese summary of answers.
    Intake(intake_cmds::IntakeArgs),
    /// The medical profile shown for staff.
    Profile(intake_cmds::ProfileArgs),
    /// Where a position is: prefecture, municipality, 町丁目, nearest station.
    Where(place_cmds::WhereArgs),
    /// What to say when 119 answers, filled in with where you are.
    CallScript(place_cmds::CallScriptArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::BuildDataset(a) => dataset_cmds::build_dataset(a),
        Command::Stats(a) => dataset_cmds::stats(a),
        Command::Near(a) => query_cmds::near(a),
        Command::Places(a) => query_cmds::places(a),
        Command::Bench(a) => query_cmds::bench(a),
        Command::Numbers(a) => match &a.at {
            Some(at) => place_cmds::numbers_at(&a.lang, at, &a.db, a.json),
            None => words::numbers(a),
        },
        Command::Cards(a) => words::cards(a),
        Command::Card(a) => words::card(a),
        Command::Intake(a) => intake_cmds::intake(a),
        Command::Profile(a) => intake_cmds::profile(a),
        Command::Where(a) => place_cmds::where_am_i(a),
        Command::CallScript(a) => place_cmds::call_script(a),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
