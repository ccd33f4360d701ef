//! Phrase-card search as a visitor types: words in any order, each language's own words and
//! synonyms (kid/child, tummy/stomach), light stemming, accents folded, and character
//! n-grams for the languages written without spaces (Japanese, Chinese, Thai).
//!
//! Each language has an index over its cards: the card's text in that language (the
//! strongest evidence), the English text (visitors often type English whatever the app's
//! language), the Japanese with its reading and romaji, and the category name. The words
//! that mean the same to a visitor and the words a query can drop (`my`, `has`) are data:
//! `data/cards/search/<lang>.txt`.
//!
//! ```
//! use tasukete::{cards::search, l10n::Lang};
//! let hits = search::search(Lang::En, "my child has a fever", 3);
//! assert_eq!(hits[0].id, "child-high-fever");
//! ```

use super::{catalogue, RenderedCard};
use crate::l10n::Lang;
use include_dir::{include_dir, Dir};
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

static WORD_LISTS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/data/cards/search");

/// The longest query looked at; the rest is ignored.
pub const MAX_QUERY_CHARS: usize = 200;

/// One card found, best first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    /// The card's id.
    pub id: String,
    /// How well it matched; only the order means anything.
    pub score: f32,
}

// --- Normalising and splitting text ---------------------------------------------------

/// Lower case, full-width folded (NFKC), accents removed from Latin, Greek and Cyrillic
/// letters (Thai vowels and Japanese voicing marks are kept), katakana as hiragana.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut prev_base = ' ';
    for c in text.nfkc().flat_map(char::to_lowercase).collect::<String>().nfd() {
        if is_combining_mark(c) {
            if (prev_base as u32) < 0x0530 {
                continue;
            }
            out.push(c);
            continue;
        }
        prev_base = c;
        match c {
            'ァ'..='ヶ' => out.push(char::from_u32(c as u32 - 0x60).unwrap_or(c)),
            'đ' => out.push('d'),
            'ß' => out.push_str("ss"),
            'œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            'ł' => out.push('l'),
            'ø' => out.push('o'),
            '’' | '\'' => {}
            _ => out.push(c),
        }
    }
    out.nfc().collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    /// Latin, Cyrillic, digits: words between spaces.
    Word,
    /// Hangul: words between spaces, with particles attached.
    Hangul,
    /// Kanji and kana: no spaces, searched by character n-grams.
    Cjk,
    /// Thai: no spaces, searched by character n-grams.
    Thai,
}

fn script(c: char) -> Option<Script> {
    match c as u32 {
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => Some(Script::Cjk),
        0x0E00..=0x0E7F => Some(Script::Thai),
        0xAC00..=0xD7AF | 0x1100..=0x11FF | 0x3130..=0x318F => Some(Script::Hangul),
        _ if c.is_alphanumeric() => Some(Script::Word),
        _ if is_combining_mark(c) => None,
        _ => None,
    }
}

/// Runs of one script in folded text (Thai vowel marks stay with their run).
fn segments(folded: &str) -> Vec<(Script, String)> {
    let mut out: Vec<(Script, String)> = Vec::new();
    let mut current: Option<(Script, String)> = None;
    for c in folded.chars() {
        let s = match script(c) {
            Some(s) => Some(s),
            // A combining mark continues a Thai run.
            None if is_combining_mark(c) && matches!(current, Some((Script::Thai, _))) => Some(Script::Thai),
            None => None,
        };
        match (s, current.as_mut()) {
            (Some(s), Some((cs, text))) if *cs == s => text.push(c),
            (Some(s), _) => {
                out.extend(current.take());
                current = Some((s, c.to_string()));
            }
            (None, _) => out.extend(current.take()),
        }
    }
    out.extend(current);
    out
}

fn grams(text: &str, n: usize) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() < n {
        return Vec::new();
    }
    chars.windows(n).map(|w| w.iter().collect()).collect()
}

