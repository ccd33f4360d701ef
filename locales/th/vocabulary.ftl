# Body parts (with a side) and common medicines. Machine-quality translation, not
# reviewed by a fluent speaker. Lists: data/vocabulary/*.csv.

## Groups of body parts

part-group-head = ศีรษะและลำคอ
part-group-trunk = ลำตัว
part-group-arm = แขนและมือ
part-group-leg = ขาและเท้า
part-group-whole = ทั้งตัว

## Sides

side-right = { $part }ข้างขวา
side-left = { $part }ข้างซ้าย
side-both = { $part }ทั้งสองข้าง

## Body parts

part-head = ศีรษะ
part-forehead = หน้าผาก
part-face = ใบหน้า
part-eye = ตา
part-ear = หู
part-nose = จมูก
part-mouth = ปาก
part-tooth = ฟัน
part-jaw = ขากรรไกร
part-throat = ลำคอ (ด้านใน)
part-neck = คอ
part-shoulder = ไหล่
part-chest = หน้าอก
part-breast = เต้านม
part-upper-abdomen = ลิ้นปี่ (ท้องส่วนบน)
part-stomach = ท้อง
part-lower-abdomen = ท้องน้อย
part-flank = สีข้าง
part-back = หลัง
part-lower-back = เอว (หลังส่วนล่าง)
part-buttocks = ก้น
part-groin = ขาหนีบ
part-genitals = อวัยวะเพศ
part-anus = ทวารหนัก
part-arm = แขน
part-elbow = ข้อศอก
part-wrist = ข้อมือ
part-hand = มือ
part-finger = นิ้วมือ
part-hip = ข้อสะโพก
part-thigh = ต้นขา
part-knee = เข่า
part-shin = หน้าแข้ง
part-calf = น่อง
part-ankle = ข้อเท้า
part-foot = เท้า
part-heel = ส้นเท้า
part-toe = นิ้วเท้า
part-skin = ผิวหนัง
part-joints = ข้อต่อ
part-whole-body = ทั้งตัว

## Medicines

medicine-paracetamol = พาราเซตามอล (paracetamol)
medicine-ibuprofen = ไอบูโพรเฟน (ibuprofen)
medicine-aspirin = แอสไพริน (aspirin)
medicine-loxoprofen = ล็อกโซโพรเฟน (loxoprofen)
medicine-naproxen = นาพรอกเซน (naproxen)
medicine-warfarin = วาร์ฟาริน (warfarin)
medicine-apixaban = อะพิกซาแบน (apixaban)
medicine-rivaroxaban = ริวาร็อกซาแบน (rivaroxaban)
medicine-dabigatran = ดาบิกาแทรน (dabigatran)
medicine-clopidogrel = โคลพิโดเกรล (clopidogrel)
medicine-amlodipine = แอมโลดิปีน (amlodipine)
medicine-lisinopril = ลิซิโนพริล (lisinopril)
medicine-losartan = โลซาร์แทน (losartan)
medicine-bisoprolol = ไบโซโพรลอล (bisoprolol)
medicine-atorvastatin = อะทอร์วาสแตติน (atorvastatin)
medicine-nitroglycerin = ไนโตรกลีเซอรีน (nitroglycerin)
medicine-metformin = เมทฟอร์มิน (metformin)
medicine-insulin = อินซูลิน (insulin)
medicine-levothyroxine = เลโวไทรอกซีน (levothyroxine)
medicine-salbutamol = ยาพ่นซัลบูทามอล (salbutamol)
medicine-cetirizine = เซทิริซีน (cetirizine)
medicine-loratadine = ลอราทาดีน (loratadine)
medicine-prednisolone = เพรดนิโซโลน (prednisolone)
medicine-adrenaline-autoinjector = ปากกาฉีดอะดรีนาลีน (EpiPen)
medicine-omeprazole = โอเมพราโซล (omeprazole)
medicine-amoxicillin = อะม็อกซีซิลลิน (amoxicillin)
medicine-sertraline = เซอร์ทราลีน (sertraline)
medicine-levetiracetam = เลเวทิราซีแทม (levetiracetam)
medicine-contraceptive-pill = ยาคุมกำเนิดชนิดเม็ด
