# The questionnaire (問診票): variants, topic labels, answer words, summary values and
# staff questions. Ids and lists: data/intake/*.csv; code: src/intake/.

## Questionnaire variants
variant-adult = 生病（成人）
variant-child = 兒童生病
variant-injury = 受傷
variant-dental = 牙齒
variant-pregnancy = 懷孕

## The summary
summary-title = 問診表
summary-note = 由患者以母語在 Tasukete 應用程式中回答，並由程式轉為日語。重要內容請當面確認。
summary-line = { $label }：{ $value }
list-separator = { "、" }

## Topic labels (the 問診票 line's label and the question's title)
label-age = 年齡
label-sex = 性別
label-weight = 體重
label-complaints = 主要症狀
label-dental-problem = 牙齒問題
label-tooth = 哪顆牙
label-injury-how = 受傷原因
label-injury-place = 受傷地點
label-pregnancy-weeks = 懷孕週數
label-pregnancy-symptoms = 孕期症狀
label-pain-site = 部位
label-onset = 從什麼時候開始
label-pain-score = 疼痛程度（0 不痛 – 10 最痛）
label-temperature = 體溫
label-other-symptoms = 其他症狀
label-drinking = 喝水情況
label-urine = 排尿
label-vaccinations = 疫苗接種
label-allergies = 過敏
label-medicines = 正在服用的藥
label-conditions = 慢性病與既往病史
label-pregnant = 是否懷孕
label-insurance = 保險

## Values of summary lines
value-not-answered = 未回答
value-no-allergies = 無已知過敏
value-no-medicines = 沒有在服藥
value-no-conditions = 無慢性病與既往病史
value-onset-today = 今天開始
value-onset-yesterday = 昨天開始
value-onset-days = { $days }天前開始
value-onset-hours = { $hours }小時前開始
value-score = { $score }（滿分 10）
value-temperature = { $temp } °C
value-weight = { $kg } 公斤
value-age-years = { $years }歲
value-age-months = { $months }個月大
value-pregnancy-weeks = 懷孕{ $weeks }週
value-site-side = { $site }（{ $side }）
value-allergy-reaction = { $substance }（{ $reaction }）
value-group = { $group }：{ $items }
value-group-separator = { "；" }

## Sex
sex-male = 男
sex-female = 女
sex-other = 其他

## Symptoms
symptom-fever = 發燒
symptom-cough = 咳嗽
symptom-sore-throat = 喉嚨痛
symptom-runny-nose = 流鼻水
symptom-headache = 頭痛
symptom-chest-pain = 胸痛
symptom-breathless = 呼吸困難
symptom-stomach-ache = 肚子痛
symptom-nausea = 噁心
symptom-vomiting = 嘔吐
symptom-diarrhoea = 腹瀉
symptom-dizziness = 頭暈
symptom-rash = 皮疹
symptom-itching = 搔癢
symptom-fatigue = 倦怠
symptom-chills = 發冷
symptom-numbness = 麻木
symptom-fainted = 昏倒了
symptom-bleeding = 出血
symptom-swelling = 腫脹
symptom-pain = 疼痛
symptom-seizure = 抽搐

## Body sites
site-head = 頭
site-face = 臉
site-eye = 眼睛
site-ear = 耳朵
site-mouth = 嘴
site-throat = 喉嚨
site-neck = 脖子
site-shoulder = 肩膀
site-chest = 胸部
site-upper-abdomen = 心窩（上腹部）
site-abdomen = 腹部
site-lower-abdomen = 下腹部
site-back = 背
site-lower-back = 腰
site-arm = 手臂
site-hand = 手、手腕、手指
site-leg = 腿（大腿、小腿）
site-knee = 膝蓋
site-ankle = 腳踝
site-foot = 腳掌、腳趾
site-whole-body = 全身
side-left = 左
side-right = 右
side-both = 兩側

## Injury
injury-how-fall = 跌倒
injury-how-fall-height = 從高處跌落
injury-how-traffic = 交通事故
injury-how-sports = 運動時
injury-how-hit = 被撞或撞到
injury-how-cut = 割傷
injury-how-burn = 燒燙傷
injury-how-twisted = 扭傷
injury-how-bite = 被動物或蟲咬、螫
injury-place-home = 住處或飯店
injury-place-street = 街上
injury-place-station = 車站
injury-place-sports = 運動場所、滑雪場
injury-place-outdoors = 山、海等戶外
injury-place-shop = 商店或設施內

## Teeth
dental-problem-toothache = 牙痛
dental-problem-sensitive = 遇冷熱刺痛
dental-problem-broken = 牙齒缺損或斷裂
dental-problem-filling = 補牙材料或牙冠脫落
dental-problem-swollen-gum = 牙齦腫或出血
dental-problem-denture = 假牙問題
tooth-upper-right = 右上
tooth-upper-front = 上門牙
tooth-upper-left = 左上
tooth-lower-right = 右下
tooth-lower-front = 下門牙
tooth-lower-left = 左下

## Pregnancy
pregnancy-symptom-bleeding = 陰道出血
pregnancy-symptom-belly-pain = 腹痛或腹部發緊
pregnancy-symptom-contractions = 規律宮縮
pregnancy-symptom-waters = 可能破水了
pregnancy-symptom-less-movement = 胎動減少
pregnancy-symptom-headache-vision = 頭痛或眼前閃光

