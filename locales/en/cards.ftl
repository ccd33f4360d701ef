# Phrase cards: the English source text. Card ids and categories are listed in
# data/cards/catalogue.csv; every locale has one message per card, one per category
# (category-<id>) and one label per card argument (arg-<name>).

## Categories

category-reception = Reception and registration
category-symptoms = Symptoms
category-pain = Pain
category-injuries = Injuries
category-allergies = Allergies
category-medicines = Medicines
category-chronic = Chronic conditions
category-pregnancy = Pregnancy
category-children = Children
category-pharmacy = Pharmacy
category-payment = Payment and insurance
category-taxi = Taxi and directions
category-questions = Questions from staff
category-answers = Answers to point at
category-urgent-signs = Warning signs
category-womens-health = Women's health
category-call-119 = For the 119 call
category-staff-says = What staff say

## Card arguments

arg-name = Your name
arg-age = Age in years
arg-hotel = Hotel or place you are staying
arg-temperature = Body temperature in °C
arg-score = Pain from 0 to 10
arg-days = Number of days
arg-hours = Number of hours
arg-weeks = Number of weeks
arg-months = Number of months
arg-allergen = What you are allergic to
arg-medicine = Name of the medicine
arg-kg = Weight in kg
arg-address = Address
arg-number = A number
arg-times = Number of times
arg-people = Number of people
arg-part = Body part
arg-room = Room number
arg-hour = Hour of the day (0–23)

## Reception and registration

need-doctor = I need to see a doctor.
first-visit = This is my first visit here.
no-japanese = I don't speak Japanese.
tourist = I am a tourist visiting Japan.
no-japanese-insurance = I don't have Japanese health insurance.
have-travel-insurance = I have travel insurance.
passport = Here is my passport.
interpreter = Could I have an interpreter, please?
translation-app = May I use a translation app?
write-down = Could you write it down, please?
speak-slowly = Please speak slowly.
urgent = It is urgent. Please see me right away.
how-long-wait = How long is the wait?
which-department = Which department should I see?
wheelchair = I need a wheelchair.
my-name = My name is { $name }.
my-age = I am { $age } years old.
staying-at = I am staying at { $hotel }.
english-doctor = Is there a doctor who speaks English?
need-appointment = Do I need an appointment?
fever-can-visit = I have a fever. Can I still be seen?
infection-test = I would like a test for COVID-19 or influenza.
flying-home-days = I fly home in { $days ->
        [one] one day
       *[other] { $days } days
    }.
fit-to-fly = Is it safe for me to fly?
contact-family = Please contact my family.
contact-embassy = Please contact my embassy.

## Symptoms

fever = I have a fever.
fever-temperature = My temperature is { $temperature } °C.
chills = I have chills.
cough = I have a cough.
sore-throat = My throat hurts.
runny-nose = I have a runny nose.
stuffy-nose = My nose is blocked.
sneezing = I keep sneezing.
headache = I have a headache.
chest-pain = My chest hurts.
stomach-ache = I have a stomach ache.
breathless = I have trouble breathing.
chest-tight = My chest feels tight.
palpitations = My heart is racing.
nausea = I feel sick to my stomach.
vomited = I have vomited.
diarrhoea = I have diarrhoea.
blood-in-stool = There is blood in my stool.
dizzy = I feel dizzy.
fainted = I fainted.
numbness = I have numbness.
rash = I have a rash.
itchy = It itches.
exhausted = My whole body feels heavy and weak.
heatstroke = I think I have heatstroke.
food-poisoning = I may have food poisoning.
ear-pain = My ear hurts.
eye-pain = My eye hurts.
toothache = I have a toothache.
vomited-times = I have vomited { $times ->
        [one] once
       *[other] { $times } times
    }.
diarrhoea-times = I have had diarrhoea { $times ->
        [one] once
       *[other] { $times } times
    } today.
fever-since-days = I have had a fever for { $days ->
        [one] one day
       *[other] { $days } days
    }.
