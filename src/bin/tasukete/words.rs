//! `numbers`, `cards` and `card`: the words of the app (owned by the localisation work).

use clap::Args;

/// Arguments of `tasukete numbers`.
#[derive(Args)]
pub struct NumbersArgs {
    /// Language tag (BCP 47), e.g. en, de, zh-TW.
    #[arg(long, default_value = "en")]
    pub lang: String,
    /// Prefecture code 1..47, to say whether #7119 is run there.
    #[arg(long)]
    pub pref: Option<u8>,
    /// Machine-readable output.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `tasukete cards`.
#[derive(Args)]
pub struct CardsArgs {
    /// Language tag (BCP 47).
    #[arg(long)]
    pub lang: String,
    /// Machine-readable output.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `tasukete card`.
#[derive(Args)]
pub struct CardArgs {
    /// Card id, e.g. chest-pain.
    pub id: String,
    /// Language tag (BCP 47).
    #[arg(long)]
    pub lang: String,
    /// Card arguments, NAME=VALUE.
    #[arg(long = "arg")]
    pub args: Vec<String>,
    /// Machine-readable output.
    #[arg(long)]
    pub json: bool,
}

pub fn numbers(_: NumbersArgs) -> Result<(), Box<dyn std::error::Error>> {
    Err("the numbers command is not built yet (issue 4)".into())
}
pub fn cards(_: CardsArgs) -> Result<(), Box<dyn std::error::Error>> {
    Err("the cards command is not built yet (issue 4)".into())
}
pub fn card(_: CardArgs) -> Result<(), Box<dyn std::error::Error>> {
    Err("the card command is not built yet (issue 4)".into())
}
