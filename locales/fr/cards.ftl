# Cartes de phrases en français. Traduction de qualité machine, non relue.

category-reception = Accueil et inscription
category-symptoms = Symptômes
category-pain = Douleur
category-injuries = Blessures
category-allergies = Allergies
category-medicines = Médicaments
category-chronic = Maladies chroniques
category-pregnancy = Grossesse
category-children = Enfants
category-pharmacy = Pharmacie
category-payment = Paiement et assurance
category-taxi = Taxi et itinéraire
category-questions = Questions du personnel
category-answers = Réponses à montrer du doigt
category-urgent-signs = Signes d'alerte
category-womens-health = Santé des femmes
category-call-119 = Pour l'appel au 119
category-staff-says = Ce que dit le personnel
arg-name = Votre nom
arg-age = Âge en années
arg-hotel = Hôtel ou lieu d'hébergement
arg-temperature = Température en °C
arg-score = Douleur de 0 à 10
arg-days = Nombre de jours
arg-hours = Nombre d'heures
arg-weeks = Nombre de semaines
arg-months = Nombre de mois
arg-allergen = Ce à quoi vous êtes allergique
arg-medicine = Nom du médicament
arg-kg = Poids en kg
arg-address = Adresse
arg-number = Un nombre
arg-times = Nombre de fois
arg-people = Nombre de personnes
arg-part = Partie du corps
arg-room = Numéro de chambre
arg-hour = Heure de la journée (0–23)
need-doctor = J'ai besoin de voir un médecin.
first-visit = C'est ma première visite ici.
no-japanese = Je ne parle pas japonais.
tourist = Je suis touriste au Japon.
no-japanese-insurance = Je n'ai pas d'assurance maladie japonaise.
have-travel-insurance = J'ai une assurance voyage.
passport = Voici mon passeport.
interpreter = Puis-je avoir un interprète, s'il vous plaît ?
translation-app = Puis-je utiliser une application de traduction ?
write-down = Pourriez-vous l'écrire, s'il vous plaît ?
speak-slowly = Parlez lentement, s'il vous plaît.
urgent = C'est urgent. Examinez-moi tout de suite, s'il vous plaît.
how-long-wait = Combien de temps faut-il attendre ?
which-department = Quel service dois-je consulter ?
wheelchair = J'ai besoin d'un fauteuil roulant.
my-name = Je m'appelle { $name }.
my-age = J'ai { $age } ans.
staying-at = Je loge à { $hotel }.
english-doctor = Y a-t-il un médecin qui parle anglais ?
need-appointment = Faut-il un rendez-vous ?
fever-can-visit = J'ai de la fièvre. Pouvez-vous quand même me recevoir ?
infection-test = Je voudrais un test COVID-19 ou grippe.
flying-home-days = Je rentre chez moi en avion dans { $days ->
        [one] un jour
       *[other] { $days } jours
    }.
fit-to-fly = Puis-je prendre l'avion sans risque ?
contact-family = Veuillez prévenir ma famille.
contact-embassy = Veuillez prévenir mon ambassade.
fever = J'ai de la fièvre.
fever-temperature = Ma température est de { $temperature } °C.
chills = J'ai des frissons.
cough = Je tousse.
sore-throat = J'ai mal à la gorge.
runny-nose = J'ai le nez qui coule.
stuffy-nose = J'ai le nez bouché.
sneezing = J'éternue sans arrêt.
headache = J'ai mal à la tête.
chest-pain = J'ai mal à la poitrine.
stomach-ache = J'ai mal au ventre.
breathless = J'ai du mal à respirer.
chest-tight = J'ai la poitrine serrée.
palpitations = Mon cœur bat très vite.
nausea = J'ai la nausée.
vomited = J'ai vomi.
diarrhoea = J'ai la diarrhée.
blood-in-stool = Il y a du sang dans mes selles.
dizzy = J'ai des vertiges.
fainted = Je me suis évanoui.
numbness = J'ai des engourdissements.
rash = J'ai une éruption cutanée.
itchy = Ça me démange.
exhausted = Je me sens faible et lourd dans tout le corps.
heatstroke = Je crois que j'ai un coup de chaleur.
food-poisoning = J'ai peut-être une intoxication alimentaire.
ear-pain = J'ai mal à l'oreille.
eye-pain = J'ai mal à l'œil.
toothache = J'ai mal aux dents.
vomited-times = J'ai vomi { $times ->
        [one] une fois
       *[other] { $times } fois
    }.
