# What a facility's Japanese sheet says, in this language (src/facility_text.rs):
# the other closed days read from its text, and the note beside a transliterated name.

## Months ($month in date)

month-1 = jan.
month-2 = fev.
month-3 = mar.
month-4 = abr.
month-5 = mai.
month-6 = jun.
month-7 = jul.
month-8 = ago.
month-9 = set.
month-10 = out.
month-11 = nov.
month-12 = dez.

## A date; $day is the day of the month

date = { $day } { $month }

## Other closed days ($date, $from, $to are dates)

closed-on = Fechado em { $date }
closed-from-to = Fechado de { $from } a { $to }
closed-around = Provavelmente fechado por volta de { $from } – { $to } (o texto cita a época, não as datas)
closed-part-of-day = Fechado parte do dia em { $date }
closed-days-read = Lido pelo aplicativo a partir do texto em japonês abaixo.
closed-days-partly-read = O aplicativo não conseguiu ler tudo: o texto em japonês abaixo está completo.

## Names

name-transliterated = transliterado da leitura em japonês
