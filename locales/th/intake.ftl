# The questionnaire (問診票): variants, topic labels, answer words, summary values and
# staff questions. Ids and lists: data/intake/*.csv; code: src/intake/.

## Questionnaire variants
variant-adult = เจ็บป่วย (ผู้ใหญ่)
variant-child = เด็กป่วย
variant-injury = บาดเจ็บ
variant-dental = ฟัน
variant-pregnancy = ตั้งครรภ์

## The summary
summary-title = แบบสอบถามอาการ
summary-note = ผู้ป่วยตอบเป็นภาษาของตนในแอป Tasukete และแอปแปลงเป็นภาษาญี่ปุ่น โปรดสอบถามเพื่อยืนยันข้อสำคัญ
summary-line = { $label }: { $value }
list-separator = { ", " }

## Topic labels (the 問診票 line's label and the question's title)
label-age = อายุ
label-sex = เพศ
label-weight = น้ำหนัก
label-complaints = อาการหลัก
label-dental-problem = ปัญหาฟัน
label-tooth = ฟันซี่ไหน
label-injury-how = เกิดขึ้นอย่างไร
label-injury-place = เกิดที่ไหน
label-pregnancy-weeks = อายุครรภ์ (สัปดาห์)
label-pregnancy-symptoms = อาการระหว่างตั้งครรภ์
label-pain-site = ตำแหน่ง
label-onset = ตั้งแต่เมื่อไร
label-pain-score = ความเจ็บปวด (0 ไม่เจ็บ – 10 เจ็บที่สุด)
label-temperature = อุณหภูมิร่างกาย
label-other-symptoms = อาการอื่น ๆ
label-drinking = การดื่มน้ำ
label-urine = ปัสสาวะ
label-vaccinations = การฉีดวัคซีน
label-allergies = การแพ้
label-medicines = ยาที่ใช้อยู่
label-conditions = โรคประจำตัวและประวัติการเจ็บป่วย
label-pregnant = การตั้งครรภ์
label-insurance = ประกัน

## Values of summary lines
value-not-answered = ไม่ได้ตอบ
value-no-allergies = ไม่มีประวัติแพ้
value-no-medicines = ไม่ได้ใช้ยาใด ๆ
value-no-conditions = ไม่มีโรคประจำตัว
value-onset-today = ตั้งแต่วันนี้
value-onset-yesterday = ตั้งแต่เมื่อวาน
value-onset-days = ตั้งแต่ { $days } วันก่อน
value-onset-hours = ตั้งแต่ { $hours } ชั่วโมงก่อน
value-score = { $score } จาก 10
value-temperature = { $temp } °C
value-weight = { $kg } กก.
value-age-years = { $years } ปี
value-age-months = { $months } เดือน
value-pregnancy-weeks = ตั้งครรภ์ { $weeks } สัปดาห์
value-site-side = { $site } ({ $side })
value-allergy-reaction = { $substance } ({ $reaction })
value-group = { $group }: { $items }
value-group-separator = { "; " }

## Sex
sex-male = ชาย
sex-female = หญิง
sex-other = อื่น ๆ

## Symptoms
symptom-fever = ไข้
symptom-cough = ไอ
symptom-sore-throat = เจ็บคอ
symptom-runny-nose = น้ำมูกไหล
symptom-headache = ปวดหัว
symptom-chest-pain = เจ็บหน้าอก
symptom-breathless = หายใจลำบาก
symptom-stomach-ache = ปวดท้อง
symptom-nausea = คลื่นไส้
symptom-vomiting = อาเจียน
symptom-diarrhoea = ท้องเสีย
symptom-dizziness = เวียนหัว
symptom-rash = ผื่น
symptom-itching = คัน
symptom-fatigue = อ่อนเพลีย
symptom-chills = หนาวสั่น
symptom-numbness = ชา
symptom-fainted = หมดสติ
symptom-bleeding = เลือดออก
symptom-swelling = บวม
symptom-pain = ปวด
symptom-seizure = ชัก

## Body sites
site-head = ศีรษะ
site-face = ใบหน้า
site-eye = ตา
site-ear = หู
site-mouth = ปาก
site-throat = คอ
site-neck = ลำคอ
site-shoulder = ไหล่
site-chest = หน้าอก
site-upper-abdomen = ลิ้นปี่
site-abdomen = ท้อง
site-lower-abdomen = ท้องน้อย
site-back = หลัง
site-lower-back = เอว
site-arm = แขน
site-hand = มือ ข้อมือ นิ้ว
site-leg = ขา (ต้นขา หน้าแข้ง)
site-knee = เข่า
site-ankle = ข้อเท้า
site-foot = เท้า นิ้วเท้า
site-whole-body = ทั้งตัว
side-left = ซ้าย
side-right = ขวา
side-both = ทั้งสองข้าง

