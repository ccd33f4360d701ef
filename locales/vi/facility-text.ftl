# What a facility's Japanese sheet says, in this language (src/facility_text.rs):
# the other closed days read from its text, and the note beside a transliterated name.

## Months ($month in date)

month-1 = tháng 1
month-2 = tháng 2
month-3 = tháng 3
month-4 = tháng 4
month-5 = tháng 5
month-6 = tháng 6
month-7 = tháng 7
month-8 = tháng 8
month-9 = tháng 9
month-10 = tháng 10
month-11 = tháng 11
month-12 = tháng 12

## A date; $day is the day of the month

date = { $day } { $month }

## Other closed days ($date, $from, $to are dates)

closed-on = Nghỉ ngày { $date }
closed-from-to = Nghỉ từ { $from } đến { $to }
closed-around = Có thể nghỉ khoảng { $from } – { $to } (bản gốc chỉ ghi dịp lễ, không ghi ngày)
closed-part-of-day = Nghỉ một phần trong ngày { $date }
closed-days-read = Ứng dụng đọc từ văn bản tiếng Nhật bên dưới.
closed-days-partly-read = Ứng dụng không đọc được hết: xem văn bản tiếng Nhật đầy đủ bên dưới.

## Names

name-transliterated = phiên âm từ cách đọc tiếng Nhật
