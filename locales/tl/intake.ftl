# The questionnaire (問診票): variants, topic labels, answer words, summary values and
# staff questions. Ids and lists: data/intake/*.csv; code: src/intake/.

## Questionnaire variants
variant-adult = Sakit (nasa hustong gulang)
variant-child = May sakit ang bata
variant-injury = Pinsala
variant-dental = Ngipin
variant-pregnancy = Pagbubuntis

## The summary
summary-title = Talatanungang medikal
summary-note = Sinagot ng pasyente sa sarili niyang wika sa Tasukete app at isinalin ng app sa Japanese. Pakikumpirma ang mahahalagang bagay sa pagtatanong.
summary-line = { $label }: { $value }
list-separator = { ", " }

## Topic labels (the 問診票 line's label and the question's title)
label-age = Edad
label-sex = Kasarian
label-weight = Timbang
label-complaints = Pangunahing sintomas
label-dental-problem = Problema sa ngipin
label-tooth = Aling ngipin
label-injury-how = Paano nangyari
label-injury-place = Saan nangyari
label-pregnancy-weeks = Ilang linggong buntis
label-pregnancy-symptoms = Sintomas habang buntis
label-pain-site = Saan
label-onset = Kailan nagsimula
label-pain-score = Tindi ng sakit (0 wala – 10 pinakamasakit)
label-temperature = Temperatura
label-other-symptoms = Iba pang sintomas
label-drinking = Pag-inom
label-urine = Pag-ihi
label-vaccinations = Bakuna
label-allergies = Allergy
label-medicines = Mga gamot na iniinom
label-conditions = Mga dati at kasalukuyang sakit
label-pregnant = Maaari bang buntis
label-insurance = Insurance

## Values of summary lines
value-not-answered = Hindi sinagot
value-no-allergies = Walang kilalang allergy
value-no-medicines = Walang iniinom na gamot
value-no-conditions = Walang dati o kasalukuyang sakit
value-onset-today = Mula ngayong araw
value-onset-yesterday = Mula kahapon
value-onset-days = Mula { $days } araw na ang nakalipas
value-onset-hours = Mula { $hours } oras na ang nakalipas
value-score = { $score } sa 10
value-temperature = { $temp } °C
value-weight = { $kg } kg
value-age-years = { $years } taong gulang
value-age-months = { $months } buwang gulang
value-pregnancy-weeks = { $weeks } linggong buntis
value-site-side = { $site } ({ $side })
value-allergy-reaction = { $substance } ({ $reaction })
value-group = { $group }: { $items }
value-group-separator = { "; " }

## Sex
sex-male = Lalaki
sex-female = Babae
sex-other = Iba pa

## Symptoms
symptom-fever = Lagnat
symptom-cough = Ubo
symptom-sore-throat = Masakit na lalamunan
symptom-runny-nose = Sipon
symptom-headache = Sakit ng ulo
symptom-chest-pain = Sakit ng dibdib
symptom-breathless = Hirap huminga
symptom-stomach-ache = Sakit ng tiyan
symptom-nausea = Pagduduwal
symptom-vomiting = Pagsusuka
symptom-diarrhoea = Pagtatae
symptom-dizziness = Pagkahilo
symptom-rash = Pantal
symptom-itching = Pangangati
symptom-fatigue = Panghihina
symptom-chills = Panginginig
symptom-numbness = Pamamanhid
symptom-fainted = Nawalan ng malay
symptom-bleeding = Pagdurugo
symptom-swelling = Pamamaga
symptom-pain = Sakit
symptom-seizure = Kombulsyon

