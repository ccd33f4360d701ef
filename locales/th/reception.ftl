# The reception screens' own words (profile editor, questionnaire flow, staff mode).
# Used by ui/src/screens/reception*.ts through L("id").

## Hub
nav-reception = ลงทะเบียน
rc-title = ที่จุดลงทะเบียน
rc-lead = คลินิกในญี่ปุ่นจะให้แบบสอบถามภาษาญี่ปุ่น (問診票) ก่อน เตรียมคำตอบที่นี่แล้วแสดงเป็นภาษาญี่ปุ่น
rc-profile = ข้อมูลทางการแพทย์ของฉัน
rc-intake = แบบสอบถามอาการ (問診票)
rc-profile-hint = การแพ้ ยา โรค กรอกไว้ก่อนต้องใช้ เก็บไว้ในโทรศัพท์เครื่องนี้เท่านั้น
rc-profile-show = แสดงให้เจ้าหน้าที่
rc-profile-edit = แก้ไข
rc-profile-empty = ยังไม่ได้บันทึกข้อมูล
rc-intake-hint = ตอบทีละข้อเป็นภาษาของคุณ แอปจะเขียนเป็นภาษาญี่ปุ่น
rc-staff-hint = เจ้าหน้าที่แตะคำถามภาษาญี่ปุ่น คุณตอบด้วยปุ่ม
rc-staff = คำถามจากเจ้าหน้าที่
rc-staff-pick = สำหรับเจ้าหน้าที่: แตะคำถามที่ต้องการถาม ผู้ป่วยจะเห็นเป็นภาษาของตน
rc-staff-answer-now = โปรดตอบ:
rc-staff-answer = คำตอบของผู้ป่วย
rc-staff-list = กลับไปที่รายการคำถาม

## Questionnaire flow
rc-choose-variant = เป็นเรื่องอะไร
rc-start = เริ่มทำแบบสอบถาม
rc-continue = ทำแบบสอบถามต่อ
rc-show-summary = แสดงคำตอบเป็นภาษาญี่ปุ่น
rc-clear = ล้างคำตอบ
rc-clear-confirm = ล้างคำตอบทั้งหมดหรือไม่ ย้อนกลับไม่ได้
rc-skip = ข้าม
rc-next = ถัดไป
rc-back = ย้อนกลับ
rc-from-profile = มีในข้อมูลทางการแพทย์แล้ว จึงไม่ถามซ้ำ
rc-own-words = พิมพ์เอง
rc-add = เพิ่ม
rc-remove = ลบ
rc-none-allergies = ฉันไม่มีประวัติแพ้
rc-none-medicines = ฉันไม่ได้ใช้ยาใด ๆ
rc-none-conditions = ฉันไม่มีโรคประจำตัว
rc-none-procedures = ฉันไม่เคยผ่าตัด
rc-none-devices = ไม่มีอุปกรณ์หรือโลหะในร่างกาย
rc-temperature-hint = ตามที่ปรอทวัดไข้แสดง (°C) เช่น 38.5
rc-years = ปี
rc-months = เดือน (ต่ำกว่า 3 ปี)

## Profile editor
rc-save = บันทึก
rc-saved = บันทึกในโทรศัพท์เครื่องนี้แล้ว
rc-not-saved = ยังไม่ได้บันทึก: โปรดตรวจสอบ
rc-export = ส่งออกเป็นไฟล์
rc-exported = บันทึกสำเนาไว้ที่:
rc-import = นำเข้าจากไฟล์
rc-imported = นำเข้าและบันทึกแล้ว
rc-not-imported = นำเข้าไม่ได้ ไม่มีการเปลี่ยนแปลง
rc-unknown = ไม่ทราบ
rc-name-hint = ตามหนังสือเดินทาง (อักษรละติน)
rc-error-store = เปิดข้อมูลทางการแพทย์ที่บันทึกไว้ไม่ได้ ไม่มีการเขียนทับ
