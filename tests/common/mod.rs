//! Small generated source folders for builder tests: the real file formats, a handful of rows.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};

pub const WEEKDAYS: [&str; 7] = ["月", "火", "水", "木", "金", "土", "日"];

/// The facility sheet's header, as MHLW publishes it.
pub fn facility_header() -> Vec<String> {
    let mut h: Vec<String> = [
        "ID",
        "正式名称",
        "正式名称（フリガナ）",
        "略称",
        "略称（フリガナ）",
        "英語表記（ローマ字表記）",
        "機関区分",
        "都道府県コード",
        "市区町村コード",
        "所在地",
        "所在地座標（緯度）",
        "所在地座標（経度）",
        "案内用ホームページアドレス",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for d in WEEKDAYS {
        h.push(format!("毎週決まった曜日に休診（{d}）"));
    }
    for n in 1..=5 {
        for d in WEEKDAYS {
            h.push(format!("決まった週に休診（定期週）第{n}週（{d}）"));
        }
    }
    h.push("祝日に休診".into());
    h.push("その他の休診日（gw、お盆等）".into());
    for b in [
        "一般病床",
        "療養病床",
        "療養病床のうち医療保険適用",
        "療養病床のうち介護保険適用",
        "精神病床",
        "結核病床",
        "感染症病床",
        "合計病床数",
    ] {
        h.push(b.into());
    }
    h
}

/// One facility-sheet row: open Mon-Sat (flags read inverted, as on the real sheet),
/// closed Sunday and holidays, 2nd-Saturday closing.
pub fn facility_row(
    id: &str,
    name: &str,
    pref: &str,
    address: &str,
    lat: &str,
    lon: &str,
    other_closed: &str,
) -> Vec<String> {
    let mut r: Vec<String> = vec![
        id.into(),
        name.into(),
        "テストビョウイン".into(),
        "".into(),
        "".into(),
        "Test Hospital".into(),
        "1".into(),
        pref.into(),
        "101".into(),
        address.into(),
        lat.into(),
        lon.into(),
        "".into(),
    ];
    for d in 0..7 {
        r.push(if d == 6 { "0" } else { "1" }.into());
    }
    for n in 1..=5 {
        for d in 0..7 {
            let closed = d == 6 || (n == 2 && d == 5);
            r.push(if closed { "0" } else { "1" }.into());
        }
    }
    r.push("0".into());
    r.push(other_closed.into());
    for _ in 0..8 {
        r.push("".into());
    }
    r
}

pub fn hours_header() -> Vec<String> {
    let mut h: Vec<String> =
        ["ID", "診療科目コード", "診療科目名", "診療時間帯"].iter().map(|s| s.to_string()).collect();
    let days = ["月", "火", "水", "木", "金", "土", "日", "祝"];
    for d in days {
        h.push(format!("{d}_診療開始時間"));
        h.push(format!("{d}_診療終了時間"));
    }
    for d in days {
        h.push(format!("{d}_外来受付開始時間"));
        h.push(format!("{d}_外来受付終了時間"));
    }
    h
}

/// An hours row: the same consultation and reception window Mon-Sat.
pub fn hours_row(id: &str, code: &str, name: &str, band: &str, start: &str, end: &str) -> Vec<String> {
    let mut r: Vec<String> = vec![id.into(), code.into(), name.into(), band.into()];
    for _pass in 0..2 {
        for d in 0..8 {
            if d < 6 {
                r.push(start.into());
                r.push(end.into());
            } else {
                r.push("".into());
                r.push("".into());
            }
        }
    }
    r
}

pub fn csv_text(rows: &[Vec<String>]) -> String {
    let mut w = csv::WriterBuilder::new().flexible(true).quote_style(csv::QuoteStyle::Always).from_writer(Vec::new());
    for r in rows {
        w.write_record(r).unwrap();
    }
    let mut s = String::from("\u{feff}");
    s.push_str(&String::from_utf8(w.into_inner().unwrap()).unwrap());
    s
}

/// Two municipalities as squares (札幌市中央区 and 新宿区) with a few 町丁目 each, in the
/// formats of the N03 TopoJSON and the Geolonia folders.
pub fn write_small_areas(s: &Sources) {
    // Scale 0.001 degree; squares of 0.1 degree around each place.
    s.write(
        "boundaries/N03-21_210101.s0001.topojson.json",
        r#"{"type":"Topology","transform":{"scale":[0.001,0.001],"translate":[139.65,35.65]},
"arcs":[[[0,0],[100,0],[0,100],[-100,0],[0,-100]],[[1650,7350],[100,0],[0,100],[-100,0],[0,-100]]],
"objects":{"N03-21_210101":{"type":"GeometryCollection","geometries":[
{"type":"Polygon","arcs":[[0]],"properties":{"N03_001":"東京都","N03_002":null,"N03_003":null,"N03_004":"新宿区","N03_007":"13104"}},
{"type":"Polygon","arcs":[[1]],"properties":{"N03_001":"北海道","N03_002":"石狩振興局","N03_003":"札幌市","N03_004":"中央区","N03_007":"01101"}}]}}}"#
            .as_bytes(),
    );
    s.write("addresses-geolonia-2024/api/ja.json", r#"{"北海道":["札幌市中央区"],"東京都":["新宿区"]}"#.as_bytes());
    s.write(
        "addresses-geolonia-2024/api/ja/北海道/札幌市中央区.json",
        r#"[{"town":"南一条西十六丁目","koaza":"","lat":43.0556,"lng":141.3330},{"town":"北一条西二丁目","koaza":"","lat":43.0625,"lng":141.3540}]"#.as_bytes(),
    );
    s.write(
        "addresses-geolonia-2024/api/ja/東京都/新宿区.json",
        r#"[{"town":"西新宿一丁目","koaza":"","lat":35.6905,"lng":139.6975},{"town":"西新宿六丁目","koaza":"","lat":35.6930,"lng":139.6900}]"#.as_bytes(),
    );
}

pub const GMIS_HEADER: &str = "\u{feff}\"医療機関ID\",\"医療機関名\",\"郵便番号\",\"都道府県名\",\"医療機関住所\",\"電話番号\",\"緯度\",\"経度\",\"提出日\",\"医療区分\",\"医療区分回答\",\"全国地方公共団体コード\",\"市区町村名\",\"医療機関コード\"\n";

#[allow(clippy::too_many_arguments)]
pub fn gmis_rows(id: &str, name: &str, pref: &str, addr: &str, phone: &str, lat: &str, lon: &str, er: &str) -> String {
    ["入院", "外来", "救急"]
        .iter()
        .map(|k| {
            let ans = if *k == "救急" { er } else { "通常" };
            format!("\"{id}\",\"{name}\",\"〒000-0000\",\"{pref}\",\"{addr}\",\"{phone}\",\"{lat}\",\"{lon}\",\"2021-09-20\",\"{k}\",\"{ans}\",\"011002\",\"x\",\"{id}\"\n")
        })
        .collect()
}

/// A generated sources folder.
pub struct Sources {
    pub dir: tempfile::TempDir,
}

impl Sources {
    pub fn path(&self) -> &Path {
        self.dir.path()
    }
    pub fn file(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }
    pub fn write(&self, rel: &str, content: &[u8]) {
        let p = self.file(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, content).unwrap();
    }
    pub fn write_hours_zip(&self, rel: &str, csv: &str) {
        let p = self.file(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        let f = std::fs::File::create(p).unwrap();
        let mut z = zip::ZipWriter::new(f);
        let name = Path::new(rel).file_name().unwrap().to_string_lossy().replace(".zip", ".csv");
        z.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
        z.write_all(csv.as_bytes()).unwrap();
        z.finish().unwrap();
    }
}

pub const FACILITIES: &str = "mhlw-hospitals-2025-06/01-1_hospital_facility_info_20250601.csv";
pub const HOURS: &str = "mhlw-hospitals-2025-06/01-2_hospital_speciality_hours_20250601.zip";

/// Three good hospitals in Sapporo, each with hours, and a G-MIS entry for two of them.
pub fn small_sources() -> Sources {
    let s = Sources { dir: tempfile::tempdir().unwrap() };
    let mut fac = vec![facility_header()];
    fac.push(facility_row(
        "0111010000010",
        "札幌テスト病院",
        "01",
        "北海道札幌市中央区南１条西１６丁目２９１番地",
        "43.055405",
        "141.333497",
        "12月29日～1月3日",
    ));
    fac.push(facility_row(
        "0111010000020",
        "医療法人　北テスト病院",
        "01",
        "北海道札幌市北区北７条西１丁目１番地",
        "0.0",
        "0.0",
        "",
    ));
    fac.push(facility_row(
        "151BYJTX00001",
        "新潟テスト病院",
        "15",
        "新潟県新潟市中央区旭町通１番町７５４",
        "37.918",
        "139.045",
        "年末年始",
    ));
    s.write(FACILITIES, csv_text(&fac).as_bytes());
    let mut hours = vec![hours_header()];
    hours.push(hours_row("0111010000010", "01001", "内科", "1", "09:00", "12:00"));
    hours.push(hours_row("0111010000010", "01001", "内科", "2", "14:00", "17:00"));
    hours.push(hours_row("0111010000010", "03001", "小児科", "1", "09:00", "12:00"));
    hours.push(hours_row("0111010000020", "09010", "救急科", "1", "17:00", "08:00"));
    hours.push(hours_row("151BYJTX00001", "02035", "整形外科", "1", "08:30", "11:00"));
    s.write_hours_zip(HOURS, &csv_text(&hours));
    let mut gmis = String::from(GMIS_HEADER);
    gmis += &gmis_rows(
        "1",
        "医療法人社団 札幌テスト病院",
        "北海道",
        "札幌市中央区南１条西１６丁目２９１番地",
        "0116112111",
        "43.0554",
        "141.3335",
        "通常",
    );
    gmis += &gmis_rows(
        "2",
        "北テスト病院",
        "北海道",
        "札幌市北区北七条西一丁目１番地",
        "011-700-0000",
        "43.07",
        "141.35",
        "設置なし",
    );
    s.write("gmis-hospitals-2021/covid-19_daily_survey_20210920.csv", gmis.as_bytes());
    s.write(
        "stations-n02-2023/N02-23_Station.geojson",
        r#"{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"N02_003":"山手線","N02_004":"東日本旅客鉄道","N02_005":"新宿","N02_005g":"003700"},"geometry":{"type":"LineString","coordinates":[[139.700,35.690],[139.701,35.691]]}},
{"type":"Feature","properties":{"N02_003":"中央線","N02_004":"東日本旅客鉄道","N02_005":"新宿","N02_005g":"003700"},"geometry":{"type":"LineString","coordinates":[[139.700,35.689],[139.701,35.690]]}},
{"type":"Feature","properties":{"N02_003":"函館線","N02_004":"北海道旅客鉄道","N02_005":"札幌","N02_005g":"000100"},"geometry":{"type":"LineString","coordinates":[[141.350,43.068],[141.352,43.069]]}},
{"type":"Feature","properties":{"N02_003":"x","N02_004":"y"},"geometry":{"type":"LineString","coordinates":[[141.35,43.06],[141.35,43.07]]}}
]}"#
        .as_bytes(),
    );
    s.write(
        "stations-tokyo/stations.json",
        r#"[{"id":"JR-East.Yamanote.Shinjuku","coord":[139.7005,35.6905],"title":{"ja":"新宿","en":"Shinjuku","ko":"신주쿠","zh-Hans":"新宿","zh-Hant":"新宿"}}]"#.as_bytes(),
    );
    write_small_areas(&s);
    s
}
