# The questionnaire (問診票): variants, topic labels, answer words, summary values and
# staff questions. Ids and lists: data/intake/*.csv; code: src/intake/.

## Questionnaire variants
variant-adult = Krankheit (Erwachsene)
variant-child = Krankes Kind
variant-injury = Verletzung
variant-dental = Zähne
variant-pregnancy = Schwangerschaft

## The summary
summary-title = Anamnesebogen
summary-note = Vom Patienten in seiner Sprache in der App Tasukete beantwortet und von der App ins Japanische übertragen. Bitte wichtige Punkte durch Nachfragen bestätigen.
summary-line = { $label }: { $value }
list-separator = { ", " }

## Topic labels (the 問診票 line's label and the question's title)
label-age = Alter
label-sex = Geschlecht
label-weight = Gewicht
label-complaints = Hauptbeschwerden
label-dental-problem = Zahnbeschwerden
label-tooth = Welche Zähne
label-injury-how = Wie es passiert ist
label-injury-place = Wo es passiert ist
label-pregnancy-weeks = Schwangerschaftswochen
label-pregnancy-symptoms = Beschwerden in der Schwangerschaft
label-pain-site = Wo
label-onset = Seit wann
label-pain-score = Schmerzstärke (0 keine – 10 stärkste)
label-temperature = Temperatur
label-other-symptoms = Weitere Beschwerden
label-drinking = Trinken
label-urine = Urin
label-vaccinations = Impfungen
label-allergies = Allergien
label-medicines = Medikamente, die Sie nehmen
label-conditions = Vorerkrankungen
label-pregnant = Mögliche Schwangerschaft
label-insurance = Versicherung

## Values of summary lines
value-not-answered = Nicht beantwortet
value-no-allergies = Keine bekannten Allergien
value-no-medicines = Nimmt keine Medikamente
value-no-conditions = Keine Vorerkrankungen
value-onset-today = Seit heute
value-onset-yesterday = Seit gestern
value-onset-days = Seit { $days } Tagen
value-onset-hours =
    { $hours ->
        [one] Seit 1 Stunde
       *[other] Seit { $hours } Stunden
    }
value-score = { $score } von 10
value-temperature = { $temp } °C
value-weight = { $kg } kg
value-age-years =
    { $years ->
        [one] 1 Jahr
       *[other] { $years } Jahre
    }
value-age-months =
    { $months ->
        [one] 1 Monat
       *[other] { $months } Monate
    }
value-pregnancy-weeks =
    { $weeks ->
        [one] 1 Woche schwanger
       *[other] { $weeks } Wochen schwanger
    }
value-site-side = { $site } ({ $side })
value-allergy-reaction = { $substance } ({ $reaction })
value-group = { $group }: { $items }
value-group-separator = { "; " }

## Sex
sex-male = Männlich
sex-female = Weiblich
sex-other = Divers

## Symptoms
symptom-fever = Fieber
symptom-cough = Husten
symptom-sore-throat = Halsschmerzen
symptom-runny-nose = Schnupfen
symptom-headache = Kopfschmerzen
symptom-chest-pain = Brustschmerzen
symptom-breathless = Atemnot
symptom-stomach-ache = Bauchschmerzen
symptom-nausea = Übelkeit
symptom-vomiting = Erbrechen
symptom-diarrhoea = Durchfall
symptom-dizziness = Schwindel
symptom-rash = Hautausschlag
symptom-itching = Juckreiz
symptom-fatigue = Abgeschlagenheit
symptom-chills = Schüttelfrost
symptom-numbness = Taubheitsgefühl
symptom-fainted = Ohnmacht
symptom-bleeding = Blutung
symptom-swelling = Schwellung
symptom-pain = Schmerzen
symptom-seizure = Krampfanfall

