# What a facility's Japanese sheet says, in this language (src/facility_text.rs):
# the other closed days read from its text, and the note beside a transliterated name.

## Months ($month in date)

month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = May
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Oct
month-11 = Nov
month-12 = Dec

## A date; $day is the day of the month

date = { $month } { $day }

## Other closed days ($date, $from, $to are dates)

closed-on = Closed { $date }
closed-from-to = Closed { $from } – { $to }
closed-around = Probably closed around { $from } – { $to } (the sheet names the season, not the dates)
closed-part-of-day = Closed part of the day on { $date }
closed-days-read = Read by the app from the facility's Japanese text below.
closed-days-partly-read = The app could not read all of it: the facility's Japanese text below is complete.

## Names

name-transliterated = transliterated from the Japanese reading
