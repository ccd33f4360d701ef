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

closed-on = { $date }休诊
closed-from-to = { $from }至{ $to }休诊
closed-around = { $from }至{ $to }前后可能休诊（原文只写了节日，没有日期）
closed-part-of-day = { $date }部分时段休诊
closed-days-read = 以上由本应用从下方的日文原文中读取。
closed-days-partly-read = 本应用未能读懂全部内容，请以下方日文原文为准。

## Names

name-transliterated = 根据日文读音转写
