# Body parts (with a side) and common medicines. Machine-quality translation, not
# reviewed by a fluent speaker. Lists: data/vocabulary/*.csv.

## Groups of body parts

part-group-head = Kepala dan leher
part-group-trunk = Badan
part-group-arm = Lengan dan tangan
part-group-leg = Tungkai dan kaki
part-group-whole = Seluruh tubuh

## Sides

side-right = { $part } kanan
side-left = { $part } kiri
side-both = { $part } (kedua sisi)

## Body parts

part-head = kepala
part-forehead = dahi
part-face = wajah
part-eye = mata
part-ear = telinga
part-nose = hidung
part-mouth = mulut
part-tooth = gigi
part-jaw = rahang
part-throat = tenggorokan
part-neck = leher
part-shoulder = bahu
part-chest = dada
part-breast = payudara
part-upper-abdomen = ulu hati
part-stomach = perut
part-lower-abdomen = perut bagian bawah
part-flank = samping badan (pinggang samping)
part-back = punggung
part-lower-back = punggung bawah (pinggang)
part-buttocks = bokong
part-groin = selangkangan
part-genitals = alat kelamin
part-anus = anus
part-arm = lengan
part-elbow = siku
part-wrist = pergelangan tangan
part-hand = tangan
part-finger = jari tangan
part-hip = sendi panggul
part-thigh = paha
part-knee = lutut
part-shin = tulang kering
part-calf = betis
part-ankle = pergelangan kaki
part-foot = telapak kaki
part-heel = tumit
part-toe = jari kaki
part-skin = kulit
part-joints = sendi
part-whole-body = seluruh tubuh

## Medicines

medicine-paracetamol = parasetamol
medicine-ibuprofen = ibuprofen
medicine-aspirin = aspirin
medicine-loxoprofen = loksoprofen
medicine-naproxen = naproksen
medicine-warfarin = warfarin
medicine-apixaban = apiksaban
medicine-rivaroxaban = rivaroksaban
medicine-dabigatran = dabigatran
medicine-clopidogrel = klopidogrel
medicine-amlodipine = amlodipin
medicine-lisinopril = lisinopril
medicine-losartan = losartan
medicine-bisoprolol = bisoprolol
medicine-atorvastatin = atorvastatin
medicine-nitroglycerin = nitrogliserin
medicine-metformin = metformin
medicine-insulin = insulin
medicine-levothyroxine = levotiroksin
medicine-salbutamol = inhaler salbutamol
medicine-cetirizine = setirizin
medicine-loratadine = loratadin
medicine-prednisolone = prednisolon
medicine-adrenaline-autoinjector = auto-injektor adrenalin (EpiPen)
medicine-omeprazole = omeprazol
medicine-amoxicillin = amoksisilin
medicine-sertraline = sertralin
medicine-levetiracetam = levetirasetam
medicine-contraceptive-pill = pil KB (kontrasepsi)