/// A light stemmer: the common inflections of each language's nouns and verbs, enough
/// for "vomiting" to meet "vomited" and "dolores" to meet "dolor".
fn stem(lang_hint: Lang, word: &str) -> String {
    let n = word.chars().count();
    if n <= 3 || word.chars().any(|c| c.is_ascii_digit()) {
        return word.to_string();
    }
    let cut = |suffixes: &[&str], keep: usize| -> String {
        for s in suffixes {
            if let Some(stemmed) = word.strip_suffix(s) {
                if stemmed.chars().count() >= keep {
                    return stemmed.to_string();
                }
            }
        }
        word.to_string()
    };
    let cyrillic = word.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
    if cyrillic {
        return cut(
            &[
                "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ться", "тся", "ешь", "ете", "ает", "ает",
                "ют", "ут", "ая", "яя", "ое", "ее", "ой", "ей", "ий", "ый", "ом", "ем", "ах", "ях", "ов", "ев", "ам",
                "ям", "ть", "у", "ю", "а", "я", "ы", "и", "е", "о", "ь",
            ],
            3,
        );
    }
    match lang_hint {
        Lang::Es | Lang::Pt => cut(&["ciones", "coes", "mente", "es", "os", "as", "s", "a", "o", "e"], 3),
        Lang::Fr => cut(&["ement", "aux", "es", "s", "e", "x"], 3),
        Lang::De => cut(&["ungen", "ung", "en", "er", "es", "em", "e", "n", "s"], 3),
        Lang::Id => cut(&["nya", "kan", "an"], 3),
        Lang::Tl => word.to_string(),
        _ => {
            // English, and Latin words typed in any language.
            if let Some(s) = word.strip_suffix("ies") {
                return format!("{s}y");
            }
            cut(&["ing", "ed", "es", "ly", "s", "e", "y"], 3)
        }
    }
}

/// The stem of a word of any script: Hangul loses its particle, other words their endings.
fn stem_any(lang: Lang, word: &str) -> String {
    if word.chars().next().is_some_and(|c| script(c) == Some(Script::Hangul)) {
        hangul_stem(word)
    } else {
        stem(lang, word)
    }
}

/// Korean particles and endings that a query word may carry (아이가 -> 아이).
fn hangul_stem(word: &str) -> String {
    for p in [
        "에서",
        "이에요",
        "예요",
        "이요",
        "에게",
        "까지",
        "부터",
        "이",
        "가",
        "은",
        "는",
        "을",
        "를",
        "에",
        "도",
        "요",
        "의",
    ] {
        if let Some(s) = word.strip_suffix(p) {
            if !s.is_empty() {
                return s.to_string();
            }
        }
    }
    word.to_string()
}

// --- Word lists (data) ------------------------------------------------------------------

#[derive(Debug, Default)]
struct WordList {
    stop: BTreeSet<String>,
    /// stem -> the stems of every word in its groups (words between spaces).
    synonyms: HashMap<String, BTreeSet<String>>,
    /// Groups of words written without spaces (kanji, kana, Thai), folded: a query that
    /// contains one is also searched with each of the others in its place.
    phrases: Vec<Vec<String>>,
}

fn parse_word_list(lang: Lang, text: &str) -> WordList {
    let mut list = WordList::default();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        if let Some(stop) = line.strip_prefix("stop:") {
            list.stop.extend(stop.split_whitespace().map(fold));
            continue;
        }
        let words: Vec<String> = line.split_whitespace().map(fold).collect();
        let unspaced =
            |w: &String| w.chars().next().and_then(script).is_some_and(|s| matches!(s, Script::Cjk | Script::Thai));
        if words.iter().any(unspaced) {
            list.phrases.push(words);
            continue;
        }
        let group: BTreeSet<String> = words.iter().map(|w| stem_any(lang, w)).collect();
        for w in &group {
            list.synonyms.entry(w.clone()).or_default().extend(group.iter().cloned());
        }
    }
    list
}

