# ข้อความของแอป (Tasukete UI) การ์ด คำแนะนำการชำระเงิน และหมายเลขโทรศัพท์อยู่ในไฟล์อื่น
language-name = ไทย
app-name = Tasukete ช่วยด้วย
skip-to-content = ข้ามไปยังเนื้อหา
nav-label = เมนูหลัก
nav-emergency = ฉุกเฉิน
nav-nearby = ใกล้เคียง
nav-cards = การ์ดวลี
nav-tips = การชำระเงิน
nav-settings = ตั้งค่า
loading = กำลังโหลด…
back = กลับ
close = ปิด

emergency-title = ฉุกเฉิน
emergency-lead = โทร 119 เพื่อเรียกรถพยาบาลหรือแจ้งไฟไหม้ โทรฟรี
emergency-numbers = หมายเลขฉุกเฉิน
script-what = เกิดอะไรขึ้น?
script-119-title = สิ่งที่เจ้าหน้าที่ 119 จะถาม
prepare-title = สิ่งที่ควรเตรียม
prepare-passport = หนังสือเดินทาง
prepare-insurance = บัตรหรือเลขกรมธรรม์ประกันการเดินทาง
prepare-money = เงินสดหรือบัตรเครดิต: นักท่องเที่ยวต้องจ่ายเต็มจำนวน
prepare-medicines = ยาที่ใช้อยู่และอาการแพ้
prepare-address = ที่พัก (ที่อยู่ภาษาญี่ปุ่น)

nearby-title = ใกล้เคียง
position-none = ยังไม่มีตำแหน่ง ค้นหาสถานีหรือสถานที่ หรือแตะบนแผนที่
position-use-device = ใช้ตำแหน่งของฉัน
position-tap-map = เลือกบนแผนที่
position-from-map = จุดที่เลือกบนแผนที่
position-source-device = (ตำแหน่งจากอุปกรณ์)
position-source-place = (เลือกจากชื่อ)
position-source-map = (เลือกบนแผนที่)
position-source-test = (ตำแหน่งทดสอบ)
place-search = ค้นหาสถานีหรือสถานที่
place-placeholder = สถานีหรือสถานที่ เช่น ชินจูกุ
place-suggestions = สถานที่ที่ตรงกัน
place-none = ไม่มีสถานีหรือสถานที่ชื่อนี้
filters = ตัวกรอง
filter-department = แผนก
filter-any-department = ทุกแผนก
filter-open-now = เปิดอยู่ตอนนี้
filter-emergency = เฉพาะแผนกฉุกเฉิน
clock-now = เวลาญี่ปุ่น: { $date } { $time }
results-count =
    { $count ->
        [0] ไม่มีสถานพยาบาลที่ตรงเงื่อนไข
       *[other] สถานพยาบาล { $count } แห่ง
    }
distance-m = { $m } ม.
distance-km = { $km } กม.
open-now = เปิดอยู่
closed-now = ปิดอยู่
open-unknown = ไม่ทราบเวลาทำการ
badge-emergency = ฉุกเฉิน
map-label = แผนที่ออฟไลน์
map-attribution = เขตการปกครอง: ข้อมูลตัวเลขที่ดินแห่งชาติ กระทรวง MLIT (N03)

facility-title = สถานพยาบาล
address = ที่อยู่
phone = โทรศัพท์
phone-unknown = ไม่มีหมายเลขโทรศัพท์ในข้อมูล
taxi-card-button = การ์ดแท็กซี่
open-in-maps = เปิดในแอปแผนที่
hours-today = เวลาทำการวันนี้
hours-week = เวลาทำการทั้งสัปดาห์
hours-unknown = ไม่มีเวลาทำการในข้อมูล โปรดโทรก่อนไป
hours-disclaimer = เวลาทำการมาจากข้อมูลสาธารณะและอาจเปลี่ยนแปลงแล้ว หากทำได้โปรดโทรล่วงหน้า
closed-days = วันหยุดอื่น ๆ
departments = แผนก
taxi-card-hint = แสดงสิ่งนี้ให้คนขับแท็กซี่ดู
taxi-request = กรุณาพาฉันไปที่นี่

