# Sprachkarten auf Deutsch. Maschinelle Übersetzungsqualität, nicht geprüft.

category-reception = Empfang und Anmeldung
category-symptoms = Beschwerden
category-pain = Schmerzen
category-injuries = Verletzungen
category-allergies = Allergien
category-medicines = Medikamente
category-chronic = Chronische Erkrankungen
category-pregnancy = Schwangerschaft
category-children = Kinder
category-pharmacy = Apotheke
category-payment = Bezahlung und Versicherung
category-taxi = Taxi und Wegbeschreibung
category-questions = Fragen des Personals
category-answers = Antworten zum Zeigen
category-urgent-signs = Warnzeichen
category-womens-health = Frauengesundheit
category-call-119 = Für den Notruf 119
category-staff-says = Was das Personal sagt
arg-name = Ihr Name
arg-age = Alter in Jahren
arg-hotel = Hotel oder Unterkunft
arg-temperature = Körpertemperatur in °C
arg-score = Schmerz von 0 bis 10
arg-days = Anzahl der Tage
arg-hours = Anzahl der Stunden
arg-weeks = Anzahl der Wochen
arg-months = Anzahl der Monate
arg-allergen = Wogegen Sie allergisch sind
arg-medicine = Name des Medikaments
arg-kg = Gewicht in kg
arg-address = Adresse
arg-number = Eine Zahl
arg-times = Wie oft
arg-people = Anzahl der Personen
arg-part = Körperteil
arg-room = Zimmernummer
arg-hour = Uhrzeit (0–23 Uhr)
need-doctor = Ich muss zu einem Arzt.
first-visit = Ich bin zum ersten Mal hier.
no-japanese = Ich spreche kein Japanisch.
tourist = Ich bin als Tourist in Japan.
no-japanese-insurance = Ich habe keine japanische Krankenversicherung.
have-travel-insurance = Ich habe eine Reisekrankenversicherung.
passport = Hier ist mein Reisepass.
interpreter = Könnte ich bitte einen Dolmetscher bekommen?
translation-app = Darf ich eine Übersetzungs-App benutzen?
write-down = Könnten Sie es bitte aufschreiben?
speak-slowly = Bitte sprechen Sie langsam.
urgent = Es ist dringend. Bitte untersuchen Sie mich sofort.
how-long-wait = Wie lange ist die Wartezeit?
which-department = Zu welcher Fachabteilung soll ich gehen?
wheelchair = Ich brauche einen Rollstuhl.
my-name = Mein Name ist { $name }.
my-age = Ich bin { $age } Jahre alt.
staying-at = Ich wohne im { $hotel }.
english-doctor = Gibt es einen Arzt, der Englisch spricht?
need-appointment = Brauche ich einen Termin?
fever-can-visit = Ich habe Fieber. Kann ich trotzdem kommen?
infection-test = Ich möchte einen Test auf COVID-19 oder Grippe.
flying-home-days = Ich fliege in { $days ->
        [one] einem Tag
       *[other] { $days } Tagen
    } nach Hause.
fit-to-fly = Darf ich fliegen?
contact-family = Bitte benachrichtigen Sie meine Familie.
contact-embassy = Bitte benachrichtigen Sie meine Botschaft.
fever = Ich habe Fieber.
fever-temperature = Meine Temperatur ist { $temperature } °C.
chills = Ich habe Schüttelfrost.
cough = Ich habe Husten.
sore-throat = Ich habe Halsschmerzen.
runny-nose = Ich habe eine laufende Nase.
stuffy-nose = Meine Nase ist verstopft.
sneezing = Ich muss ständig niesen.
headache = Ich habe Kopfschmerzen.
chest-pain = Ich habe Schmerzen in der Brust.
stomach-ache = Ich habe Bauchschmerzen.
breathless = Ich bekomme schlecht Luft.
chest-tight = Ich habe ein Engegefühl in der Brust.
palpitations = Ich habe Herzrasen.
nausea = Mir ist übel.
vomited = Ich habe mich übergeben.
diarrhoea = Ich habe Durchfall.
blood-in-stool = Ich habe Blut im Stuhl.
dizzy = Mir ist schwindelig.
fainted = Ich bin ohnmächtig geworden.
numbness = Ich habe ein Taubheitsgefühl.
rash = Ich habe einen Hautausschlag.
itchy = Es juckt.
exhausted = Ich fühle mich am ganzen Körper schwach und matt.
heatstroke = Ich glaube, ich habe einen Hitzschlag.
food-poisoning = Ich habe vielleicht eine Lebensmittelvergiftung.
ear-pain = Ich habe Ohrenschmerzen.
eye-pain = Mein Auge tut weh.
toothache = Ich habe Zahnschmerzen.
vomited-times = Ich habe { $times ->
        [one] einmal
       *[other] { $times }-mal
    } erbrochen.