diarrhoea-times = J'ai eu la diarrhée { $times ->
        [one] une fois
       *[other] { $times } fois
    } aujourd'hui.
fever-since-days = J'ai de la fièvre depuis { $days ->
        [one] un jour
       *[other] { $days } jours
    }.
phlegm = Je crache des glaires.
no-appetite = Je n'ai pas d'appétit.
constipation = Je suis constipé(e).
pain-urinating = J'ai mal quand j'urine.
blood-in-urine = Il y a du sang dans mes urines.
frequent-urination = J'ai très souvent besoin d'uriner.
hives = J'ai de l'urticaire.
sunburn = J'ai un gros coup de soleil.
drank-too-much = J'ai trop bu d'alcool.
panic = Je suis angoissé(e) et je panique.
altitude-sickness = Je crois que j'ai le mal des montagnes.
cold-shivering = Je suis glacé(e) et je n'arrête pas de grelotter.
seizure-adult = J'ai fait une crise convulsive.
pain-here = J'ai mal ici.
lower-back-pain = J'ai mal au bas du dos.
pain-score = Ma douleur est à { $score } sur 10.
pain-since-days = La douleur a commencé il y a { $days ->
        [one] un jour
       *[other] { $days } jours
    }.
pain-since-hours = La douleur a commencé il y a { $hours ->
        [one] une heure
       *[other] { $hours } heures
    }.
pain-sudden = La douleur est apparue soudainement.
pain-sharp = C'est une douleur vive, comme un coup de poignard.
pain-throbbing = C'est une douleur lancinante, qui bat.
pain-dull = C'est une douleur sourde.
pain-burning = C'est une douleur qui brûle.
pain-cramping = C'est une douleur en crampes.
pain-constant = La douleur est permanente.
pain-comes-and-goes = La douleur va et vient.
pain-worse = La douleur augmente.
pain-when-moving = J'ai mal quand je bouge.
pain-when-breathing = J'ai mal quand je respire.
pain-spreads = La douleur s'étend à d'autres endroits.
pain-unbearable = La douleur est insupportable.
pain-in-part = J'ai mal ici : { $part }.
pain-pressed = Ça fait mal quand on appuie.
pain-at-night = La douleur est plus forte la nuit.
pain-upper-belly = J'ai mal au creux de l'estomac.
fell = Je suis tombé.
hit-head = Je me suis cogné la tête.
cut = Je me suis coupé.
bleeding = Le saignement ne s'arrête pas.
broken-bone = Je crois que j'ai un os cassé.
twisted-ankle = Je me suis tordu la cheville.
swollen = C'est enflé.
bruise = J'ai un bleu.
bump = J'ai une bosse là où je me suis cogné.
scrape = Je me suis écorché la peau.
burn = Je me suis brûlé.
traffic-accident = J'ai eu un accident de la route.
animal-bite = J'ai été mordu par un animal.
insect-sting = J'ai été piqué par un insecte.
cannot-walk = Je ne peux pas marcher.
hornet-sting = J'ai été piqué(e) par un frelon ou une guêpe.
snake-bite = J'ai été mordu(e) par un serpent (mamushi ou habu).
jellyfish-sting = J'ai été piqué(e) par une méduse.
ski-injury = Je me suis blessé(e) au ski ou en snowboard.
frostbite = Je crois que j'ai des gelures.
dislocated = Je crois que j'ai une luxation.
something-in-eye = J'ai quelque chose dans l'œil.
fish-bone = J'ai une arête de poisson coincée dans la gorge.
hurt-part = Je me suis blessé(e) ici : { $part }.
allergic-to = Je suis allergique à { $allergen }.
no-allergies = Je n'ai pas d'allergies.
allergy-penicillin = Je suis allergique à la pénicilline.
allergy-painkillers = Je suis allergique aux antidouleurs comme l'aspirine.
allergy-peanuts = Je suis allergique aux arachides.
allergy-shellfish = Je suis allergique aux crustacés comme les crevettes et le crabe.
allergy-egg = Je suis allergique aux œufs.
allergy-milk = Je suis allergique au lait et aux produits laitiers.
allergy-wheat = Je suis allergique au blé.
allergy-buckwheat = Je suis allergique au sarrasin (soba).
allergy-latex = Je suis allergique au latex.
anaphylaxis-history = J'ai déjà fait un choc anaphylactique.
have-epipen = J'ai sur moi un stylo d'adrénaline auto-injectable (EpiPen).
allergy-contrast = Je suis allergique aux produits de contraste.
allergy-antibiotics = Je suis allergique aux antibiotiques.
allergy-cephalosporins = Je suis allergique aux céphalosporines.
allergy-sulfa = Je suis allergique aux sulfamides.
allergy-local-anaesthetic = Je suis allergique aux anesthésiques locaux.
allergy-molluscs = Je suis allergique aux coquillages (palourdes, huîtres…).
allergy-bee-venom = Je suis allergique aux piqûres d'abeille et de guêpe.
allergy-medicine = Je suis allergique à ce médicament : { $medicine }.
taking-medicine = Je prends { $medicine }.
no-medicines = Je ne prends aucun médicament.
medicine-list = Voici la liste de mes médicaments.
blood-thinners = Je prends des anticoagulants.
insulin = J'utilise de l'insuline.
contraceptive-pill = Je prends la pilule contraceptive.
ran-out-of-medicine = Je n'ai plus mon traitement habituel.
lost-medicine = J'ai perdu mes médicaments.
need-same-medicine = J'ai besoin du même médicament que celui-ci.
took-painkiller = J'ai pris un antidouleur il y a { $hours ->
        [one] une heure
       *[other] { $hours } heures
    }.