## Body sites
site-head = Ulo
site-face = Mukha
site-eye = Mata
site-ear = Tainga
site-mouth = Bibig
site-throat = Lalamunan
site-neck = Leeg
site-shoulder = Balikat
site-chest = Dibdib
site-upper-abdomen = Sikmura
site-abdomen = Tiyan
site-lower-abdomen = Puson
site-back = Likod
site-lower-back = Ibabang likod
site-arm = Braso
site-hand = Kamay, pulso, daliri
site-leg = Binti (hita, lulod)
site-knee = Tuhod
site-ankle = Bukung-bukong
site-foot = Paa, daliri ng paa
site-whole-body = Buong katawan
side-left = Kaliwa
side-right = Kanan
side-both = Magkabilang panig

## Injury
injury-how-fall = Natumba
injury-how-fall-height = Nahulog mula sa mataas
injury-how-traffic = Aksidente sa daan
injury-how-sports = Habang naglalaro ng sports
injury-how-hit = Malakas na nauntog
injury-how-cut = Nahiwa
injury-how-burn = Paso
injury-how-twisted = Napilay
injury-how-bite = Nakagat o natusok ng hayop o insekto
injury-place-home = Sa bahay o tinutuluyan
injury-place-street = Sa kalye
injury-place-station = Sa istasyon
injury-place-sports = Palaruan o ski slope
injury-place-outdoors = Bundok, dagat, labas
injury-place-shop = Sa tindahan o gusali

## Teeth
dental-problem-toothache = Sakit ng ngipin
dental-problem-sensitive = Nangingilo sa malamig o mainit
dental-problem-broken = Bungi o basag na ngipin
dental-problem-filling = Natanggal ang pasta o korona
dental-problem-swollen-gum = Namamaga o dumudugong gilagid
dental-problem-denture = Problema sa pustiso
tooth-upper-right = Itaas na kanan
tooth-upper-front = Itaas na harapan
tooth-upper-left = Itaas na kaliwa
tooth-lower-right = Ibabang kanan
tooth-lower-front = Ibabang harapan
tooth-lower-left = Ibabang kaliwa

## Pregnancy
pregnancy-symptom-bleeding = Pagdurugo sa ari
pregnancy-symptom-belly-pain = Sakit o paninigas ng tiyan
pregnancy-symptom-contractions = Regular na paghilab
pregnancy-symptom-waters = Baka pumutok na ang panubigan
pregnancy-symptom-less-movement = Mas kaunting galaw ng sanggol
pregnancy-symptom-headache-vision = Sakit ng ulo o may nakikitang kislap

## A child's drinking, urine and vaccinations
drinking-normal = Umiinom gaya ng dati
drinking-less = Mas kaunti ang iniinom
drinking-none = Halos hindi makainom
urine-normal = Umiihi gaya ng dati
urine-less = Mas kaunti ang ihi
urine-none = Hindi umiihi nang kalahating araw o higit pa
vaccinations-up-to-date = Kumpleto ang karaniwang bakuna
vaccinations-partly = May kulang na bakuna
vaccinations-unknown = Hindi sigurado

## Pregnancy, insurance
pregnant-yes = Buntis
pregnant-no = Hindi buntis
pregnant-unsure = Baka buntis
insurance-travel = May travel insurance (walang Japanese health insurance)
insurance-none = Walang insurance (babayaran ko nang buo)
insurance-japanese = May Japanese health insurance

## Allergies
allergy-group-drug = Gamot
allergy-group-food = Pagkain
allergy-group-other = Iba pa
drug-allergen-penicillin = Penicillin
drug-allergen-cephalosporin = Cephalosporin
drug-allergen-antibiotic = Iba pang antibiotic
drug-allergen-nsaids = Painkiller gaya ng ibuprofen (NSAIDs)
drug-allergen-aspirin = Aspirin
drug-allergen-sulfa = Sulfa drugs
drug-allergen-contrast = Contrast media
drug-allergen-local-anaesthetic = Local anesthetic
food-allergen-egg = Itlog
food-allergen-milk = Gatas at dairy
food-allergen-wheat = Trigo
food-allergen-buckwheat = Buckwheat (soba)
food-allergen-peanut = Mani
food-allergen-tree-nut = Tree nuts (walnut, almond …)
food-allergen-shrimp-crab = Hipon, alimango
food-allergen-shellfish = Kabibe, talaba
food-allergen-fish = Isda
other-allergen-latex = Latex (rubber gloves)
other-allergen-bee-venom = Kagat ng bubuyog o putakti
other-allergen-metal = Metal (nickel …)
reaction-rash = Pantal
reaction-hives = Pantal-pantal (hives)
reaction-swelling = Namamagang mukha o labi
reaction-breathing = Hirap huminga
reaction-anaphylaxis = Anaphylaxis
reaction-unknown = Hindi alam ang reaksyon

