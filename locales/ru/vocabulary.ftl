# Body parts (with a side) and common medicines. Machine-quality translation, not
# reviewed by a fluent speaker. Lists: data/vocabulary/*.csv.

## Groups of body parts

part-group-head = Голова и шея
part-group-trunk = Туловище
part-group-arm = Руки
part-group-leg = Ноги
part-group-whole = Всё тело

## Sides

side-right = { $part } (справа)
side-left = { $part } (слева)
side-both = { $part } (с обеих сторон)

## Body parts

part-head = голова
part-forehead = лоб
part-face = лицо
part-eye = глаз
part-ear = ухо
part-nose = нос
part-mouth = рот
part-tooth = зуб
part-jaw = челюсть
part-throat = горло
part-neck = шея
part-shoulder = плечо
part-chest = грудная клетка
part-breast = молочная железа
part-upper-abdomen = подложечная область (верх живота)
part-stomach = живот
part-lower-abdomen = низ живота
part-flank = бок
part-back = спина
part-lower-back = поясница
part-buttocks = ягодицы
part-groin = пах
part-genitals = половые органы
part-anus = задний проход
part-arm = рука
part-elbow = локоть
part-wrist = запястье
part-hand = кисть руки
part-finger = палец руки
part-hip = тазобедренный сустав
part-thigh = бедро
part-knee = колено
part-shin = голень
part-calf = икра
part-ankle = лодыжка
part-foot = стопа
part-heel = пятка
part-toe = палец ноги
part-skin = кожа
part-joints = суставы
part-whole-body = всё тело

## Medicines

medicine-paracetamol = парацетамол (paracetamol)
medicine-ibuprofen = ибупрофен (ibuprofen)
medicine-aspirin = аспирин (aspirin)
medicine-loxoprofen = локсопрофен (loxoprofen)
medicine-naproxen = напроксен (naproxen)
medicine-warfarin = варфарин (warfarin)
medicine-apixaban = апиксабан (apixaban)
medicine-rivaroxaban = ривароксабан (rivaroxaban)
medicine-dabigatran = дабигатран (dabigatran)
medicine-clopidogrel = клопидогрел (clopidogrel)
medicine-amlodipine = амлодипин (amlodipine)
medicine-lisinopril = лизиноприл (lisinopril)
medicine-losartan = лозартан (losartan)
medicine-bisoprolol = бисопролол (bisoprolol)
medicine-atorvastatin = аторвастатин (atorvastatin)
medicine-nitroglycerin = нитроглицерин (nitroglycerin)
medicine-metformin = метформин (metformin)
medicine-insulin = инсулин (insulin)
medicine-levothyroxine = левотироксин (levothyroxine)
medicine-salbutamol = ингалятор сальбутамола (salbutamol)
medicine-cetirizine = цетиризин (cetirizine)
medicine-loratadine = лоратадин (loratadine)
medicine-prednisolone = преднизолон (prednisolone)
medicine-adrenaline-autoinjector = автоинъектор адреналина (EpiPen)
medicine-omeprazole = омепразол (omeprazole)
medicine-amoxicillin = амоксициллин (amoxicillin)
medicine-sertraline = сертралин (sertraline)
medicine-levetiracetam = леветирацетам (levetiracetam)
medicine-contraceptive-pill = противозачаточные таблетки
