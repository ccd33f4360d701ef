# Words the app knows: body parts (with a side) and common medicines by their
# international name. Lists: data/vocabulary/*.csv. Used by the phrase cards' pickers.

## Groups of body parts

part-group-head = Head and neck
part-group-trunk = Body
part-group-arm = Arms and hands
part-group-leg = Legs and feet
part-group-whole = All over

## Sides ($part is the body part already named)

side-right = right { $part }
side-left = left { $part }
side-both = { $part } (both sides)

## Body parts

part-head = head
part-forehead = forehead
part-face = face
part-eye = eye
part-ear = ear
part-nose = nose
part-mouth = mouth
part-tooth = tooth
part-jaw = jaw
part-throat = throat
part-neck = neck
part-shoulder = shoulder
part-chest = chest
part-breast = breast
part-upper-abdomen = upper belly (pit of the stomach)
part-stomach = belly
part-lower-abdomen = lower belly
part-flank = side of the body (flank)
part-back = back
part-lower-back = lower back
part-buttocks = buttocks
part-groin = groin
part-genitals = genitals
part-anus = anus
part-arm = arm
part-elbow = elbow
part-wrist = wrist
part-hand = hand
part-finger = finger
part-hip = hip joint
part-thigh = thigh
part-knee = knee
part-shin = shin
part-calf = calf
part-ankle = ankle
part-foot = foot
part-heel = heel
part-toe = toe
part-skin = skin
part-joints = joints
part-whole-body = whole body

## Medicines (international names)

medicine-paracetamol = paracetamol (acetaminophen)
medicine-ibuprofen = ibuprofen
medicine-aspirin = aspirin
medicine-loxoprofen = loxoprofen (Loxonin)
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
medicine-salbutamol = salbutamol (albuterol) inhaler
medicine-cetirizine = cetirizine
medicine-loratadine = loratadine
medicine-prednisolone = prednisolone
medicine-adrenaline-autoinjector = adrenaline auto-injector (EpiPen)
medicine-omeprazole = omeprazole
medicine-amoxicillin = amoxicillin
medicine-sertraline = sertraline
medicine-levetiracetam = levetiracetam
medicine-contraceptive-pill = contraceptive pill