fn word_list(lang: Lang) -> &'static WordList {
    static LISTS: OnceLock<HashMap<Lang, WordList>> = OnceLock::new();
    LISTS
        .get_or_init(|| {
            Lang::ALL
                .into_iter()
                .map(|l| {
                    let text = WORD_LISTS
                        .get_file(format!("{}.txt", l.tag()))
                        .and_then(|f| f.contents_utf8())
                        .unwrap_or_else(|| panic!("data/cards/search/{}.txt is embedded", l.tag()));
                    (l, parse_word_list(l, text))
                })
                .collect()
        })
        .get(&lang)
        .expect("every language has a word list")
}

// --- The index ----------------------------------------------------------------------------

/// How much a match in each field counts.
const W_TEXT: f32 = 1.0;
const W_ENGLISH: f32 = 0.8;
const W_JAPANESE: f32 = 0.8;
const W_CATEGORY: f32 = 0.3;

#[derive(Default)]
struct Index {
    ids: Vec<String>,
    /// Folded word -> (card, field weight), best weight per card.
    words: HashMap<String, HashMap<usize, f32>>,
    /// Stem -> the folded words that have it.
    stems: HashMap<String, BTreeSet<String>>,
    /// Character n-gram -> (card, field weight).
    grams: HashMap<String, HashMap<usize, f32>>,
    /// Tokens per card, for a mild preference for short cards.
    lengths: Vec<usize>,
    /// The words of each card's own text with their accents (lower case): folding makes
    /// Vietnamese đau (pain) and đầu (head) one word, so a query typed with its accents
    /// prefers the cards that have the same accented words.
    accented: Vec<BTreeSet<String>>,
    /// How likely a search means the card at all: the one-word pointing answers ("The
    /// stomach.") are opened from their category, a search usually wants a sentence.
    priors: Vec<f32>,
}

/// The prior of a card of `category`.
fn prior(category: &str) -> f32 {
    if category == "answers" {
        0.85
    } else {
        1.0
    }
}

impl Index {
    fn add(&mut self, card: usize, text: &str, weight: f32, lang_hint: Lang) {
        let folded = fold(text);
        for (script, seg) in segments(&folded) {
            match script {
                Script::Word | Script::Hangul => {
                    self.lengths[card] += 1;
                    let best = self.words.entry(seg.clone()).or_default().entry(card).or_insert(0.0);
                    *best = best.max(weight);
                    self.stems.entry(stem_any(lang_hint, &seg)).or_default().insert(seg);
                }
                Script::Cjk | Script::Thai => {
                    self.lengths[card] += seg.chars().count() / 2 + 1;
                    let ns: &[usize] = if script == Script::Cjk { &[1, 2] } else { &[2, 3] };
                    for n in ns {
                        for g in grams(&seg, *n) {
                            let best = self.grams.entry(g).or_default().entry(card).or_insert(0.0);
                            *best = best.max(weight);
                        }
                    }
                }
            }
        }
    }

    fn build(lang: Lang) -> Index {
        let cards = catalogue(lang);
        let english = if lang == Lang::En { None } else { Some(catalogue(Lang::En)) };
        let mut ix = Index { lengths: vec![0; cards.len()], ..Default::default() };
        for (i, c) in cards.iter().enumerate() {
            ix.ids.push(c.id.clone());
            ix.priors.push(prior(&c.category));
            ix.accented.push(accented_words(&c.text));
            ix.add(i, &c.text, W_TEXT, lang);
            let own_len = ix.lengths[i];
            if let Some(en) = &english {
                ix.add(i, &en[i].text, W_ENGLISH, Lang::En);
            }
            ix.add(i, &c.ja, W_JAPANESE, Lang::Ja);
            ix.add(i, &c.ja_reading, W_JAPANESE, Lang::Ja);
            ix.add(i, &c.romaji, W_JAPANESE, Lang::Ja);
            ix.add(i, &c.category_name, W_CATEGORY, lang);
            // Length is the card's own text: other fields are there to be found, not to weigh.
            ix.lengths[i] = own_len.max(1);
        }
        ix
    }

