# Body parts (with a side) and common medicines. Machine-quality translation, not
# reviewed by a fluent speaker. Lists: data/vocabulary/*.csv.

## Groups of body parts

part-group-head = 头颈部
part-group-trunk = 躯干
part-group-arm = 手臂和手
part-group-leg = 腿和脚
part-group-whole = 全身

## Sides

side-right = 右{ $part }
side-left = 左{ $part }
side-both = 两侧{ $part }

## Body parts

part-head = 头
part-forehead = 额头
part-face = 脸
part-eye = 眼睛
part-ear = 耳朵
part-nose = 鼻子
part-mouth = 嘴
part-tooth = 牙齿
part-jaw = 下巴
part-throat = 喉咙
part-neck = 脖子
part-shoulder = 肩膀
part-chest = 胸部
part-breast = 乳房
part-upper-abdomen = 上腹部（心窝）
part-stomach = 肚子
part-lower-abdomen = 下腹部
part-flank = 侧腹
part-back = 背部
part-lower-back = 腰
part-buttocks = 臀部
part-groin = 腹股沟
part-genitals = 阴部
part-anus = 肛门
part-arm = 手臂
part-elbow = 手肘
part-wrist = 手腕
part-hand = 手
part-finger = 手指
part-hip = 髋关节
part-thigh = 大腿
part-knee = 膝盖
part-shin = 小腿前侧（胫骨）
part-calf = 小腿肚
part-ankle = 脚踝
part-foot = 脚
part-heel = 脚后跟
part-toe = 脚趾
part-skin = 皮肤
part-joints = 关节
part-whole-body = 全身

## Medicines

medicine-paracetamol = 对乙酰氨基酚（扑热息痛） (paracetamol)
medicine-ibuprofen = 布洛芬 (ibuprofen)
medicine-aspirin = 阿司匹林 (aspirin)
medicine-loxoprofen = 洛索洛芬 (loxoprofen)
medicine-naproxen = 萘普生 (naproxen)
medicine-warfarin = 华法林 (warfarin)
medicine-apixaban = 阿哌沙班 (apixaban)
medicine-rivaroxaban = 利伐沙班 (rivaroxaban)
medicine-dabigatran = 达比加群 (dabigatran)
medicine-clopidogrel = 氯吡格雷 (clopidogrel)
medicine-amlodipine = 氨氯地平 (amlodipine)
medicine-lisinopril = 赖诺普利 (lisinopril)
medicine-losartan = 氯沙坦 (losartan)
medicine-bisoprolol = 比索洛尔 (bisoprolol)
medicine-atorvastatin = 阿托伐他汀 (atorvastatin)
medicine-nitroglycerin = 硝酸甘油 (nitroglycerin)
medicine-metformin = 二甲双胍 (metformin)
medicine-insulin = 胰岛素 (insulin)
medicine-levothyroxine = 左甲状腺素 (levothyroxine)
medicine-salbutamol = 沙丁胺醇吸入剂 (salbutamol)
medicine-cetirizine = 西替利嗪 (cetirizine)
medicine-loratadine = 氯雷他定 (loratadine)
medicine-prednisolone = 泼尼松龙 (prednisolone)
medicine-adrenaline-autoinjector = 肾上腺素自动注射笔 (EpiPen)
medicine-omeprazole = 奥美拉唑 (omeprazole)
medicine-amoxicillin = 阿莫西林 (amoxicillin)
medicine-sertraline = 舍曲林 (sertraline)
medicine-levetiracetam = 左乙拉西坦 (levetiracetam)
medicine-contraceptive-pill = 口服避孕药
