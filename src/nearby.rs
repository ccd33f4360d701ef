//! The spatial index and the filtered k-nearest search.
//!
//! Facilities are points on the unit sphere (x, y, z from latitude and longitude), so the
//! straight-line (chord) order that the R*-tree walks is exactly great-circle order. The
//! filters are applied while walking `nearest_neighbor_iter`, which stops after k matches
//! or beyond the radius.

use crate::facility::{Department, DepartmentSet, FacilityKind};
use crate::geo::LatLon;
use rstar::primitives::GeomWithData;
use rstar::RTree;

/// Mean Earth radius used to turn metres into chord lengths, metres.
pub const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// What the index knows of each facility: enough to filter without touching the database.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Slot {
    /// Position, if placed.
    pub position: Option<LatLon>,
    /// The position on the unit sphere (zeros when not placed).
    pub unit: [f64; 3],
    /// Hospital, clinic ...
    pub kind: FacilityKind,
    /// Department categories.
    pub departments: DepartmentSet,
    /// Emergency-department answer.
    pub emergency: Option<bool>,
    /// Whether any hours are published for it (an "open at" filter can never accept one
    /// without: the lists' clinics, dental clinics and pharmacies).
    pub hours: bool,
}

impl Slot {
    /// Whether it has an emergency department by either the survey or its department list.
    pub fn has_emergency(&self) -> bool {
        self.emergency == Some(true) || self.departments.contains(Department::Emergency)
    }
}

/// The static part of a filter (the instant-dependent part is a closure, see [`Index::nearest`]).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct StaticFilter {
    /// Only facilities with this department category.
    pub department: Option<Department>,
    /// Only facilities with an emergency department.
    pub emergency_only: bool,
    /// Only this kind.
    pub kind: Option<FacilityKind>,
    /// Only facilities with published hours (an "open at" filter that leaves unknown
    /// hours out).
    pub hours_only: bool,
}

impl StaticFilter {
    /// Whether the filter asks only what [`Index`] builds its trees on (a department,
    /// published hours): then the one facility of a single-facility group in the tree it
    /// walks passes without being read (a tree keeps a group when any facility passes).
    pub fn is_tree_criterion(&self) -> bool {
        self.kind.is_none() && !self.emergency_only
    }

    /// Whether `slot` passes.
    pub fn accepts(&self, slot: &Slot) -> bool {
        self.department.is_none_or(|d| slot.departments.contains(d))
            && (!self.emergency_only || slot.has_emergency())
            && self.kind.is_none_or(|k| slot.kind == k)
            && (!self.hours_only || slot.hours)
    }
}

/// A hit: index into the slots and the chord length on the unit sphere.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// Index of the facility's slot.
    pub slot: usize,
    /// Straight-line distance on the unit sphere (monotonic in great-circle distance).
    pub chord: f64,
}

/// Chord length on the unit sphere of a great-circle distance in metres.
pub fn chord_of_metres(m: f64) -> f64 {
    2.0 * (m / (2.0 * EARTH_RADIUS_M)).min(std::f64::consts::FRAC_PI_2).sin()
}

/// The query's unit vector and the largest chord its radius allows.
fn query_point(at: LatLon, radius_m: Option<f64>) -> ([f64; 3], f64) {
    (at.unit_vector(), radius_m.map(chord_of_metres).unwrap_or(f64::INFINITY))
}

fn chord(a: &[f64; 3], b: &[f64; 3]) -> f64 {
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)).sqrt()
}

/// A position group's point, carrying the group's slots (`begin..end`) so that a walk
/// reaches them without another lookup.
type Point = GeomWithData<[f64; 3], (u32, u32)>;

/// Node sizes of the trees. Measured on 250,000 synthetic facilities, 12 entries a node
/// instead of rstar's default 6 made k = 12 queries about 30 % faster and bulk loading
/// twice as fast; 24 and 48 were slower to query.
pub struct Params;

impl rstar::RTreeParams for Params {
    const MIN_SIZE: usize = 5;
    const MAX_SIZE: usize = 12;
    const REINSERTION_COUNT: usize = 2;
    type DefaultInsertionStrategy = rstar::RStarInsertionStrategy;
}

/// The R*-tree type: unit-sphere points carrying the slots of their position group.
pub type IndexTree = RTree<Point, Params>;

/// Runs of consecutive placed slots at the same position (the builder writes facilities
/// sorted by position, and the clinics geocoded to one 町丁目 share its centre: 190,000
/// facilities stand on about 68,000 points). The trees index one point per run.
#[derive(Debug, Clone, Default)]
pub struct Groups {
    ranges: Vec<(u32, u32)>,
    unit: Vec<[f64; 3]>,
}

impl Groups {
    /// Groups the placed slots into runs of equal position.
    pub fn of(slots: &[Slot]) -> Groups {
        let mut g = Groups::default();
        let mut i = 0;
        while i < slots.len() {
            let Some(p) = slots[i].position else {
                i += 1;
                continue;
            };
            let begin = i;
            i += 1;
            while i < slots.len() && slots[i].position == Some(p) {
                i += 1;
            }
            g.ranges.push((begin as u32, i as u32));
            g.unit.push(slots[begin].unit);
        }
        g
    }

