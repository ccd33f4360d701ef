//! Emergency and help numbers, compiled into the binary so that they work with no dataset
//! and no network, and the script of a 119 call in Japanese filled in with the user's
//! situation.
//!
//! The numbers and their hours come from `FACTS.md` (sources named beside each entry).
//! Where sources disagree the entry is marked `unsure` and its text says to check locally.
//!
//! ```
//! use tasukete::{emergency, l10n::Lang};
//! let numbers = emergency::numbers(Lang::En, None).unwrap();
//! assert_eq!(numbers[0].number, "119");
//! ```

use crate::l10n::{self, Arg, Args, Error, Lang, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// A help number, localized.
#[derive(Debug, Clone, Serialize)]
pub struct NumberEntry {
    /// Stable id, e.g. `ambulance`.
    pub id: &'static str,
    /// The number as written in Japan, e.g. `#7119` or `050-3816-2787`.
    pub number: &'static str,
    /// What to put in a `tel:` link: digits, `#` and `+` only.
    pub dial: String,
    /// What the service is called, in the user's language.
    pub name: String,
    /// What to call it for.
    pub purpose: String,
    /// When it answers.
    pub hours: String,
    /// Which languages it answers in.
    pub languages: String,
    /// A caution or local detail (e.g. whether the prefecture runs #7119), if any.
    pub note: Option<String>,
    /// True when sources disagree about this entry: show it with "check locally".
    pub unsure: bool,
    /// Where the facts come from (site and page).
    pub source: &'static str,
}

struct Spec {
    id: &'static str,
    number: &'static str,
    hours: &'static str,
    languages: &'static str,
    note: Option<&'static str>,
    unsure: bool,
    source: &'static str,
}

const SPECS: [Spec; 9] = [
    Spec {
        id: "ambulance",
        number: "119",
        hours: "hours-24h",
        languages: "langs-119",
        note: Some("note-public-phone"),
        unsure: false,
        source: "fdma.go.jp white paper H29; city.mitaka.tokyo.jp; shejapan.com",
    },
    Spec {
        id: "police",
        number: "110",
        hours: "hours-24h",
        languages: "langs-110",
        note: None,
        unsure: false,
        source: "pref.aichi.jp multilingual emergency page",
    },
    Spec {
        id: "coast-guard",
        number: "118",
        hours: "hours-24h",
        languages: "langs-118",
        note: None,
        unsure: false,
        source: "kaihowww.boctac.net 118 page",
    },
    Spec {
        id: "advice-7119",
        number: "#7119",
        hours: "hours-7119",
        languages: "langs-7119",
        note: None,
        unsure: true,
        source: "fdma.go.jp white paper R2; kobe-np.co.jp 2025-02; foreign.city.shinjuku.lg.jp",
    },
    Spec {
        id: "child-8000",
        number: "#8000",
        hours: "hours-8000",
        languages: "langs-8000",
        note: None,
        unsure: false,
        source: "happyhouse-komae; tanaka-bunjo",
    },
    Spec {
        id: "visitor-hotline",
        number: "050-3816-2787",
        hours: "hours-24h",
        languages: "langs-visitor-hotline",
        note: None,
        unsure: false,
        source: "japantimes 2020-03-07; living-and-ins.jp",
    },
    Spec {
        id: "himawari",
        number: "03-5285-8181",
        hours: "hours-himawari",
        languages: "langs-himawari",
        note: None,
        unsure: false,
        source: "seisakukikaku.metro.tokyo.jp",
    },
    Spec {
        id: "amda",
        number: "03-5285-8088",
        hours: "hours-amda",
        languages: "langs-amda",
        note: Some("note-amda"),
        unsure: true,
        source: "amdamedicalcenter.com/1-1",
    },
    Spec {
        id: "disaster-171",
        number: "171",
        hours: "hours-171",
        languages: "langs-171",
        note: Some("note-171"),
        unsure: false,
        source: "ntt-east.co.jp voice171",
    },
];

/// Tokyo's number for #7119 from phones that cannot dial `#`.
const TOKYO_7119_DIRECT: &str = "03-3212-2323";

/// The 47 prefectures by JIS code: (Japanese name, English name).
pub use crate::prefectures::PREFECTURES;

/// Whether #7119 answers in a prefecture, as far as the checked facts go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Service7119 {
    /// A checked source says it runs there (only Tokyo so far).
    Runs,
    /// Not known from checked sources: check locally. FACTS.md only says that 31
    /// prefectures ran it prefecture-wide by February 2025, without naming them.
    CheckLocally,
}