using-medicine = J'utilise { $medicine }.
steroids = Je prends des corticoïdes ou des immunosuppresseurs.
inhaler = J'utilise un inhalateur.
forgot-dose = J'ai oublié de prendre une dose.
medicine-from-home = C'est un médicament de mon pays.
diabetes = Je suis diabétique.
asthma = Je suis asthmatique.
heart-disease = J'ai une maladie cardiaque.
high-blood-pressure = J'ai de l'hypertension.
epilepsy = Je suis épileptique.
kidney-disease = J'ai une maladie des reins.
dialysis = Je suis sous dialyse.
pacemaker = J'ai un stimulateur cardiaque.
recent-surgery = J'ai été opéré récemment.
immune-weak = Mon système immunitaire est affaibli par une maladie ou des médicaments.
metal-in-body = J'ai du métal dans le corps (implant, plaque ou clip).
hepatitis = J'ai une hépatite.
hiv = Je suis séropositif/ve (VIH).
stroke-history = J'ai déjà fait un AVC.
heart-attack-history = J'ai déjà fait un infarctus.
bleeding-tendency = Je saigne facilement.
no-transfusion = Pour des raisons religieuses, je ne peux pas accepter de transfusion sanguine.
cancer-treatment = Je suis en traitement pour un cancer.
pregnant = Je suis enceinte.
pregnant-weeks = Je suis enceinte de { $weeks } semaines.
might-be-pregnant = Je suis peut-être enceinte.
not-pregnant = Je ne suis pas enceinte.
breastfeeding = J'allaite.
pregnancy-bleeding = Je suis enceinte et je saigne.
contractions = J'ai des contractions.
waters-broken = J'ai perdu les eaux.
baby-moving-less = Le bébé bouge moins que d'habitude.
miscarriage-history = J'ai déjà fait une fausse couche.
pregnant-stomach-pain = Je suis enceinte et j'ai mal au ventre.
child-sick = Mon enfant est malade.
child-age = Mon enfant a { $age } ans.
baby-age-months = Mon bébé a { $months } mois.
child-weight = Mon enfant pèse { $kg } kg.
child-high-fever = Mon enfant a une forte fièvre.
child-not-drinking = Mon enfant ne peut ni manger ni boire.
child-seizure = Mon enfant a fait une convulsion.
child-swallowed = Mon enfant a avalé quelque chose.
child-vaccinated = Les vaccins de mon enfant sont à jour.
child-dose = Merci de donner une dose pour enfant.
child-limp = Mon enfant est tout mou et abattu.
child-vomited-times = Mon enfant a vomi { $times ->
        [one] une fois
       *[other] { $times } fois
    }.