    /// Number of groups.
    pub fn len(&self) -> usize {
        self.unit.len()
    }

    /// Whether there is no group.
    pub fn is_empty(&self) -> bool {
        self.unit.is_empty()
    }

    /// The slots of group `i`.
    pub fn slots(&self, i: usize) -> std::ops::Range<usize> {
        let (a, b) = self.ranges[i];
        a as usize..b as usize
    }
}

fn points(slots: &[Slot], groups: &Groups, keep: impl Fn(&Slot) -> bool) -> Vec<Point> {
    (0..groups.len())
        .filter(|&g| groups.slots(g).any(|i| keep(&slots[i])))
        .map(|g| GeomWithData::new(groups.unit[g], groups.ranges[g]))
        .collect()
}

/// Bulk-loads an R*-tree over the placed slots' position groups.
pub fn bulk_load(slots: &[Slot], groups: &Groups) -> IndexTree {
    RTree::bulk_load_with_params(points(slots, groups, |_| true))
}

/// An R*-tree over the placed facilities, and one per department category built on that
/// category's first query: a department filter then walks only facilities that have it,
/// instead of skipping the many that do not.
pub struct Index {
    groups: Groups,
    tree: IndexTree,
    by_department: Vec<std::sync::OnceLock<IndexTree>>,
    /// The same over facilities with published hours (most of the national set has none),
    /// index 0 for any department and 1 + the category for one.
    with_hours: Vec<std::sync::OnceLock<IndexTree>>,
}

impl Index {
    /// Groups and bulk-loads the placed slots.
    pub fn build(slots: &[Slot]) -> Index {
        let groups = Groups::of(slots);
        let tree = bulk_load(slots, &groups);
        Index {
            groups,
            tree,
            by_department: Department::ALL.iter().map(|_| std::sync::OnceLock::new()).collect(),
            with_hours: (0..=Department::ALL.len()).map(|_| std::sync::OnceLock::new()).collect(),
        }
    }

    /// The tree to walk for `department` (built now if this is its first query).
    fn tree_for(&self, slots: &[Slot], department: Option<Department>, hours_only: bool) -> &IndexTree {
        let g = &self.groups;
        if hours_only {
            let i = department.map(|d| d as usize + 1).unwrap_or(0);
            return self.with_hours[i].get_or_init(|| {
                RTree::bulk_load_with_params(points(slots, g, |s| {
                    s.hours && department.is_none_or(|d| s.departments.contains(d))
                }))
            });
        }
        match department {
            None => &self.tree,
            Some(d) => self.by_department[d as usize]
                .get_or_init(|| RTree::bulk_load_with_params(points(slots, g, |s| s.departments.contains(d)))),
        }
    }

    /// Number of indexed positions.
    pub fn len(&self) -> usize {
        self.tree.size()
    }

    /// Whether nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.tree.size() == 0
    }

    /// The `k` nearest slots to `at` that pass `filter` and `dynamic`, within `radius_m`,
    /// nearest first; ties in distance are broken by slot index, so the answer is
    /// deterministic and equals a full scan's.
    pub fn nearest(
        &self,
        slots: &[Slot],
        at: LatLon,
        k: usize,
        radius_m: Option<f64>,
        filter: &StaticFilter,
        dynamic: impl FnMut(usize) -> bool,
    ) -> Vec<Hit> {
        self.nearest_warmed(slots, at, k, radius_m, filter, |_| {}, dynamic)
    }

    /// [`Self::nearest`], telling `warm` of the candidates `dynamic` is about to be asked
    /// about, as many at a time as matches are still missing. `dynamic` reads data of its
    /// own per candidate (a schedule); asked one after another, each candidate is a chain
    /// of cache misses, while `warm` can touch them all first so that the misses overlap.
    /// `dynamic` is asked about the same candidates in the same order as by `nearest`.
    #[allow(clippy::too_many_arguments)]
    pub fn nearest_warmed(
        &self,
        slots: &[Slot],
        at: LatLon,
        k: usize,
        radius_m: Option<f64>,
        filter: &StaticFilter,
        warm: impl Fn(&[Hit]),
        mut dynamic: impl FnMut(usize) -> bool,
    ) -> Vec<Hit> {
        let (q, max_chord) = query_point(at, radius_m);
        let mut hits: Vec<Hit> = Vec::with_capacity(k + 1);
        if k == 0 {
            return hits;
        }
        // Candidates that pass the static filter, not yet asked, in order.
        let mut pending: Vec<Hit> = Vec::with_capacity(k);
        let mut ask = |pending: &mut Vec<Hit>, hits: &mut Vec<Hit>| {
            warm(pending);
            hits.extend(pending.drain(..).filter(|h| dynamic(h.slot)));
        };
        for (p, d2) in
            self.tree_for(slots, filter.department, filter.hours_only).nearest_neighbor_iter_with_distance_2(&q)
        {
            let c = d2.sqrt();
            if c > max_chord {
                break;
            }
            // After k matches, only candidates tied with the k-th can still enter (nothing
            // is pending then: see below).
            if hits.len() >= k && c > hits[k - 1].chord {
                break;
            }
            // Hits arrive in non-decreasing chord order (a group's slots share one).
            let (begin, end) = (p.data.0 as usize, p.data.1 as usize);
            // A tree holds only groups with a slot its filter accepts: a group of one
            // needs no second look when the filter asks nothing beyond the tree's.
            let sure = end - begin == 1 && filter.is_tree_criterion();
            for (slot, s) in (begin..end).zip(&slots[begin..end]) {
                if sure || filter.accepts(s) {
                    pending.push(Hit { slot, chord: c });
                }
            }
            // Every candidate before the k-th match is asked anyway: ask once enough are
            // pending to complete k if all match.
            if hits.len() + pending.len() >= k {
                ask(&mut pending, &mut hits);
            }
        }
        ask(&mut pending, &mut hits);
        hits.sort_by(|a, b| a.chord.total_cmp(&b.chord).then(a.slot.cmp(&b.slot)));
        hits.truncate(k);
        hits
    }
}

