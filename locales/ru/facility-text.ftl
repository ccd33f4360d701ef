# What a facility's Japanese sheet says, in this language (src/facility_text.rs):
# the other closed days read from its text, and the note beside a transliterated name.

## Months ($month in date)

month-1 = янв.
month-2 = февр.
month-3 = марта
month-4 = апр.
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = авг.
month-9 = сент.
month-10 = окт.
month-11 = нояб.
month-12 = дек.

## A date; $day is the day of the month

date = { $day } { $month }

## Other closed days ($date, $from, $to are dates)

closed-on = Закрыто { $date }
closed-from-to = Закрыто с { $from } по { $to }
closed-around = Вероятно, закрыто примерно { $from } – { $to } (в тексте указан период, а не даты)
closed-part-of-day = { $date } закрыто часть дня
closed-days-read = Приложение прочитало это из японского текста ниже.
closed-days-partly-read = Приложение прочитало не всё: полный текст — на японском ниже.

## Names

name-transliterated = транслитерация японского чтения
