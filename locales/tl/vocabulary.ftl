# Body parts (with a side) and common medicines. Machine-quality translation, not
# reviewed by a fluent speaker. Lists: data/vocabulary/*.csv.

## Groups of body parts

part-group-head = Ulo at leeg
part-group-trunk = Katawan
part-group-arm = Braso at kamay
part-group-leg = Binti at paa
part-group-whole = Buong katawan

## Sides

side-right = kanang { $part }
side-left = kaliwang { $part }
side-both = { $part } (magkabilang panig)

## Body parts

part-head = ulo
part-forehead = noo
part-face = mukha
part-eye = mata
part-ear = tainga
part-nose = ilong
part-mouth = bibig
part-tooth = ngipin
part-jaw = panga
part-throat = lalamunan
part-neck = leeg
part-shoulder = balikat
part-chest = dibdib
part-breast = suso
part-upper-abdomen = sikmura (itaas na tiyan)
part-stomach = tiyan
part-lower-abdomen = puson
part-flank = tagiliran
part-back = likod
part-lower-back = ibabang likod
part-buttocks = puwit
part-groin = singit
part-genitals = ari (maselang bahagi)
part-anus = butas ng puwit
part-arm = braso
part-elbow = siko
part-wrist = pulso
part-hand = kamay
part-finger = daliri ng kamay
part-hip = kasukasuan ng balakang
part-thigh = hita
part-knee = tuhod
part-shin = lulod
part-calf = binti (kalamnan sa likod)
part-ankle = bukung-bukong
part-foot = paa
part-heel = sakong
part-toe = daliri ng paa
part-skin = balat
part-joints = mga kasukasuan
part-whole-body = buong katawan

## Medicines

medicine-paracetamol = paracetamol
medicine-ibuprofen = ibuprofen
medicine-aspirin = aspirin
medicine-loxoprofen = loxoprofen
medicine-naproxen = naproxen
medicine-warfarin = warfarin
medicine-apixaban = apixaban
medicine-rivaroxaban = rivaroxaban
medicine-dabigatran = dabigatran
medicine-clopidogrel = clopidogrel
medicine-amlodipine = amlodipine
medicine-lisinopril = lisinopril
medicine-losartan = losartan
medicine-bisoprolol = bisoprolol
medicine-atorvastatin = atorvastatin
medicine-nitroglycerin = nitroglycerin
medicine-metformin = metformin
medicine-insulin = insulin
medicine-levothyroxine = levothyroxine
medicine-salbutamol = salbutamol na inhaler
medicine-cetirizine = cetirizine
medicine-loratadine = loratadine
medicine-prednisolone = prednisolone
medicine-adrenaline-autoinjector = adrenaline auto-injector (EpiPen)
medicine-omeprazole = omeprazole
medicine-amoxicillin = amoxicillin
medicine-sertraline = sertraline
medicine-levetiracetam = levetiracetam
medicine-contraceptive-pill = pills na kontraseptibo