    fn idf(&self, df: usize) -> f32 {
        (1.0 + self.ids.len() as f32 / (df.max(1) as f32)).ln()
    }
}

fn index(lang: Lang) -> &'static Index {
    static INDEXES: OnceLock<HashMap<Lang, Index>> = OnceLock::new();
    INDEXES.get_or_init(|| Lang::ALL.into_iter().map(|l| (l, Index::build(l))).collect()).get(&lang).expect("indexed")
}

// --- Matching -----------------------------------------------------------------------------

/// Edit distance, stopping early above `max`.
fn within_edits(a: &str, b: &str, max: usize) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return false;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        if cur.iter().min().is_some_and(|m| *m > max) {
            return false;
        }
        prev = cur;
    }
    prev[b.len()] <= max
}

/// The cards a query word reaches, with how well: exact, same stem, a synonym, the start
/// of a longer word (typing), or one typo away. A word and its stems and synonyms are one
/// concept and share one rarity (idf), so a rare synonym ("belly") does not outrank the
/// common word the visitor meant ("stomach").
fn word_matches(ix: &Index, lang: Lang, q: &str, hangul: bool) -> HashMap<usize, f32> {
    let mut concept: Vec<(&str, f32)> = Vec::new();
    if let Some((word, _)) = ix.words.get_key_value(q) {
        concept.push((word.as_str(), 1.0));
    }
    let q_stem = stem_any(lang, q);
    let mut stems: Vec<(String, f32)> = vec![(q_stem.clone(), 0.9)];
    // The language's own synonyms, then the English ones (English is typed everywhere),
    // which count less in another language: there they mostly meet the English text, and
    // a look-alike word of the language's own text (température) is a weaker sign.
    let english_weight = if lang == Lang::En { 0.85 } else { 0.7 };
    for (list, w) in [(word_list(lang), 0.85), (word_list(Lang::En), english_weight)] {
        if let Some(group) = list.synonyms.get(&q_stem) {
            stems.extend(group.iter().filter(|s| **s != q_stem).map(|s| (s.clone(), w)));
        }
    }
    for (s, w) in &stems {
        if let Some(words) = ix.stems.get(s) {
            concept.extend(words.iter().map(|word| (word.as_str(), *w)));
        }
    }
    let reached: BTreeSet<usize> =
        concept.iter().filter_map(|(w, _)| ix.words.get(*w)).flat_map(|c| c.keys().copied()).collect();
    let concept_idf = ix.idf(reached.len());
    let mut out: HashMap<usize, f32> = HashMap::new();
    let mut credit = |word: &str, w: f32, idf: Option<f32>| {
        if let Some(cards) = ix.words.get(word) {
            let idf = idf.unwrap_or_else(|| ix.idf(cards.len()));
            for (card, field) in cards {
                let v = out.entry(*card).or_insert(0.0);
                *v = v.max(w * field * idf);
            }
        }
    };
    for (word, w) in &concept {
        credit(word, *w, Some(concept_idf));
    }
    // A word the app knows (in a card or a synonym group) is complete: "kid" is a child,
    // not the start of "kidney". Only an unknown word is a prefix being typed or a typo.
    if !reached.is_empty() {
        return out;
    }
    let qlen = q.chars().count();
    let prefix_ok = if hangul { qlen >= 1 } else { qlen >= 3 };
    for word in ix.words.keys() {
        if prefix_ok && word.len() > q.len() && word.starts_with(q) {
            credit(word, if hangul { 0.8 } else { 0.6 }, None);
        } else if !hangul && qlen >= 5 && within_edits(q, word, if qlen >= 8 { 2 } else { 1 }) {
            credit(word, 0.5, None);
        }
    }
    out
}

