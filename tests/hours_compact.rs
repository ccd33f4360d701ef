//! The packed schedules of the open-now filter answer exactly as the schedules they come
//! from: on generated schedules with every rule in play, and on every schedule of the
//! national dataset through `Guide::open_at` (and the facilities without hours hold no
//! schedule the Guide would skip).

#[path = "common/real.rs"]
mod real;

use chrono::{DateTime, Duration, FixedOffset, TimeZone};
use tasukete::bench::Rng;
use tasukete::facility::Department;
use tasukete::hours::{Certainty, ClosingRules, DepartmentHours, MonthDay, Schedule, WeekWindows, Window, YearlyRange};
use tasukete::hours_compact::CompactHours;
use tasukete::Guide;

fn maybe(rng: &mut Rng) -> Option<bool> {
    match rng.below(3) {
        0 => None,
        1 => Some(false),
        _ => Some(true),
    }
}

/// Windows as the builder writes them, broken ones included: ordinary bands, overnight
/// ones (end past 1440), empty or reversed ones, and starts after midnight.
fn windows(rng: &mut Rng) -> WeekWindows {
    WeekWindows(std::array::from_fn(|_| {
        (0..rng.below(4))
            .map(|_| {
                let start = rng.below(1500) as u16;
                let end = match rng.below(6) {
                    0 => start.saturating_sub(rng.below(300) as u16),
                    1 => start + 1440 - (rng.below(60) as u16).min(start),
                    _ => start + rng.below(600) as u16,
                };
                Window::new(start, end)
            })
            .collect()
    }))
}

fn month_day(rng: &mut Rng) -> MonthDay {
    MonthDay { month: 1 + rng.below(12) as u8, day: 1 + rng.below(28) as u8 }
}

fn schedule(rng: &mut Rng) -> Schedule {
    let departments = (0..rng.below(7))
        .map(|i| DepartmentHours {
            code: format!("{i:05}"),
            name_ja: String::new(),
            // A few categories only, so that several departments often share one.
            category: Department::ALL[rng.below(5) * 3 % Department::ALL.len()],
            reception: if rng.below(3) == 0 { WeekWindows::default() } else { windows(rng) },
            consultation: windows(rng),
            doubtful_days: if rng.below(4) == 0 { rng.below(256) as u8 } else { 0 },
        })
        .collect();
    let closing = ClosingRules {
        weekly_open: std::array::from_fn(|_| maybe(rng)),
        nth_week_open: std::array::from_fn(|_| {
            std::array::from_fn(|_| if rng.below(5) == 0 { maybe(rng) } else { None })
        }),
        holiday_open: maybe(rng),
        other_text: None,
        other_closed: (0..rng.below(3))
            .map(|_| YearlyRange {
                from: month_day(rng),
                to: month_day(rng),
                certainty: if rng.below(2) == 0 { Certainty::Closed } else { Certainty::Approximate },
            })
            .collect(),
    };
    Schedule { departments, closing }
}

/// Every 37 minutes over three weeks around Golden Week 2026 (holidays in a row), and the
/// same over the new year 2027.
fn instants() -> Vec<DateTime<FixedOffset>> {
    let jst = FixedOffset::east_opt(9 * 3600).unwrap();
    [jst.with_ymd_and_hms(2026, 4, 22, 0, 0, 0).unwrap(), jst.with_ymd_and_hms(2026, 12, 20, 0, 0, 0).unwrap()]
        .into_iter()
        .flat_map(|start| (0..21 * 24 * 60 / 37).map(move |i| start + Duration::minutes(37 * i)))
        .collect()
}

#[test]
fn packed_generated_schedules_answer_as_their_schedules() {
    let mut rng = Rng::new(11);
    let instants = instants();
    let selections: Vec<Option<Department>> =
        std::iter::once(None).chain(Department::ALL.iter().copied().map(Some)).collect();
    let (mut open, mut closed, mut unknown) = (0, 0, 0);
    for _ in 0..300 {
        let s = schedule(&mut rng);
        let packed = CompactHours::of(&s);
        for &dept in &selections {
            for at in instants.iter().step_by(3) {
                let want = s.open_at(*at, dept);
                assert_eq!(packed.open_at(*at, dept), want, "{dept:?} at {at} for {s:?}");
                match want {
                    Some(true) => open += 1,
                    Some(false) => closed += 1,
                    None => unknown += 1,
                }
            }
        }
    }
    // The generated schedules exercise all three answers.
    assert!(open > 1000 && closed > 1000 && unknown > 1000, "open {open}, closed {closed}, unknown {unknown}");
}

#[test]
fn the_guide_answers_every_real_schedule_as_the_schedule_does() {
    let guide = Guide::open(real::real_dataset()).unwrap();
    let dataset = tasukete::dataset::Dataset::open(real::real_dataset()).unwrap();
    let jst = FixedOffset::east_opt(9 * 3600).unwrap();
    let at = [
        jst.with_ymd_and_hms(2026, 11, 24, 10, 0, 0).unwrap(), // Tuesday morning
        jst.with_ymd_and_hms(2026, 11, 23, 19, 0, 0).unwrap(), // 勤労感謝の日, evening
        jst.with_ymd_and_hms(2026, 12, 6, 3, 0, 0).unwrap(),   // Sunday 03:00
        jst.with_ymd_and_hms(2026, 12, 12, 12, 30, 0).unwrap(), // second Saturday, lunch
        jst.with_ymd_and_hms(2027, 1, 2, 9, 0, 0).unwrap(),    // 年末年始
        jst.with_ymd_and_hms(2026, 8, 14, 10, 0, 0).unwrap(),  // お盆
    ];
    let mut checked = 0;
    for (i, slot) in guide.slots().iter().enumerate() {
        // Every facility with published hours; a sample of the others (no schedule: unknown).
        if !slot.hours && i % 97 != 0 {
            continue;
        }
        let schedule = guide.schedule_of(i).unwrap().clone();
        if !slot.hours {
            // The Guide does not read the rows of facilities without hours: they hold none.
            assert_eq!(dataset.schedule(i as i64 + 1).unwrap(), Schedule::default(), "slot {i}");
        }
        let selections = std::iter::once(None).chain(slot.departments.iter().map(Some));
        for dept in selections {
            let open = guide.open_filter(&at[0], dept);
            assert_eq!(open(i), schedule.open_at(at[0], dept), "slot {i}, {dept:?}");
            for t in &at {
                assert_eq!(guide.open_at(i, t, dept), schedule.open_at(*t, dept), "slot {i}, {dept:?} at {t}");
                checked += 1;
            }
        }
    }
    assert!(checked > 100_000, "only {checked} answers compared");
}
