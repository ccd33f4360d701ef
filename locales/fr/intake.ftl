# The questionnaire (問診票): variants, topic labels, answer words, summary values and
# staff questions. Ids and lists: data/intake/*.csv; code: src/intake/.

## Questionnaire variants
variant-adult = Maladie (adulte)
variant-child = Enfant malade
variant-injury = Blessure
variant-dental = Dents
variant-pregnancy = Grossesse

## The summary
summary-title = Questionnaire médical
summary-note = Rempli par le patient dans sa langue avec l'app Tasukete et mis en japonais par l'app. Merci de confirmer les points importants oralement.
summary-line = { $label } : { $value }
list-separator = { ", " }

## Topic labels (the 問診票 line's label and the question's title)
label-age = Âge
label-sex = Sexe
label-weight = Poids
label-complaints = Symptômes principaux
label-dental-problem = Problème dentaire
label-tooth = Quelles dents
label-injury-how = Comment c'est arrivé
label-injury-place = Où c'est arrivé
label-pregnancy-weeks = Semaines de grossesse
label-pregnancy-symptoms = Symptômes de grossesse
label-pain-site = Où
label-onset = Depuis quand
label-pain-score = Intensité de la douleur (0 aucune – 10 pire)
label-temperature = Température
label-other-symptoms = Autres symptômes
label-drinking = Boire
label-urine = Urine
label-vaccinations = Vaccins
label-allergies = Allergies
label-medicines = Médicaments pris
label-conditions = Maladies chroniques ou passées
label-pregnant = Grossesse possible
label-insurance = Assurance

## Values of summary lines
value-not-answered = Sans réponse
value-no-allergies = Aucune allergie connue
value-no-medicines = Ne prend aucun médicament
value-no-conditions = Aucune maladie chronique ni passée
value-onset-today = Depuis aujourd'hui
value-onset-yesterday = Depuis hier
value-onset-days = Depuis { $days } jours
value-onset-hours =
    { $hours ->
        [one] Depuis 1 heure
       *[other] Depuis { $hours } heures
    }
value-score = { $score } sur 10
value-temperature = { $temp } °C
value-weight = { $kg } kg
value-age-years =
    { $years ->
        [one] { $years } an
       *[other] { $years } ans
    }
value-age-months = { $months } mois
value-pregnancy-weeks =
    { $weeks ->
        [one] Enceinte de 1 semaine
       *[other] Enceinte de { $weeks } semaines
    }
value-site-side = { $site } ({ $side })
value-allergy-reaction = { $substance } ({ $reaction })
value-group = { $group } : { $items }
value-group-separator = { " ; " }

## Sex
sex-male = Homme
sex-female = Femme
sex-other = Autre

## Symptoms
symptom-fever = Fièvre
symptom-cough = Toux
symptom-sore-throat = Mal de gorge
symptom-runny-nose = Nez qui coule
symptom-headache = Mal de tête
symptom-chest-pain = Douleur à la poitrine
symptom-breathless = Essoufflement
symptom-stomach-ache = Mal au ventre
symptom-nausea = Nausée
symptom-vomiting = Vomissements
symptom-diarrhoea = Diarrhée
symptom-dizziness = Vertiges
symptom-rash = Éruption cutanée
symptom-itching = Démangeaisons
symptom-fatigue = Fatigue
symptom-chills = Frissons
symptom-numbness = Engourdissement
symptom-fainted = Évanouissement
symptom-bleeding = Saignement
symptom-swelling = Gonflement
symptom-pain = Douleur
symptom-seizure = Convulsion

## Body sites
site-head = Tête
site-face = Visage
site-eye = Œil
site-ear = Oreille
site-mouth = Bouche
site-throat = Gorge
site-neck = Cou
site-shoulder = Épaule
site-chest = Poitrine
site-upper-abdomen = Creux de l'estomac
site-abdomen = Ventre
site-lower-abdomen = Bas-ventre
site-back = Dos
site-lower-back = Bas du dos
site-arm = Bras
site-hand = Main, poignet, doigts
site-leg = Jambe (cuisse, tibia)
site-knee = Genou
site-ankle = Cheville
site-foot = Pied, orteils
site-whole-body = Tout le corps
side-left = Gauche
side-right = Droite
side-both = Des deux côtés