diarrhoea-times = Ich hatte heute { $times ->
        [one] einmal
       *[other] { $times }-mal
    } Durchfall.
fever-since-days = Ich habe seit { $days ->
        [one] einem Tag
       *[other] { $days } Tagen
    } Fieber.
phlegm = Ich huste Schleim ab.
no-appetite = Ich habe keinen Appetit.
constipation = Ich habe Verstopfung.
pain-urinating = Es tut beim Wasserlassen weh.
blood-in-urine = Ich habe Blut im Urin.
frequent-urination = Ich muss sehr oft Wasser lassen.
hives = Ich habe Nesselausschlag.
sunburn = Ich habe einen schlimmen Sonnenbrand.
drank-too-much = Ich habe zu viel Alkohol getrunken.
panic = Ich habe Angst und bin in Panik.
altitude-sickness = Ich glaube, ich habe die Höhenkrankheit.
cold-shivering = Ich bin völlig durchgefroren und zittere ununterbrochen.
seizure-adult = Ich hatte einen Krampfanfall.
pain-here = Hier tut es weh.
lower-back-pain = Ich habe Schmerzen im unteren Rücken.
pain-score = Mein Schmerz ist { $score } von 10.
pain-since-days = Die Schmerzen haben vor { $days ->
        [one] einem Tag
       *[other] { $days } Tagen
    } angefangen.
pain-since-hours = Die Schmerzen haben vor { $hours ->
        [one] einer Stunde
       *[other] { $hours } Stunden
    } angefangen.
