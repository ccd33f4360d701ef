# Body parts (with a side) and common medicines. Machine-quality translation, not
# reviewed by a fluent speaker. Lists: data/vocabulary/*.csv.

## Groups of body parts

part-group-head = Kopf und Hals
part-group-trunk = Rumpf
part-group-arm = Arme und Hände
part-group-leg = Beine und Füße
part-group-whole = Ganzer Körper

## Sides

side-right = { $part } (rechts)
side-left = { $part } (links)
side-both = { $part } (beidseits)

## Body parts

part-head = Kopf
part-forehead = Stirn
part-face = Gesicht
part-eye = Auge
part-ear = Ohr
part-nose = Nase
part-mouth = Mund
part-tooth = Zahn
part-jaw = Kiefer
part-throat = Hals (innen)
part-neck = Nacken
part-shoulder = Schulter
part-chest = Brustkorb
part-breast = Brust (Busen)
part-upper-abdomen = Oberbauch (Magengrube)
part-stomach = Bauch
part-lower-abdomen = Unterbauch
part-flank = Flanke
part-back = Rücken
part-lower-back = unterer Rücken
part-buttocks = Gesäß
part-groin = Leiste
part-genitals = Genitalbereich
part-anus = After
part-arm = Arm
part-elbow = Ellenbogen
part-wrist = Handgelenk
part-hand = Hand
part-finger = Finger
part-hip = Hüftgelenk
part-thigh = Oberschenkel
part-knee = Knie
part-shin = Schienbein
part-calf = Wade
part-ankle = Knöchel
part-foot = Fuß
part-heel = Ferse
part-toe = Zeh
part-skin = Haut
part-joints = Gelenke
part-whole-body = ganzer Körper

## Medicines

medicine-paracetamol = Paracetamol
medicine-ibuprofen = Ibuprofen
medicine-aspirin = Aspirin (ASS)
medicine-loxoprofen = Loxoprofen
medicine-naproxen = Naproxen
medicine-warfarin = Warfarin
medicine-apixaban = Apixaban
medicine-rivaroxaban = Rivaroxaban
medicine-dabigatran = Dabigatran
medicine-clopidogrel = Clopidogrel
medicine-amlodipine = Amlodipin
medicine-lisinopril = Lisinopril
medicine-losartan = Losartan
medicine-bisoprolol = Bisoprolol
medicine-atorvastatin = Atorvastatin
medicine-nitroglycerin = Nitroglycerin
medicine-metformin = Metformin
medicine-insulin = Insulin
medicine-levothyroxine = Levothyroxin
medicine-salbutamol = Salbutamol-Inhalator
medicine-cetirizine = Cetirizin
medicine-loratadine = Loratadin
medicine-prednisolone = Prednisolon
medicine-adrenaline-autoinjector = Adrenalin-Autoinjektor (EpiPen)
medicine-omeprazole = Omeprazol
medicine-amoxicillin = Amoxicillin
medicine-sertraline = Sertralin
medicine-levetiracetam = Levetiracetam
medicine-contraceptive-pill = Antibabypille
