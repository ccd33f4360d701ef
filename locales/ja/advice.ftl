# Advice lines by place (src/advice_lines.rs; data/advice-lines/).

advice-adult-name = 救急安心センター・救急相談 { $number }
advice-adult-purpose = 救急車を呼ぶべきか迷ったとき、看護師や医師が助言し、受診できる病院を案内します。命に関わるときは119番へ。
advice-child-name = 子ども医療電話相談 #8000
advice-child-purpose = 15歳未満の子どもの夜間・休日の急な病気について、保護者が相談できます。この都道府県の窓口につながります。
advice-hours-24h = 24時間
advice-hours-days = 平日 { $weekday }・土曜 { $saturday }・日曜祝日 { $holiday }
advice-hours-unknown = 受付時間は手元の資料にありません。現地で確認してください。
advice-as-of = { $date }時点の情報です。
advice-check-locally = 資料が古いか食い違っています。現地で確認してください。
advice-direct = #が押せない電話からは { $direct }。
advice-none-name = この地域の救急相談窓口は不明
advice-none = { $place }で使える#7119などの救急相談窓口は、手元の資料にありません（その後始まった地域もあります）。迷ったら119番へ。訪日外国人旅行者向けコールセンター：050-3816-2787（24時間）。
