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

closed-on = { $date }休診
closed-from-to = { $from }至{ $to }休診
closed-around = { $from }至{ $to }前後可能休診（原文只寫了節日，沒有日期）
closed-part-of-day = { $date }部分時段休診
closed-days-read = 以上由本應用程式從下方的日文原文中讀取。
closed-days-partly-read = 本應用程式未能讀懂全部內容，請以下方日文原文為準。

## Names

name-transliterated = 依日文讀音轉寫
