# Body parts (with a side) and common medicines. Machine-quality translation, not
# reviewed by a fluent speaker. Lists: data/vocabulary/*.csv.

## Groups of body parts

part-group-head = Đầu và cổ
part-group-trunk = Thân mình
part-group-arm = Tay
part-group-leg = Chân
part-group-whole = Toàn thân

## Sides

side-right = { $part } bên phải
side-left = { $part } bên trái
side-both = { $part } cả hai bên

## Body parts

part-head = đầu
part-forehead = trán
part-face = mặt
part-eye = mắt
part-ear = tai
part-nose = mũi
part-mouth = miệng
part-tooth = răng
part-jaw = hàm
part-throat = họng
part-neck = cổ
part-shoulder = vai
part-chest = ngực
part-breast = vú
part-upper-abdomen = vùng thượng vị (dưới xương ức)
part-stomach = bụng
part-lower-abdomen = bụng dưới
part-flank = mạn sườn
part-back = lưng
part-lower-back = thắt lưng
part-buttocks = mông
part-groin = bẹn
part-genitals = bộ phận sinh dục
part-anus = hậu môn
part-arm = cánh tay
part-elbow = khuỷu tay
part-wrist = cổ tay
part-hand = bàn tay
part-finger = ngón tay
part-hip = khớp háng
part-thigh = đùi
part-knee = đầu gối
part-shin = ống chân
part-calf = bắp chân
part-ankle = mắt cá chân
part-foot = bàn chân
part-heel = gót chân
part-toe = ngón chân
part-skin = da
part-joints = khớp
part-whole-body = toàn thân

## Medicines

medicine-paracetamol = paracetamol (acetaminophen)
medicine-ibuprofen = ibuprofen
medicine-aspirin = aspirin
medicine-loxoprofen = loxoprofen
medicine-naproxen = naproxen
medicine-warfarin = warfarin
medicine-apixaban = apixaban
medicine-rivaroxaban = rivaroxaban
medicine-dabigatran = dabigatran
medicine-clopidogrel = clopidogrel
medicine-amlodipine = amlodipin
medicine-lisinopril = lisinopril
medicine-losartan = losartan
medicine-bisoprolol = bisoprolol
medicine-atorvastatin = atorvastatin
medicine-nitroglycerin = nitroglycerin
medicine-metformin = metformin
medicine-insulin = insulin
medicine-levothyroxine = levothyroxin
medicine-salbutamol = thuốc hít salbutamol
medicine-cetirizine = cetirizin
medicine-loratadine = loratadin
medicine-prednisolone = prednisolon
medicine-adrenaline-autoinjector = bút tiêm adrenalin (EpiPen)
medicine-omeprazole = omeprazol
medicine-amoxicillin = amoxicillin
medicine-sertraline = sertralin
medicine-levetiracetam = levetiracetam
medicine-contraceptive-pill = thuốc tránh thai