## Injury
injury-how-fall = Chute
injury-how-fall-height = Chute de hauteur
injury-how-traffic = Accident de la route
injury-how-sports = En faisant du sport
injury-how-hit = Coup violent
injury-how-cut = Coupure
injury-how-burn = Brûlure
injury-how-twisted = Entorse
injury-how-bite = Morsure ou piqûre
injury-place-home = Au domicile ou à l'hébergement
injury-place-street = Dans la rue
injury-place-station = Dans une gare
injury-place-sports = Terrain de sport, piste de ski
injury-place-outdoors = Montagne, mer, plein air
injury-place-shop = Dans un magasin ou un bâtiment

## Teeth
dental-problem-toothache = Mal de dents
dental-problem-sensitive = Sensibilité au froid ou au chaud
dental-problem-broken = Dent cassée ou ébréchée
dental-problem-filling = Plombage ou couronne tombé
dental-problem-swollen-gum = Gencives gonflées ou qui saignent
dental-problem-denture = Problème de prothèse dentaire
tooth-upper-right = En haut à droite
tooth-upper-front = En haut devant
tooth-upper-left = En haut à gauche
tooth-lower-right = En bas à droite
tooth-lower-front = En bas devant
tooth-lower-left = En bas à gauche

## Pregnancy
pregnancy-symptom-bleeding = Saignement vaginal
pregnancy-symptom-belly-pain = Douleur ou durcissement du ventre
pregnancy-symptom-contractions = Contractions régulières
pregnancy-symptom-waters = Perte des eaux possible
pregnancy-symptom-less-movement = Bébé bouge moins
pregnancy-symptom-headache-vision = Maux de tête ou mouches devant les yeux

## A child's drinking, urine and vaccinations
drinking-normal = Boit normalement
drinking-less = Boit moins que d'habitude
drinking-none = Ne boit presque plus
urine-normal = Urine normalement
urine-less = Urine moins que d'habitude
urine-none = Pas d'urine depuis une demi-journée ou plus
vaccinations-up-to-date = Vaccins habituels à jour
vaccinations-partly = Certains vaccins manquent
vaccinations-unknown = Je ne sais pas

