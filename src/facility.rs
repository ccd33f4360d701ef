//! What a facility is: kind, names, place, phone and the patient-facing department categories.

use crate::error::{Error, Result};
use crate::geo::LatLon;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Which MHLW sheet a facility comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FacilityKind {
    /// 病院: 20 beds or more.
    Hospital,
    /// 診療所 (medical clinic).
    Clinic,
    /// 歯科診療所.
    Dental,
    /// 薬局.
    Pharmacy,
}

impl FacilityKind {
    /// Every kind, in display order.
    pub const ALL: [FacilityKind; 4] =
        [FacilityKind::Hospital, FacilityKind::Clinic, FacilityKind::Dental, FacilityKind::Pharmacy];

    /// The stable id used in the dataset, the CLI and the UI.
    pub fn as_str(self) -> &'static str {
        match self {
            FacilityKind::Hospital => "hospital",
            FacilityKind::Clinic => "clinic",
            FacilityKind::Dental => "dental",
            FacilityKind::Pharmacy => "pharmacy",
        }
    }
}

impl fmt::Display for FacilityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for FacilityKind {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        FacilityKind::ALL.into_iter().find(|k| k.as_str() == s).ok_or_else(|| Error::UnknownKind(s.to_string()))
    }
}

macro_rules! departments {
    ($($variant:ident => $id:literal),+ $(,)?) => {
        /// A patient-facing department category. The MHLW's 514 department names map onto
        /// these through `data/departments.csv`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "kebab-case")]
        #[allow(missing_docs)]
        pub enum Department { $($variant),+ }

        impl Department {
            /// Every category, in display order.
            pub const ALL: &'static [Department] = &[$(Department::$variant),+];

            /// The stable kebab-case id.
            pub fn as_str(self) -> &'static str {
                match self { $(Department::$variant => $id),+ }
            }
        }
    };
}

departments! {
    InternalMedicine => "internal-medicine",
    Pediatrics => "pediatrics",
    Surgery => "surgery",
    Orthopedics => "orthopedics",
    Dermatology => "dermatology",
    Ophthalmology => "ophthalmology",
    Ent => "ent",
    ObstetricsGynecology => "obstetrics-gynecology",
    Urology => "urology",
    Psychiatry => "psychiatry",
    Neurology => "neurology",
    Neurosurgery => "neurosurgery",
    Cardiology => "cardiology",
    Gastroenterology => "gastroenterology",
    Respiratory => "respiratory",
    Allergy => "allergy",
    Dentistry => "dentistry",
    Emergency => "emergency",
    Rehabilitation => "rehabilitation",
    Other => "other",
}

impl Department {
    /// The bit of this category in a [`DepartmentSet`].
    pub fn bit(self) -> u32 {
        1 << (self as u32)
    }
}

impl fmt::Display for Department {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Department {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Department::ALL.iter().copied().find(|d| d.as_str() == s).ok_or_else(|| {
            let known: Vec<&str> = Department::ALL.iter().map(|d| d.as_str()).collect();
            Error::UnknownDepartment(s.to_string(), known.join(", "))
        })
    }
}

/// A set of categories as a bit mask: cheap to store and to test while walking the index.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct DepartmentSet(pub u32);

impl DepartmentSet {
    /// Whether `d` is in the set.
    pub fn contains(self, d: Department) -> bool {
        self.0 & d.bit() != 0
    }
    /// Adds `d`.
    pub fn insert(&mut self, d: Department) {
        self.0 |= d.bit();
    }
    /// The categories in display order.
    pub fn iter(self) -> impl Iterator<Item = Department> {
        Department::ALL.iter().copied().filter(move |d| self.contains(*d))
    }
    /// Whether no category is set.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

impl Serialize for DepartmentSet {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for DepartmentSet {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        Ok(Vec::<Department>::deserialize(d)?.into_iter().collect())
    }
}

impl FromIterator<Department> for DepartmentSet {
    fn from_iter<I: IntoIterator<Item = Department>>(iter: I) -> Self {
        let mut s = DepartmentSet::default();
        for d in iter {
            s.insert(d);
        }
        s
    }
}

/// Where a facility's position came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PositionSource {
    /// The MHLW facility sheet.
    Mhlw,
    /// The G-MIS 2021 survey, used where the MHLW sheet had no valid position.
    Gmis2021,
    /// The address geocoded to the centre of its 町丁目 (Geolonia 住所データ 2024).
    #[serde(rename = "geolonia-2024")]
    Geolonia2024,
}