child-temperature = Mon enfant a { $temperature } °C de température.
child-rash-fever = Mon enfant a de la fièvre et des boutons.
child-little-urine = Mon enfant urine très peu (peu de couches mouillées).
child-hit-head = Mon enfant est tombé et s'est cogné la tête.
child-breathing-hard = Mon enfant respire vite et avec difficulté.
baby-crying = Mon bébé n'arrête pas de pleurer.
have-prescription = J'ai une ordonnance.
medicine-for-this = Avez-vous un médicament pour ces symptômes ?
want-painkiller = Je voudrais un antidouleur.
want-fever-reducer = Je voudrais un médicament contre la fièvre.
how-often = Combien de fois par jour dois-je le prendre ?
before-after-meals = Avant ou après les repas ?
drowsy = Est-ce que cela fait dormir ?
safe-in-pregnancy = Peut-on le prendre pendant la grossesse ?
write-dosage = Pourriez-vous écrire comment le prendre ?
medicine-information = Puis-je avoir la notice de ce médicament ?
generic-ok = Un générique me convient.
pharmacy-open-now = Y a-t-il une pharmacie ouverte maintenant ?
q-medicine-notebook = Avez-vous un carnet de médicaments (お薬手帳) ?
no-medicine-notebook = Je n'ai pas de carnet de médicaments.
prescription-outside = Apportez cette ordonnance à une pharmacie en dehors de l'hôpital.
dose-after-meals = Prenez-le { $times ->
        [one] une fois
       *[other] { $times } fois
    } par jour, après les repas.
days-supply = C'est pour { $days ->
        [one] un jour
       *[other] { $days } jours
    } de traitement.