## Pregnancy, insurance
pregnant-yes = Enceinte
pregnant-no = Pas enceinte
pregnant-unsure = Peut-être enceinte
insurance-travel = Assurance voyage (pas d'assurance maladie japonaise)
insurance-none = Pas d'assurance (je paie tout)
insurance-japanese = Assurance maladie japonaise

## Allergies
allergy-group-drug = Médicaments
allergy-group-food = Aliments
allergy-group-other = Autres
drug-allergen-penicillin = Pénicillines
drug-allergen-cephalosporin = Céphalosporines
drug-allergen-antibiotic = Autres antibiotiques
drug-allergen-nsaids = Anti-inflammatoires comme l'ibuprofène (AINS)
drug-allergen-aspirin = Aspirine
drug-allergen-sulfa = Sulfamides
drug-allergen-contrast = Produits de contraste
drug-allergen-local-anaesthetic = Anesthésiques locaux
food-allergen-egg = Œuf
food-allergen-milk = Lait et produits laitiers
food-allergen-wheat = Blé
food-allergen-buckwheat = Sarrasin (soba)
food-allergen-peanut = Arachides
food-allergen-tree-nut = Fruits à coque (noix, amande…)
food-allergen-shrimp-crab = Crevettes, crabe
food-allergen-shellfish = Coquillages (palourdes, huîtres…)
food-allergen-fish = Poisson
other-allergen-latex = Latex (gants en caoutchouc)
other-allergen-bee-venom = Piqûres d'abeille ou de guêpe
other-allergen-metal = Métaux (nickel…)
reaction-rash = Éruption
reaction-hives = Urticaire
reaction-swelling = Gonflement du visage ou des lèvres
reaction-breathing = Difficulté à respirer
reaction-anaphylaxis = Anaphylaxie
reaction-unknown = Réaction inconnue

## Conditions
condition-diabetes = Diabète
condition-hypertension = Hypertension
condition-heart-disease = Maladie cardiaque
condition-stroke = Antécédent d'AVC
condition-asthma = Asthme
condition-kidney-disease = Maladie rénale
condition-dialysis = Sous dialyse
condition-liver-disease = Maladie du foie ou hépatite
condition-epilepsy = Épilepsie
condition-thyroid = Maladie de la thyroïde
condition-cancer = Cancer
condition-bleeding-tendency = Saigne facilement (trouble de la coagulation)
condition-immunosuppressed = Immunodéprimé (corticoïdes, chimiothérapie, greffe, VIH)

## Medicines (classes; a generic name typed by the user is shown as typed)
medicine-anticoagulant = Anticoagulant (warfarine…)
medicine-antiplatelet = Antiagrégant (aspirine…)
medicine-insulin = Insuline
medicine-diabetes-oral = Comprimés pour le diabète
medicine-blood-pressure = Médicament pour la tension
medicine-steroid = Corticoïdes (prednisolone…)
medicine-inhaler = Inhalateur pour l'asthme
medicine-thyroid-hormone = Hormone thyroïdienne
medicine-antiepileptic = Antiépileptique
medicine-contraceptive = Pilule contraceptive
medicine-epinephrine = Stylo d'adrénaline (EpiPen)
medicine-immunosuppressant = Immunosuppresseur

## Implants and metal (before an MRI)
device-pacemaker = Stimulateur cardiaque
device-icd = Défibrillateur implanté (DAI)
device-stent = Stent
device-joint-replacement = Prothèse articulaire
device-metal-implant = Métal dans le corps (plaques, vis)

## Staff mode: answers
answer-yes = Oui
answer-no = Non
answer-unsure = Je ne sais pas
trend-better = Ça s'améliore
trend-same = Pas de changement
trend-worse = Ça s'aggrave
last-meal-within-2h = Il y a moins de 2 heures
last-meal-2-6h = Il y a 2 à 6 heures
last-meal-over-6h = Il y a plus de 6 heures
payment-cash = Espèces
payment-card = Carte bancaire

## Staff mode: questions staff tap (the Japanese is what staff see)
staff-since-when = Depuis quand avez-vous ces symptômes ?
staff-where-pain = Où avez-vous mal ?
staff-pain-score = De 0 à 10, à quel point avez-vous mal ?
staff-fever = Avez-vous de la fièvre ?
staff-drug-allergy = Êtes-vous allergique à un médicament ?
staff-food-allergy = Êtes-vous allergique à un aliment ?
staff-medicines = Prenez-vous des médicaments actuellement ?
staff-conditions = Avez-vous une maladie chronique ?
staff-pregnant = Pourriez-vous être enceinte ?
staff-breastfeeding = Allaitez-vous ?
staff-vomited = Avez-vous vomi ?
staff-head-hit = Vous êtes-vous cogné la tête ?
staff-lost-consciousness = Avez-vous perdu connaissance ?
staff-trend = Vos symptômes s'améliorent-ils ou s'aggravent-ils ?
staff-last-meal = Quand avez-vous mangé pour la dernière fois ?
staff-first-visit = Est-ce votre première visite ici ?
staff-japanese-insurance = Avez-vous une carte d'assurance maladie japonaise ?
staff-travel-insurance = Avez-vous une assurance voyage ?
staff-okusuri-techo = Avez-vous un carnet de médicaments (okusuri techō) ?
staff-payment = Vous payez en espèces ou par carte ?