phlegm = I am coughing up phlegm.
no-appetite = I have no appetite.
constipation = I am constipated.
pain-urinating = It hurts when I urinate.
blood-in-urine = There is blood in my urine.
frequent-urination = I need to urinate very often.
hives = I have hives.
sunburn = I have a bad sunburn.
drank-too-much = I have drunk too much alcohol.
panic = I am anxious and panicking.
altitude-sickness = I think I have altitude sickness.
cold-shivering = I am chilled through and cannot stop shivering.
seizure-adult = I had a seizure.

## Pain

pain-here = It hurts here.
lower-back-pain = My lower back hurts.
pain-score = My pain is { $score } out of 10.
pain-since-days = The pain started { $days ->
        [one] one day ago
        *[other] { $days } days ago
    }.
pain-since-hours = The pain started { $hours ->
        [one] one hour ago
        *[other] { $hours } hours ago
    }.
pain-sudden = The pain started suddenly.
pain-sharp = It is a sharp, stabbing pain.
pain-throbbing = It is a throbbing pain.
pain-dull = It is a dull ache.
pain-burning = It is a burning pain.
pain-cramping = It is a cramping pain.
pain-constant = The pain is constant.
pain-comes-and-goes = The pain comes and goes.
pain-worse = The pain is getting worse.
pain-when-moving = It hurts when I move.
pain-when-breathing = It hurts when I breathe.
pain-spreads = The pain spreads to other places.
pain-unbearable = The pain is unbearable.
pain-in-part = The pain is in my { $part }.
pain-pressed = It hurts when pressed.
pain-at-night = The pain is worse at night.
pain-upper-belly = I have pain in the pit of my stomach.

## Injuries

fell = I fell over.
hit-head = I hit my head.
cut = I have cut myself.
bleeding = The bleeding will not stop.
broken-bone = I think a bone is broken.
twisted-ankle = I twisted my ankle.
swollen = It is swollen.
bruise = I have a bruise.
bump = I have a lump where I was hit.
scrape = I scraped my skin.
burn = I burned myself.
traffic-accident = I was in a traffic accident.
animal-bite = I was bitten by an animal.
insect-sting = I was stung by an insect.
cannot-walk = I cannot walk.
hornet-sting = I was stung by a hornet or wasp.
snake-bite = I was bitten by a snake (mamushi or habu).
jellyfish-sting = I was stung by a jellyfish.
ski-injury = I was injured skiing or snowboarding.
frostbite = I think I have frostbite.
dislocated = I think a joint is dislocated.
something-in-eye = Something got into my eye.
fish-bone = A fish bone is stuck in my throat.
hurt-part = I have injured my { $part }.

## Allergies

allergic-to = I am allergic to { $allergen }.
no-allergies = I have no allergies.
allergy-penicillin = I am allergic to penicillin.
allergy-painkillers = I am allergic to painkillers such as aspirin.
allergy-peanuts = I am allergic to peanuts.
allergy-shellfish = I am allergic to shellfish such as shrimp and crab.
allergy-egg = I am allergic to eggs.
allergy-milk = I am allergic to milk and dairy products.
allergy-wheat = I am allergic to wheat.
allergy-buckwheat = I am allergic to buckwheat (soba).
allergy-latex = I am allergic to latex.
anaphylaxis-history = I have had anaphylaxis before.
have-epipen = I carry an adrenaline auto-injector (EpiPen).
allergy-contrast = I am allergic to contrast dye (used for CT and X-rays).
allergy-antibiotics = I am allergic to antibiotics.
allergy-cephalosporins = I am allergic to cephalosporin antibiotics.
allergy-sulfa = I am allergic to sulfa drugs.
allergy-local-anaesthetic = I am allergic to local anaesthetics.
allergy-molluscs = I am allergic to clams, oysters and other molluscs.
allergy-bee-venom = I am allergic to bee and wasp stings.
allergy-medicine = I am allergic to this medicine: { $medicine }.

## Medicines

