# The questionnaire (問診票): variants, topic labels, answer words, summary values and
# staff questions. Ids and lists: data/intake/*.csv; code: src/intake/.

## Questionnaire variants
variant-adult = Illness (adult)
variant-child = A sick child
variant-injury = Injury
variant-dental = Teeth
variant-pregnancy = Pregnancy

## The summary
summary-title = Medical questionnaire
summary-note = Answered by the patient in their own language with the Tasukete app and put into Japanese by the app. Please confirm important points by asking.
summary-line = { $label }: { $value }
list-separator = { ", " }

## Topic labels (the 問診票 line's label and the question's title)
label-age = Age
label-sex = Sex
label-weight = Weight
label-complaints = What is wrong
label-dental-problem = Problem with the teeth
label-tooth = Which teeth
label-injury-how = How it happened
label-injury-place = Where it happened
label-pregnancy-weeks = Weeks of pregnancy
label-pregnancy-symptoms = What is happening
label-pain-site = Where
label-onset = Since when
label-pain-score = How bad is the pain (0 none – 10 worst)
label-temperature = Temperature
label-other-symptoms = Other symptoms
label-drinking = Drinking
label-urine = Urine
label-vaccinations = Vaccinations
label-allergies = Allergies
label-medicines = Medicines you take
label-conditions = Ongoing or past illness
label-pregnant = Could you be pregnant
label-insurance = Insurance

## Values of summary lines
value-not-answered = Not answered
value-no-allergies = No known allergies
value-no-medicines = Takes no medicines
value-no-conditions = No ongoing or past illness
value-onset-today = Since today
value-onset-yesterday = Since yesterday
value-onset-days = Since { $days } days ago
value-onset-hours =
    { $hours ->
        [one] Since 1 hour ago
       *[other] Since { $hours } hours ago
    }
value-score = { $score } of 10
value-temperature = { $temp } °C
value-weight = { $kg } kg
value-age-years =
    { $years ->
        [one] 1 year old
       *[other] { $years } years old
    }
value-age-months =
    { $months ->
        [one] 1 month old
       *[other] { $months } months old
    }
value-pregnancy-weeks =
    { $weeks ->
        [one] 1 week pregnant
       *[other] { $weeks } weeks pregnant
    }
value-site-side = { $site } ({ $side })
value-allergy-reaction = { $substance } ({ $reaction })
value-group = { $group }: { $items }
value-group-separator = { "; " }

## Sex
sex-male = Male
sex-female = Female
sex-other = Other

## Symptoms
symptom-fever = Fever
symptom-cough = Cough
symptom-sore-throat = Sore throat
symptom-runny-nose = Runny nose
symptom-headache = Headache
symptom-chest-pain = Chest pain
symptom-breathless = Short of breath
symptom-stomach-ache = Stomach ache
symptom-nausea = Nausea
symptom-vomiting = Vomiting
symptom-diarrhoea = Diarrhoea
symptom-dizziness = Dizziness
symptom-rash = Rash
symptom-itching = Itching
symptom-fatigue = Weakness, tiredness
symptom-chills = Chills
symptom-numbness = Numbness
symptom-fainted = Fainted
symptom-bleeding = Bleeding
symptom-swelling = Swelling
symptom-pain = Pain
symptom-seizure = Seizure

## Body sites
site-head = Head
site-face = Face
site-eye = Eye
site-ear = Ear
site-mouth = Mouth
site-throat = Throat
site-neck = Neck
site-shoulder = Shoulder
site-chest = Chest
site-upper-abdomen = Upper belly (pit of the stomach)
site-abdomen = Belly
site-lower-abdomen = Lower belly
site-back = Back
site-lower-back = Lower back
site-arm = Arm
site-hand = Hand, wrist, fingers
site-leg = Leg (thigh, shin)
site-knee = Knee
site-ankle = Ankle
site-foot = Foot, toes
site-whole-body = Whole body
side-left = Left
side-right = Right
side-both = Both sides

## Injury
injury-how-fall = Fell over
injury-how-fall-height = Fell from a height
injury-how-traffic = Traffic accident
injury-how-sports = During sport
injury-how-hit = Hit or bumped hard
injury-how-cut = Cut
injury-how-burn = Burn
injury-how-twisted = Twisted
injury-how-bite = Bitten or stung (animal, insect)
injury-place-home = At home or my lodging
injury-place-street = In the street
injury-place-station = At a station
injury-place-sports = Sports ground, ski slope
injury-place-outdoors = Mountain, sea, outdoors
injury-place-shop = In a shop or building

## Teeth
dental-problem-toothache = Toothache
dental-problem-sensitive = Cold or hot hurts
dental-problem-broken = Broken or chipped tooth
dental-problem-filling = Lost filling or crown
dental-problem-swollen-gum = Swollen or bleeding gums
dental-problem-denture = Denture problem
tooth-upper-right = Upper right
tooth-upper-front = Upper front
tooth-upper-left = Upper left
tooth-lower-right = Lower right
tooth-lower-front = Lower front
tooth-lower-left = Lower left

## Pregnancy
pregnancy-symptom-bleeding = Bleeding from the vagina
pregnancy-symptom-belly-pain = Belly pain or tightening
pregnancy-symptom-contractions = Regular contractions
pregnancy-symptom-waters = Waters may have broken
pregnancy-symptom-less-movement = Baby moving less
pregnancy-symptom-headache-vision = Headache or seeing spots

