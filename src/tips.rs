//! Payment and insurance tips for visitors, as localized text (`locales/<lang>/tips.ftl`).
//!
//! Facts come from `FACTS.md`; a tip whose source is secondary or disputed is marked
//! `unsure` and its text says so.

use crate::l10n::{self, Args, Lang, Result};
use serde::Serialize;
use std::collections::BTreeSet;

/// One tip, localized.
#[derive(Debug, Clone, Serialize)]
pub struct Tip {
    /// Stable id, e.g. `full-cost`.
    pub id: &'static str,
    /// A short heading.
    pub title: String,
    /// The advice, one or two sentences.
    pub text: String,
    /// True when the sources are secondary or disagree: show it with care.
    pub unsure: bool,
    /// Where the fact comes from (site and page).
    pub source: &'static str,
}

const TIPS: [(&str, bool, &str); 10] = [
    ("full-cost", false, "j-medguide.com; japanhealthinfo.com; i-pal.or.jp"),
    ("cash-passport", false, "j-medguide.com; japanhealthinfo.com"),
    ("insurer-first", false, "ms-hoken.com; f-sanno.kouhoukai.or.jp"),
    ("claim-documents", false, "ms-hoken.com; f-sanno.kouhoukai.or.jp"),
    ("referral-surcharge", false, "naritahospital.iuhw.ac.jp; jichi"),
    ("uninsured-rate", false, "naritahospital.iuhw.ac.jp"),
    ("deposit", false, "f-sanno.kouhoukai.or.jp"),
    ("ambulance-free", false, "fdma.go.jp white paper H29"),
    ("night-holiday", false, "japanhealthinfo.com"),
    ("unpaid-bills", true, "ohashijozu.net (secondary source)"),
];

/// The payment and insurance tips in `lang`, most important first.
pub fn payment_tips(lang: Lang) -> Result<Vec<Tip>> {
    TIPS.iter()
        .map(|&(id, unsure, source)| {
            Ok(Tip {
                id,
                title: l10n::text(lang, "tips", &format!("tip-{id}-title"), &Args::new())?.text,
                text: l10n::text(lang, "tips", &format!("tip-{id}"), &Args::new())?.text,
                unsure,
                source,
            })
        })
        .collect()
}

/// Every message id this module uses in `tips.ftl`.
pub fn message_ids() -> BTreeSet<String> {
    TIPS.iter().flat_map(|(id, _, _)| [format!("tip-{id}-title"), format!("tip-{id}")]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tips_render_in_every_language_and_unsure_ones_say_so() {
        for lang in Lang::ALL {
            let tips = payment_tips(lang).unwrap();
            assert_eq!(tips.len(), TIPS.len());
            assert!(tips.iter().all(|t| !t.title.is_empty() && !t.text.is_empty()));
        }
        let en = payment_tips(Lang::En).unwrap();
        let unpaid = en.iter().find(|t| t.id == "unpaid-bills").unwrap();
        assert!(unpaid.unsure && unpaid.text.to_lowercase().contains("unsure"));
        assert!(en.iter().any(|t| t.text.contains("選定療養費")));
        assert!(en
            .iter()
            .any(|t| t.text.contains("領収書") && t.text.contains("診療明細書") && t.text.contains("診断書")));
    }
}
