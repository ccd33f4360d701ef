# The questionnaire (問診票): variants, topic labels, answer words, summary values and
# staff questions. Ids and lists: data/intake/*.csv; code: src/intake/.

## Questionnaire variants
variant-adult = 生病（成人）
variant-child = 儿童生病
variant-injury = 受伤
variant-dental = 牙齿
variant-pregnancy = 怀孕

## The summary
summary-title = 问诊表
summary-note = 由患者用母语在 Tasukete 应用中回答，并由应用转换为日语。重要内容请当面确认。
summary-line = { $label }：{ $value }
list-separator = { "、" }

## Topic labels (the 問診票 line's label and the question's title)
label-age = 年龄
label-sex = 性别
label-weight = 体重
label-complaints = 主要症状
label-dental-problem = 牙齿问题
label-tooth = 哪颗牙
label-injury-how = 受伤原因
label-injury-place = 受伤地点
label-pregnancy-weeks = 怀孕周数
label-pregnancy-symptoms = 孕期症状
label-pain-site = 部位
label-onset = 从什么时候开始
label-pain-score = 疼痛程度（0 不痛 – 10 最痛）
label-temperature = 体温
label-other-symptoms = 其他症状
label-drinking = 喝水情况
label-urine = 排尿
label-vaccinations = 疫苗接种
label-allergies = 过敏
label-medicines = 正在服用的药
label-conditions = 慢性病和既往病史
label-pregnant = 是否怀孕
label-insurance = 保险

## Values of summary lines
value-not-answered = 未回答
value-no-allergies = 无已知过敏
value-no-medicines = 没有在服药
value-no-conditions = 无慢性病和既往病史
value-onset-today = 今天开始
value-onset-yesterday = 昨天开始
value-onset-days = { $days }天前开始
value-onset-hours = { $hours }小时前开始
value-score = { $score }（满分 10）
value-temperature = { $temp } °C
value-weight = { $kg } 公斤
value-age-years = { $years }岁
value-age-months = { $months }个月大
value-pregnancy-weeks = 怀孕{ $weeks }周
value-site-side = { $site }（{ $side }）
value-allergy-reaction = { $substance }（{ $reaction }）
value-group = { $group }：{ $items }
value-group-separator = { "；" }

## Sex
sex-male = 男
sex-female = 女
sex-other = 其他

## Symptoms
symptom-fever = 发烧
symptom-cough = 咳嗽
symptom-sore-throat = 喉咙痛
symptom-runny-nose = 流鼻涕
symptom-headache = 头痛
symptom-chest-pain = 胸痛
symptom-breathless = 呼吸困难
symptom-stomach-ache = 肚子痛
symptom-nausea = 恶心
symptom-vomiting = 呕吐
symptom-diarrhoea = 腹泻
symptom-dizziness = 头晕
symptom-rash = 皮疹
symptom-itching = 瘙痒
symptom-fatigue = 乏力
symptom-chills = 发冷
symptom-numbness = 麻木
symptom-fainted = 晕倒了
symptom-bleeding = 出血
symptom-swelling = 肿胀
symptom-pain = 疼痛
symptom-seizure = 抽搐

## Body sites
site-head = 头
site-face = 脸
site-eye = 眼睛
site-ear = 耳朵
site-mouth = 嘴
site-throat = 喉咙
site-neck = 脖子
site-shoulder = 肩膀
site-chest = 胸部
site-upper-abdomen = 心窝（上腹部）
site-abdomen = 腹部
site-lower-abdomen = 下腹部
site-back = 背
site-lower-back = 腰
site-arm = 手臂
site-hand = 手、手腕、手指
site-leg = 腿（大腿、小腿）
site-knee = 膝盖
site-ankle = 脚踝
site-foot = 脚掌、脚趾
site-whole-body = 全身
side-left = 左
side-right = 右
side-both = 两侧

## Injury
injury-how-fall = 摔倒
injury-how-fall-height = 从高处跌落
injury-how-traffic = 交通事故
injury-how-sports = 运动时
injury-how-hit = 被撞或撞到
injury-how-cut = 割伤
injury-how-burn = 烧烫伤
injury-how-twisted = 扭伤
injury-how-bite = 被动物或虫咬、蜇
injury-place-home = 住处或酒店
injury-place-street = 街上
injury-place-station = 车站
injury-place-sports = 运动场所、滑雪场
injury-place-outdoors = 山、海等户外
injury-place-shop = 商店或设施内

## Teeth
dental-problem-toothache = 牙疼
dental-problem-sensitive = 遇冷热刺痛
dental-problem-broken = 牙齿缺损或折断
dental-problem-filling = 补牙材料或牙冠脱落
dental-problem-swollen-gum = 牙龈肿或出血
dental-problem-denture = 假牙问题
tooth-upper-right = 右上
tooth-upper-front = 上门牙
tooth-upper-left = 左上
tooth-lower-right = 右下
tooth-lower-front = 下门牙
tooth-lower-left = 左下

## Pregnancy
pregnancy-symptom-bleeding = 阴道出血
pregnancy-symptom-belly-pain = 腹痛或腹部发紧
pregnancy-symptom-contractions = 规律宫缩
pregnancy-symptom-waters = 可能破水了
pregnancy-symptom-less-movement = 胎动减少
pregnancy-symptom-headache-vision = 头痛或眼前闪光

