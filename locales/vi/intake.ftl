# The questionnaire (問診票): variants, topic labels, answer words, summary values and
# staff questions. Ids and lists: data/intake/*.csv; code: src/intake/.

## Questionnaire variants
variant-adult = Bệnh (người lớn)
variant-child = Trẻ em bị bệnh
variant-injury = Chấn thương
variant-dental = Răng
variant-pregnancy = Mang thai

## The summary
summary-title = Phiếu khai bệnh
summary-note = Bệnh nhân trả lời bằng tiếng mẹ đẻ trong ứng dụng Tasukete và ứng dụng chuyển sang tiếng Nhật. Vui lòng hỏi lại để xác nhận những điểm quan trọng.
summary-line = { $label }: { $value }
list-separator = { ", " }

## Topic labels (the 問診票 line's label and the question's title)
label-age = Tuổi
label-sex = Giới tính
label-weight = Cân nặng
label-complaints = Triệu chứng chính
label-dental-problem = Vấn đề về răng
label-tooth = Răng nào
label-injury-how = Bị thương thế nào
label-injury-place = Bị thương ở đâu
label-pregnancy-weeks = Tuần thai
label-pregnancy-symptoms = Triệu chứng khi mang thai
label-pain-site = Vị trí
label-onset = Từ khi nào
label-pain-score = Mức đau (0 không đau – 10 đau nhất)
label-temperature = Nhiệt độ
label-other-symptoms = Triệu chứng khác
label-drinking = Uống nước
label-urine = Nước tiểu
label-vaccinations = Tiêm chủng
label-allergies = Dị ứng
label-medicines = Thuốc đang dùng
label-conditions = Bệnh nền và tiền sử
label-pregnant = Có thể mang thai không
label-insurance = Bảo hiểm

## Values of summary lines
value-not-answered = Chưa trả lời
value-no-allergies = Không có dị ứng đã biết
value-no-medicines = Không dùng thuốc nào
value-no-conditions = Không có bệnh nền
value-onset-today = Từ hôm nay
value-onset-yesterday = Từ hôm qua
value-onset-days = Từ { $days } ngày trước
value-onset-hours = Từ { $hours } giờ trước
value-score = { $score }/10
value-temperature = { $temp } °C
value-weight = { $kg } kg
value-age-years = { $years } tuổi
value-age-months = { $months } tháng tuổi
value-pregnancy-weeks = Thai { $weeks } tuần
value-site-side = { $site } ({ $side })
value-allergy-reaction = { $substance } ({ $reaction })
value-group = { $group }: { $items }
value-group-separator = { "; " }

## Sex
sex-male = Nam
sex-female = Nữ
sex-other = Khác

## Symptoms
symptom-fever = Sốt
symptom-cough = Ho
symptom-sore-throat = Đau họng
symptom-runny-nose = Sổ mũi
symptom-headache = Đau đầu
symptom-chest-pain = Đau ngực
symptom-breathless = Khó thở
symptom-stomach-ache = Đau bụng
symptom-nausea = Buồn nôn
symptom-vomiting = Nôn
symptom-diarrhoea = Tiêu chảy
symptom-dizziness = Chóng mặt
symptom-rash = Phát ban
symptom-itching = Ngứa
symptom-fatigue = Mệt mỏi
symptom-chills = Ớn lạnh
symptom-numbness = Tê
symptom-fainted = Ngất
symptom-bleeding = Chảy máu
symptom-swelling = Sưng
symptom-pain = Đau
symptom-seizure = Co giật

## Body sites
site-head = Đầu
site-face = Mặt
site-eye = Mắt
site-ear = Tai
site-mouth = Miệng
site-throat = Họng
site-neck = Cổ
site-shoulder = Vai
site-chest = Ngực
site-upper-abdomen = Vùng thượng vị
site-abdomen = Bụng
site-lower-abdomen = Bụng dưới
site-back = Lưng
site-lower-back = Thắt lưng
site-arm = Cánh tay
site-hand = Bàn tay, cổ tay, ngón tay
site-leg = Chân (đùi, cẳng chân)
site-knee = Đầu gối
site-ankle = Mắt cá chân
site-foot = Bàn chân, ngón chân
site-whole-body = Toàn thân
side-left = Trái
side-right = Phải
side-both = Cả hai bên