need-prescription = Faut-il une ordonnance ?
alcohol-ok = Puis-je boire de l'alcool pendant le traitement ?
ok-breastfeeding = Puis-je le prendre si j'allaite ?
have-medicine = Avez-vous { $medicine } ?
how-many-per-dose = Combien dois-je en prendre à chaque fois ?
take-before-sleep = Prenez-le avant de vous coucher.
take-when-pain = Prenez-le seulement quand vous avez mal.
finish-course = Prenez-le jusqu'au bout du traitement.
child-syrup = Existe-t-il un sirop ou une poudre pour enfant ?
how-much = Combien cela va-t-il coûter ?
cost-estimate = Pourriez-vous m'indiquer le coût approximatif avant le traitement ?
pay-full-cost = Je paierai la totalité des frais moi-même.
pay-card = Puis-je payer par carte bancaire ?
pay-cash = Je paierai en espèces.
atm-nearby = Y a-t-il un distributeur de billets près d'ici ?
deposit = Quel est le montant de l'acompte ?
pay-later = Je ne peux pas tout payer aujourd'hui. Puis-je payer plus tard ?
receipt = Merci de me donner un reçu (領収書).
itemised-bill = Merci de me donner une facture détaillée (診療明細書).
medical-certificate = J'ai besoin d'un certificat médical (診断書) en anglais pour mon assurance.
insurance-form = Le médecin pourrait-il remplir le formulaire de mon assurance ?
insurer-will-call = Ma compagnie d'assurance va contacter l'hôpital.
cashless = Mon assurance peut-elle payer l'hôpital directement ?
no-referral = Je n'ai pas de lettre d'orientation d'un médecin.
talk-to-insurer = Pourriez-vous parler au téléphone avec mon assurance ?
where-pay = Où dois-je payer ?
diagnosis-written = Pourriez-vous m'écrire le nom de la maladie (le diagnostic) ?
copy-of-results = Puis-je avoir une copie des résultats et des images (sur CD) ?
how-much-cash = Combien d'argent liquide dois-je prévoir ?
taxi-nearest-hospital = Emmenez-moi à l'hôpital le plus proche, s'il vous plaît.
taxi-emergency-hospital = Emmenez-moi à un hôpital avec un service d'urgences, s'il vous plaît.
taxi-to-address = Emmenez-moi à cette adresse, s'il vous plaît : { $address }
call-taxi = Pourriez-vous m'appeler un taxi ?
call-ambulance = Appelez une ambulance, s'il vous plaît.
hurry = Dépêchez-vous, s'il vous plaît.
what-address = Pourriez-vous me donner l'adresse d'ici ?
lost-way = Je suis perdu.
where-hospital = Où est l'hôpital ?
where-pharmacy = Où est la pharmacie la plus proche ?
where-toilet = Où sont les toilettes ?
taxi-emergency-entrance = Conduisez-moi à l'entrée des urgences (救急外来), s'il vous plaît.
taxi-here = Conduisez-moi ici, s'il vous plaît.
taxi-wait = Pourriez-vous m'attendre ici, s'il vous plaît ?
taxi-pay-card = Puis-je payer par carte dans le taxi ?
q-what-happened = Qu'est-ce qui ne va pas ?
q-where-hurt = Où avez-vous mal ?
q-since-when = Depuis quand ?
q-pain-scale = Quelle est l'intensité de la douleur, de 0 à 10 ?
q-allergies = Avez-vous des allergies ?
q-medicines = Prenez-vous des médicaments ?
q-illnesses = Êtes-vous soigné pour une maladie ?
q-tetanus = Êtes-vous vacciné contre le tétanos ?
q-pregnant = Êtes-vous enceinte, ou pourriez-vous l'être ?
q-last-meal = Quand avez-vous mangé pour la dernière fois ?
q-insurance-card = Avez-vous une carte d'assurance maladie ?
q-show-passport = Puis-je voir votre passeport ?
q-point-answer = Montrez votre réponse du doigt, s'il vous plaît.
q-fill-form = Remplissez ce formulaire, s'il vous plaît.
q-wait-here = Attendez ici, s'il vous plaît.
q-lie-down = Allongez-vous ici, s'il vous plaît.
q-deep-breath = Respirez profondément, s'il vous plaît.
q-blood-test = Nous allons faire une prise de sang.
q-urine-test = Nous allons faire une analyse d'urine.
q-x-ray = Nous allons faire une radio.
q-admission = Vous devez être hospitalisé.
q-come-back = Revenez demain, s'il vous plaît.
q-does-this-hurt = Avez-vous mal quand j'appuie ici ?
q-last-period = Quand vos dernières règles ont-elles commencé ?
q-how-many-times = Combien de fois ?
q-metal = Avez-vous du métal dans le corps ?
q-contrast = Avez-vous déjà mal réagi à un produit de contraste ?
q-weight = Combien pesez-vous ?
q-alcohol-smoking = Buvez-vous de l'alcool ou fumez-vous ?
a-yes = Oui.
a-no = Non.
a-dont-know = Je ne sais pas.
a-dont-understand = Je ne comprends pas.
a-a-little = Un peu.
a-a-lot = Beaucoup.
a-number = { $number }.
a-for-days = Depuis { $days ->
        [one] un jour
       *[other] { $days } jours
    }.
a-for-hours = Depuis { $hours ->
        [one] une heure
       *[other] { $hours } heures
    }.
a-for-weeks = Depuis { $weeks ->
        [one] une semaine
       *[other] { $weeks } semaines
    }.
a-for-months = Depuis { $months ->
        [one] un mois
       *[other] { $months } mois
    }.
a-since-this-morning = Depuis ce matin.
a-since-yesterday = Depuis hier.
a-since-last-night = Depuis hier soir.
a-worse = Ça s'aggrave.
a-better = Ça va mieux.
a-same = Ça n'a pas changé.
a-head = La tête.
a-chest = La poitrine.
a-stomach = Le ventre.
a-lower-belly = Le bas-ventre.
a-back = Le dos.
a-neck = Le cou.
a-shoulder = L'épaule.
a-throat = La gorge.
a-eye = L'œil.
a-ear = L'oreille.
a-nose = Le nez.
a-arm = Le bras.
a-hand = La main.
a-leg = La jambe.
a-foot = Le pied.
a-knee = Le genou.
a-right = Du côté droit.
a-left = Du côté gauche.
a-both-sides = Des deux côtés.
a-sometimes = Parfois.
a-always = Tout le temps.
a-minutes-ago = Depuis quelques minutes.
a-after-eating = Depuis que j'ai mangé.
a-times = { $times ->
        [one] Une fois
       *[other] { $times } fois
    }.
