# What a facility's Japanese sheet says, in this language (src/facility_text.rs):
# the other closed days read from its text, and the note beside a transliterated name.

## Months ($month in date)

month-1 = ม.ค.
month-2 = ก.พ.
month-3 = มี.ค.
month-4 = เม.ย.
month-5 = พ.ค.
month-6 = มิ.ย.
month-7 = ก.ค.
month-8 = ส.ค.
month-9 = ก.ย.
month-10 = ต.ค.
month-11 = พ.ย.
month-12 = ธ.ค.

## A date; $day is the day of the month

date = { $day } { $month }

## Other closed days ($date, $from, $to are dates)

closed-on = ปิด { $date }
closed-from-to = ปิด { $from } – { $to }
closed-around = อาจปิดช่วงประมาณ { $from } – { $to } (ต้นฉบับระบุแค่เทศกาล ไม่มีวันที่)
closed-part-of-day = ปิดบางช่วงเวลาในวันที่ { $date }
closed-days-read = แอปอ่านข้อมูลนี้จากข้อความภาษาญี่ปุ่นด้านล่าง
closed-days-partly-read = แอปอ่านได้ไม่ครบ โปรดดูข้อความภาษาญี่ปุ่นด้านล่าง

## Names

name-transliterated = ถอดเสียงจากคำอ่านภาษาญี่ปุ่น
