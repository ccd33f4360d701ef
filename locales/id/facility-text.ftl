# What a facility's Japanese sheet says, in this language (src/facility_text.rs):
# the other closed days read from its text, and the note beside a transliterated name.

## Months ($month in date)

month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = Mei
month-6 = Jun
month-7 = Jul
month-8 = Agu
month-9 = Sep
month-10 = Okt
month-11 = Nov
month-12 = Des

## A date; $day is the day of the month

date = { $day } { $month }

## Other closed days ($date, $from, $to are dates)

closed-on = Tutup { $date }
closed-from-to = Tutup { $from } – { $to }
closed-around = Kemungkinan tutup sekitar { $from } – { $to } (teks asli hanya menyebut musim, tanpa tanggal)
closed-part-of-day = Tutup sebagian hari pada { $date }
closed-days-read = Dibaca oleh aplikasi dari teks bahasa Jepang di bawah.
closed-days-partly-read = Aplikasi tidak dapat membaca semuanya: teks bahasa Jepang di bawah adalah versi lengkap.

## Names

name-transliterated = alih aksara dari cara baca bahasa Jepang