## Injury
injury-how-fall = Bị ngã
injury-how-fall-height = Ngã từ trên cao
injury-how-traffic = Tai nạn giao thông
injury-how-sports = Khi chơi thể thao
injury-how-hit = Bị va đập mạnh
injury-how-cut = Bị cắt
injury-how-burn = Bỏng
injury-how-twisted = Bị trật
injury-how-bite = Bị động vật, côn trùng cắn đốt
injury-place-home = Ở nhà hoặc nơi lưu trú
injury-place-street = Trên đường
injury-place-station = Ở nhà ga
injury-place-sports = Sân thể thao, khu trượt tuyết
injury-place-outdoors = Núi, biển, ngoài trời
injury-place-shop = Trong cửa hàng, tòa nhà

## Teeth
dental-problem-toothache = Đau răng
dental-problem-sensitive = Ê buốt khi ăn nóng lạnh
dental-problem-broken = Răng bị mẻ, gãy
dental-problem-filling = Rơi miếng trám hoặc mão răng
dental-problem-swollen-gum = Sưng hoặc chảy máu lợi
dental-problem-denture = Vấn đề răng giả
tooth-upper-right = Trên bên phải
tooth-upper-front = Răng cửa trên
tooth-upper-left = Trên bên trái
tooth-lower-right = Dưới bên phải
tooth-lower-front = Răng cửa dưới
tooth-lower-left = Dưới bên trái

## Pregnancy
pregnancy-symptom-bleeding = Ra máu âm đạo
pregnancy-symptom-belly-pain = Đau bụng hoặc căng bụng
pregnancy-symptom-contractions = Cơn gò đều đặn
pregnancy-symptom-waters = Có thể đã vỡ ối
pregnancy-symptom-less-movement = Thai máy ít
pregnancy-symptom-headache-vision = Đau đầu hoặc hoa mắt

## A child's drinking, urine and vaccinations
drinking-normal = Uống như bình thường
drinking-less = Uống ít hơn bình thường
drinking-none = Gần như không uống được
urine-normal = Tiểu bình thường
urine-less = Tiểu ít hơn bình thường
urine-none = Không tiểu từ nửa ngày trở lên
vaccinations-up-to-date = Đã tiêm chủng đầy đủ
vaccinations-partly = Thiếu một số mũi
vaccinations-unknown = Không rõ

## Pregnancy, insurance
pregnant-yes = Đang mang thai
pregnant-no = Không mang thai
pregnant-unsure = Có thể đang mang thai
insurance-travel = Có bảo hiểm du lịch (không có bảo hiểm y tế Nhật)
insurance-none = Không có bảo hiểm (tự trả toàn bộ)
insurance-japanese = Có bảo hiểm y tế Nhật

## Allergies
allergy-group-drug = Thuốc
allergy-group-food = Thực phẩm
allergy-group-other = Khác
drug-allergen-penicillin = Penicillin
drug-allergen-cephalosporin = Cephalosporin
drug-allergen-antibiotic = Kháng sinh khác
drug-allergen-nsaids = Thuốc giảm đau như ibuprofen (NSAID)
drug-allergen-aspirin = Aspirin
drug-allergen-sulfa = Thuốc sulfa
drug-allergen-contrast = Thuốc cản quang
drug-allergen-local-anaesthetic = Thuốc gây tê
food-allergen-egg = Trứng
food-allergen-milk = Sữa và chế phẩm sữa
food-allergen-wheat = Lúa mì
food-allergen-buckwheat = Kiều mạch (soba)
food-allergen-peanut = Đậu phộng
food-allergen-tree-nut = Các loại hạt (óc chó, hạnh nhân…)
food-allergen-shrimp-crab = Tôm, cua
food-allergen-shellfish = Các loại sò, nghêu
food-allergen-fish = Cá
other-allergen-latex = Cao su latex (găng tay)
other-allergen-bee-venom = Nọc ong
other-allergen-metal = Kim loại (niken…)
reaction-rash = Phát ban
reaction-hives = Mề đay
reaction-swelling = Sưng mặt hoặc môi
reaction-breathing = Khó thở
reaction-anaphylaxis = Sốc phản vệ
reaction-unknown = Không rõ phản ứng