## Injury
injury-how-fall = หกล้ม
injury-how-fall-height = ตกจากที่สูง
injury-how-traffic = อุบัติเหตุจราจร
injury-how-sports = ระหว่างเล่นกีฬา
injury-how-hit = ถูกกระแทกแรง
injury-how-cut = ถูกของมีคมบาด
injury-how-burn = ไฟไหม้ น้ำร้อนลวก
injury-how-twisted = บิด พลิก
injury-how-bite = ถูกสัตว์หรือแมลงกัด ต่อย
injury-place-home = ที่พักหรือบ้าน
injury-place-street = บนถนน
injury-place-station = สถานีรถไฟ
injury-place-sports = สนามกีฬา ลานสกี
injury-place-outdoors = ภูเขา ทะเล กลางแจ้ง
injury-place-shop = ในร้านหรืออาคาร

## Teeth
dental-problem-toothache = ปวดฟัน
dental-problem-sensitive = เสียวฟัน
dental-problem-broken = ฟันบิ่นหรือหัก
dental-problem-filling = วัสดุอุดฟันหรือครอบฟันหลุด
dental-problem-swollen-gum = เหงือกบวมหรือเลือดออก
dental-problem-denture = ปัญหาฟันปลอม
tooth-upper-right = บนขวา
tooth-upper-front = ฟันหน้าบน
tooth-upper-left = บนซ้าย
tooth-lower-right = ล่างขวา
tooth-lower-front = ฟันหน้าล่าง
tooth-lower-left = ล่างซ้าย

## Pregnancy
pregnancy-symptom-bleeding = เลือดออกทางช่องคลอด
pregnancy-symptom-belly-pain = ปวดท้องหรือท้องแข็ง
pregnancy-symptom-contractions = มดลูกบีบตัวสม่ำเสมอ
pregnancy-symptom-waters = น้ำคร่ำอาจแตก
pregnancy-symptom-less-movement = ลูกดิ้นน้อยลง
pregnancy-symptom-headache-vision = ปวดหัวหรือตาพร่า

## A child's drinking, urine and vaccinations
drinking-normal = ดื่มได้ตามปกติ
drinking-less = ดื่มน้อยกว่าปกติ
drinking-none = แทบดื่มไม่ได้
urine-normal = ปัสสาวะปกติ
urine-less = ปัสสาวะน้อยกว่าปกติ
urine-none = ไม่ปัสสาวะครึ่งวันขึ้นไป
vaccinations-up-to-date = ได้รับวัคซีนตามกำหนด
vaccinations-partly = ยังขาดวัคซีนบางตัว
vaccinations-unknown = ไม่แน่ใจ

## Pregnancy, insurance
pregnant-yes = ตั้งครรภ์
pregnant-no = ไม่ได้ตั้งครรภ์
pregnant-unsure = อาจตั้งครรภ์
insurance-travel = มีประกันการเดินทาง (ไม่มีประกันสุขภาพญี่ปุ่น)
insurance-none = ไม่มีประกัน (จ่ายเองทั้งหมด)
insurance-japanese = มีประกันสุขภาพญี่ปุ่น

## Allergies
allergy-group-drug = ยา
allergy-group-food = อาหาร
allergy-group-other = อื่น ๆ
drug-allergen-penicillin = ยากลุ่มเพนิซิลลิน
drug-allergen-cephalosporin = ยากลุ่มเซฟาโลสปอริน
drug-allergen-antibiotic = ยาปฏิชีวนะอื่น ๆ
drug-allergen-nsaids = ยาแก้ปวดกลุ่ม NSAIDs เช่น ไอบูโพรเฟน
drug-allergen-aspirin = แอสไพริน
drug-allergen-sulfa = ยากลุ่มซัลฟา
drug-allergen-contrast = สารทึบรังสี
drug-allergen-local-anaesthetic = ยาชาเฉพาะที่
food-allergen-egg = ไข่
food-allergen-milk = นมและผลิตภัณฑ์นม
food-allergen-wheat = ข้าวสาลี
food-allergen-buckwheat = บัควีท (โซบะ)
food-allergen-peanut = ถั่วลิสง
food-allergen-tree-nut = ถั่วเปลือกแข็ง (วอลนัท อัลมอนด์)
food-allergen-shrimp-crab = กุ้ง ปู
food-allergen-shellfish = หอย
food-allergen-fish = ปลา
other-allergen-latex = ยางลาเท็กซ์ (ถุงมือยาง)
other-allergen-bee-venom = พิษผึ้ง ต่อ
other-allergen-metal = โลหะ (นิกเกิล)
reaction-rash = ผื่น
reaction-hives = ลมพิษ
reaction-swelling = หน้าหรือริมฝีปากบวม
reaction-breathing = หายใจลำบาก
reaction-anaphylaxis = ภาวะแพ้รุนแรง (แอนาฟิแล็กซิส)
reaction-unknown = ไม่ทราบอาการแพ้