pain-sudden = Die Schmerzen kamen plötzlich.
pain-sharp = Es ist ein stechender Schmerz.
pain-throbbing = Es ist ein pochender Schmerz.
pain-dull = Es ist ein dumpfer Schmerz.
pain-burning = Es ist ein brennender Schmerz.
pain-cramping = Es ist ein krampfartiger Schmerz.
pain-constant = Der Schmerz ist ständig da.
pain-comes-and-goes = Der Schmerz kommt und geht.
pain-worse = Die Schmerzen werden stärker.
pain-when-moving = Es tut weh, wenn ich mich bewege.
pain-when-breathing = Es tut weh, wenn ich atme.
pain-spreads = Der Schmerz strahlt in andere Stellen aus.
pain-unbearable = Der Schmerz ist unerträglich.
pain-in-part = Die Schmerzen sind hier: { $part }.
pain-pressed = Es tut weh, wenn man drückt.
pain-at-night = Nachts sind die Schmerzen stärker.
pain-upper-belly = Ich habe Schmerzen in der Magengrube.
fell = Ich bin hingefallen.
hit-head = Ich habe mir den Kopf gestoßen.
cut = Ich habe mich geschnitten.
bleeding = Die Blutung hört nicht auf.
broken-bone = Ich glaube, ein Knochen ist gebrochen.
twisted-ankle = Ich habe mir den Knöchel verstaucht.
swollen = Es ist geschwollen.
bruise = Ich habe einen blauen Fleck.
bump = Ich habe eine Beule, wo ich mich gestoßen habe.
scrape = Ich habe mir die Haut aufgeschürft.
burn = Ich habe mich verbrannt.
traffic-accident = Ich hatte einen Verkehrsunfall.
animal-bite = Ich wurde von einem Tier gebissen.
insect-sting = Ich wurde von einem Insekt gestochen.
cannot-walk = Ich kann nicht gehen.
hornet-sting = Ich wurde von einer Hornisse oder Wespe gestochen.
snake-bite = Ich wurde von einer Schlange gebissen (Mamushi oder Habu).
jellyfish-sting = Ich wurde von einer Qualle gestochen.
ski-injury = Ich habe mich beim Ski- oder Snowboardfahren verletzt.
frostbite = Ich glaube, ich habe Erfrierungen.
dislocated = Ich glaube, ein Gelenk ist ausgerenkt.
something-in-eye = Mir ist etwas ins Auge gekommen.
fish-bone = Mir steckt eine Fischgräte im Hals.
hurt-part = Ich habe mich hier verletzt: { $part }.
allergic-to = Ich bin allergisch gegen { $allergen }.
no-allergies = Ich habe keine Allergien.
allergy-penicillin = Ich bin allergisch gegen Penicillin.
allergy-painkillers = Ich bin allergisch gegen Schmerzmittel wie Aspirin.
allergy-peanuts = Ich bin allergisch gegen Erdnüsse.
allergy-shellfish = Ich bin allergisch gegen Schalentiere wie Garnelen und Krabben.
allergy-egg = Ich bin allergisch gegen Eier.
allergy-milk = Ich bin allergisch gegen Milch und Milchprodukte.
allergy-wheat = Ich bin allergisch gegen Weizen.
allergy-buckwheat = Ich bin allergisch gegen Buchweizen (Soba).
allergy-latex = Ich bin allergisch gegen Latex.
anaphylaxis-history = Ich hatte schon einmal einen anaphylaktischen Schock.
have-epipen = Ich habe einen Adrenalin-Autoinjektor (EpiPen) dabei.
allergy-contrast = Ich bin allergisch gegen Kontrastmittel.
allergy-antibiotics = Ich bin allergisch gegen Antibiotika.
allergy-cephalosporins = Ich bin allergisch gegen Cephalosporine.
allergy-sulfa = Ich bin allergisch gegen Sulfonamide.
allergy-local-anaesthetic = Ich bin allergisch gegen örtliche Betäubungsmittel.
allergy-molluscs = Ich bin allergisch gegen Muscheln und Austern.
allergy-bee-venom = Ich bin allergisch gegen Bienen- und Wespengift.
allergy-medicine = Ich bin allergisch gegen dieses Medikament: { $medicine }.
taking-medicine = Ich nehme { $medicine }.
no-medicines = Ich nehme keine Medikamente.
medicine-list = Das ist eine Liste meiner Medikamente.
blood-thinners = Ich nehme Blutverdünner (Antikoagulanzien).
insulin = Ich spritze Insulin.
contraceptive-pill = Ich nehme die Pille.
ran-out-of-medicine = Meine Dauermedikamente sind aufgebraucht.
lost-medicine = Ich habe meine Medikamente verloren.
need-same-medicine = Ich brauche dasselbe Medikament wie dieses.
took-painkiller = Ich habe vor { $hours ->
        [one] einer Stunde
       *[other] { $hours } Stunden
    } ein Schmerzmittel genommen.
