# What a facility's Japanese sheet says, in this language (src/facility_text.rs):
# the other closed days read from its text, and the note beside a transliterated name.

## Months ($month in date)

month-1 = janv.
month-2 = févr.
month-3 = mars
month-4 = avr.
month-5 = mai
month-6 = juin
month-7 = juil.
month-8 = août
month-9 = sept.
month-10 = oct.
month-11 = nov.
month-12 = déc.

## A date; $day is the day of the month

date = { $day } { $month }

## Other closed days ($date, $from, $to are dates)

closed-on = Fermé le { $date }
closed-from-to = Fermé du { $from } au { $to }
closed-around = Probablement fermé vers le { $from } – { $to } (le texte nomme la période, pas les dates)
closed-part-of-day = Fermé une partie de la journée le { $date }
closed-days-read = Lu par l'application dans le texte japonais ci-dessous.
closed-days-partly-read = L'application n'a pas pu tout lire : le texte japonais ci-dessous est complet.

## Names

name-transliterated = translittéré de la lecture japonaise