## A child's drinking, urine and vaccinations
drinking-normal = 喝水正常
drinking-less = 比平時喝得少
drinking-none = 幾乎喝不下
urine-normal = 小便正常
urine-less = 小便比平時少
urine-none = 半天以上沒有小便
vaccinations-up-to-date = 常規疫苗已接種
vaccinations-partly = 部分疫苗未接種
vaccinations-unknown = 不清楚

## Pregnancy, insurance
pregnant-yes = 已懷孕
pregnant-no = 沒有懷孕
pregnant-unsure = 可能懷孕
insurance-travel = 有旅遊保險（無日本健保）
insurance-none = 沒有保險（全額自費）
insurance-japanese = 有日本健保

## Allergies
allergy-group-drug = 藥物
allergy-group-food = 食物
allergy-group-other = 其他
drug-allergen-penicillin = 青黴素類
drug-allergen-cephalosporin = 頭孢類
drug-allergen-antibiotic = 其他抗生素
drug-allergen-nsaids = 布洛芬等止痛藥（NSAIDs）
drug-allergen-aspirin = 阿斯匹靈
drug-allergen-sulfa = 磺胺類
drug-allergen-contrast = 顯影劑
drug-allergen-local-anaesthetic = 局部麻醉藥
food-allergen-egg = 雞蛋
food-allergen-milk = 牛奶及乳製品
food-allergen-wheat = 小麥
food-allergen-buckwheat = 蕎麥
food-allergen-peanut = 花生
food-allergen-tree-nut = 堅果（核桃、杏仁等）
food-allergen-shrimp-crab = 蝦、蟹
food-allergen-shellfish = 貝類
food-allergen-fish = 魚
other-allergen-latex = 乳膠（橡膠手套）
other-allergen-bee-venom = 蜂毒
other-allergen-metal = 金屬
reaction-rash = 皮疹
reaction-hives = 蕁麻疹
reaction-swelling = 臉部或嘴唇腫脹
reaction-breathing = 呼吸困難
reaction-anaphylaxis = 過敏性休克
reaction-unknown = 反應不詳

## Conditions
condition-diabetes = 糖尿病
condition-hypertension = 高血壓
condition-heart-disease = 心臟病
condition-stroke = 中風病史
condition-asthma = 氣喘
condition-kidney-disease = 腎臟病
condition-dialysis = 洗腎
condition-liver-disease = 肝病或肝炎
condition-epilepsy = 癲癇
condition-thyroid = 甲狀腺疾病
condition-cancer = 癌症
condition-bleeding-tendency = 容易出血（凝血障礙）
condition-immunosuppressed = 免疫力低下（類固醇、化療、移植、HIV）

## Medicines (classes; a generic name typed by the user is shown as typed)
medicine-anticoagulant = 抗凝血藥（華法林等）
medicine-antiplatelet = 抗血小板藥（阿斯匹靈等）
medicine-insulin = 胰島素
medicine-diabetes-oral = 口服降血糖藥
medicine-blood-pressure = 降血壓藥
medicine-steroid = 類固醇（普賴松龍等）
medicine-inhaler = 氣喘吸入劑
medicine-thyroid-hormone = 甲狀腺素藥
medicine-antiepileptic = 抗癲癇藥
medicine-contraceptive = 口服避孕藥
medicine-epinephrine = 腎上腺素自動注射筆（EpiPen）
medicine-immunosuppressant = 免疫抑制劑

## Implants and metal (before an MRI)
device-pacemaker = 心律調節器
device-icd = 植入式去顫器（ICD）
device-stent = 支架
device-joint-replacement = 人工關節
device-metal-implant = 體內金屬（鋼板、螺絲）

## Staff mode: answers
answer-yes = 是／有
answer-no = 不是／沒有
answer-unsure = 不知道
trend-better = 在好轉
trend-same = 沒變化
trend-worse = 在加重
last-meal-within-2h = 2小時以內
last-meal-2-6h = 2到6小時前
last-meal-over-6h = 6小時以前
payment-cash = 現金
payment-card = 信用卡

## Staff mode: questions staff tap (the Japanese is what staff see)
staff-since-when = 症狀是從什麼時候開始的？
staff-where-pain = 哪裡痛？
staff-pain-score = 從0到10，疼痛有多嚴重？
staff-fever = 有發燒嗎？
staff-drug-allergy = 您對藥物過敏嗎？
staff-food-allergy = 您對食物過敏嗎？
staff-medicines = 您現在有在服藥嗎？
staff-conditions = 您有慢性病嗎？
staff-pregnant = 您有可能懷孕嗎？
staff-breastfeeding = 您在哺乳期嗎？
staff-vomited = 您吐了嗎？
staff-head-hit = 您撞到頭了嗎？
staff-lost-consciousness = 您失去過意識嗎？
staff-trend = 症狀在好轉還是加重？
staff-last-meal = 您最後一次吃東西是什麼時候？
staff-first-visit = 您是第一次來本院嗎？
staff-japanese-insurance = 您有日本健保卡嗎？
staff-travel-insurance = 您有旅遊保險嗎？
staff-okusuri-techo = 您有用藥手冊嗎？
staff-payment = 您用現金還是信用卡付款？