using-medicine = Ich wende { $medicine } an.
steroids = Ich nehme Kortison oder Immunsuppressiva.
inhaler = Ich benutze ein Inhalationsspray.
forgot-dose = Ich habe vergessen, mein Medikament zu nehmen.
medicine-from-home = Das ist ein Medikament aus meinem Land.
diabetes = Ich habe Diabetes.
asthma = Ich habe Asthma.
heart-disease = Ich habe eine Herzerkrankung.
high-blood-pressure = Ich habe Bluthochdruck.
epilepsy = Ich habe Epilepsie.
kidney-disease = Ich habe eine Nierenerkrankung.
dialysis = Ich bin Dialysepatient.
pacemaker = Ich habe einen Herzschrittmacher.
recent-surgery = Ich wurde vor Kurzem operiert.
immune-weak = Mein Immunsystem ist durch eine Krankheit oder Medikamente geschwächt.
metal-in-body = Ich habe Metall im Körper (Implantat, Platte oder Clip).
hepatitis = Ich habe Hepatitis.
hiv = Ich bin HIV-positiv.
stroke-history = Ich hatte früher einen Schlaganfall.
heart-attack-history = Ich hatte früher einen Herzinfarkt.
bleeding-tendency = Ich neige zu Blutungen.
no-transfusion = Aus religiösen Gründen kann ich keine Bluttransfusion annehmen.
cancer-treatment = Ich bin in Krebsbehandlung.
pregnant = Ich bin schwanger.
pregnant-weeks = Ich bin { $weeks } Wochen schwanger.
might-be-pregnant = Ich könnte schwanger sein.
not-pregnant = Ich bin nicht schwanger.
breastfeeding = Ich stille.
pregnancy-bleeding = Ich bin schwanger und habe Blutungen.
contractions = Ich habe Wehen.
waters-broken = Meine Fruchtblase ist geplatzt.
baby-moving-less = Das Baby bewegt sich weniger als sonst.
miscarriage-history = Ich hatte schon einmal eine Fehlgeburt.
pregnant-stomach-pain = Ich bin schwanger und habe Bauchschmerzen.
child-sick = Mein Kind ist krank.
child-age = Mein Kind ist { $age } Jahre alt.
baby-age-months = Mein Baby ist { $months ->
        [one] einen Monat
       *[other] { $months } Monate
    } alt.
child-weight = Mein Kind wiegt { $kg } kg.
child-high-fever = Mein Kind hat hohes Fieber.
child-not-drinking = Mein Kind kann weder essen noch trinken.
child-seizure = Mein Kind hatte einen Krampfanfall.
child-swallowed = Mein Kind hat etwas verschluckt.
child-vaccinated = Mein Kind hat alle empfohlenen Impfungen.
child-dose = Bitte geben Sie eine Dosis für Kinder.
child-limp = Mein Kind ist schlapp und teilnahmslos.
child-vomited-times = Mein Kind hat { $times ->
        [one] einmal
       *[other] { $times }-mal
    } erbrochen.
child-temperature = Mein Kind hat eine Temperatur von { $temperature } °C.
child-rash-fever = Mein Kind hat Fieber und Ausschlag.
child-little-urine = Mein Kind hat kaum Wasser gelassen (wenig nasse Windeln).
child-hit-head = Mein Kind ist gestürzt und hat sich den Kopf angeschlagen.
child-breathing-hard = Mein Kind atmet schnell und angestrengt.
baby-crying = Mein Baby hört nicht auf zu weinen.
have-prescription = Ich habe ein Rezept.
medicine-for-this = Haben Sie ein Medikament gegen diese Beschwerden?
want-painkiller = Ich hätte gern ein Schmerzmittel.
want-fever-reducer = Ich hätte gern ein fiebersenkendes Mittel.
how-often = Wie oft am Tag soll ich es nehmen?
before-after-meals = Vor oder nach dem Essen?
drowsy = Macht es müde?
safe-in-pregnancy = Darf man es in der Schwangerschaft nehmen?
write-dosage = Könnten Sie aufschreiben, wie ich es nehmen soll?
medicine-information = Könnte ich den Beipackzettel zu diesem Medikament bekommen?
generic-ok = Ein Generikum ist in Ordnung.
pharmacy-open-now = Gibt es eine Apotheke, die jetzt geöffnet hat?
q-medicine-notebook = Haben Sie ein Medikamentenheft (お薬手帳)?
no-medicine-notebook = Ich habe kein Medikamentenheft.
prescription-outside = Bitte bringen Sie dieses Rezept in eine Apotheke außerhalb des Krankenhauses.
dose-after-meals = Nehmen Sie es { $times ->
        [one] einmal
       *[other] { $times }-mal
    } täglich nach dem Essen.