## A child's drinking, urine and vaccinations
drinking-normal = 喝水正常
drinking-less = 比平时喝得少
drinking-none = 几乎喝不下
urine-normal = 小便正常
urine-less = 小便比平时少
urine-none = 半天以上没有小便
vaccinations-up-to-date = 常规疫苗已接种
vaccinations-partly = 部分疫苗未接种
vaccinations-unknown = 不清楚

## Pregnancy, insurance
pregnant-yes = 已怀孕
pregnant-no = 没有怀孕
pregnant-unsure = 可能怀孕
insurance-travel = 有旅行保险（无日本医保）
insurance-none = 没有保险（全额自费）
insurance-japanese = 有日本医保

## Allergies
allergy-group-drug = 药物
allergy-group-food = 食物
allergy-group-other = 其他
drug-allergen-penicillin = 青霉素类
drug-allergen-cephalosporin = 头孢类
drug-allergen-antibiotic = 其他抗生素
drug-allergen-nsaids = 布洛芬等止痛药（NSAIDs）
drug-allergen-aspirin = 阿司匹林
drug-allergen-sulfa = 磺胺类
drug-allergen-contrast = 造影剂
drug-allergen-local-anaesthetic = 局部麻醉药
food-allergen-egg = 鸡蛋
food-allergen-milk = 牛奶及乳制品
food-allergen-wheat = 小麦
food-allergen-buckwheat = 荞麦
food-allergen-peanut = 花生
food-allergen-tree-nut = 坚果（核桃、杏仁等）
food-allergen-shrimp-crab = 虾、蟹
food-allergen-shellfish = 贝类
food-allergen-fish = 鱼
other-allergen-latex = 乳胶（橡胶手套）
other-allergen-bee-venom = 蜂毒
other-allergen-metal = 金属
reaction-rash = 皮疹
reaction-hives = 荨麻疹
reaction-swelling = 面部或嘴唇肿胀
reaction-breathing = 呼吸困难
reaction-anaphylaxis = 过敏性休克
reaction-unknown = 反应不详

## Conditions
condition-diabetes = 糖尿病
condition-hypertension = 高血压
condition-heart-disease = 心脏病
condition-stroke = 中风史
condition-asthma = 哮喘
condition-kidney-disease = 肾病
condition-dialysis = 透析
condition-liver-disease = 肝病或肝炎
condition-epilepsy = 癫痫
condition-thyroid = 甲状腺疾病
condition-cancer = 癌症
condition-bleeding-tendency = 容易出血（凝血障碍）
condition-immunosuppressed = 免疫力低下（激素、化疗、移植、HIV）

## Medicines (classes; a generic name typed by the user is shown as typed)
medicine-anticoagulant = 抗凝血药（华法林等）
medicine-antiplatelet = 抗血小板药（阿司匹林等）
medicine-insulin = 胰岛素
medicine-diabetes-oral = 口服降糖药
medicine-blood-pressure = 降压药
medicine-steroid = 激素（泼尼松龙等）
medicine-inhaler = 哮喘吸入剂
medicine-thyroid-hormone = 甲状腺激素药
medicine-antiepileptic = 抗癫痫药
medicine-contraceptive = 口服避孕药
medicine-epinephrine = 肾上腺素自动注射笔（EpiPen）
medicine-immunosuppressant = 免疫抑制剂

## Implants and metal (before an MRI)
device-pacemaker = 心脏起搏器
device-icd = 植入式除颤器（ICD）
device-stent = 支架
device-joint-replacement = 人工关节
device-metal-implant = 体内金属（钢板、螺钉）

## Staff mode: answers
answer-yes = 是／有
answer-no = 不是／没有
answer-unsure = 不知道
trend-better = 在好转
trend-same = 没变化
trend-worse = 在加重
last-meal-within-2h = 2小时以内
last-meal-2-6h = 2到6小时前
last-meal-over-6h = 6小时以前
payment-cash = 现金
payment-card = 信用卡

## Staff mode: questions staff tap (the Japanese is what staff see)
staff-since-when = 症状是从什么时候开始的？
staff-where-pain = 哪里痛？
staff-pain-score = 从0到10，疼痛有多严重？
staff-fever = 发烧吗？
staff-drug-allergy = 您对药物过敏吗？
staff-food-allergy = 您对食物过敏吗？
staff-medicines = 您现在在服用药物吗？
staff-conditions = 您有慢性病吗？
staff-pregnant = 您有可能怀孕吗？
staff-breastfeeding = 您在哺乳期吗？
staff-vomited = 您吐了吗？
staff-head-hit = 您撞到头了吗？
staff-lost-consciousness = 您失去过意识吗？
staff-trend = 症状在好转还是加重？
staff-last-meal = 您最后一次吃东西是什么时候？
staff-first-visit = 您是第一次来本院吗？
staff-japanese-insurance = 您有日本医保卡吗？
staff-travel-insurance = 您有旅行保险吗？
staff-okusuri-techo = 您有用药手册吗？
staff-payment = 您用现金还是信用卡付款？
