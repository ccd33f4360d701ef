# "My medical information": section and field labels and values. Code: src/profile/.

## The screen for staff
profile-title = ข้อมูลทางการแพทย์ของฉัน
profile-note = ผู้ป่วยกรอกเองและเก็บไว้ในโทรศัพท์เครื่องนี้เท่านั้น ยาและโรคที่แอปรู้จักแสดงเป็นภาษาญี่ปุ่น ส่วนอื่นเป็นคำของผู้ป่วยเอง
section-patient = ข้อมูลผู้ป่วย
section-allergies = การแพ้
section-medication = ยาที่ใช้อยู่
section-problems = โรคประจำตัวและประวัติการเจ็บป่วย
section-procedures = ประวัติการผ่าตัด
section-devices = อุปกรณ์และโลหะในร่างกาย (ก่อนทำ MRI)
section-pregnancy = การตั้งครรภ์และให้นมบุตร
section-insurance = ประกัน
section-contact = ผู้ติดต่อฉุกเฉิน

## Field labels
field-name = ชื่อ
field-name-katakana = ชื่อเป็นคาตาคานะ
field-birth-date = วันเกิด
field-age = อายุ
field-sex = เพศ
field-blood = กรุ๊ปเลือด
field-nationality = สัญชาติ
field-language = ภาษา
field-reaction = อาการแพ้
field-dose = ขนาดยา
field-year = ปี
field-weeks = อายุครรภ์ (สัปดาห์)
field-breastfeeding = ให้นมบุตร
field-insurer = บริษัทประกัน
field-policy = เลขกรมธรรม์
field-assistance = โทรศัพท์ศูนย์ช่วยเหลือ
field-relationship = ความสัมพันธ์
field-phone = โทรศัพท์

## Values
value-not-recorded = ไม่ได้กรอก
value-none-procedures = ไม่เคยผ่าตัด
value-none-devices = ไม่มีอุปกรณ์หรือโลหะในร่างกาย
value-breastfeeding-yes = กำลังให้นมบุตร
value-breastfeeding-no = ไม่ได้ให้นมบุตร
value-date = { $year }-{ $month }-{ $day }
value-date-age = { $date } ({ $age })
value-procedure-year = { $procedure } ({ $year })
value-medicine-dose = { $medicine }: { $dose }
value-contact = { $name } ({ $relationship }), { $phone }
value-blood = กรุ๊ป { $abo } { $rh }