## Conditions
condition-diabetes = Tiểu đường
condition-hypertension = Cao huyết áp
condition-heart-disease = Bệnh tim
condition-stroke = Từng bị đột quỵ
condition-asthma = Hen suyễn
condition-kidney-disease = Bệnh thận
condition-dialysis = Đang chạy thận
condition-liver-disease = Bệnh gan hoặc viêm gan
condition-epilepsy = Động kinh
condition-thyroid = Bệnh tuyến giáp
condition-cancer = Ung thư
condition-bleeding-tendency = Dễ chảy máu (rối loạn đông máu)
condition-immunosuppressed = Suy giảm miễn dịch (steroid, hóa trị, ghép tạng, HIV)

## Medicines (classes; a generic name typed by the user is shown as typed)
medicine-anticoagulant = Thuốc chống đông (warfarin…)
medicine-antiplatelet = Thuốc chống tiểu cầu (aspirin…)
medicine-insulin = Insulin
medicine-diabetes-oral = Thuốc tiểu đường dạng uống
medicine-blood-pressure = Thuốc huyết áp
medicine-steroid = Steroid (prednisolon…)
medicine-inhaler = Thuốc xịt hen
medicine-thyroid-hormone = Thuốc hormone tuyến giáp
medicine-antiepileptic = Thuốc chống động kinh
medicine-contraceptive = Thuốc tránh thai
medicine-epinephrine = Bút tiêm adrenaline (EpiPen)
medicine-immunosuppressant = Thuốc ức chế miễn dịch

## Implants and metal (before an MRI)
device-pacemaker = Máy tạo nhịp tim
device-icd = Máy khử rung cấy ghép (ICD)
device-stent = Stent
device-joint-replacement = Khớp nhân tạo
device-metal-implant = Kim loại trong cơ thể (nẹp, vít)

## Staff mode: answers
answer-yes = Có
answer-no = Không
answer-unsure = Không biết
trend-better = Đang đỡ hơn
trend-same = Không đổi
trend-worse = Đang nặng hơn
last-meal-within-2h = Trong vòng 2 giờ
last-meal-2-6h = 2–6 giờ trước
last-meal-over-6h = Hơn 6 giờ trước
payment-cash = Tiền mặt
payment-card = Thẻ tín dụng

## Staff mode: questions staff tap (the Japanese is what staff see)
staff-since-when = Triệu chứng bắt đầu từ khi nào?
staff-where-pain = Đau ở đâu?
staff-pain-score = Từ 0 đến 10, đau mức nào?
staff-fever = Bạn có sốt không?
staff-drug-allergy = Bạn có dị ứng thuốc không?
staff-food-allergy = Bạn có dị ứng thực phẩm không?
staff-medicines = Hiện bạn có đang dùng thuốc không?
staff-conditions = Bạn có bệnh mãn tính không?
staff-pregnant = Bạn có thể đang mang thai không?
staff-breastfeeding = Bạn có đang cho con bú không?
staff-vomited = Bạn có nôn không?
staff-head-hit = Bạn có bị đập đầu không?
staff-lost-consciousness = Bạn có bị mất ý thức không?
staff-trend = Triệu chứng đang đỡ hay nặng hơn?
staff-last-meal = Lần cuối bạn ăn là khi nào?
staff-first-visit = Đây là lần đầu bạn đến đây phải không?
staff-japanese-insurance = Bạn có thẻ bảo hiểm y tế Nhật không?
staff-travel-insurance = Bạn có bảo hiểm du lịch không?
staff-okusuri-techo = Bạn có sổ ghi thuốc không?
staff-payment = Bạn trả tiền mặt hay thẻ?
