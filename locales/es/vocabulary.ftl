# Body parts (with a side) and common medicines. Machine-quality translation, not
# reviewed by a fluent speaker. Lists: data/vocabulary/*.csv.

## Groups of body parts

part-group-head = Cabeza y cuello
part-group-trunk = Tronco
part-group-arm = Brazos y manos
part-group-leg = Piernas y pies
part-group-whole = Todo el cuerpo

## Sides

side-right = { $part } (lado derecho)
side-left = { $part } (lado izquierdo)
side-both = { $part } (ambos lados)

## Body parts

part-head = cabeza
part-forehead = frente
part-face = cara
part-eye = ojo
part-ear = oído
part-nose = nariz
part-mouth = boca
part-tooth = diente
part-jaw = mandíbula
part-throat = garganta
part-neck = cuello
part-shoulder = hombro
part-chest = pecho
part-breast = mama (seno)
part-upper-abdomen = boca del estómago
part-stomach = vientre
part-lower-abdomen = parte baja del vientre
part-flank = costado
part-back = espalda
part-lower-back = parte baja de la espalda
part-buttocks = nalgas
part-groin = ingle
part-genitals = genitales
part-anus = ano
part-arm = brazo
part-elbow = codo
part-wrist = muñeca
part-hand = mano
part-finger = dedo de la mano
part-hip = cadera
part-thigh = muslo
part-knee = rodilla
part-shin = espinilla
part-calf = pantorrilla
part-ankle = tobillo
part-foot = pie
part-heel = talón
part-toe = dedo del pie
part-skin = piel
part-joints = articulaciones
part-whole-body = todo el cuerpo

## Medicines

medicine-paracetamol = paracetamol (acetaminofén)
medicine-ibuprofen = ibuprofeno
medicine-aspirin = aspirina
medicine-loxoprofen = loxoprofeno
medicine-naproxen = naproxeno
medicine-warfarin = warfarina
medicine-apixaban = apixabán
medicine-rivaroxaban = rivaroxabán
medicine-dabigatran = dabigatrán
medicine-clopidogrel = clopidogrel
medicine-amlodipine = amlodipino
medicine-lisinopril = lisinopril
medicine-losartan = losartán
medicine-bisoprolol = bisoprolol
medicine-atorvastatin = atorvastatina
medicine-nitroglycerin = nitroglicerina
medicine-metformin = metformina
medicine-insulin = insulina
medicine-levothyroxine = levotiroxina
medicine-salbutamol = inhalador de salbutamol
medicine-cetirizine = cetirizina
medicine-loratadine = loratadina
medicine-prednisolone = prednisolona
medicine-adrenaline-autoinjector = autoinyector de adrenalina (EpiPen)
medicine-omeprazole = omeprazol
medicine-amoxicillin = amoxicilina
medicine-sertraline = sertralina
medicine-levetiracetam = levetiracetam
medicine-contraceptive-pill = píldora anticonceptiva
