# What a facility's Japanese sheet says, in this language (src/facility_text.rs):
# the other closed days read from its text, and the note beside a transliterated name.

## Months ($month in date)

month-1 = Ene
month-2 = Peb
month-3 = Mar
month-4 = Abr
month-5 = May
month-6 = Hun
month-7 = Hul
month-8 = Ago
month-9 = Set
month-10 = Okt
month-11 = Nob
month-12 = Dis

## A date; $day is the day of the month

date = { $month } { $day }

## Other closed days ($date, $from, $to are dates)

closed-on = Sarado sa { $date }
closed-from-to = Sarado mula { $from } hanggang { $to }
closed-around = Malamang sarado mga { $from } – { $to } (panahon lang ang nakasulat, walang petsa)
closed-part-of-day = Sarado ang bahagi ng araw sa { $date }
closed-days-read = Binasa ng app mula sa tekstong Hapon sa ibaba.
closed-days-partly-read = Hindi lahat nabasa ng app: kumpleto ang tekstong Hapon sa ibaba.

## Names

name-transliterated = isinatitik mula sa basa sa Hapon
