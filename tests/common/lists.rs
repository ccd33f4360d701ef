//! Generated clinic, dental and pharmacy lists and a 厚生局 list beside the small hospital
//! sources (shared by the core's and the app's tests).

use super::common::*;
use std::io::Write;

const CLINICS_HOKKAIDO: &str = r#"[
 {"id":"0111020000001","name":"さっぽろ内科クリニック","tel":"0111020000001","url":"https://example.jp/","address":"北海道　札幌市　中央区　南１条西１６丁目２９１番地　ＡＢＣビル２Ｆ","pref":"北海道","city":"札幌市中央区","kind":"clinic","departments":["内科","小児科"]},
 {"id":"0111020000002","name":"どこかクリニック","tel":"0111020000002","url":"","address":"北海道札幌市中央区大通西９９丁目","pref":"北海道","city":"札幌市中央区","kind":"clinic","departments":[]},
 {"id":"0111010000010","name":"札幌テスト病院","tel":"","url":"","address":"北海道札幌市中央区南１条西１６丁目２９１番地","pref":"北海道","city":"札幌市","kind":"clinic","departments":[]}
]"#;
const DENTAL_TOKYO: &str = r#"[{"id":"1310430000001","name":"西新宿歯科","tel":"1310430000001","url":"","address":"東京都新宿区西新宿一丁目１－１","pref":"東京都","city":"新宿区西新宿","kind":"dental","departments":["歯科"]}]"#;
const PHARMACY_TOKYO: &str = r#"[{"id":"1310450000001","name":"にししんじゅく薬局","tel":"1310450000001","url":"","address":"東京都新宿区西新宿６－１－１　２階","pref":"東京都","city":"新宿区","kind":"pharmacy"}]"#;
const KOUSEIKYOKU: &str = "130110001,0110001,医療法人社団 新宿テスト医療センター,1600023,新宿区西新宿６丁目５番１号\n\
130110002,0110002,西新宿小児科・皮膚科クリニック,1600023,新宿区西新宿一丁目２番３号\n\
130110003,0110003,東京どこか病院,1600023,新宿区西新宿一丁目９番９号\n\
010110004,0110004,札幌どこか医院,0600001,札幌市中央区南１条西１６丁目１番地\n";

pub fn list_sources() -> Sources {
    let s = small_sources();
    // A Tokyo hospital in the MHLW sheet, which the 厚生局 list also names.
    let extra = csv_text(&[facility_row(
        "1310410000010",
        "新宿テスト医療センター",
        "13",
        "東京都新宿区西新宿六丁目５番１号",
        "35.6925",
        "139.6905",
        "",
    )]);
    let mut sheet = std::fs::read_to_string(s.file(FACILITIES)).unwrap();
    sheet.push_str(extra.trim_start_matches('\u{feff}'));
    s.write(FACILITIES, sheet.as_bytes());
    let dir = "mhlw-clinics-dental-pharmacies-2025-06";
    s.write(&format!("{dir}/clinic/北海道.json"), CLINICS_HOKKAIDO.as_bytes());
    s.write(&format!("{dir}/dental/東京都.json"), DENTAL_TOKYO.as_bytes());
    s.write(&format!("{dir}/pharmacy/東京都.json"), PHARMACY_TOKYO.as_bytes());
    let zip_path = s.file("kouseikyoku-medical-institutions-2025-08/202508_all_med_inst_cd.zip");
    std::fs::create_dir_all(zip_path.parent().unwrap()).unwrap();
    let mut z = zip::ZipWriter::new(std::fs::File::create(zip_path).unwrap());
    z.start_file("all_med_inst_cd.csv", zip::write::SimpleFileOptions::default()).unwrap();
    z.write_all(KOUSEIKYOKU.as_bytes()).unwrap();
    z.finish().unwrap();
    s
}
