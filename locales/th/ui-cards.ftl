# The phrase-card screen's own words (ui/src/screens/cards.ts); part of the ui resource.

cards-results = การ์ดที่ตรงกัน
card-fill-in = กรอกช่องว่าง
card-value-kept = ใส่คำตอบครั้งก่อนไว้แล้ว แก้ไขได้ถ้าต้องการ
card-show = แสดงการ์ด
card-change = เปลี่ยนคำตอบ
card-delete = ลบ
# The range of a number the card takes.
card-range = ตั้งแต่ { $min } ถึง { $max }
card-which-side = ข้างไหน
card-other-words = หรือพิมพ์เอง
card-find-medicine = ค้นหายา
# On every error box: the way back.
error-back = ย้อนกลับ