kind-hospital = โรงพยาบาล
kind-clinic = คลินิก
kind-dental = คลินิกทันตกรรม
kind-pharmacy = ร้านขายยา

dept-internal-medicine = อายุรกรรม
dept-pediatrics = กุมารเวช
dept-surgery = ศัลยกรรม
dept-orthopedics = ศัลยกรรมกระดูก
dept-dermatology = ผิวหนัง
dept-ophthalmology = ตา
dept-ent = หู คอ จมูก
dept-obstetrics-gynecology = สูติ-นรีเวช
dept-urology = ระบบทางเดินปัสสาวะ
dept-psychiatry = จิตเวช
dept-neurology = ประสาทวิทยา
dept-neurosurgery = ประสาทศัลยกรรม
dept-cardiology = หัวใจ
dept-gastroenterology = ระบบทางเดินอาหาร
dept-respiratory = ระบบทางเดินหายใจ
dept-allergy = ภูมิแพ้
dept-dentistry = ทันตกรรม
dept-emergency = ฉุกเฉิน
dept-rehabilitation = เวชศาสตร์ฟื้นฟู
dept-other = อื่น ๆ

weekday-mon = จ.
weekday-tue = อ.
weekday-wed = พ.
weekday-thu = พฤ.
weekday-fri = ศ.
weekday-sat = ส.
weekday-sun = อา.
weekday-holiday = วันหยุดนักขัตฤกษ์

compass-n = ทิศเหนือ
compass-ne = ทิศตะวันออกเฉียงเหนือ
compass-e = ทิศตะวันออก
compass-se = ทิศตะวันออกเฉียงใต้
compass-s = ทิศใต้
compass-sw = ทิศตะวันตกเฉียงใต้
compass-w = ทิศตะวันตก
compass-nw = ทิศตะวันตกเฉียงเหนือ

cards-title = การ์ดวลี
cards-search = ค้นหาวลี
cards-categories = หมวดหมู่
cards-all = ทั้งหมด
cards-none = ไม่มีการ์ดที่ตรงกัน
card-show-staff = แสดงสิ่งนี้ให้เจ้าหน้าที่ดู

tips-title = การชำระเงินและประกัน

settings-title = ตั้งค่า
settings-language = ภาษา
settings-location = ตำแหน่ง
settings-location-device = ใช้ตำแหน่งของโทรศัพท์
settings-location-device-mobile-only = ใช้ได้เฉพาะในแอปบนโทรศัพท์
settings-location-manual = เลือกสถานี สถานที่ หรือจุดบนแผนที่
settings-privacy = ทุกอย่างอยู่ในอุปกรณ์นี้ แอปนี้ไม่ใช้เครือข่าย

sources-title = แหล่งข้อมูล
sources-built = วันที่สร้างชุดข้อมูล
sources-schema = เวอร์ชันโครงสร้าง
sources-date = วันที่:
sources-licence = สัญญาอนุญาต:
sources-records = จำนวนรายการ:

error-details = รายละเอียด
error-dataset-missing = ยังไม่ได้ติดตั้งข้อมูลสถานพยาบาล หมายเลขฉุกเฉินและการ์ดวลียังใช้ได้
error-dataset-outdated = ข้อมูลสถานพยาบาลเป็นของแอปเวอร์ชันอื่น หมายเลขฉุกเฉินและการ์ดวลียังใช้ได้
error-dataset-corrupt = อ่านข้อมูลสถานพยาบาลไม่ได้ หมายเลขฉุกเฉินและการ์ดวลียังใช้ได้
error-invalid-position = ตำแหน่งนี้ใช้ไม่ได้ เลือกสถานีหรือแตะบนแผนที่
error-not-found = ไม่พบข้อมูล
error-invalid-argument = แอปใช้ตัวเลือกนั้นไม่ได้
error-internal = เกิดข้อผิดพลาด

day-closed = ปิด
hours-for-department = เวลาของแผนก:
sources-facilities = สถานพยาบาล
sources-placed = แสดงบนแผนที่ได้
sources-with-phone = มีหมายเลขโทรศัพท์
sources-with-hours = มีเวลาทำการ
sources-with-emergency = มีข้อมูลฉุกเฉิน
sources-stations = สถานี