/// Whether #7119 is known to run in prefecture `code` (1..=47).
pub fn service_7119(code: u8) -> Result<Service7119> {
    prefecture(code)?;
    Ok(if code == 13 { Service7119::Runs } else { Service7119::CheckLocally })
}

fn prefecture(code: u8) -> Result<(&'static str, &'static str)> {
    PREFECTURES.get(usize::from(code).wrapping_sub(1)).copied().ok_or(Error::BadPrefecture(code))
}

fn msg(lang: Lang, id: &str, args: &Args) -> Result<String> {
    Ok(l10n::text(lang, "emergency", id, args)?.text)
}

fn dial_string(number: &str) -> String {
    number.chars().filter(|c| c.is_ascii_digit() || *c == '#' || *c == '+').collect()
}

/// The help numbers in `lang`, most urgent first. With `pref` (JIS code 1..=47) the #7119
/// entry says whether that prefecture is known to run it, and in Tokyo its direct
/// number for phones that cannot dial `#` is listed too.
pub fn numbers(lang: Lang, pref: Option<u8>) -> Result<Vec<NumberEntry>> {
    let pref = pref.map(|p| prefecture(p).map(|names| (p, names))).transpose()?;
    let mut out = Vec::new();
    for s in &SPECS {
        let mut note = s.note.map(|n| msg(lang, n, &Args::new())).transpose()?;
        if s.id == "advice-7119" {
            let mut args = Args::new();
            args.insert("direct".into(), Arg::Text(TOKYO_7119_DIRECT.into()));
            note = Some(match pref {
                Some((13, _)) => msg(lang, "note-7119-tokyo", &args)?,
                Some((_, (ja, en))) => {
                    args.insert("pref".into(), Arg::Text(format!("{en} ({ja})")));
                    msg(lang, "note-7119-check-pref", &args)?
                }
                None => msg(lang, "note-7119-check", &args)?,
            });
        }
        out.push(NumberEntry {
            id: s.id,
            number: s.number,
            dial: dial_string(s.number),
            name: msg(lang, &format!("{}-name", s.id), &Args::new())?,
            purpose: msg(lang, &format!("{}-purpose", s.id), &Args::new())?,
            hours: msg(lang, s.hours, &Args::new())?,
            languages: msg(lang, s.languages, &Args::new())?,
            note,
            unsure: s.unsure,
            source: s.source,
        });
        if s.id == "advice-7119" && matches!(pref, Some((13, _))) {
            out.push(NumberEntry {
                id: "advice-7119-tokyo-direct",
                number: TOKYO_7119_DIRECT,
                dial: dial_string(TOKYO_7119_DIRECT),
                name: msg(lang, "advice-7119-tokyo-direct-name", &Args::new())?,
                purpose: msg(lang, "advice-7119-tokyo-direct-purpose", &Args::new())?,
                hours: msg(lang, "hours-24h", &Args::new())?,
                languages: msg(lang, "langs-7119", &Args::new())?,
                note: None,
                unsure: false,
                source: "foreign.city.shinjuku.lg.jp",
            });
        }
    }
    Ok(out)
}

/// What happened, as the caller can choose it on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum What {
    /// A sudden illness.
    Illness,
    /// An injury.
    Injury,
    /// A traffic accident.
    TrafficAccident,
    /// Chest pain.
    ChestPain,
    /// Difficulty breathing.
    Breathing,
    /// Heavy bleeding.
    Bleeding,
    /// A seizure.
    Seizure,
    /// A strong allergic reaction.
    AllergicReaction,
    /// A high fever.
    HighFever,
    /// A burn.
    Burn,
}

impl What {
    /// Every choice, in the order the app offers them.
    pub const ALL: [What; 10] = [
        What::Illness,
        What::Injury,
        What::TrafficAccident,
        What::ChestPain,
        What::Breathing,
        What::Bleeding,
        What::Seizure,
        What::AllergicReaction,
        What::HighFever,
        What::Burn,
    ];

