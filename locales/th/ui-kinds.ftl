# Kinds of facility, approximate positions and unpublished hours (ui/src/screens/nearby.ts,
# facility.ts, tips.ts, map.ts); part of the ui resource.

filter-kind = ประเภทสถานที่
filter-any-kind = ทุกประเภท
filter-include-unknown-hours = รวมสถานที่ที่ไม่ได้เผยแพร่เวลาทำการ
distance-about-m = ประมาณ { $m } ม.
distance-about-km = ประมาณ { $km } กม.
bearing-approximate = ทิศทางโดยประมาณ
position-approximate = ตำแหน่งโดยประมาณ: จุดกึ่งกลางของย่านที่หาได้จากที่อยู่ อาคารอาจอยู่ห่างออกไปหลายร้อยเมตร
hours-not-published = ไม่มีเวลาทำการเผยแพร่ที่นี่ — คลินิกมักเปิดประมาณ 9:00–12:00 และ 15:00–18:00 ปิดวันอาทิตย์และวันหยุดนักขัตฤกษ์ โปรดโทรหรือตรวจสอบก่อนไป
badge-hours-not-published = ไม่ได้เผยแพร่เวลาทำการ
departments-from-name = แผนกอ่านจากชื่อเท่านั้น โปรดสอบถามว่ารับตรวจหรือไม่
find-pharmacy = ค้นหาร้านขายยาใกล้เคียง
pharmacy-advice = ใบสั่งยามักรับยาที่ร้านขายยาแยกต่างหาก (調剤薬局) ใกล้คลินิก
map-legend-approximate = วงกลมกลวง: ตำแหน่งโดยประมาณ