## Conditions
condition-diabetes = Diabetes
condition-hypertension = Altapresyon
condition-heart-disease = Sakit sa puso
condition-stroke = Dating na-stroke
condition-asthma = Hika
condition-kidney-disease = Sakit sa bato
condition-dialysis = Nagda-dialysis
condition-liver-disease = Sakit sa atay o hepatitis
condition-epilepsy = Epilepsy
condition-thyroid = Sakit sa thyroid
condition-cancer = Kanser
condition-bleeding-tendency = Madaling dumugo (clotting disorder)
condition-immunosuppressed = Mahinang immune system (steroids, chemo, transplant, HIV)

## Medicines (classes; a generic name typed by the user is shown as typed)
medicine-anticoagulant = Pampalabnaw ng dugo (warfarin …)
medicine-antiplatelet = Antiplatelet (aspirin …)
medicine-insulin = Insulin
medicine-diabetes-oral = Tabletang gamot sa diabetes
medicine-blood-pressure = Gamot sa altapresyon
medicine-steroid = Steroids (prednisolone …)
medicine-inhaler = Inhaler para sa hika
medicine-thyroid-hormone = Thyroid hormone
medicine-antiepileptic = Gamot sa epilepsy
medicine-contraceptive = Pills (contraceptive)
medicine-epinephrine = Adrenaline auto-injector (EpiPen)
medicine-immunosuppressant = Immunosuppressant

## Implants and metal (before an MRI)
device-pacemaker = Pacemaker
device-icd = Implanted defibrillator (ICD)
device-stent = Stent
device-joint-replacement = Artificial joint
device-metal-implant = Metal sa katawan (plates, screws)

## Staff mode: answers
answer-yes = Oo
answer-no = Hindi
answer-unsure = Hindi ko alam
trend-better = Gumagaling
trend-same = Walang pagbabago
trend-worse = Lumalala
last-meal-within-2h = Wala pang 2 oras
last-meal-2-6h = 2 hanggang 6 oras na ang nakalipas
last-meal-over-6h = Higit 6 oras na ang nakalipas
payment-cash = Cash
payment-card = Credit card

## Staff mode: questions staff tap (the Japanese is what staff see)
staff-since-when = Kailan nagsimula ang sintomas?
staff-where-pain = Saan masakit?
staff-pain-score = Mula 0 hanggang 10, gaano kasakit?
staff-fever = May lagnat ka ba?
staff-drug-allergy = May allergy ka ba sa gamot?
staff-food-allergy = May allergy ka ba sa pagkain?
staff-medicines = May iniinom ka bang gamot ngayon?
staff-conditions = May matagal ka na bang sakit?
staff-pregnant = Maaari ka bang buntis?
staff-breastfeeding = Nagpapasuso ka ba?
staff-vomited = Nagsuka ka ba?
staff-head-hit = Nauntog ba ang ulo mo?
staff-lost-consciousness = Nawalan ka ba ng malay?
staff-trend = Gumagaling ba o lumalala ang sintomas?
staff-last-meal = Kailan ka huling kumain?
staff-first-visit = Unang beses mo ba rito?
staff-japanese-insurance = May Japanese health insurance card ka ba?
staff-travel-insurance = May travel insurance ka ba?
staff-okusuri-techo = May talaan ka ba ng mga gamot (okusuri techō)?
staff-payment = Cash o card ang bayad mo?