    fn message_id(self) -> &'static str {
        match self {
            What::Illness => "script-what-illness",
            What::Injury => "script-what-injury",
            What::TrafficAccident => "script-what-traffic-accident",
            What::ChestPain => "script-what-chest-pain",
            What::Breathing => "script-what-breathing",
            What::Bleeding => "script-what-bleeding",
            What::Seizure => "script-what-seizure",
            What::AllergicReaction => "script-what-allergic-reaction",
            What::HighFever => "script-what-high-fever",
            What::Burn => "script-what-burn",
        }
    }
}

/// One "what happened" choice with its label in the user's language.
#[derive(Debug, Clone, Serialize)]
pub struct WhatChoice {
    /// The value to put in [`Situation::what`].
    pub what: What,
    /// What the script will say, in the user's language.
    pub label: String,
}

/// The "what happened" choices for the 119 screen, labelled in `lang`.
pub fn what_choices(lang: Lang) -> Result<Vec<WhatChoice>> {
    What::ALL
        .into_iter()
        .map(|what| Ok(WhatChoice { what, label: msg(lang, what.message_id(), &Args::new())? }))
        .collect()
}

/// The patient's sex, as the dispatcher asks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sex {
    /// Male (男性).
    Male,
    /// Female (女性).
    Female,
}

/// What the user knows about the emergency; every field is optional.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Situation {
    /// The address in Japanese, as the app or a sign shows it.
    pub address: Option<String>,
    /// A landmark near by, used when there is no address.
    pub landmark: Option<String>,
    /// Where the phone says the caller is, as a dispatcher hears it
    /// (「東京都新宿区西新宿六丁目付近、西新宿駅の北約200メートル」, see
    /// [`crate::where_am_i::WhereAmI::spoken_ja`]); used when there is no address.
    #[serde(default)]
    pub place: Option<String>,
    /// The same place in romaji ([`crate::where_am_i::WhereAmI::spoken_romaji`]), for the
    /// romaji of the position line; without it the line keeps the Japanese.
    #[serde(default)]
    pub place_romaji: Option<String>,
    /// What happened.
    pub what: Option<What>,
    /// Whether the patient is conscious.
    pub conscious: Option<bool>,
    /// Whether the patient is breathing.
    pub breathing: Option<bool>,
    /// The patient's age in years (approximate is fine).
    pub age: Option<u32>,
    /// The patient's sex.
    pub sex: Option<Sex>,
    /// The caller's name.
    pub name: Option<String>,
    /// A phone number the dispatcher can call back.
    pub callback: Option<String>,
}

/// One line to say on a 119 call.
#[derive(Debug, Clone, Serialize)]
pub struct ScriptLine {
    /// Stable id of the line, e.g. `script-ambulance`.
    pub id: &'static str,
    /// What to say, in Japanese.
    pub ja: String,
    /// The same in hiragana.
    pub ja_reading: String,
    /// The same in Hepburn romaji with macrons.
    pub romaji: String,
    /// What it means, in the user's language.
    pub text: String,
}

/// Below this age the script says 男の子 / 女の子 rather than 男性 / 女性.
pub const CHILD_UNTIL: u32 = 15;

/// How each language names itself, as it fits the interpreter sentence of that language
/// ("an interpreter for English", 「可以接通中文翻译吗」, "penerjemah bahasa Indonesia").
fn language_own_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "日本語",
        Lang::En => "English",
        Lang::ZhHans | Lang::ZhHant => "中文",
        Lang::Ko => "한국어",
        Lang::Th => "ไทย",
        Lang::Vi => "tiếng Việt",
        Lang::Id => "Indonesia",
        Lang::Tl => "Tagalog",
        Lang::Es => "español",
        Lang::Fr => "français",
        Lang::De => "Deutsch",
        Lang::Pt => "português",
        Lang::Ru => "русский",
    }
}

