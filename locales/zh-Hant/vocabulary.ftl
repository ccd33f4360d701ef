# Body parts (with a side) and common medicines. Machine-quality translation, not
# reviewed by a fluent speaker. Lists: data/vocabulary/*.csv.

## Groups of body parts

part-group-head = 頭頸部
part-group-trunk = 軀幹
part-group-arm = 手臂和手
part-group-leg = 腿和腳
part-group-whole = 全身

## Sides

side-right = 右{ $part }
side-left = 左{ $part }
side-both = 兩側{ $part }

## Body parts

part-head = 頭
part-forehead = 額頭
part-face = 臉
part-eye = 眼睛
part-ear = 耳朵
part-nose = 鼻子
part-mouth = 嘴巴
part-tooth = 牙齒
part-jaw = 下巴
part-throat = 喉嚨
part-neck = 脖子
part-shoulder = 肩膀
part-chest = 胸部
part-breast = 乳房
part-upper-abdomen = 上腹部（心窩）
part-stomach = 肚子
part-lower-abdomen = 下腹部
part-flank = 側腹
part-back = 背部
part-lower-back = 腰
part-buttocks = 臀部
part-groin = 鼠蹊部
part-genitals = 陰部
part-anus = 肛門
part-arm = 手臂
part-elbow = 手肘
part-wrist = 手腕
part-hand = 手
part-finger = 手指
part-hip = 髖關節
part-thigh = 大腿
part-knee = 膝蓋
part-shin = 小腿前側（脛骨）
part-calf = 小腿肚
part-ankle = 腳踝
part-foot = 腳
part-heel = 腳跟
part-toe = 腳趾
part-skin = 皮膚
part-joints = 關節
part-whole-body = 全身

## Medicines

medicine-paracetamol = 乙醯胺酚（普拿疼） (paracetamol)
medicine-ibuprofen = 布洛芬 (ibuprofen)
medicine-aspirin = 阿斯匹靈 (aspirin)
medicine-loxoprofen = 洛索洛芬 (loxoprofen)
medicine-naproxen = 萘普生 (naproxen)
medicine-warfarin = 華法林 (warfarin)
medicine-apixaban = 阿哌沙班 (apixaban)
medicine-rivaroxaban = 利伐沙班 (rivaroxaban)
medicine-dabigatran = 達比加群 (dabigatran)
medicine-clopidogrel = 氯吡格雷 (clopidogrel)
medicine-amlodipine = 氨氯地平 (amlodipine)
medicine-lisinopril = 賴諾普利 (lisinopril)
medicine-losartan = 氯沙坦 (losartan)
medicine-bisoprolol = 比索洛爾 (bisoprolol)
medicine-atorvastatin = 阿托伐他汀 (atorvastatin)
medicine-nitroglycerin = 硝化甘油 (nitroglycerin)
medicine-metformin = 二甲雙胍 (metformin)
medicine-insulin = 胰島素 (insulin)
medicine-levothyroxine = 左旋甲狀腺素 (levothyroxine)
medicine-salbutamol = 沙丁胺醇吸入劑 (salbutamol)
medicine-cetirizine = 西替利嗪 (cetirizine)
medicine-loratadine = 氯雷他定 (loratadine)
medicine-prednisolone = 普賴鬆龍 (prednisolone)
medicine-adrenaline-autoinjector = 腎上腺素自動注射筆 (EpiPen)
medicine-omeprazole = 奧美拉唑 (omeprazole)
medicine-amoxicillin = 安莫西林 (amoxicillin)
medicine-sertraline = 舍曲林 (sertraline)
medicine-levetiracetam = 左乙拉西坦 (levetiracetam)
medicine-contraceptive-pill = 口服避孕藥
