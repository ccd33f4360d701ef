//! `state_at` runs for every candidate while walking the spatial index over ~250,000
//! facilities: it must stay well under a microsecond on a typical schedule (release).

use chrono::{FixedOffset, TimeZone};
use std::time::Instant;
use tasukete::facility::Department;
use tasukete::hours::{ClosingRules, DepartmentHours, Schedule, WeekWindows, Window};

/// A typical hospital: 8 departments, Mon-Fri two bands, Saturday mornings, reception on
/// half of them, Sundays and holidays closed.
fn typical() -> Schedule {
    let cats = [
        Department::InternalMedicine,
        Department::Surgery,
        Department::Orthopedics,
        Department::Pediatrics,
        Department::Dermatology,
        Department::Ophthalmology,
        Department::Ent,
        Department::Urology,
    ];
    let departments = cats
        .iter()
        .enumerate()
        .map(|(i, &category)| {
            let mut consultation = WeekWindows::default();
            let mut reception = WeekWindows::default();
            for day in 0..5 {
                consultation.0[day] = vec![Window::new(540, 720), Window::new(840, 1020)];
                if i % 2 == 0 {
                    reception.0[day] = vec![Window::new(510, 690), Window::new(810, 990)];
                }
            }
            consultation.0[5] = vec![Window::new(540, 720)];
            DepartmentHours {
                code: format!("0100{i}"),
                name_ja: "科".into(),
                category,
                consultation,
                reception,
            }
        })
        .collect();
    let closing = ClosingRules {
        weekly_open: [
            Some(true),
            Some(true),
            Some(true),
            Some(true),
            Some(true),
            Some(true),
            Some(false),
        ],
        holiday_open: Some(false),
        ..ClosingRules::default()
    };
    Schedule { departments, closing }
}

#[test]
fn state_at_is_fast() {
    let s = typical();
    let tz = FixedOffset::east_opt(9 * 3600).unwrap();
    // Instants spread over a fortnight, every 7 minutes: open, lunch, nights, a weekend.
    let start = tz.with_ymd_and_hms(2026, 11, 16, 0, 0, 0).unwrap();
    let instants: Vec<_> = (0..2880).map(|i| start + chrono::Duration::minutes(7 * i)).collect();
    let mut medians = Vec::new();
    let mut opens = 0;
    for _ in 0..5 {
        let t = Instant::now();
        for &at in &instants {
            let st = s.state_at(at, Some(Department::Dermatology));
            opens += usize::from(st.open() == Some(true));
        }
        medians.push(t.elapsed().as_nanos() as f64 / instants.len() as f64);
    }
    medians.sort_by(f64::total_cmp);
    let ns = medians[2];
    eprintln!(
        "state_at: {ns:.0} ns per call ({} build)",
        if cfg!(debug_assertions) { "debug" } else { "release" }
    );
    assert!(opens > 0);
    // Measured ~190 ns in release and ~12 µs unoptimised on this 2-core machine; the debug
    // bound leaves room for a busy machine, the release one is the requirement.
    let bound = if cfg!(debug_assertions) { 60_000.0 } else { 1_000.0 };
    assert!(ns < bound, "{ns} ns per call");
}
