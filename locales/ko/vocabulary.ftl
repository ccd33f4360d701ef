# Body parts (with a side) and common medicines. Machine-quality translation, not
# reviewed by a fluent speaker. Lists: data/vocabulary/*.csv.

## Groups of body parts

part-group-head = 머리와 목
part-group-trunk = 몸통
part-group-arm = 팔과 손
part-group-leg = 다리와 발
part-group-whole = 온몸

## Sides

side-right = 오른쪽 { $part }
side-left = 왼쪽 { $part }
side-both = 양쪽 { $part }

## Body parts

part-head = 머리
part-forehead = 이마
part-face = 얼굴
part-eye = 눈
part-ear = 귀
part-nose = 코
part-mouth = 입
part-tooth = 이(치아)
part-jaw = 턱
part-throat = 목구멍
part-neck = 목
part-shoulder = 어깨
part-chest = 가슴
part-breast = 유방
part-upper-abdomen = 명치(윗배)
part-stomach = 배
part-lower-abdomen = 아랫배
part-flank = 옆구리
part-back = 등
part-lower-back = 허리
part-buttocks = 엉덩이
part-groin = 사타구니
part-genitals = 생식기
part-anus = 항문
part-arm = 팔
part-elbow = 팔꿈치
part-wrist = 손목
part-hand = 손
part-finger = 손가락
part-hip = 고관절
part-thigh = 허벅지
part-knee = 무릎
part-shin = 정강이
part-calf = 종아리
part-ankle = 발목
part-foot = 발
part-heel = 발뒤꿈치
part-toe = 발가락
part-skin = 피부
part-joints = 관절
part-whole-body = 온몸

## Medicines

medicine-paracetamol = 아세트아미노펜(파라세타몰) (paracetamol)
medicine-ibuprofen = 이부프로펜 (ibuprofen)
medicine-aspirin = 아스피린 (aspirin)
medicine-loxoprofen = 록소프로펜 (loxoprofen)
medicine-naproxen = 나프록센 (naproxen)
medicine-warfarin = 와파린 (warfarin)
medicine-apixaban = 아픽사반 (apixaban)
medicine-rivaroxaban = 리바록사반 (rivaroxaban)
medicine-dabigatran = 다비가트란 (dabigatran)
medicine-clopidogrel = 클로피도그렐 (clopidogrel)
medicine-amlodipine = 암로디핀 (amlodipine)
medicine-lisinopril = 리시노프릴 (lisinopril)
medicine-losartan = 로사르탄 (losartan)
medicine-bisoprolol = 비소프롤롤 (bisoprolol)
medicine-atorvastatin = 아토르바스타틴 (atorvastatin)
medicine-nitroglycerin = 니트로글리세린 (nitroglycerin)
medicine-metformin = 메트포르민 (metformin)
medicine-insulin = 인슐린 (insulin)
medicine-levothyroxine = 레보티록신 (levothyroxine)
medicine-salbutamol = 살부타몰 흡입제 (salbutamol)
medicine-cetirizine = 세티리진 (cetirizine)
medicine-loratadine = 로라타딘 (loratadine)
medicine-prednisolone = 프레드니솔론 (prednisolone)
medicine-adrenaline-autoinjector = 에피네프린 자가주사기 (EpiPen)
medicine-omeprazole = 오메프라졸 (omeprazole)
medicine-amoxicillin = 아목시실린 (amoxicillin)
medicine-sertraline = 세르트랄린 (sertraline)
medicine-levetiracetam = 레베티라세탐 (levetiracetam)
medicine-contraceptive-pill = 경구 피임약