## A child's drinking, urine and vaccinations
drinking-normal = Drinking as usual
drinking-less = Drinking less than usual
drinking-none = Hardly drinking at all
urine-normal = Passing urine as usual
urine-less = Less urine than usual
urine-none = No urine for half a day or more
vaccinations-up-to-date = Usual vaccinations done
vaccinations-partly = Some vaccinations missing
vaccinations-unknown = Not sure about vaccinations

## Pregnancy, insurance
pregnant-yes = Pregnant
pregnant-no = Not pregnant
pregnant-unsure = Might be pregnant
insurance-travel = Travel insurance (no Japanese health insurance)
insurance-none = No insurance (I pay the full cost)
insurance-japanese = Japanese health insurance

## Allergies
allergy-group-drug = Medicines
allergy-group-food = Food
allergy-group-other = Other
drug-allergen-penicillin = Penicillins
drug-allergen-cephalosporin = Cephalosporins
drug-allergen-antibiotic = Other antibiotics
drug-allergen-nsaids = Painkillers such as ibuprofen (NSAIDs)
drug-allergen-aspirin = Aspirin
drug-allergen-sulfa = Sulfa drugs
drug-allergen-contrast = Contrast media (for CT or X-ray)
drug-allergen-local-anaesthetic = Local anaesthetics
food-allergen-egg = Egg
food-allergen-milk = Milk and dairy
food-allergen-wheat = Wheat
food-allergen-buckwheat = Buckwheat (soba)
food-allergen-peanut = Peanuts
food-allergen-tree-nut = Tree nuts (walnut, almond …)
food-allergen-shrimp-crab = Shrimp, crab
food-allergen-shellfish = Shellfish (clams, oysters …)
food-allergen-fish = Fish
other-allergen-latex = Latex (rubber gloves)
other-allergen-bee-venom = Bee or wasp stings
other-allergen-metal = Metal (nickel …)
reaction-rash = Rash
reaction-hives = Hives
reaction-swelling = Swollen face or lips
reaction-breathing = Trouble breathing
reaction-anaphylaxis = Anaphylaxis
reaction-unknown = Reaction not known

## Conditions
condition-diabetes = Diabetes
condition-hypertension = High blood pressure
condition-heart-disease = Heart disease
condition-stroke = Past stroke
condition-asthma = Asthma
condition-kidney-disease = Kidney disease
condition-dialysis = On dialysis
condition-liver-disease = Liver disease or hepatitis
condition-epilepsy = Epilepsy
condition-thyroid = Thyroid disease
condition-cancer = Cancer
condition-bleeding-tendency = Bleed easily (clotting disorder)
condition-immunosuppressed = Weak immune system (steroids, chemotherapy, transplant, HIV)

## Medicines (classes; a generic name typed by the user is shown as typed)
medicine-anticoagulant = Blood thinner (warfarin, apixaban …)
medicine-antiplatelet = Aspirin or clopidogrel for the heart
medicine-insulin = Insulin
medicine-diabetes-oral = Diabetes tablets
medicine-blood-pressure = Blood pressure medicine
medicine-steroid = Steroids (prednisolone …)
medicine-inhaler = Asthma inhaler
medicine-thyroid-hormone = Thyroid hormone
medicine-antiepileptic = Epilepsy medicine
medicine-contraceptive = Contraceptive pill
medicine-epinephrine = Adrenaline auto-injector (EpiPen)
medicine-immunosuppressant = Immunosuppressant

## Implants and metal (before an MRI)
device-pacemaker = Pacemaker
device-icd = Implanted defibrillator (ICD)
device-stent = Stent
device-joint-replacement = Artificial joint
device-metal-implant = Metal in the body (plates, screws)

## Staff mode: answers
answer-yes = Yes
answer-no = No
answer-unsure = I don't know
trend-better = Getting better
trend-same = No change
trend-worse = Getting worse
last-meal-within-2h = Less than 2 hours ago
last-meal-2-6h = 2 to 6 hours ago
last-meal-over-6h = More than 6 hours ago
payment-cash = Cash
payment-card = Credit card

## Staff mode: questions staff tap (the Japanese is what staff see)
staff-since-when = Since when have you had these symptoms?
staff-where-pain = Where does it hurt?
staff-pain-score = On a scale of 0 to 10, how bad is the pain?
staff-fever = Do you have a fever?
staff-drug-allergy = Are you allergic to any medicine?
staff-food-allergy = Are you allergic to any food?
staff-medicines = Are you taking any medicine now?
staff-conditions = Do you have any ongoing illness?
staff-pregnant = Could you be pregnant?
staff-breastfeeding = Are you breastfeeding?
staff-vomited = Have you vomited?
staff-head-hit = Did you hit your head?
staff-lost-consciousness = Did you lose consciousness?
staff-trend = Are your symptoms getting better or worse?
staff-last-meal = When did you last eat?
staff-first-visit = Is this your first visit here?
staff-japanese-insurance = Do you have a Japanese health insurance card?
staff-travel-insurance = Do you have travel insurance?
staff-okusuri-techo = Do you have a medicine record book (okusuri techō)?
staff-payment = Will you pay in cash or by card?
