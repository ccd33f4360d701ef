# What a facility's Japanese sheet says, in this language (src/facility_text.rs):
# the other closed days read from its text, and the note beside a transliterated name.

## Months ($month in date)

month-1 = ene.
month-2 = feb.
month-3 = mar.
month-4 = abr.
month-5 = may.
month-6 = jun.
month-7 = jul.
month-8 = ago.
month-9 = sept.
month-10 = oct.
month-11 = nov.
month-12 = dic.

## A date; $day is the day of the month

date = { $day } { $month }

## Other closed days ($date, $from, $to are dates)

closed-on = Cerrado el { $date }
closed-from-to = Cerrado del { $from } al { $to }
closed-around = Probablemente cerrado hacia el { $from } – { $to } (el texto nombra la temporada, no las fechas)
closed-part-of-day = Cerrado parte del día el { $date }
closed-days-read = Leído por la aplicación del texto japonés de abajo.
closed-days-partly-read = La aplicación no pudo leerlo todo: el texto japonés de abajo está completo.

## Names

name-transliterated = transliterado de la lectura japonesa