fn gram_matches(ix: &Index, gram: &str) -> HashMap<usize, f32> {
    let mut out = HashMap::new();
    if let Some(cards) = ix.grams.get(gram) {
        let idf = ix.idf(cards.len());
        for (card, field) in cards {
            out.insert(*card, field * idf);
        }
    }
    out
}

/// One part of a query: what it reaches and whether it counts for coverage.
struct Term {
    matches: HashMap<usize, f32>,
    weight: f32,
    counts: bool,
}

fn terms(lang: Lang, folded: &str) -> Vec<Term> {
    let ix = index(lang);
    let segs = segments(folded);
    let stop = &word_list(lang).stop;
    let en_stop = &word_list(Lang::En).stop;
    let content = |s: &str| !stop.contains(s) && !en_stop.contains(s);
    // Stop words are dropped unless the query has nothing else.
    let keep_stop = !segs.iter().any(|(sc, s)| !matches!(sc, Script::Word | Script::Hangul) || content(s));
    let mut out = Vec::new();
    for (script, seg) in segs {
        match script {
            Script::Word | Script::Hangul => {
                if !keep_stop && !content(&seg) {
                    continue;
                }
                let matches = word_matches(ix, lang, &seg, script == Script::Hangul);
                out.push(Term { matches, weight: 1.0, counts: true });
            }
            Script::Cjk | Script::Thai => {
                let (short, long) = if script == Script::Cjk { (1, 2) } else { (2, 3) };
                let chars = seg.chars().count();
                if chars <= short {
                    out.push(Term { matches: gram_matches(ix, &seg), weight: 1.0, counts: true });
                    continue;
                }
                for g in grams(&seg, long) {
                    out.push(Term { matches: gram_matches(ix, &g), weight: 1.0, counts: true });
                }
                for g in grams(&seg, short) {
                    out.push(Term { matches: gram_matches(ix, &g), weight: 0.3, counts: false });
                }
            }
        }
    }
    out
}

/// The query, and the query with each unspaced synonym in place of the one it contains
/// (子供 for 子ども, ท้องเสีย for ท้องร่วง), at most 12 in all.
fn variants(lang: Lang, folded: &str) -> Vec<String> {
    let mut out = vec![folded.to_string()];
    for list in [word_list(lang), word_list(Lang::En)] {
        for group in &list.phrases {
            for w in group.iter().filter(|w| folded.contains(w.as_str())) {
                for v in group.iter().filter(|v| *v != w) {
                    let q = folded.replace(w.as_str(), v);
                    if out.len() < 12 && !out.contains(&q) {
                        out.push(q);
                    }
                }
            }
        }
    }
    out
}

/// Scores of one form of the query: card -> score.
fn score_query(lang: Lang, folded: &str) -> HashMap<usize, f32> {
    let ix = index(lang);
    let terms = terms(lang, folded);
    let counted = terms.iter().filter(|t| t.counts).count();
    let mut score: HashMap<usize, (f32, f32)> = HashMap::new();
    for t in &terms {
        for (card, s) in &t.matches {
            let e = score.entry(*card).or_insert((0.0, 0.0));
            e.0 += s * t.weight;
            if t.counts {
                e.1 += 1.0;
            }
        }
    }
    score
        .into_iter()
        .filter(|(_, (s, _))| *s > 0.0 && counted > 0)
        .map(|(card, (s, covered))| {
            let coverage = (covered / counted as f32).min(1.0);
            let shortness = 1.0 / (1.0 + 0.03 * ix.lengths[card] as f32);
            (card, s * coverage * coverage * (0.8 + shortness) * ix.priors[card])
        })
        .collect()
}