a-since-hour = Depuis { $hour } h.
a-wait-moment = Un instant, s'il vous plaît.
a-sorry = Excusez-moi.
a-thank-you = Merci beaucoup.
a-body-part = Ici : { $part }.
a-upper-belly = Le creux de l'estomac.
a-flank = Le flanc.
a-wrist = Le poignet.
a-ankle = La cheville.
a-finger = Un doigt.
a-toe = Un orteil.
a-hip = L'articulation de la hanche.
a-face = Le visage.
a-mouth = La bouche.
a-whole-body = Tout le corps.
a-elbow = Le coude.

## Signes d'alerte

weak-one-side = Mon bras ou ma jambe d'un côté a perdu sa force.
slurred-speech = J'ai du mal à articuler.
face-drooping = Un côté de mon visage s'affaisse.
worst-headache = C'est le pire mal de tête de ma vie.
lips-face-swelling = Mes lèvres et mon visage gonflent.
throat-closing = J'ai la gorge qui se serre.
vomited-blood = J'ai vomi du sang.
blood-in-phlegm = Il y a du sang dans mes crachats.
black-stool = Mes selles sont noires.
confused = La personne est confuse et somnolente.
chest-pain-spreading = La douleur de poitrine s'étend au bras ou à la mâchoire.
fever-stiff-neck = J'ai de la fièvre et la nuque trop raide pour la plier.
sudden-vision-loss = Soudain, je vois mal.
too-breathless-to-speak = Je suis trop essoufflé(e) pour parler.

## Santé des femmes

last-period-days = Mes dernières règles ont commencé il y a { $days ->
        [one] un jour
       *[other] { $days } jours
    }.
period-late = J'ai du retard dans mes règles.
period-pain = J'ai des règles très douloureuses.
irregular-bleeding = J'ai des saignements en dehors de mes règles.
heavy-period = Mes règles sont très abondantes.
on-period = J'ai mes règles en ce moment.
emergency-contraception = J'ai besoin d'une contraception d'urgence (pilule du lendemain).
female-doctor = Puis-je voir une femme médecin ?
vaginal-discharge = J'ai des pertes vaginales inhabituelles.
bladder-infection = Je crois que j'ai une cystite.

## Pour l'appel au 119

someone-collapsed = Quelqu'un s'est effondré.
i-am-patient = La personne malade, c'est moi.
patients-count = { $people ->
        [one] Il y a une victime
       *[other] Il y a { $people } victimes
    }.
room-number = Nous sommes dans la chambre { $room }.
waiting-at-entrance = Nous attendons à l'entrée du bâtiment.
bring-aed = Apportez un défibrillateur (DAE), s'il vous plaît.
where-aed = Où est le défibrillateur ?
not-breathing = La personne ne respire pas.
not-responding = La personne ne réagit pas quand on lui parle.
doing-cpr = Nous faisons un massage cardiaque.
vending-machine-address = Je vais lire l'adresse affichée sur un distributeur automatique.

## Ce que dit le personnel

staff-drip = Nous allons vous poser une perfusion.
staff-injection = Nous allons vous faire une piqûre.
staff-ct = Nous allons faire un scanner.
staff-mri = Nous allons faire une IRM.
staff-ecg = Nous allons faire un électrocardiogramme.
staff-ultrasound = Nous allons faire une échographie.
staff-gown = Veuillez mettre cette blouse.
staff-remove-metal = Retirez tout objet métallique, s'il vous plaît.
staff-sign-consent = Veuillez signer ce formulaire de consentement.
staff-go-home = Vous pouvez rentrer chez vous.
staff-rest = Restez au repos, s'il vous plaît.
staff-no-bath = Ne prenez pas de bain aujourd'hui.
staff-call-by-number = Nous vous appellerons par votre numéro.
staff-nothing-by-mouth = Ne mangez et ne buvez rien, s'il vous plaît.
staff-come-back-if-worse = Revenez si cela s'aggrave.
staff-stitches = Nous allons recoudre la plaie.
staff-results-days = Les résultats seront prêts dans { $days ->
        [one] un jour
       *[other] { $days } jours
    }.
staff-open-mouth = Ouvrez la bouche, s'il vous plaît.
staff-sleeve = Remontez votre manche, s'il vous plaît.
staff-wait-results = Veuillez attendre les résultats des examens.