## Body sites
site-head = Kopf
site-face = Gesicht
site-eye = Auge
site-ear = Ohr
site-mouth = Mund
site-throat = Rachen
site-neck = Nacken
site-shoulder = Schulter
site-chest = Brust
site-upper-abdomen = Oberbauch (Magengrube)
site-abdomen = Bauch
site-lower-abdomen = Unterbauch
site-back = Rücken
site-lower-back = Kreuz (unterer Rücken)
site-arm = Arm
site-hand = Hand, Handgelenk, Finger
site-leg = Bein (Oberschenkel, Schienbein)
site-knee = Knie
site-ankle = Knöchel
site-foot = Fuß, Zehen
site-whole-body = Ganzer Körper
side-left = Links
side-right = Rechts
side-both = Beidseits

## Injury
injury-how-fall = Sturz
injury-how-fall-height = Sturz aus der Höhe
injury-how-traffic = Verkehrsunfall
injury-how-sports = Beim Sport
injury-how-hit = Heftiger Stoß
injury-how-cut = Schnittverletzung
injury-how-burn = Verbrennung
injury-how-twisted = Verdreht
injury-how-bite = Biss oder Stich (Tier, Insekt)
injury-place-home = Zu Hause oder in der Unterkunft
injury-place-street = Auf der Straße
injury-place-station = Im Bahnhof
injury-place-sports = Sportstätte, Skipiste
injury-place-outdoors = Berg, Meer, im Freien
injury-place-shop = In einem Geschäft oder Gebäude

## Teeth
dental-problem-toothache = Zahnschmerzen
dental-problem-sensitive = Empfindlich bei Kalt oder Heiß
dental-problem-broken = Abgebrochener Zahn
dental-problem-filling = Füllung oder Krone verloren
dental-problem-swollen-gum = Geschwollenes oder blutendes Zahnfleisch
dental-problem-denture = Problem mit der Zahnprothese
tooth-upper-right = Oben rechts
tooth-upper-front = Oben vorne
tooth-upper-left = Oben links
tooth-lower-right = Unten rechts
tooth-lower-front = Unten vorne
tooth-lower-left = Unten links

## Pregnancy
pregnancy-symptom-bleeding = Blutung aus der Scheide
pregnancy-symptom-belly-pain = Bauchschmerzen oder harter Bauch
pregnancy-symptom-contractions = Regelmäßige Wehen
pregnancy-symptom-waters = Fruchtblase vielleicht geplatzt
pregnancy-symptom-less-movement = Kind bewegt sich weniger
pregnancy-symptom-headache-vision = Kopfschmerzen oder Augenflimmern

## A child's drinking, urine and vaccinations
drinking-normal = Trinkt wie gewohnt
drinking-less = Trinkt weniger als sonst
drinking-none = Trinkt fast nichts
urine-normal = Uriniert wie gewohnt
urine-less = Weniger Urin als sonst
urine-none = Seit einem halben Tag oder länger kein Urin
vaccinations-up-to-date = Übliche Impfungen erhalten
vaccinations-partly = Einige Impfungen fehlen
vaccinations-unknown = Weiß nicht

## Pregnancy, insurance
pregnant-yes = Schwanger
pregnant-no = Nicht schwanger
pregnant-unsure = Vielleicht schwanger
insurance-travel = Reiseversicherung (keine japanische Krankenversicherung)
insurance-none = Keine Versicherung (ich zahle alles selbst)
insurance-japanese = Japanische Krankenversicherung

## Allergies
allergy-group-drug = Medikamente
allergy-group-food = Lebensmittel
allergy-group-other = Sonstiges
drug-allergen-penicillin = Penicilline
drug-allergen-cephalosporin = Cephalosporine
drug-allergen-antibiotic = Andere Antibiotika
drug-allergen-nsaids = Schmerzmittel wie Ibuprofen (NSAR)
drug-allergen-aspirin = Aspirin
drug-allergen-sulfa = Sulfonamide
drug-allergen-contrast = Kontrastmittel
drug-allergen-local-anaesthetic = Lokalanästhetika
food-allergen-egg = Ei
food-allergen-milk = Milch und Milchprodukte
food-allergen-wheat = Weizen
food-allergen-buckwheat = Buchweizen (Soba)
food-allergen-peanut = Erdnüsse
food-allergen-tree-nut = Schalenfrüchte (Walnuss, Mandel …)
food-allergen-shrimp-crab = Garnelen, Krabben
food-allergen-shellfish = Muscheln, Austern
food-allergen-fish = Fisch
other-allergen-latex = Latex (Gummihandschuhe)
other-allergen-bee-venom = Bienen- oder Wespenstiche
other-allergen-metal = Metall (Nickel …)
reaction-rash = Ausschlag
reaction-hives = Nesselsucht
reaction-swelling = Geschwollenes Gesicht oder Lippen
reaction-breathing = Atemnot
reaction-anaphylaxis = Anaphylaxie
reaction-unknown = Reaktion unbekannt

