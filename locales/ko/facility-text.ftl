# What a facility's Japanese sheet says, in this language (src/facility_text.rs):
# the other closed days read from its text, and the note beside a transliterated name.

## Months ($month in date)

month-1 = 1월
month-2 = 2월
month-3 = 3월
month-4 = 4월
month-5 = 5월
month-6 = 6월
month-7 = 7월
month-8 = 8월
month-9 = 9월
month-10 = 10월
month-11 = 11월
month-12 = 12월

## A date; $day is the day of the month

date = { $month } { $day }일

## Other closed days ($date, $from, $to are dates)

closed-on = { $date } 휴진
closed-from-to = { $from }~{ $to } 휴진
closed-around = { $from }~{ $to } 무렵 휴진 가능성(날짜 없이 시기만 적혀 있음)
closed-part-of-day = { $date } 일부 시간대 휴진
closed-days-read = 아래 일본어 원문에서 앱이 읽어 낸 내용입니다.
closed-days-partly-read = 앱이 일부를 읽지 못했습니다. 아래 일본어 원문을 확인하세요.

## Names

name-transliterated = 일본어 읽기를 로마자로 옮김
