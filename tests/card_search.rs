//! Phrase-card search measured as a visitor uses it: `tests/data/card-search-queries.tsv`
//! lists what visitors type (in 14 languages) and the card they want; the share found in
//! the first three answers is printed (`cargo test --test card_search -- --nocapture`)
//! and must stay at or above the floor below.

use tasukete::cards::{self, search};
use tasukete::l10n::Lang;

/// The share measured when the list was written was higher; this floor catches a
/// regression without failing on one changed card.
const FLOOR: f64 = 0.90;

struct Query {
    lang: Lang,
    text: String,
    expected: Vec<String>,
}

fn queries() -> Vec<Query> {
    let text = include_str!("data/card-search-queries.tsv");
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("lang\t") && !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 3, "bad row: {l:?}");
            Query {
                lang: Lang::from_tag(cols[0]).unwrap_or_else(|| panic!("unknown language in {l:?}")),
                text: cols[1].to_string(),
                expected: cols[2].split('|').map(String::from).collect(),
            }
        })
        .collect()
}

#[test]
fn the_list_is_long_varied_and_names_real_cards() {
    let qs = queries();
    assert!(qs.len() >= 100, "{} queries", qs.len());
    let langs: std::collections::BTreeSet<_> = qs.iter().map(|q| q.lang).collect();
    assert!(langs.len() >= 10, "{langs:?}");
    for q in &qs {
        for id in &q.expected {
            assert!(cards::specs().iter().any(|s| &s.id == id), "{}: no card {id}", q.text);
        }
    }
}

#[test]
fn the_expected_card_is_in_the_first_three_answers() {
    let qs = queries();
    let mut misses = Vec::new();
    for q in &qs {
        let hits: Vec<String> = search::search(q.lang, &q.text, 3).into_iter().map(|h| h.id).collect();
        if !q.expected.iter().any(|e| hits.contains(e)) {
            misses.push(format!("{} {:?}: wanted {} got {hits:?}", q.lang, q.text, q.expected.join("|")));
        }
    }
    let share = (qs.len() - misses.len()) as f64 / qs.len() as f64;
    println!(
        "card search: {} of {} queries ({:.1} %) find the expected card in the first three",
        qs.len() - misses.len(),
        qs.len(),
        share * 100.0
    );
    for m in &misses {
        println!("  miss: {m}");
    }
    assert!(share >= FLOOR, "share {share:.3} under {FLOOR}:\n{}", misses.join("\n"));
}

#[test]
fn words_in_any_order_synonyms_and_accents() {
    let top = |lang, q: &str| search::search(lang, q, 3).into_iter().map(|h| h.id).collect::<Vec<_>>();
    assert!(top(Lang::En, "fever child").contains(&"child-high-fever".to_string()));
    assert!(top(Lang::En, "child fever").contains(&"child-high-fever".to_string()));
    // "kid" is a child, not the start of "kidney".
    assert_ne!(top(Lang::En, "kid").first().map(String::as_str), Some("kidney-disease"));
    assert!(top(Lang::Fr, "fievre").iter().any(|id| id.contains("fever")), "{:?}", top(Lang::Fr, "fievre"));
    assert!(top(Lang::En, "tummy").contains(&"stomach-ache".to_string()));
    // English typed in another language's app still finds the card.
    assert!(top(Lang::De, "chest pain").contains(&"chest-pain".to_string()), "{:?}", top(Lang::De, "chest pain"));
    // Folding accents must not merge words: Vietnamese đau (pain) and đầu (head).
    assert_eq!(
        top(Lang::Vi, "đau đầu").first().map(String::as_str),
        Some("headache"),
        "{:?}",
        top(Lang::Vi, "đau đầu")
    );
    // Nothing for nothing.
    assert!(search::search(Lang::En, "   ", 3).is_empty());
    assert!(search::search(Lang::En, "zzzzqqq", 3).is_empty());
}