/// How each supported language is named in Japanese: (kanji/kana, hiragana, romaji).
pub(crate) fn language_in_japanese(lang: Lang) -> Option<(&'static str, &'static str, &'static str)> {
    Some(match lang {
        Lang::Ja => return None,
        Lang::En => ("英語", "えいご", "eigo"),
        Lang::ZhHans | Lang::ZhHant => ("中国語", "ちゅうごくご", "chūgokugo"),
        Lang::Ko => ("韓国語", "かんこくご", "kankokugo"),
        Lang::Th => ("タイ語", "たいご", "taigo"),
        Lang::Vi => ("ベトナム語", "べとなむご", "betonamugo"),
        Lang::Id => ("インドネシア語", "いんどねしあご", "indoneshiago"),
        Lang::Tl => ("タガログ語", "たがろぐご", "tagarogugo"),
        Lang::Es => ("スペイン語", "すぺいんご", "supeingo"),
        Lang::Fr => ("フランス語", "ふらんすご", "furansugo"),
        Lang::De => ("ドイツ語", "どいつご", "doitsugo"),
        Lang::Pt => ("ポルトガル語", "ぽるとがるご", "porutogarugo"),
        Lang::Ru => ("ロシア語", "ろしあご", "roshiago"),
    })
}

fn line(lang: Lang, id: &'static str, text_args: &Args, reading_args: &Args, romaji_args: &Args) -> Result<ScriptLine> {
    Ok(ScriptLine {
        id,
        ja: l10n::text(Lang::Ja, "emergency", id, text_args)?.text,
        ja_reading: l10n::attribute(Lang::Ja, "emergency", id, "reading", reading_args)?.text,
        // A line starts a sentence even when it starts with a number ("Hassai no …").
        romaji: l10n::capitalize_first(&l10n::attribute(Lang::Ja, "emergency", id, "romaji", romaji_args)?.text),
        text: l10n::text(lang, "emergency", id, text_args)?.text,
    })
}

fn one(name: &str, value: Arg) -> Args {
    Args::from([(name.to_string(), value)])
}

/// What to say when 119 answers, in the order the dispatcher asks (fire or ambulance,
/// where, what happened, the patient, the caller), filled in with `situation`; each line
/// in Japanese, hiragana, romaji and `lang`. Free-text fields (address, landmark, name,
/// phone number) are inserted as given in every line.
pub fn call_script_119(lang: Lang, situation: &Situation) -> Result<Vec<ScriptLine>> {
    let none = Args::new();
    let plain = |id| line(lang, id, &none, &none, &none);
    let same = |id, name: &str, value: &str| {
        let a = one(name, Arg::Text(value.trim().to_string()));
        line(lang, id, &a, &a, &a)
    };
    let mut out = vec![plain("script-ambulance")?];
    let given = |s: &Option<String>| s.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(String::from);
    match (given(&situation.address), given(&situation.place), given(&situation.landmark)) {
        (Some(addr), _, _) => out.push(same("script-address", "address", &addr)?),
        (None, Some(place), mark) => {
            let ja = one("place", Arg::Text(place.clone()));
            let romaji =
                given(&situation.place_romaji).map(|r| one("place", Arg::Text(r))).unwrap_or_else(|| ja.clone());
            out.push(line(lang, "script-position", &ja, &ja, &romaji)?);
            if let Some(mark) = mark {
                out.push(same("script-landmark", "landmark", &mark)?);
            }
        }
        (None, None, Some(mark)) => out.push(same("script-landmark", "landmark", &mark)?),
        (None, None, None) => out.push(plain("script-no-address")?),
    }
    if let Some(what) = situation.what {
        out.push(plain(what.message_id())?);
    }
    match situation.conscious {
        Some(true) => out.push(plain("script-conscious")?),
        Some(false) => out.push(plain("script-unconscious")?),
        None => {}
    }
    match situation.breathing {
        Some(true) => out.push(plain("script-breathing")?),
        Some(false) => out.push(plain("script-not-breathing")?),
        None => {}
    }
    match (situation.age, situation.sex) {
        (Some(age), sex) => {
            // Dispatchers say 男の子 / 女の子 for a child (japanese-review-2026-11).
            let child = age < CHILD_UNTIL;
            let id = match sex {
                Some(Sex::Male) if child => "script-age-boy",
                Some(Sex::Female) if child => "script-age-girl",
                Some(Sex::Male) => "script-age-male",
                Some(Sex::Female) => "script-age-female",
                None => "script-age",
            };
            let r = l10n::ja_numbers::reading(age, l10n::ja_numbers::Counter::Age);
            out.push(line(
                lang,
                id,
                &one("age", Arg::Number(f64::from(age))),
                &one("age", Arg::Text(r.kana)),
                &one("age", Arg::Text(r.romaji)),
            )?);
        }
        (None, Some(Sex::Male)) => out.push(plain("script-male")?),
        (None, Some(Sex::Female)) => out.push(plain("script-female")?),
        (None, None) => {}
    }
    if let Some((ja, kana, romaji)) = language_in_japanese(lang) {
        // The user's sentence names the language in the user's language; the Japanese
        // lines name it in Japanese.
        let ja_line = line(
            lang,
            "script-interpreter",
            &one("language", Arg::Text(ja.into())),
            &one("language", Arg::Text(kana.into())),
            &one("language", Arg::Text(romaji.into())),
        )?;
        let own = one("language", Arg::Text(language_own_name(lang).into()));
        let text = l10n::text(lang, "emergency", "script-interpreter", &own)?.text;
        out.push(ScriptLine { text, ..ja_line });
    }
    if let Some(name) = situation.name.as_deref().filter(|n| !n.trim().is_empty()) {
        out.push(same("script-name", "name", name)?);
    }
    if let Some(phone) = situation.callback.as_deref().filter(|n| !n.trim().is_empty()) {
        out.push(same("script-callback", "phone", phone)?);
    }
    out.push(plain("script-stay-on-line")?);
    Ok(out)
}

