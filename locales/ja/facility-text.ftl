# What a facility's Japanese sheet says, in this language (src/facility_text.rs):
# the other closed days read from its text, and the note beside a transliterated name.

## Months ($month in date)

month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月

## A date; $day is the day of the month

date = { $month }{ $day }日

## Other closed days ($date, $from, $to are dates)

closed-on = { $date }は休診
closed-from-to = { $from }〜{ $to }は休診
closed-around = { $from }〜{ $to }ごろ休診の可能性（日付の記載なし）
closed-part-of-day = { $date }は一部の時間帯が休診
closed-days-read = 下の原文からアプリが読み取った内容です。
closed-days-partly-read = アプリが読み取れなかった部分があります。下の原文をご確認ください。

## Names

name-transliterated = フリガナからのローマ字表記
