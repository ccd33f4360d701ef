# What a facility's Japanese sheet says, in this language (src/facility_text.rs):
# the other closed days read from its text, and the note beside a transliterated name.

## Months ($month in date)

month-1 = Jan.
month-2 = Feb.
month-3 = März
month-4 = Apr.
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = Aug.
month-9 = Sept.
month-10 = Okt.
month-11 = Nov.
month-12 = Dez.

## A date; $day is the day of the month

date = { $day }. { $month }

## Other closed days ($date, $from, $to are dates)

closed-on = Geschlossen am { $date }
closed-from-to = Geschlossen { $from } – { $to }
closed-around = Wahrscheinlich geschlossen um den { $from } – { $to } (der Text nennt die Zeit, nicht die Daten)
closed-part-of-day = Am { $date } teilweise geschlossen
closed-days-read = Von der App aus dem japanischen Text unten gelesen.
closed-days-partly-read = Die App konnte nicht alles lesen: Der japanische Text unten ist vollständig.

## Names

name-transliterated = aus der japanischen Lesung transliteriert