days-supply = Das reicht für { $days ->
        [one] einen Tag
       *[other] { $days } Tage
    }.
need-prescription = Brauche ich ein Rezept?
alcohol-ok = Darf ich dazu Alkohol trinken?
ok-breastfeeding = Darf ich es in der Stillzeit nehmen?
have-medicine = Haben Sie { $medicine }?
how-many-per-dose = Wie viele soll ich jedes Mal nehmen?
take-before-sleep = Nehmen Sie es vor dem Schlafengehen.
take-when-pain = Nehmen Sie es nur bei Schmerzen.
finish-course = Nehmen Sie alles, bis die Packung aufgebraucht ist.
child-syrup = Gibt es einen Saft oder ein Pulver für Kinder?
how-much = Wie viel wird es kosten?
cost-estimate = Könnten Sie mir vor der Behandlung die ungefähren Kosten nennen?
pay-full-cost = Ich bezahle die vollen Kosten selbst.
pay-card = Kann ich mit Kreditkarte bezahlen?
pay-cash = Ich bezahle bar.
atm-nearby = Gibt es hier in der Nähe einen Geldautomaten?
deposit = Wie hoch ist die Anzahlung?
pay-later = Ich kann heute nicht alles bezahlen. Kann ich später bezahlen?
receipt = Bitte geben Sie mir eine Quittung (領収書).
itemised-bill = Bitte geben Sie mir eine detaillierte Rechnung (診療明細書).
medical-certificate = Ich brauche für meine Versicherung ein ärztliches Attest (診断書) auf Englisch.
insurance-form = Könnte der Arzt das Formular meiner Versicherung ausfüllen?
insurer-will-call = Meine Versicherung wird sich beim Krankenhaus melden.
cashless = Kann meine Versicherung direkt an das Krankenhaus zahlen?
no-referral = Ich habe keine Überweisung.
talk-to-insurer = Könnten Sie mit meiner Versicherung telefonieren?
where-pay = Wo bezahle ich?
diagnosis-written = Könnten Sie mir die Diagnose aufschreiben?
copy-of-results = Kann ich Kopien der Befunde und Bilder (auf CD) bekommen?
how-much-cash = Wie viel Bargeld soll ich mitbringen?
taxi-nearest-hospital = Bitte bringen Sie mich zum nächsten Krankenhaus.
taxi-emergency-hospital = Bitte bringen Sie mich zu einem Krankenhaus mit Notaufnahme.
taxi-to-address = Bitte bringen Sie mich zu dieser Adresse: { $address }
call-taxi = Könnten Sie mir ein Taxi rufen?
call-ambulance = Bitte rufen Sie einen Krankenwagen.
hurry = Bitte beeilen Sie sich.
what-address = Könnten Sie mir die Adresse von hier sagen?
lost-way = Ich habe mich verlaufen.
where-hospital = Wo ist das Krankenhaus?
where-pharmacy = Wo ist die nächste Apotheke?
where-toilet = Wo ist die Toilette?
taxi-emergency-entrance = Bitte fahren Sie mich zum Eingang der Notaufnahme (救急外来).
taxi-here = Bitte fahren Sie mich hierhin.
taxi-wait = Könnten Sie bitte hier auf mich warten?
taxi-pay-card = Kann ich im Taxi mit Karte zahlen?
q-what-happened = Was fehlt Ihnen?
q-where-hurt = Wo tut es weh?
q-since-when = Seit wann?
q-pain-scale = Wie stark ist der Schmerz von 0 bis 10?
q-allergies = Haben Sie Allergien?
q-medicines = Nehmen Sie Medikamente?
q-illnesses = Werden Sie wegen einer Krankheit behandelt?
q-tetanus = Sind Sie gegen Tetanus geimpft?
q-pregnant = Sind Sie schwanger oder könnten Sie schwanger sein?
q-last-meal = Wann haben Sie zuletzt gegessen?
q-insurance-card = Haben Sie eine Krankenversicherungskarte?
q-show-passport = Darf ich Ihren Reisepass sehen?
q-point-answer = Bitte zeigen Sie auf Ihre Antwort.
q-fill-form = Bitte füllen Sie dieses Formular aus.
q-wait-here = Bitte warten Sie hier.
q-lie-down = Bitte legen Sie sich hier hin.
q-deep-breath = Bitte atmen Sie tief ein.
q-blood-test = Wir machen eine Blutuntersuchung.
q-urine-test = Wir machen eine Urinuntersuchung.
q-x-ray = Wir machen eine Röntgenaufnahme.
q-admission = Sie müssen im Krankenhaus bleiben.
q-come-back = Bitte kommen Sie morgen wieder.
q-does-this-hurt = Tut es weh, wenn ich hier drücke?
q-last-period = Wann hat Ihre letzte Periode begonnen?
q-how-many-times = Wie oft ist das passiert?
q-metal = Haben Sie Metall im Körper?
q-contrast = Haben Sie schon einmal schlecht auf Kontrastmittel reagiert?
q-weight = Wie viel wiegen Sie?
q-alcohol-smoking = Trinken Sie Alkohol oder rauchen Sie?
a-yes = Ja.
a-no = Nein.
a-dont-know = Ich weiß es nicht.
a-dont-understand = Ich verstehe nicht.
a-a-little = Ein bisschen.
a-a-lot = Sehr.
a-number = { $number }.
a-for-days = Seit { $days ->
        [one] einem Tag
       *[other] { $days } Tagen
    }.