taking-medicine = I take { $medicine }.
no-medicines = I do not take any medicines.
medicine-list = This is a list of the medicines I take.
blood-thinners = I take blood thinners (anticoagulants).
insulin = I use insulin.
contraceptive-pill = I take the contraceptive pill.
ran-out-of-medicine = I have run out of my regular medicine.
lost-medicine = I have lost my medicine.
need-same-medicine = I need the same medicine as this one.
took-painkiller = I took a painkiller { $hours ->
        [one] one hour
        *[other] { $hours } hours
    } ago.
using-medicine = I use { $medicine }.
steroids = I take steroids or immunosuppressants.
inhaler = I use an inhaler.
forgot-dose = I missed a dose of my medicine.
medicine-from-home = This is a medicine from my country.

## Chronic conditions

diabetes = I have diabetes.
asthma = I have asthma.
heart-disease = I have a heart condition.
high-blood-pressure = I have high blood pressure.
epilepsy = I have epilepsy.
kidney-disease = I have kidney disease.
dialysis = I am on dialysis.
pacemaker = I have a pacemaker.
recent-surgery = I had an operation recently.
immune-weak = My immune system is weakened by an illness or medicines.
metal-in-body = I have metal in my body (an implant, plate or clip).
hepatitis = I have hepatitis.
hiv = I am HIV positive.
stroke-history = I have had a stroke before.
heart-attack-history = I have had a heart attack before.
bleeding-tendency = I bleed easily.
no-transfusion = For religious reasons I cannot accept a blood transfusion.
cancer-treatment = I am being treated for cancer.

## Pregnancy

pregnant = I am pregnant.
pregnant-weeks = I am { $weeks } weeks pregnant.
might-be-pregnant = I might be pregnant.
not-pregnant = I am not pregnant.
breastfeeding = I am breastfeeding.
pregnancy-bleeding = I am pregnant and I am bleeding.
contractions = I am having contractions.
waters-broken = My waters have broken.
baby-moving-less = The baby is moving less than usual.
miscarriage-history = I have had a miscarriage before.
pregnant-stomach-pain = I am pregnant and my belly hurts.

## Children

child-sick = My child is unwell.
child-age = My child is { $age } years old.
baby-age-months = My baby is { $months ->
        [one] one month
        *[other] { $months } months
    } old.
child-weight = My child weighs { $kg } kg.
child-high-fever = My child has a high fever.
child-not-drinking = My child cannot eat or drink.
child-seizure = My child had a seizure.
child-swallowed = My child swallowed something.
child-vaccinated = My child's vaccinations are up to date.
child-dose = Please give a dose for a child.
child-limp = My child is limp and listless.
child-vomited-times = My child has vomited { $times ->
        [one] once
       *[other] { $times } times
    }.
child-temperature = My child's temperature is { $temperature } °C.
child-rash-fever = My child has a fever and a rash.
child-little-urine = My child has hardly passed urine (few wet nappies).
child-hit-head = My child fell and hit their head.
child-breathing-hard = My child is breathing fast and with difficulty.
baby-crying = My baby will not stop crying.

## Pharmacy

have-prescription = I have a prescription.
medicine-for-this = Do you have a medicine for these symptoms?
want-painkiller = I would like a painkiller.
want-fever-reducer = I would like something to bring down a fever.
how-often = How many times a day should I take it?
before-after-meals = Before or after meals?
drowsy = Will it make me drowsy?
safe-in-pregnancy = Is it safe during pregnancy?
write-dosage = Could you write down how to take it?
medicine-information = May I have the information sheet for this medicine?
generic-ok = A generic medicine is fine.
pharmacy-open-now = Is there a pharmacy open now?
q-medicine-notebook = Do you have a medicine notebook (お薬手帳)?
no-medicine-notebook = I do not have a medicine notebook.
prescription-outside = Please take this prescription to a pharmacy outside the hospital.
dose-after-meals = Take it { $times ->
        [one] once
       *[other] { $times } times
    } a day, after meals.
days-supply = This is { $days ->
        [one] one day's
       *[other] { $days } days'
    } supply.
need-prescription = Do I need a prescription?
alcohol-ok = Can I drink alcohol while taking it?
ok-breastfeeding = Can I take it while breastfeeding?
have-medicine = Do you have { $medicine }?
how-many-per-dose = How many should I take each time?
take-before-sleep = Take it before going to bed.
take-when-pain = Take it only when you are in pain.
finish-course = Take all of it, until it is finished.
child-syrup = Is there a syrup or powder for a child?