/// The words of `text` that carry accents, lower case and composed (đầu, fièvre).
fn accented_words(text: &str) -> BTreeSet<String> {
    let lower: String = text.nfkc().flat_map(char::to_lowercase).collect();
    lower
        .split(|c: char| !c.is_alphanumeric() && !is_combining_mark(c))
        .filter(|w| {
            !w.is_empty() && !w.is_ascii() && w.chars().all(|c| script(c) == Some(Script::Word) || is_combining_mark(c))
        })
        .map(|w| w.nfc().collect())
        .collect()
}

/// A card whose own text has the accented words the query was typed with ranks above one
/// that only matches once accents are folded away.
const ACCENT_BONUS: f32 = 0.5;

/// The cards that answer `query` in `lang`, best first, at most `limit`. An empty query
/// (or one of nothing but punctuation) finds nothing.
pub fn search(lang: Lang, query: &str, limit: usize) -> Vec<Hit> {
    let ix = index(lang);
    let query: String = query.chars().take(MAX_QUERY_CHARS).collect();
    let folded = fold(&query);
    let mut best: HashMap<usize, f32> = HashMap::new();
    for q in variants(lang, &folded) {
        for (card, s) in score_query(lang, &q) {
            let b = best.entry(card).or_insert(0.0);
            *b = b.max(s);
        }
    }
    let typed = accented_words(&query);
    if !typed.is_empty() {
        for (card, s) in best.iter_mut() {
            let same = typed.iter().filter(|w| ix.accented[*card].contains(*w)).count();
            *s *= 1.0 + ACCENT_BONUS * same as f32 / typed.len() as f32;
        }
    }
    let mut hits: Vec<Hit> = best.into_iter().map(|(card, score)| Hit { id: ix.ids[card].clone(), score }).collect();
    hits.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.id.cmp(&b.id)));
    hits.truncate(limit);
    hits
}

/// The cards of [`search`], rendered (with blanks) in `lang`.
pub fn search_cards(lang: Lang, query: &str, limit: usize) -> Vec<RenderedCard> {
    let hits = search(lang, query, limit);
    let all = catalogue(lang);
    hits.iter().filter_map(|h| all.iter().find(|c| c.id == h.id).cloned()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_removes_accents_but_keeps_japanese_and_thai_marks() {
        assert_eq!(fold("Estómago DOLOR"), "estomago dolor");
        assert_eq!(fold("đau bụng"), "dau bung");
        assert_eq!(fold("ＡＢＣ"), "abc");
        assert_eq!(fold("ペニシリン"), "ぺにしりん");
        assert_eq!(fold("がっこう"), "がっこう");
        assert_eq!(fold("ปวดท้อง"), "ปวดท้อง");
        assert_eq!(fold("Ёлка"), "елка");
    }

    #[test]
    fn text_splits_by_script() {
        let s = segments(&fold("My 子ども has 열이 ปวดท้อง!"));
        let kinds: Vec<Script> = s.iter().map(|(k, _)| *k).collect();
        assert_eq!(kinds, [Script::Word, Script::Cjk, Script::Word, Script::Hangul, Script::Thai]);
        assert_eq!(s[4].1, "ปวดท้อง");
    }

    #[test]
    fn stems_meet() {
        assert_eq!(stem(Lang::En, "vomiting"), stem(Lang::En, "vomited"));
        assert_eq!(stem(Lang::Es, "dolores"), stem(Lang::Es, "dolor"));
        assert_eq!(stem(Lang::En, "allergies"), "allergy");
        assert_eq!(hangul_stem("아이가"), "아이");
    }

    #[test]
    fn edits() {
        assert!(within_edits("fevre", "fever", 2));
        assert!(within_edits("stomac", "stomach", 1));
        assert!(!within_edits("kidney", "child", 2));
    }

    #[test]
    fn empty_and_punctuation_queries_find_nothing() {
        assert!(search(Lang::En, "", 5).is_empty());
        assert!(search(Lang::En, " ?!. ", 5).is_empty());
        assert!(search(Lang::En, &"x".repeat(100_000), 5).len() <= 5);
    }
}
