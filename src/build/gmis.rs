//! The G-MIS 2021 survey: phone numbers, positions and emergency-department answers,
//! joined to the MHLW facilities by normalised name and address (the two use different IDs).

use super::normalize::{address_key, name_keys};
use super::table::{Rejected, Table};
use crate::error::{Error, Result};
use crate::geo::LatLon;
use std::collections::HashMap;
use std::fs::File;
use std::io::BufReader;
use std::path::Path;

/// One hospital of the survey (its three rows, 入院/外来/救急, folded into one).
#[derive(Debug, Clone, Default)]
pub struct GmisHospital {
    /// 医療機関名.
    pub name: String,
    /// 都道府県名.
    pub prefecture: String,
    /// 医療機関住所 (without the prefecture).
    pub address: String,
    /// 電話番号, digits.
    pub phone: Option<String>,
    /// Position when given and in Japan.
    pub position: Option<LatLon>,
    /// The 救急 answer: 通常, 制限, 停止, 設置なし or 未回答.
    pub emergency_status: Option<String>,
}

impl GmisHospital {
    /// Whether it has an emergency department: `None` when it did not answer.
    pub fn emergency(&self) -> Option<bool> {
        match self.emergency_status.as_deref() {
            Some("通常" | "制限" | "停止") => Some(true),
            Some("設置なし") => Some(false),
            _ => None,
        }
    }
}

/// Reads the survey; malformed rows go to `rejected`.
pub fn read(path: &Path, rejected: &mut Vec<Rejected>) -> Result<Vec<GmisHospital>> {
    let file = File::open(path).map_err(|e| Error::io(path, e))?;
    let cols = [
        "医療機関ID",
        "医療機関名",
        "都道府県名",
        "医療機関住所",
        "電話番号",
        "緯度",
        "経度",
        "医療区分",
        "医療区分回答",
    ];
    let mut table = Table::open(path, BufReader::new(file), &cols)?;
    let idx: Vec<usize> = cols.iter().map(|c| table.column(c)).collect();
    let mut order: Vec<String> = Vec::new();
    let mut by_id: HashMap<String, GmisHospital> = HashMap::new();
    while let Some(row) = table.next_record(rejected)? {
        let id = row.get(idx[0]);
        if id.is_empty() || row.get(idx[1]).is_empty() {
            rejected.push(table.reject(row.line, "医療機関ID or 医療機関名 is empty"));
            continue;
        }
        let h = by_id.entry(id.to_string()).or_insert_with(|| {
            order.push(id.to_string());
            let digits: String = row.get(idx[4]).chars().filter(|c| c.is_ascii_digit()).collect();
            GmisHospital {
                name: row.get(idx[1]).to_string(),
                prefecture: row.get(idx[2]).to_string(),
                address: row.get(idx[3]).to_string(),
                phone: (digits.len() >= 10).then_some(digits),
                position: row
                    .get(idx[5])
                    .parse()
                    .ok()
                    .zip(row.get(idx[6]).parse().ok())
                    .and_then(|(a, b)| LatLon::in_japan(a, b)),
                emergency_status: None,
            }
        });
        if row.get(idx[7]) == "救急" {
            h.emergency_status = Some(row.get(idx[8]).to_string());
        }
    }
    Ok(order.into_iter().filter_map(|id| by_id.remove(&id)).collect())
}

/// How a facility was matched to a G-MIS record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MatchMethod {
    /// Same normalised name in the prefecture, one candidate (or the one whose address agrees).
    NameAndAddress,
    /// Same normalised address, and positions within [`ADDRESS_MATCH_MAX_M`] (renamed hospitals).
    AddressAndPosition,
}

impl MatchMethod {
    /// Label used in the stats.
    pub fn as_str(self) -> &'static str {
        match self {
            MatchMethod::NameAndAddress => "name+address",
            MatchMethod::AddressAndPosition => "address+position",
        }
    }
}

/// Two records at one address are taken as one hospital only if their positions are this close.
pub const ADDRESS_MATCH_MAX_M: f64 = 300.0;
/// Characters of the address key that must agree to pick among same-named candidates
/// (enough for the municipality and district).
const ADDRESS_PREFIX_CHARS: usize = 6;

/// Something to match: prefecture name, name, address and position.
pub struct Probe<'a> {
    /// 都道府県 name, e.g. 北海道.
    pub prefecture: &'a str,
    /// Facility name.
    pub name: &'a str,
    /// Full address.
    pub address: &'a str,
    /// Position if known.
    pub position: Option<LatLon>,
}

/// An index of the survey for joining.
pub struct Join<'a> {
    hospitals: &'a [GmisHospital],
    by_name: HashMap<(String, String), Vec<usize>>,
    by_address: HashMap<(String, String), Vec<usize>>,
}

fn prefix(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

impl<'a> Join<'a> {
    /// Indexes `hospitals` by prefecture + name key and prefecture + address key.
    pub fn new(hospitals: &'a [GmisHospital]) -> Self {
        let mut by_name: HashMap<(String, String), Vec<usize>> = HashMap::new();
        let mut by_address: HashMap<(String, String), Vec<usize>> = HashMap::new();
        for (i, h) in hospitals.iter().enumerate() {
            for key in name_keys(&h.name) {
                let list = by_name.entry((h.prefecture.clone(), key)).or_default();
                if !list.contains(&i) {
                    list.push(i);
                }
            }
            by_address.entry((h.prefecture.clone(), address_key(&h.address, &h.prefecture))).or_default().push(i);
        }
        Join { hospitals, by_name, by_address }
    }

    /// The matching survey record, if exactly one fits.
    pub fn find(&self, p: &Probe<'_>) -> Option<(&'a GmisHospital, MatchMethod)> {
        let addr = address_key(p.address, p.prefecture);
        let mut cands: Vec<usize> = Vec::new();
        for key in name_keys(p.name) {
            for &i in self.by_name.get(&(p.prefecture.to_string(), key)).into_iter().flatten() {
                if !cands.contains(&i) {
                    cands.push(i);
                }
            }
        }
        if cands.len() > 1 {
            let want = prefix(&addr, ADDRESS_PREFIX_CHARS);
            cands.retain(|&i| {
                let h = &self.hospitals[i];
                prefix(&address_key(&h.address, &h.prefecture), ADDRESS_PREFIX_CHARS) == want
            });
        }
        if cands.len() == 1 {
            return Some((&self.hospitals[cands[0]], MatchMethod::NameAndAddress));
        }
        if !cands.is_empty() {
            return None;
        }
        let at_address = self.by_address.get(&(p.prefecture.to_string(), addr))?;
        if at_address.len() != 1 {
            return None;
        }
        let h = &self.hospitals[at_address[0]];
        let near = match (p.position, h.position) {
            (Some(a), Some(b)) => a.distance_m(&b) <= ADDRESS_MATCH_MAX_M,
            _ => false,
        };
        near.then_some((h, MatchMethod::AddressAndPosition))
    }
}