## Payment and insurance

how-much = How much will it cost?
cost-estimate = Could you tell me the approximate cost before treatment?
pay-full-cost = I will pay the full cost myself.
pay-card = Can I pay by credit card?
pay-cash = I will pay in cash.
atm-nearby = Is there a cash machine (ATM) nearby?
deposit = How much is the deposit?
pay-later = I cannot pay it all today. Can I pay later?
receipt = Please give me a receipt (領収書).
itemised-bill = Please give me an itemised bill (診療明細書).
medical-certificate = I need a medical certificate (診断書) in English for my insurer.
insurance-form = Could the doctor fill in my insurer's claim form?
insurer-will-call = My insurance company will contact the hospital.
cashless = Can my insurer pay the hospital directly?
no-referral = I do not have a referral letter.
talk-to-insurer = Could you speak with my insurance company on the phone?
where-pay = Where do I pay?
diagnosis-written = Could you write down the name of my illness (the diagnosis)?
copy-of-results = May I have copies of my test results and images (on a CD)?
how-much-cash = How much cash should I bring?

## Taxi and directions

taxi-nearest-hospital = Please take me to the nearest hospital.
taxi-emergency-hospital = Please take me to a hospital with an emergency department.
taxi-to-address = Please take me to this address: { $address }
call-taxi = Could you call a taxi for me?
call-ambulance = Please call an ambulance.
hurry = Please hurry.
what-address = Could you tell me the address of this place?
lost-way = I am lost.
where-hospital = Where is the hospital?
where-pharmacy = Where is the nearest pharmacy?
where-toilet = Where is the toilet?
taxi-emergency-entrance = Please take me to the emergency entrance (救急外来).
taxi-here = Please take me here.
taxi-wait = Could you wait here for me, please?
taxi-pay-card = Can I pay by card in this taxi?

## Questions from staff

q-what-happened = What seems to be the problem?
q-where-hurt = Where does it hurt?
q-since-when = Since when?
q-pain-scale = How strong is the pain, from 0 to 10?
q-allergies = Do you have any allergies?
q-medicines = Are you taking any medicines?
q-illnesses = Are you being treated for any illness?
q-tetanus = Have you had a tetanus vaccination?
q-pregnant = Are you pregnant, or could you be?
q-last-meal = When did you last eat?
q-insurance-card = Do you have a health insurance card?
q-show-passport = May I see your passport?
q-point-answer = Please point to your answer.
q-fill-form = Please fill in this form.
q-wait-here = Please wait here.
q-lie-down = Please lie down here.
q-deep-breath = Please take a deep breath.
q-blood-test = We will do a blood test.
q-urine-test = We will do a urine test.
q-x-ray = We will take an X-ray.
q-admission = You need to stay in hospital.
q-come-back = Please come back tomorrow.
q-does-this-hurt = Does it hurt when I press here?
q-last-period = When did your last period start?
q-how-many-times = How many times?
q-metal = Do you have any metal in your body?
q-contrast = Have you ever reacted badly to contrast dye?
q-weight = How much do you weigh?
q-alcohol-smoking = Do you drink alcohol or smoke?

## Answers to point at

a-yes = Yes.
a-no = No.
a-dont-know = I don't know.
a-dont-understand = I don't understand.
a-a-little = A little.
a-a-lot = A lot.
a-number = { $number }.
a-for-days = For { $days ->
        [one] one day
        *[other] { $days } days
    }.
a-for-hours = For { $hours ->
        [one] one hour
        *[other] { $hours } hours
    }.
a-for-weeks = For { $weeks ->
        [one] one week
        *[other] { $weeks } weeks
    }.
a-for-months = For { $months ->
        [one] one month
        *[other] { $months } months
    }.