a-for-hours = Seit { $hours ->
        [one] einer Stunde
       *[other] { $hours } Stunden
    }.
a-for-weeks = Seit { $weeks ->
        [one] einer Woche
       *[other] { $weeks } Wochen
    }.
a-for-months = Seit { $months ->
        [one] einem Monat
       *[other] { $months } Monaten
    }.
a-since-this-morning = Seit heute Morgen.
a-since-yesterday = Seit gestern.
a-since-last-night = Seit gestern Abend.
a-worse = Es wird schlimmer.
a-better = Es wird besser.
a-same = Es ist unverändert.
a-head = Der Kopf.
a-chest = Die Brust.
a-stomach = Der Bauch.
a-lower-belly = Der Unterbauch.
a-back = Der Rücken.
a-neck = Der Hals (Nacken).
a-shoulder = Die Schulter.
a-throat = Der Hals (Rachen).
a-eye = Das Auge.
a-ear = Das Ohr.
a-nose = Die Nase.
a-arm = Der Arm.
a-hand = Die Hand.
a-leg = Das Bein.
a-foot = Der Fuß.
a-knee = Das Knie.
a-right = Rechts.
a-left = Links.
a-both-sides = Auf beiden Seiten.
a-sometimes = Manchmal.
a-always = Die ganze Zeit.
a-minutes-ago = Seit ein paar Minuten.
a-after-eating = Seit dem Essen.
a-times = { $times ->
        [one] Einmal
       *[other] { $times }-mal
    }.
a-since-hour = Seit { $hour } Uhr.
a-wait-moment = Einen Moment bitte.
a-sorry = Entschuldigung.
a-thank-you = Vielen Dank.
a-body-part = Hier: { $part }.
a-upper-belly = Die Magengrube.
a-flank = Die Flanke.
a-wrist = Das Handgelenk.
a-ankle = Der Knöchel.
a-finger = Ein Finger.
a-toe = Ein Zeh.
a-hip = Das Hüftgelenk.
a-face = Das Gesicht.
a-mouth = Der Mund.
a-whole-body = Der ganze Körper.
a-elbow = Der Ellbogen.

## Warnzeichen