## Conditions
condition-diabetes = เบาหวาน
condition-hypertension = ความดันโลหิตสูง
condition-heart-disease = โรคหัวใจ
condition-stroke = เคยเป็นโรคหลอดเลือดสมอง
condition-asthma = หอบหืด
condition-kidney-disease = โรคไต
condition-dialysis = ฟอกไต
condition-liver-disease = โรคตับหรือตับอักเสบ
condition-epilepsy = โรคลมชัก
condition-thyroid = โรคไทรอยด์
condition-cancer = มะเร็ง
condition-bleeding-tendency = เลือดออกง่าย (การแข็งตัวของเลือดผิดปกติ)
condition-immunosuppressed = ภูมิคุ้มกันต่ำ (สเตียรอยด์ เคมีบำบัด ปลูกถ่ายอวัยวะ HIV)

## Medicines (classes; a generic name typed by the user is shown as typed)
medicine-anticoagulant = ยาต้านการแข็งตัวของเลือด (วาร์ฟาริน ฯลฯ)
medicine-antiplatelet = ยาต้านเกล็ดเลือด (แอสไพริน ฯลฯ)
medicine-insulin = อินซูลิน
medicine-diabetes-oral = ยาเบาหวานชนิดรับประทาน
medicine-blood-pressure = ยาลดความดัน
medicine-steroid = สเตียรอยด์ (เพรดนิโซโลน ฯลฯ)
medicine-inhaler = ยาพ่นหอบหืด
medicine-thyroid-hormone = ยาฮอร์โมนไทรอยด์
medicine-antiepileptic = ยากันชัก
medicine-contraceptive = ยาคุมกำเนิด
medicine-epinephrine = ปากกาฉีดอะดรีนาลีน (EpiPen)
medicine-immunosuppressant = ยากดภูมิคุ้มกัน

## Implants and metal (before an MRI)
device-pacemaker = เครื่องกระตุ้นหัวใจ
device-icd = เครื่องกระตุกหัวใจชนิดฝัง (ICD)
device-stent = ขดลวดค้ำยัน (สเตนท์)
device-joint-replacement = ข้อเทียม
device-metal-implant = โลหะในร่างกาย (แผ่นเหล็ก สกรู)

## Staff mode: answers
answer-yes = ใช่
answer-no = ไม่ใช่
answer-unsure = ไม่ทราบ
trend-better = ดีขึ้น
trend-same = เหมือนเดิม
trend-worse = แย่ลง
last-meal-within-2h = ภายใน 2 ชั่วโมง
last-meal-2-6h = 2–6 ชั่วโมงก่อน
last-meal-over-6h = มากกว่า 6 ชั่วโมงก่อน
payment-cash = เงินสด
payment-card = บัตรเครดิต

## Staff mode: questions staff tap (the Japanese is what staff see)
staff-since-when = มีอาการตั้งแต่เมื่อไร
staff-where-pain = เจ็บตรงไหน
staff-pain-score = ถ้าให้คะแนน 0 ถึง 10 เจ็บแค่ไหน
staff-fever = มีไข้ไหม
staff-drug-allergy = แพ้ยาอะไรไหม
staff-food-allergy = แพ้อาหารอะไรไหม
staff-medicines = ตอนนี้ใช้ยาอะไรอยู่ไหม
staff-conditions = มีโรคประจำตัวไหม
staff-pregnant = มีโอกาสตั้งครรภ์ไหม
staff-breastfeeding = กำลังให้นมบุตรไหม
staff-vomited = อาเจียนไหม
staff-head-hit = ศีรษะกระแทกไหม
staff-lost-consciousness = หมดสติไหม
staff-trend = อาการดีขึ้นหรือแย่ลง
staff-last-meal = กินอาหารครั้งสุดท้ายเมื่อไร
staff-first-visit = มาที่นี่ครั้งแรกไหม
staff-japanese-insurance = มีบัตรประกันสุขภาพญี่ปุ่นไหม
staff-travel-insurance = มีประกันการเดินทางไหม
staff-okusuri-techo = มีสมุดบันทึกยาไหม
staff-payment = จ่ายเงินสดหรือบัตร
