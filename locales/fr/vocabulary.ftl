# Body parts (with a side) and common medicines. Machine-quality translation, not
# reviewed by a fluent speaker. Lists: data/vocabulary/*.csv.

## Groups of body parts

part-group-head = Tête et cou
part-group-trunk = Tronc
part-group-arm = Bras et mains
part-group-leg = Jambes et pieds
part-group-whole = Tout le corps

## Sides

side-right = { $part } (côté droit)
side-left = { $part } (côté gauche)
side-both = { $part } (des deux côtés)

## Body parts

part-head = tête
part-forehead = front
part-face = visage
part-eye = œil
part-ear = oreille
part-nose = nez
part-mouth = bouche
part-tooth = dent
part-jaw = mâchoire
part-throat = gorge
part-neck = cou
part-shoulder = épaule
part-chest = poitrine
part-breast = sein
part-upper-abdomen = creux de l'estomac
part-stomach = ventre
part-lower-abdomen = bas-ventre
part-flank = flanc
part-back = dos
part-lower-back = bas du dos
part-buttocks = fesses
part-groin = aine
part-genitals = parties génitales
part-anus = anus
part-arm = bras
part-elbow = coude
part-wrist = poignet
part-hand = main
part-finger = doigt
part-hip = hanche
part-thigh = cuisse
part-knee = genou
part-shin = tibia
part-calf = mollet
part-ankle = cheville
part-foot = pied
part-heel = talon
part-toe = orteil
part-skin = peau
part-joints = articulations
part-whole-body = tout le corps

## Medicines

medicine-paracetamol = paracétamol
medicine-ibuprofen = ibuprofène
medicine-aspirin = aspirine
medicine-loxoprofen = loxoprofène
medicine-naproxen = naproxène
medicine-warfarin = warfarine
medicine-apixaban = apixaban
medicine-rivaroxaban = rivaroxaban
medicine-dabigatran = dabigatran
medicine-clopidogrel = clopidogrel
medicine-amlodipine = amlodipine
medicine-lisinopril = lisinopril
medicine-losartan = losartan
medicine-bisoprolol = bisoprolol
medicine-atorvastatin = atorvastatine
medicine-nitroglycerin = trinitrine (nitroglycérine)
medicine-metformin = metformine
medicine-insulin = insuline
medicine-levothyroxine = lévothyroxine
medicine-salbutamol = inhalateur de salbutamol
medicine-cetirizine = cétirizine
medicine-loratadine = loratadine
medicine-prednisolone = prednisolone
medicine-adrenaline-autoinjector = stylo d'adrénaline (EpiPen)
medicine-omeprazole = oméprazole
medicine-amoxicillin = amoxicilline
medicine-sertraline = sertraline
medicine-levetiracetam = lévétiracétam
medicine-contraceptive-pill = pilule contraceptive