weak-one-side = Arm oder Bein auf einer Seite ist kraftlos.
slurred-speech = Ich spreche verwaschen.
face-drooping = Eine Gesichtshälfte hängt herab.
worst-headache = Das sind die schlimmsten Kopfschmerzen meines Lebens.
lips-face-swelling = Meine Lippen und mein Gesicht schwellen an.
throat-closing = Mein Hals fühlt sich wie zugeschnürt an.
vomited-blood = Ich habe Blut erbrochen.
blood-in-phlegm = Ich habe Blut im Auswurf.
black-stool = Mein Stuhl ist schwarz.
confused = Die Person ist verwirrt und nicht richtig wach.
chest-pain-spreading = Die Brustschmerzen strahlen in den Arm oder Kiefer aus.
fever-stiff-neck = Ich habe Fieber und einen so steifen Nacken, dass ich ihn nicht beugen kann.
sudden-vision-loss = Ich sehe plötzlich schlecht.
too-breathless-to-speak = Ich bekomme so schlecht Luft, dass ich nicht sprechen kann.

## Frauengesundheit

last-period-days = Meine letzte Periode hat vor { $days ->
        [one] einem Tag
       *[other] { $days } Tagen
    } begonnen.
period-late = Meine Periode ist überfällig.
period-pain = Ich habe starke Regelschmerzen.
irregular-bleeding = Ich habe Blutungen außerhalb meiner Periode.
heavy-period = Meine Periode ist sehr stark.
on-period = Ich habe gerade meine Periode.
emergency-contraception = Ich brauche Notfallverhütung (die Pille danach).
female-doctor = Könnte mich eine Ärztin untersuchen?
vaginal-discharge = Ich habe ungewöhnlichen Ausfluss.
bladder-infection = Ich glaube, ich habe eine Blasenentzündung.

## Für den Notruf 119

someone-collapsed = Jemand ist zusammengebrochen.
i-am-patient = Ich selbst bin betroffen.
patients-count = { $people ->
        [one] Eine Person ist betroffen
       *[other] { $people } Personen sind betroffen
    }.
room-number = Wir sind in Zimmer { $room }.
waiting-at-entrance = Wir warten am Eingang des Gebäudes.
bring-aed = Bitte bringen Sie einen Defibrillator (AED).
where-aed = Wo ist der Defibrillator?
not-breathing = Die Person atmet nicht.
not-responding = Die Person reagiert nicht auf Ansprache.
doing-cpr = Wir machen eine Herzdruckmassage.
vending-machine-address = Ich lese die Adresse vom Getränkeautomaten ab.

## Was das Personal sagt

staff-drip = Wir legen Ihnen eine Infusion.
staff-injection = Sie bekommen eine Spritze.
staff-ct = Wir machen eine Computertomographie (CT).
staff-mri = Wir machen eine MRT.
staff-ecg = Wir schreiben ein EKG.
staff-ultrasound = Wir machen einen Ultraschall.
staff-gown = Bitte ziehen Sie diesen Kittel an.
staff-remove-metal = Bitte legen Sie alles aus Metall ab.
staff-sign-consent = Bitte unterschreiben Sie diese Einverständniserklärung.
staff-go-home = Sie können nach Hause gehen.
staff-rest = Bitte schonen Sie sich und ruhen Sie sich aus.
staff-no-bath = Bitte nehmen Sie heute kein Bad.
staff-call-by-number = Wir rufen Sie mit Ihrer Nummer auf.
staff-nothing-by-mouth = Bitte essen und trinken Sie nichts.
staff-come-back-if-worse = Kommen Sie wieder, wenn es schlimmer wird.
staff-stitches = Wir nähen die Wunde.
staff-results-days = Die Ergebnisse liegen in { $days ->
        [one] einem Tag
       *[other] { $days } Tagen
    } vor.
staff-open-mouth = Bitte öffnen Sie den Mund.
staff-sleeve = Bitte krempeln Sie den Ärmel hoch.
staff-wait-results = Bitte warten Sie auf die Untersuchungsergebnisse.
