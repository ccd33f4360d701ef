//! Criterion benchmark of the opening-hours evaluation: `open_at` runs for every candidate
//! while walking the spatial index, `state_at` (with `until` and `next_open`) for each
//! result shown.

use chrono::{FixedOffset, TimeZone};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
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
                doubtful_days: 0,
            }
        })
        .collect();
    let closing = ClosingRules {
        weekly_open: [Some(true), Some(true), Some(true), Some(true), Some(true), Some(true), Some(false)],
        holiday_open: Some(false),
        ..ClosingRules::default()
    };
    Schedule { departments, closing }
}

fn open_now(c: &mut Criterion) {
    let s = typical();
    let tz = FixedOffset::east_opt(9 * 3600).unwrap();
    // Instants spread over a fortnight, every 7 minutes: open, lunch, nights, a weekend.
    let start = tz.with_ymd_and_hms(2026, 11, 16, 0, 0, 0).unwrap();
    let instants: Vec<_> = (0..2880).map(|i| start + chrono::Duration::minutes(7 * i)).collect();
    let mut i = 0;
    c.bench_function("open_at (8-department hospital)", |b| {
        b.iter(|| {
            i = (i + 1) % instants.len();
            black_box(s.open_at(instants[i], Some(Department::Dermatology)))
        })
    });
    c.bench_function("state_at (8-department hospital)", |b| {
        b.iter(|| {
            i = (i + 1) % instants.len();
            black_box(s.state_at(instants[i], Some(Department::Dermatology)))
        })
    });
}

criterion_group!(benches, open_now);
criterion_main!(benches);
