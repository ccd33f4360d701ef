# Advice lines by place (src/advice_lines.rs; data/advice-lines/).

advice-adult-name = 醫療諮詢電話 { $number }
advice-adult-purpose = 不確定是否該叫救護車？護理師和醫師會給予建議，並告訴您哪家醫院可以就診。如有生命危險，請撥打119。
advice-child-name = 兒童醫療電話諮詢 #8000
advice-child-purpose = 夜間及假日為15歲以下生病兒童的家長提供諮詢；電話會接到本都道府縣的窗口。
advice-hours-24h = 24小時
advice-hours-days = 平日 { $weekday } · 週六 { $saturday } · 週日及假日 { $holiday }
advice-hours-unknown = 我們的資料中沒有受理時間，請在當地確認。
advice-as-of = 截至 { $date } 的資訊。
advice-check-locally = 我們的資料較舊或互相矛盾，請在當地確認。
advice-direct = 無法撥打#的電話請撥 { $direct }。
advice-none-name = 此地沒有已知的諮詢電話
advice-none = 我們的資料中沒有適用於{ $place }的#7119類諮詢電話（有些地區是之後才開始的）。如有疑問，請撥打119。訪日外國旅客熱線：050-3816-2787，24小時。
