# Body parts (with a side) and common medicines. Machine-quality translation, not
# reviewed by a fluent speaker. Lists: data/vocabulary/*.csv.

## Groups of body parts

part-group-head = Cabeça e pescoço
part-group-trunk = Tronco
part-group-arm = Braços e mãos
part-group-leg = Pernas e pés
part-group-whole = Corpo todo

## Sides

side-right = { $part } (lado direito)
side-left = { $part } (lado esquerdo)
side-both = { $part } (ambos os lados)

## Body parts

part-head = cabeça
part-forehead = testa
part-face = rosto
part-eye = olho
part-ear = ouvido
part-nose = nariz
part-mouth = boca
part-tooth = dente
part-jaw = mandíbula
part-throat = garganta
part-neck = pescoço
part-shoulder = ombro
part-chest = peito
part-breast = mama
part-upper-abdomen = boca do estômago
part-stomach = barriga
part-lower-abdomen = parte baixa da barriga
part-flank = flanco
part-back = costas
part-lower-back = parte baixa das costas
part-buttocks = nádegas
part-groin = virilha
part-genitals = genitais
part-anus = ânus
part-arm = braço
part-elbow = cotovelo
part-wrist = pulso
part-hand = mão
part-finger = dedo da mão
part-hip = quadril (anca)
part-thigh = coxa
part-knee = joelho
part-shin = canela
part-calf = panturrilha (barriga da perna)
part-ankle = tornozelo
part-foot = pé
part-heel = calcanhar
part-toe = dedo do pé
part-skin = pele
part-joints = articulações
part-whole-body = corpo todo

## Medicines

medicine-paracetamol = paracetamol
medicine-ibuprofen = ibuprofeno
medicine-aspirin = aspirina
medicine-loxoprofen = loxoprofeno
medicine-naproxen = naproxeno
medicine-warfarin = varfarina
medicine-apixaban = apixabana
medicine-rivaroxaban = rivaroxabana
medicine-dabigatran = dabigatrana
medicine-clopidogrel = clopidogrel
medicine-amlodipine = anlodipino
medicine-lisinopril = lisinopril
medicine-losartan = losartana
medicine-bisoprolol = bisoprolol
medicine-atorvastatin = atorvastatina
medicine-nitroglycerin = nitroglicerina
medicine-metformin = metformina
medicine-insulin = insulina
medicine-levothyroxine = levotiroxina
medicine-salbutamol = inalador de salbutamol
medicine-cetirizine = cetirizina
medicine-loratadine = loratadina
medicine-prednisolone = prednisolona
medicine-adrenaline-autoinjector = caneta de adrenalina (EpiPen)
medicine-omeprazole = omeprazol
medicine-amoxicillin = amoxicilina
medicine-sertraline = sertralina
medicine-levetiracetam = levetiracetam
medicine-contraceptive-pill = pílula anticoncepcional