impl PositionSource {
    /// The id stored in the dataset.
    pub fn as_str(self) -> &'static str {
        match self {
            PositionSource::Mhlw => "mhlw",
            PositionSource::Gmis2021 => "gmis-2021",
            PositionSource::Geolonia2024 => "geolonia-2024",
        }
    }

    /// Every source, in the order of their stored codes.
    pub const ALL: [PositionSource; 3] = [PositionSource::Mhlw, PositionSource::Gmis2021, PositionSource::Geolonia2024];

    /// How precise a position from this source is.
    pub fn precision(self) -> PositionPrecision {
        match self {
            PositionSource::Mhlw | PositionSource::Gmis2021 => PositionPrecision::Exact,
            PositionSource::Geolonia2024 => PositionPrecision::Neighbourhood,
        }
    }
}

/// How precise a facility's position is: the source's own coordinates, or the centre of
/// its 町丁目 (a few hundred metres off in a city; shown as approximate).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PositionPrecision {
    /// The source's coordinates of the building.
    Exact,
    /// The centre of the facility's 町丁目 / 大字, geocoded from its address.
    Neighbourhood,
}

impl PositionPrecision {
    /// The stable id used in the CLI and the UI.
    pub fn as_str(self) -> &'static str {
        match self {
            PositionPrecision::Exact => "exact",
            PositionPrecision::Neighbourhood => "neighbourhood",
        }
    }
}

/// Which list a facility's record comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RecordSource {
    /// An official MHLW facility sheet (with coordinates and hours).
    MhlwSheet,
    /// The re-formatted MHLW 2025-06 clinic / dental / pharmacy lists (no positions, hours
    /// or phones).
    MhlwList,
    /// The 地方厚生局 list of insured institutions, 2025-08 (name and address only).
    Kouseikyoku,
}

impl RecordSource {
    /// Every source, in the order of their stored codes.
    pub const ALL: [RecordSource; 3] = [RecordSource::MhlwSheet, RecordSource::MhlwList, RecordSource::Kouseikyoku];

    /// The source's name as in the dataset's source list.
    pub fn as_str(self) -> &'static str {
        match self {
            RecordSource::MhlwSheet => "mhlw-iryo-joho-net",
            RecordSource::MhlwList => "mhlw-clinics-dental-pharmacies-2025-06",
            RecordSource::Kouseikyoku => "kouseikyoku-2025-08",
        }
    }
}

/// One facility, as the dataset holds it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Facility {
    /// The source's own ID (MHLW: 13 digits).
    pub id: String,
    /// Hospital, clinic, dental clinic or pharmacy.
    pub kind: FacilityKind,
    /// 正式名称.
    pub name_ja: String,
    /// 正式名称（フリガナ）, katakana.
    pub name_kana: Option<String>,
    /// 英語表記（ローマ字表記）: an English name or bare romaji, as the source gives it.
    pub name_en: Option<String>,
    /// 所在地, the address to show a taxi driver.
    pub address_ja: String,
    /// Prefecture code 1..=47.
    pub pref_code: u8,
    /// Position, or `None` when the source gives none in Japan.
    pub position: Option<LatLon>,
    /// Where `position` came from.
    pub position_source: Option<PositionSource>,
    /// How precise `position` is (`None` when not placed).
    pub precision: Option<PositionPrecision>,
    /// Which list the record comes from.
    pub record_source: RecordSource,
    /// Telephone number as dialled in Japan, e.g. `011-611-2111`.
    pub phone: Option<String>,
    /// Whether the G-MIS survey (2021) listed an emergency department (救急) in service.
    pub emergency: Option<bool>,
    /// Patient-facing categories of its departments.
    pub departments: DepartmentSet,
    /// Whether `departments` were read from the facility's name (…内科, …小児科) because the
    /// list gives none: a guess, shown as such.
    pub departments_from_name: bool,
    /// 案内用ホームページアドレス.
    pub website: Option<String>,
}