## Conditions
condition-diabetes = Diabetes
condition-hypertension = Bluthochdruck
condition-heart-disease = Herzkrankheit
condition-stroke = Früherer Schlaganfall
condition-asthma = Asthma
condition-kidney-disease = Nierenerkrankung
condition-dialysis = Dialyse
condition-liver-disease = Lebererkrankung oder Hepatitis
condition-epilepsy = Epilepsie
condition-thyroid = Schilddrüsenerkrankung
condition-cancer = Krebs
condition-bleeding-tendency = Blutungsneigung (Gerinnungsstörung)
condition-immunosuppressed = Geschwächtes Immunsystem (Kortison, Chemotherapie, Transplantation, HIV)

## Medicines (classes; a generic name typed by the user is shown as typed)
medicine-anticoagulant = Gerinnungshemmer (Warfarin …)
medicine-antiplatelet = Thrombozytenhemmer (ASS …)
medicine-insulin = Insulin
medicine-diabetes-oral = Diabetes-Tabletten
medicine-blood-pressure = Blutdruckmittel
medicine-steroid = Kortison (Prednisolon …)
medicine-inhaler = Asthmaspray
medicine-thyroid-hormone = Schilddrüsenhormon
medicine-antiepileptic = Antiepileptikum
medicine-contraceptive = Antibabypille
medicine-epinephrine = Adrenalin-Autoinjektor (EpiPen)
medicine-immunosuppressant = Immunsuppressivum

## Implants and metal (before an MRI)
device-pacemaker = Herzschrittmacher
device-icd = Implantierter Defibrillator (ICD)
device-stent = Stent
device-joint-replacement = Künstliches Gelenk
device-metal-implant = Metall im Körper (Platten, Schrauben)

## Staff mode: answers
answer-yes = Ja
answer-no = Nein
answer-unsure = Weiß nicht
trend-better = Wird besser
trend-same = Unverändert
trend-worse = Wird schlimmer
last-meal-within-2h = Vor weniger als 2 Stunden
last-meal-2-6h = Vor 2 bis 6 Stunden
last-meal-over-6h = Vor mehr als 6 Stunden
payment-cash = Bar
payment-card = Kreditkarte

## Staff mode: questions staff tap (the Japanese is what staff see)
staff-since-when = Seit wann haben Sie die Beschwerden?
staff-where-pain = Wo tut es weh?
staff-pain-score = Wie stark ist der Schmerz von 0 bis 10?
staff-fever = Haben Sie Fieber?
staff-drug-allergy = Sind Sie gegen Medikamente allergisch?
staff-food-allergy = Haben Sie eine Lebensmittelallergie?
staff-medicines = Nehmen Sie zurzeit Medikamente?
staff-conditions = Haben Sie eine chronische Erkrankung?
staff-pregnant = Könnten Sie schwanger sein?
staff-breastfeeding = Stillen Sie?
staff-vomited = Haben Sie erbrochen?
staff-head-hit = Haben Sie sich den Kopf gestoßen?
staff-lost-consciousness = Waren Sie bewusstlos?
staff-trend = Werden die Beschwerden besser oder schlimmer?
staff-last-meal = Wann haben Sie zuletzt gegessen?
staff-first-visit = Sind Sie zum ersten Mal hier?
staff-japanese-insurance = Haben Sie eine japanische Versicherungskarte?
staff-travel-insurance = Haben Sie eine Reiseversicherung?
staff-okusuri-techo = Haben Sie ein Medikamentenheft (Okusuri-techō)?
staff-payment = Zahlen Sie bar oder mit Karte?