const PREPARE: [&str; 6] =
    ["prepare-passport", "prepare-insurance", "prepare-cash", "prepare-medicines", "prepare-shoes", "prepare-guide"];

/// What to get ready while the ambulance comes, in `lang`.
pub fn ambulance_checklist(lang: Lang) -> Result<Vec<String>> {
    PREPARE.iter().map(|id| msg(lang, id, &Args::new())).collect()
}

/// Every message id this module uses in `emergency.ftl`.
pub fn message_ids() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for s in &SPECS {
        ids.insert(format!("{}-name", s.id));
        ids.insert(format!("{}-purpose", s.id));
        ids.insert(s.hours.to_string());
        ids.insert(s.languages.to_string());
        ids.extend(s.note.map(String::from));
    }
    for id in [
        "advice-7119-tokyo-direct-name",
        "advice-7119-tokyo-direct-purpose",
        "note-7119-tokyo",
        "note-7119-check-pref",
        "note-7119-check",
        "script-ambulance",
        "script-address",
        "script-landmark",
        "script-no-address",
        "script-conscious",
        "script-unconscious",
        "script-breathing",
        "script-not-breathing",
        "script-age",
        "script-age-male",
        "script-age-female",
        "script-age-boy",
        "script-age-girl",
        "script-position",
        "script-male",
        "script-female",
        "script-interpreter",
        "script-name",
        "script-callback",
        "script-stay-on-line",
    ] {
        ids.insert(id.to_string());
    }
    ids.extend(What::ALL.map(|w| w.message_id().to_string()));
    ids.extend(PREPARE.map(String::from));
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_complete_and_localized() {
        for lang in Lang::ALL {
            let n = numbers(lang, None).unwrap();
            let nums: Vec<_> = n.iter().map(|e| e.number).collect();
            for want in ["119", "110", "118", "#7119", "#8000", "171", "050-3816-2787", "03-5285-8181", "03-5285-8088"]
            {
                assert!(nums.contains(&want), "{lang}: {want} missing");
            }
            for e in &n {
                assert!(!e.name.is_empty() && !e.purpose.is_empty() && !e.hours.is_empty() && !e.languages.is_empty());
            }
        }
        let de = numbers(Lang::De, None).unwrap();
        let en = numbers(Lang::En, None).unwrap();
        assert_ne!(de[0].purpose, en[0].purpose, "German is not English");
    }

    #[test]
    fn unsure_entries_are_marked() {
        let n = numbers(Lang::En, None).unwrap();
        let amda = n.iter().find(|e| e.id == "amda").unwrap();
        assert!(amda.unsure && amda.hours.to_lowercase().contains("unsure"));
        let a7119 = n.iter().find(|e| e.id == "advice-7119").unwrap();
        assert!(a7119.unsure);
        assert!(a7119.note.as_deref().unwrap().contains("03-3212-2323"));
        assert_eq!(a7119.dial, "#7119");
    }

    #[test]
    fn prefecture_changes_the_7119_note() {
        let tokyo = numbers(Lang::En, Some(13)).unwrap();
        assert!(tokyo.iter().any(|e| e.number == "03-3212-2323" && e.dial == "0332122323"));
        let osaka = numbers(Lang::En, Some(27)).unwrap();
        assert!(!osaka.iter().any(|e| e.number == "03-3212-2323"));
        let note = osaka.iter().find(|e| e.id == "advice-7119").unwrap().note.clone().unwrap();
        assert!(note.contains("Osaka") && note.contains("check locally"), "{note}");
        assert_eq!(service_7119(13).unwrap(), Service7119::Runs);
        assert_eq!(service_7119(1).unwrap(), Service7119::CheckLocally);
        assert!(numbers(Lang::En, Some(0)).is_err());
        assert!(numbers(Lang::En, Some(48)).is_err());
    }

    #[test]
    fn script_fills_in_the_situation() {
        let s = Situation {
            address: Some("東京都新宿区西新宿2-8-1".into()),
            what: Some(What::ChestPain),
            conscious: Some(true),
            age: Some(45),
            sex: Some(Sex::Male),
            callback: Some("090-1234-5678".into()),
            ..Default::default()
        };
        let lines = call_script_119(Lang::De, &s).unwrap();
        assert_eq!(lines[0].ja, "救急です。");
        assert_eq!(lines[0].romaji, "Kyūkyū desu.");
        let addr = &lines[1];
        assert!(addr.ja.contains("西新宿2-8-1") && addr.text.contains("西新宿2-8-1"));
        let age = lines.iter().find(|l| l.id == "script-age-male").unwrap();
        assert_eq!(age.ja, "45歳の男性です。");
        assert!(age.ja_reading.starts_with("よんじゅうごさい"));
        assert!(age.text.contains("45"));
        let interp = lines.iter().find(|l| l.id == "script-interpreter").unwrap();
        assert!(interp.ja.contains("ドイツ語"));
        assert!(interp.text.contains("Deutsch") && !interp.text.contains("ドイツ語"), "{}", interp.text);
        assert!(lines.iter().any(|l| l.ja.contains("090-1234-5678")));
        let no_address = call_script_119(Lang::En, &Situation::default()).unwrap();
        assert_eq!(no_address[1].id, "script-no-address");
        assert!(call_script_119(Lang::Ja, &Situation::default()).unwrap().iter().all(|l| l.id != "script-interpreter"));
    }

    #[test]
    fn a_child_is_a_boy_or_a_girl_and_a_position_fills_the_address_line() {
        let s = Situation { age: Some(8), sex: Some(Sex::Female), ..Default::default() };
        let lines = call_script_119(Lang::En, &s).unwrap();
        let age = lines.iter().find(|l| l.id == "script-age-girl").unwrap();
        assert_eq!(age.ja, "8歳の女の子です。");
        assert!(age.text.contains("girl"));
        let s = Situation {
            place: Some("東京都新宿区西新宿六丁目付近".into()),
            landmark: Some("コンビニ".into()),
            ..Default::default()
        };
        let lines = call_script_119(Lang::En, &s).unwrap();
        assert_eq!(lines[1].id, "script-position");
        assert_eq!(lines[1].ja, "場所は東京都新宿区西新宿六丁目付近です。");
        assert_eq!(lines[2].id, "script-landmark");
        // With the place's romaji (issue 9), the romaji line says it.
        let s = Situation {
            place: Some("東京都新宿区西新宿六丁目付近".into()),
            place_romaji: Some("Tokyo-to Shinjuku-ku Nishi Shinjuku 6-chōme fukin".into()),
            ..Default::default()
        };
        let lines = call_script_119(Lang::En, &s).unwrap();
        assert!(lines[1].romaji.contains("Nishi Shinjuku 6-chōme"), "{}", lines[1].romaji);
        assert_eq!(lines[1].ja, "場所は東京都新宿区西新宿六丁目付近です。");
    }

    #[test]
    fn what_choices_are_labelled() {
        let fr = what_choices(Lang::Fr).unwrap();
        assert_eq!(fr.len(), What::ALL.len());
        assert_eq!(fr[3].what, What::ChestPain);
        assert_eq!(fr[3].label, "La personne a mal à la poitrine.");
    }

    #[test]
    fn checklist_in_every_language() {
        for lang in Lang::ALL {
            assert_eq!(ambulance_checklist(lang).unwrap().len(), PREPARE.len());
        }
    }
}
