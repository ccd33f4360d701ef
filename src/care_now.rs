//! The night and holiday answer: where can I be seen now, and if nowhere near, what then.
//!
//! Outpatient care open now for the filter, within [`LIMIT_M`]; when there is none, never a
//! silent list of places hundreds of kilometres away, but "nothing open nearby", the
//! nearest emergency care for that department (open by published hours, or "call
//! first"), the advice lines that run here (#8000 for a child, #7119 or its local
//! equivalent), the Japan Visitor Hotline and 119.

use crate::advice_lines::{self, PlaceNumber};
use crate::error::Result;
use crate::facility::Department;
use crate::geo::LatLon;
use crate::guide::{Guide, NearQuery, NearResult};
use crate::l10n::Lang;
use crate::where_am_i::WhereAmI;
use chrono::{DateTime, FixedOffset};
use serde::Serialize;

/// How far the answer looks, metres: farther is not "nearby" for someone ill at night.
pub const LIMIT_M: f64 = 30_000.0;

/// How many open facilities and emergency facilities the answer lists at most.
pub const MAX_LISTED: usize = 10;

/// The question.
#[derive(Debug, Clone, PartialEq)]
pub struct CareNowQuery {
    /// Where the user is.
    pub at: LatLon,
    /// The department wanted, if any.
    pub department: Option<Department>,
    /// The instant (Japan time is used whatever the zone).
    pub when: DateTime<FixedOffset>,
    /// For a child: #8000 first (also when `department` is pediatrics).
    pub child: bool,
    /// The user's language for the advice lines.
    pub lang: Lang,
    /// How many of each list.
    pub k: usize,
}

/// The answer.
#[derive(Debug, Clone, Serialize)]
pub struct CareNow {
    /// The distance limit used, metres (the UI states it).
    pub limit_m: f64,
    /// Facilities open now for the filter by their published outpatient hours, nearest
    /// first, all within the limit.
    pub open: Vec<NearResult>,
    /// True when `open` is empty: say so plainly.
    pub nothing_open_nearby: bool,
    /// The nearest facilities with an emergency department (for the department when one
    /// is asked and any has it; otherwise any), within the limit, each with
    /// `emergency_open` true or null (call first).
    pub emergency: Vec<NearResult>,
    /// Whether `emergency` had to drop the department filter.
    pub emergency_any_department: bool,
    /// Where the user is, if on land (the advice lines depend on it).
    pub place: Option<WhereAmI>,
    /// Advice lines that run here (#8000 first for a child), the Visitor Hotline, and 119.
    pub call: Vec<PlaceNumber>,
}

/// Answers `q` on `guide`.
pub fn care_now(guide: &Guide, q: &CareNowQuery) -> Result<CareNow> {
    let k = q.k.clamp(1, MAX_LISTED);
    let mut open_q = NearQuery::new(q.at, k);
    open_q.department = q.department;
    open_q.open_at = Some(q.when);
    open_q.radius_m = Some(LIMIT_M);
    let open = guide.near(&open_q, q.when)?;

    let mut em_q = NearQuery::new(q.at, k.min(5));
    em_q.department = q.department;
    em_q.emergency_only = true;
    em_q.radius_m = Some(LIMIT_M);
    em_q.open_at = Some(q.when);
    let mut emergency = guide.near(&em_q, q.when)?;
    let mut emergency_any_department = false;
    if emergency.is_empty() && q.department.is_some() {
        em_q.department = None;
        emergency = guide.near(&em_q, q.when)?;
        emergency_any_department = true;
    }
    // Published-open emergency care first, then call-first, each nearest first.
    emergency.sort_by(|a, b| {
        (a.emergency_open != Some(true))
            .cmp(&(b.emergency_open != Some(true)))
            .then(a.distance_m.total_cmp(&b.distance_m))
    });

    let place = guide.where_am_i(q.at).ok();
    let child = q.child || q.department == Some(Department::Pediatrics);
    let mut call = Vec::new();
    let all = match &place {
        Some(w) => advice_lines::numbers_at(q.lang, w.prefecture.code, &w.municipality.ja)?,
        None => Vec::new(),
    };
    let pick = |id: &str| all.iter().find(|n| n.entry.id == id).cloned();
    let order: &[&str] = if child {
        &["ambulance", "advice-child", "advice-adult", "advice-none", "visitor-hotline"]
    } else {
        &["ambulance", "advice-adult", "advice-none", "advice-child", "visitor-hotline"]
    };
    for id in order {
        call.extend(pick(id));
    }
    if call.is_empty() {
        // At sea or outside the boundaries: the nationwide numbers still hold.
        for e in crate::emergency::numbers(q.lang, None)? {
            if matches!(e.id, "ambulance" | "coast-guard" | "visitor-hotline") {
                let sure = !e.unsure;
                call.push(PlaceNumber { entry: e, direct: None, as_of: None, sure, note_ja: None });
            }
        }
    }
    Ok(CareNow {
        limit_m: LIMIT_M,
        nothing_open_nearby: open.is_empty(),
        open,
        emergency,
        emergency_any_department,
        place,
        call,
    })
}