/// The same question answered by a full scan: the oracle for tests and the baseline for
/// the benchmark. It is a competent scan: precomputed unit vectors, the static filter
/// first, then a partial selection rather than a full sort.
pub fn brute_force(
    slots: &[Slot],
    at: LatLon,
    k: usize,
    radius_m: Option<f64>,
    filter: &StaticFilter,
    mut dynamic: impl FnMut(usize) -> bool,
) -> Vec<Hit> {
    let (q, max_chord) = query_point(at, radius_m);
    let mut all: Vec<Hit> = slots
        .iter()
        .enumerate()
        .filter(|(_, s)| s.position.is_some() && filter.accepts(s))
        .map(|(i, s)| Hit { slot: i, chord: chord(&s.unit, &q) })
        .filter(|h| h.chord <= max_chord)
        .collect();
    let order = |a: &Hit, b: &Hit| a.chord.total_cmp(&b.chord).then(a.slot.cmp(&b.slot));
    // Most queries find their k among the nearest few dozen: select those first.
    let head = (k * 8).max(64);
    if all.len() > head {
        all.select_nth_unstable_by(head, order);
        let (front, _) = all.split_at_mut(head);
        front.sort_by(order);
        let found: Vec<Hit> = front.iter().copied().filter(|h| dynamic(h.slot)).take(k).collect();
        if found.len() == k {
            return found;
        }
    }
    all.sort_by(order);
    all.into_iter().filter(|h| dynamic(h.slot)).take(k).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    /// Facilities on a grid, in runs at one position (as the builder writes them) that mix
    /// departments, hours and kinds, so that single- and multi-facility groups both occur.
    fn slots() -> Vec<Slot> {
        let mut out = Vec::new();
        for i in 0..60 {
            let p = LatLon::new(35.0 + f64::from(i % 8) * 0.01, 135.0 + f64::from(i / 8) * 0.013).unwrap();
            for j in 0..(1 + i % 3) {
                let n = i * 3 + j;
                let mut departments = DepartmentSet::default();
                if n % 2 == 0 {
                    departments = [Department::InternalMedicine].into_iter().collect();
                } else if n % 5 == 0 {
                    departments = [Department::Pediatrics].into_iter().collect();
                }
                out.push(Slot {
                    position: Some(p),
                    unit: p.unit_vector(),
                    kind: FacilityKind::ALL[(n % 4) as usize],
                    departments,
                    emergency: (n % 7 == 0).then_some(true),
                    hours: n % 3 != 1,
                });
            }
        }
        out
    }

    #[test]
    fn the_warmed_walk_asks_only_what_it_warmed_and_answers_as_a_full_scan() {
        let slots = slots();
        let index = Index::build(&slots);
        let filters = [
            StaticFilter::default(),
            StaticFilter { department: Some(Department::InternalMedicine), hours_only: true, ..Default::default() },
            StaticFilter { department: Some(Department::Pediatrics), ..Default::default() },
            StaticFilter { hours_only: true, kind: Some(FacilityKind::Clinic), ..Default::default() },
            StaticFilter { emergency_only: true, ..Default::default() },
        ];
        let open = |i: usize| i % 4 != 1;
        for filter in &filters {
            for k in [1, 3, 7, 40] {
                for at in [LatLon::new(35.031, 135.02).unwrap(), LatLon::new(34.9, 134.9).unwrap()] {
                    let warmed = RefCell::new(Vec::new());
                    let got = index.nearest_warmed(
                        &slots,
                        at,
                        k,
                        None,
                        filter,
                        |c| warmed.borrow_mut().extend(c.iter().map(|h| h.slot)),
                        |i| {
                            assert!(warmed.borrow().contains(&i), "{i} asked before it was warmed");
                            assert!(filter.accepts(&slots[i]), "{i} asked though the filter refuses it");
                            open(i)
                        },
                    );
                    let want = brute_force(&slots, at, k, None, filter, open);
                    assert_eq!(got, want, "{filter:?}, k = {k}, at {at:?}");
                }
            }
        }
    }
}