a-since-this-morning = Since this morning.
a-since-yesterday = Since yesterday.
a-since-last-night = Since last night.
a-worse = It is getting worse.
a-better = It is getting better.
a-same = It has not changed.
a-head = The head.
a-chest = The chest.
a-stomach = The stomach (belly).
a-lower-belly = The lower belly.
a-back = The back.
a-neck = The neck.
a-shoulder = The shoulder.
a-throat = The throat.
a-eye = The eye.
a-ear = The ear.
a-nose = The nose.
a-arm = The arm.
a-hand = The hand.
a-leg = The leg.
a-foot = The foot.
a-knee = The knee.
a-right = On the right.
a-left = On the left.
a-both-sides = On both sides.
a-sometimes = Sometimes.
a-always = All the time.
a-minutes-ago = Since a few minutes ago.
a-after-eating = It started after I ate.
a-times = { $times ->
        [one] Once
       *[other] { $times } times
    }.
a-since-hour = Since { $hour }:00.
a-wait-moment = Just a moment, please.
a-sorry = I'm sorry.
a-thank-you = Thank you very much.
a-body-part = The { $part }.
a-upper-belly = The pit of the stomach.
a-flank = The side of my body.
a-wrist = The wrist.
a-ankle = The ankle.
a-finger = A finger.
a-toe = A toe.
a-hip = The hip joint.
a-face = The face.
a-mouth = The mouth.
a-whole-body = All over my body.
a-elbow = The elbow.

## Warning signs

weak-one-side = My arm or leg on one side has gone weak.
slurred-speech = My speech is slurred.
face-drooping = One side of my face is drooping.
worst-headache = This is the worst headache I have ever had.
lips-face-swelling = My lips and face are swelling.
throat-closing = My throat feels tight, as if it is closing.
vomited-blood = I vomited blood.
blood-in-phlegm = There is blood in my phlegm.
black-stool = My stools are black.
confused = The person is confused and drowsy.
chest-pain-spreading = The chest pain spreads to my arm or jaw.
fever-stiff-neck = I have a fever and my neck is too stiff to bend.
sudden-vision-loss = Suddenly I cannot see well.
too-breathless-to-speak = I am too short of breath to speak.

## Women's health

last-period-days = My last period started { $days ->
        [one] one day ago
       *[other] { $days } days ago
    }.
period-late = My period is late.
period-pain = I have bad period pain.
irregular-bleeding = I am bleeding outside my period.
heavy-period = My period is very heavy.
on-period = I am on my period now.
emergency-contraception = I need emergency contraception (the morning-after pill).
female-doctor = Could I see a female doctor?
vaginal-discharge = I have unusual vaginal discharge.
bladder-infection = I think I have a bladder infection.

## For the 119 call

someone-collapsed = Someone has collapsed.
i-am-patient = I am the patient.
patients-count = There { $people ->
        [one] is one patient
       *[other] are { $people } patients
    }.
room-number = We are in room { $room }.
waiting-at-entrance = We are waiting at the entrance of the building.
bring-aed = Please bring an AED.
where-aed = Where is the AED?
not-breathing = The person is not breathing.
not-responding = The person does not respond when spoken to.
doing-cpr = We are doing CPR (chest compressions).
vending-machine-address = I will read the address on a vending machine.

## What staff say

staff-drip = We will give you a drip (IV).
staff-injection = We will give you an injection.
staff-ct = We will do a CT scan.
staff-mri = We will do an MRI scan.
staff-ecg = We will do an ECG (heart tracing).
staff-ultrasound = We will do an ultrasound scan.
staff-gown = Please change into this gown.
staff-remove-metal = Please take off anything metal.
staff-sign-consent = Please sign this consent form.
staff-go-home = You can go home now.
staff-rest = Please rest quietly.
staff-no-bath = Please do not take a bath today.
staff-call-by-number = We will call you by your number.
staff-nothing-by-mouth = Please do not eat or drink anything.
staff-come-back-if-worse = Come back if it gets worse.
staff-stitches = We will stitch the wound.
staff-results-days = The results will be ready in { $days ->
        [one] one day
       *[other] { $days } days
    }.
staff-open-mouth = Please open your mouth.
staff-sleeve = Please roll up your sleeve.
staff-wait-results = Please wait for the test results.
