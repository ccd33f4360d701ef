# Mga phrase card sa Tagalog. Kalidad-makina ang salin, hindi pa nasuri.

category-reception = Pagpaparehistro
category-symptoms = Mga sintomas
category-pain = Sakit o kirot
category-injuries = Mga pinsala
category-allergies = Mga allergy
category-medicines = Mga gamot
category-chronic = Mga pangmatagalang sakit
category-pregnancy = Pagbubuntis
category-children = Mga bata
category-pharmacy = Botika
category-payment = Bayad at insurance
category-taxi = Taxi at direksyon
category-questions = Mga tanong ng staff
category-answers = Mga sagot na ituturo
category-urgent-signs = Mga babalang senyales
category-womens-health = Kalusugan ng kababaihan
category-call-119 = Sa pagtawag sa 119
category-staff-says = Sinasabi ng staff
arg-name = Pangalan mo
arg-age = Edad (taon)
arg-hotel = Hotel o tinutuluyan
arg-temperature = Temperatura ng katawan (°C)
arg-score = Sakit mula 0 hanggang 10
arg-days = Bilang ng araw
arg-hours = Bilang ng oras
arg-weeks = Bilang ng linggo
arg-months = Bilang ng buwan
arg-allergen = Ang kinaaallergyan mo
arg-medicine = Pangalan ng gamot
arg-kg = Timbang (kg)
arg-address = Address
arg-number = Isang numero
arg-times = Ilang beses
arg-people = Bilang ng tao
arg-part = Bahagi ng katawan
arg-room = Numero ng kuwarto
arg-hour = Anong oras (0–23)
need-doctor = Kailangan kong magpatingin sa doktor.
first-visit = Ito ang unang beses ko rito.
no-japanese = Hindi ako marunong mag-Japanese.
tourist = Turista ako rito sa Japan.
no-japanese-insurance = Wala akong Japanese na health insurance.
have-travel-insurance = May travel insurance ako.
passport = Heto ang pasaporte ko.
interpreter = Puwede po bang humingi ng interpreter?
translation-app = Puwede po bang gumamit ng translation app?
write-down = Puwede po bang isulat ninyo?
speak-slowly = Pakibagalan po ang pagsasalita.
urgent = Emergency po ito. Pakitingnan po ninyo ako agad.
how-long-wait = Gaano katagal po ang paghihintay?
which-department = Saang departamento po ako dapat magpatingin?
wheelchair = Kailangan ko ng wheelchair.
my-name = Ang pangalan ko ay { $name }.
my-age = { $age } taong gulang ako.
staying-at = Nakatira ako sa { $hotel }.
english-doctor = May doktor po bang nagsasalita ng Ingles?
need-appointment = Kailangan ko ba ng appointment?
fever-can-visit = May lagnat ako. Puwede pa rin ba akong magpatingin?
infection-test = Gusto kong magpa-test para sa COVID-19 o trangkaso.
flying-home-days = Uuwi na ako sa bansa ko sa loob ng { $days ->
        [1] isang araw
       *[other] { $days } araw
    }.
fit-to-fly = Ligtas po ba akong sumakay ng eroplano?
contact-family = Pakikontak po ang pamilya ko.
contact-embassy = Pakikontak po ang embahada ng bansa ko.
fever = May lagnat ako.
fever-temperature = Ang temperatura ko ay { $temperature } °C.
chills = Nanginginig ako sa ginaw.
cough = May ubo ako.
sore-throat = Masakit ang lalamunan ko.
runny-nose = Tumutulo ang sipon ko.
stuffy-nose = Barado ang ilong ko.
sneezing = Hindi ako tumitigil sa pagbahing.
headache = Masakit ang ulo ko.
chest-pain = Masakit ang dibdib ko.
stomach-ache = Masakit ang tiyan ko.
breathless = Nahihirapan akong huminga.
chest-tight = Naninikip ang dibdib ko.
palpitations = Napakabilis ng tibok ng puso ko.
nausea = Nasusuka ako.
vomited = Nagsuka ako.
diarrhoea = Nagtatae ako.
blood-in-stool = May dugo sa dumi ko.
dizzy = Nahihilo ako.
fainted = Nahimatay ako.
numbness = May pamamanhid ako.
rash = May pantal ako.
itchy = Makati.
exhausted = Mabigat at nanghihina ang buong katawan ko.
heatstroke = Sa tingin ko na-heatstroke ako.
food-poisoning = Baka nalason ako sa pagkain.
ear-pain = Masakit ang tainga ko.
eye-pain = Masakit ang mata ko.
toothache = Masakit ang ngipin ko.
vomited-times = { $times ->
        [1] Isang beses
       *[other] { $times } beses
    } na akong nagsuka.
diarrhoea-times = { $times ->
        [1] Isang beses
       *[other] { $times } beses
    } na akong nagtae ngayong araw.
fever-since-days = { $days ->
        [1] Isang araw
       *[other] { $days } araw
    } na akong may lagnat.
phlegm = May plema ang ubo ko.
no-appetite = Wala akong ganang kumain.
constipation = Tinitibi ako.
pain-urinating = Masakit kapag umiihi ako.
blood-in-urine = May dugo ang ihi ko.
frequent-urination = Madalas akong umihi.
hives = Nagkaroon ako ng pantal-pantal (hives).
sunburn = Matindi ang sunog ng balat ko sa araw.
drank-too-much = Napasobra ang inom ko ng alak.
panic = Balisa ako at nagpa-panic.
altitude-sickness = Sa tingin ko may altitude sickness ako.
cold-shivering = Giniginaw ako nang husto at hindi tumitigil ang panginginig ko.
seizure-adult = Nangisay ako kanina.
pain-here = Masakit dito.
lower-back-pain = Masakit ang ibabang bahagi ng likod ko.
pain-score = Ang sakit ko ay { $score } sa 10.
pain-since-days = Nagsimula ang sakit { $days ->
        [1] isang araw
       *[other] { $days } araw
    } na ang nakaraan.
pain-since-hours = Nagsimula ang sakit { $hours ->
        [1] isang oras
       *[other] { $hours } oras
    } na ang nakaraan.
pain-sudden = Biglang sumakit.
pain-sharp = Matalas na sakit, parang sinasaksak.
pain-throbbing = Pumipintig ang sakit.
pain-dull = Mapurol na kirot.
pain-burning = Parang nasusunog ang sakit.
pain-cramping = Parang pinipilipit ang sakit.
pain-constant = Tuloy-tuloy ang sakit.
pain-comes-and-goes = Pabalik-balik ang sakit.
pain-worse = Lumalala ang sakit.
pain-when-moving = Masakit kapag gumagalaw ako.
pain-when-breathing = Masakit kapag humihinga ako.
pain-spreads = Kumakalat ang sakit sa ibang bahagi.
pain-unbearable = Hindi ko na matiis ang sakit.
pain-in-part = Masakit ang aking { $part }.
pain-pressed = Masakit kapag pinipindot.
pain-at-night = Mas masakit kapag gabi.
pain-upper-belly = Masakit ang sikmura ko (itaas ng tiyan).
fell = Natumba ako.
hit-head = Nauntog ang ulo ko.
cut = Nahiwa ako.
bleeding = Hindi tumitigil ang pagdurugo.
broken-bone = Sa tingin ko may bali ako.
twisted-ankle = Napilayan ang bukung-bukong ko.
swollen = Namamaga.
bruise = May pasa ako.
bump = May bukol ako kung saan ako nauntog.
scrape = Nagasgas ang balat ko.
burn = Napaso ako.
traffic-accident = Naaksidente ako sa kalsada.
animal-bite = Kinagat ako ng hayop.
insect-sting = Kinagat ako ng insekto.
cannot-walk = Hindi ako makalakad.
hornet-sting = Kinagat ako ng putakti.
snake-bite = Tinuklaw ako ng ahas (mamushi o habu).
jellyfish-sting = Natusok ako ng dikya.
ski-injury = Nasaktan ako habang nag-i-ski o nag-i-snowboard.
frostbite = Sa tingin ko may frostbite ako.
dislocated = Sa tingin ko may nalinsad na kasukasuan.
something-in-eye = May pumasok sa mata ko.
fish-bone = May tinik ng isda na bumara sa lalamunan ko.
hurt-part = Nasaktan ang aking { $part }.
allergic-to = May allergy ako sa { $allergen }.
no-allergies = Wala akong allergy.
allergy-penicillin = May allergy ako sa penicillin.
allergy-painkillers = May allergy ako sa mga pain reliever gaya ng aspirin.
allergy-peanuts = May allergy ako sa mani.
allergy-shellfish = May allergy ako sa shellfish gaya ng hipon at alimango.
allergy-egg = May allergy ako sa itlog.
allergy-milk = May allergy ako sa gatas at mga produktong gawa sa gatas.
allergy-wheat = May allergy ako sa trigo.
allergy-buckwheat = May allergy ako sa buckwheat (soba).
allergy-latex = May allergy ako sa latex.
anaphylaxis-history = Nagkaroon na ako ng anaphylaxis dati.
have-epipen = May dala akong adrenaline auto-injector (EpiPen).
allergy-contrast = Allergic ako sa contrast dye.
allergy-antibiotics = Allergic ako sa antibiotic.
allergy-cephalosporins = Allergic ako sa mga antibiotic na cephalosporin.
allergy-sulfa = Allergic ako sa gamot na sulfa.
allergy-local-anaesthetic = Allergic ako sa lokal na anesthesia.
allergy-molluscs = Allergic ako sa tulya, talaba at iba pang kabibe.
allergy-bee-venom = Allergic ako sa kagat ng bubuyog at putakti.
allergy-medicine = Allergic ako sa gamot na ito: { $medicine }.
taking-medicine = Umiinom ako ng { $medicine }.
no-medicines = Wala akong iniinom na gamot.
medicine-list = Ito ang listahan ng mga gamot na iniinom ko.
blood-thinners = Umiinom ako ng pampalabnaw ng dugo (anticoagulant).
insulin = Gumagamit ako ng insulin.
contraceptive-pill = Umiinom ako ng pills (kontraseptibo).
ran-out-of-medicine = Naubos na ang maintenance na gamot ko.
lost-medicine = Nawala ang gamot ko.
need-same-medicine = Kailangan ko ng gamot na kapareho nito.
took-painkiller = Uminom ako ng pain reliever { $hours ->
        [1] isang oras
       *[other] { $hours } oras
    } na ang nakaraan.
using-medicine = Gumagamit ako ng { $medicine }.
steroids = Gumagamit ako ng steroid o immunosuppressant.
inhaler = Gumagamit ako ng inhaler.
forgot-dose = Nakalimutan kong inumin ang isang dosis ng gamot ko.
medicine-from-home = Gamot ito mula sa bansa ko.
diabetes = May diabetes ako.
asthma = May hika ako.
heart-disease = May sakit ako sa puso.
high-blood-pressure = May high blood pressure ako.
epilepsy = May epilepsy ako.
kidney-disease = May sakit ako sa bato.
dialysis = Nagpapa-dialysis ako.
pacemaker = May pacemaker ako.
recent-surgery = Kaka-opera ko lang.
immune-weak = Mahina ang resistensya ko dahil sa sakit o gamot.
metal-in-body = May metal sa loob ng katawan ko (implant, plate o clip).
hepatitis = May hepatitis ako.
hiv = Positibo ako sa HIV.
stroke-history = Na-stroke na ako dati.
heart-attack-history = Inatake na ako sa puso dati.
bleeding-tendency = Madali akong dumugo.
no-transfusion = Dahil sa relihiyon ko, hindi ako puwedeng salinan ng dugo.
cancer-treatment = Nagpapagamot ako ng kanser.
pregnant = Buntis ako.
pregnant-weeks = { $weeks } linggo na akong buntis.
might-be-pregnant = Baka buntis ako.
not-pregnant = Hindi ako buntis.
breastfeeding = Nagpapasuso ako.
pregnancy-bleeding = Buntis ako at dinudugo ako.
contractions = Naghihilab na ako.
waters-broken = Pumutok na ang panubigan ko.
baby-moving-less = Mas madalang gumalaw ang baby sa tiyan ko kaysa dati.
miscarriage-history = Nakunan na ako dati.
pregnant-stomach-pain = Buntis ako at masakit ang tiyan ko.
child-sick = May sakit ang anak ko.
child-age = { $age } taong gulang ang anak ko.
baby-age-months = { $months ->
        [1] Isang buwan
       *[other] { $months } buwan
    } na ang sanggol ko.
child-weight = { $kg } kg ang timbang ng anak ko.
child-high-fever = Mataas ang lagnat ng anak ko.
child-not-drinking = Hindi makakain o makainom ang anak ko.
child-seizure = Nangisay ang anak ko.
child-swallowed = May nalunok ang anak ko.
child-vaccinated = Kumpleto ang bakuna ng anak ko.
child-dose = Pakibigay po ang dosis para sa bata.
child-limp = Lupaypay at matamlay ang anak ko.
child-vomited-times = { $times ->
        [1] Isang beses
       *[other] { $times } beses
    } nang nagsuka ang anak ko.
child-temperature = { $temperature } °C ang temperatura ng anak ko.
child-rash-fever = May lagnat at pantal ang anak ko.
child-little-urine = Madalang umihi ang anak ko (kaunti ang basang diaper).
child-hit-head = Nadapa ang anak ko at tumama ang ulo niya.
child-breathing-hard = Mabilis at hirap huminga ang anak ko.
baby-crying = Hindi tumitigil sa pag-iyak ang baby ko.
have-prescription = May reseta ako.
medicine-for-this = May gamot po ba kayo para sa mga sintomas na ito?
want-painkiller = Gusto ko po ng pain reliever.
want-fever-reducer = Gusto ko po ng gamot sa lagnat.
how-often = Ilang beses sa isang araw ko iinumin?
before-after-meals = Bago o pagkatapos kumain?
drowsy = Nakakaantok ba ito?
safe-in-pregnancy = Puwede ba ito sa buntis?
write-dosage = Puwede po bang isulat kung paano ito iinumin?
medicine-information = Puwede po bang makuha ang papel na paliwanag ng gamot na ito?
generic-ok = Puwede na ang generic.
pharmacy-open-now = May botika po bang bukas ngayon?
q-medicine-notebook = Mayroon po ba kayong medicine notebook (お薬手帳)?
no-medicine-notebook = Wala akong medicine notebook.
prescription-outside = Pakidala ang resetang ito sa botika sa labas ng ospital.
dose-after-meals = Inumin ito { $times ->
        [1] isang beses
       *[other] nang { $times } beses
    } sa isang araw, pagkatapos kumain.
days-supply = Para sa { $days ->
        [1] isang araw
       *[other] { $days } araw
    } ito.
need-prescription = Kailangan ko ba ng reseta?
alcohol-ok = Puwede ba akong uminom ng alak habang iniinom ito?
ok-breastfeeding = Puwede ko ba itong inumin habang nagpapasuso?
have-medicine = Mayroon ba kayong { $medicine }?
how-many-per-dose = Ilang tableta ang iinumin ko bawat beses?
take-before-sleep = Inumin bago matulog.
take-when-pain = Inumin lang kapag masakit.
finish-course = Inumin hanggang maubos.
child-syrup = May syrup o pulbos na gamot ba para sa bata?
how-much = Magkano po ang magagastos?
cost-estimate = Puwede po bang malaman ang tantiyang gastos bago ang gamutan?
pay-full-cost = Babayaran ko nang buo ang gastos.
pay-card = Puwede po bang magbayad gamit ang credit card?
pay-cash = Magbabayad ako ng cash.
atm-nearby = May ATM po ba malapit dito?
deposit = Magkano po ang deposito?
pay-later = Hindi ko mababayaran lahat ngayon. Puwede po bang magbayad mamaya?
receipt = Pakibigyan po ako ng resibo (領収書).
itemised-bill = Pakibigyan po ako ng detalyadong bill (診療明細書).
medical-certificate = Kailangan ko ng medical certificate (診断書) sa Ingles para sa insurance ko.
insurance-form = Puwede po bang sagutan ng doktor ang form ng insurance ko?
insurer-will-call = Kokontakin ng insurance company ko ang ospital.
cashless = Puwede po bang direktang magbayad ang insurance ko sa ospital?
no-referral = Wala akong referral letter.
talk-to-insurer = Puwede po ba kayong makipag-usap sa telepono sa insurance company ko?
where-pay = Saan ako magbabayad?
diagnosis-written = Puwede po bang isulat ang pangalan ng sakit ko (diagnosis)?
copy-of-results = Puwede po ba akong humingi ng kopya ng resulta at mga larawan (CD)?
how-much-cash = Magkano ang cash na dapat kong dalhin?
taxi-nearest-hospital = Pakihatid po ako sa pinakamalapit na ospital.
taxi-emergency-hospital = Pakihatid po ako sa ospital na may emergency room.
taxi-to-address = Pakihatid po ako sa address na ito: { $address }
call-taxi = Puwede po ba ninyo akong tawagan ng taxi?
call-ambulance = Pakitawag po ng ambulansya.
hurry = Pakibilisan po.
what-address = Puwede po bang malaman ang address ng lugar na ito?
lost-way = Naliligaw ako.
where-hospital = Nasaan ang ospital?
where-pharmacy = Nasaan ang pinakamalapit na botika?
where-toilet = Nasaan ang CR?
taxi-emergency-entrance = Pakihatid po ako sa pasukan ng emergency (救急外来).
taxi-here = Pakihatid po ako rito.
taxi-wait = Puwede po ba ninyo akong hintayin dito?
taxi-pay-card = Puwede ba akong magbayad ng taxi gamit ang card?
q-what-happened = Ano po ang nararamdaman ninyo?
q-where-hurt = Saan po masakit?
q-since-when = Kailan pa po?
q-pain-scale = Gaano kasakit, mula 0 hanggang 10?
q-allergies = May allergy po ba kayo?
q-medicines = May iniinom po ba kayong gamot?
q-illnesses = May sakit po ba kayong ginagamot ngayon?
q-tetanus = Nabakunahan na po ba kayo laban sa tetano?
q-pregnant = Buntis po ba kayo, o posibleng buntis?
q-last-meal = Kailan po kayo huling kumain?
q-insurance-card = May health insurance card po ba kayo?
q-show-passport = Puwede ko po bang makita ang pasaporte ninyo?
q-point-answer = Pakituro po ang sagot ninyo.
q-fill-form = Pakisagutan po ang form na ito.
q-wait-here = Pakihintay po rito.
q-lie-down = Pakihiga po rito.
q-deep-breath = Huminga po kayo nang malalim.
q-blood-test = Magsasagawa kami ng blood test.
q-urine-test = Magsasagawa kami ng urine test.
q-x-ray = Kukuhanan namin kayo ng X-ray.
q-admission = Kailangan ninyong ma-confine sa ospital.
q-come-back = Pakibalik po bukas.
q-does-this-hurt = Masakit ba kapag pinindot ko rito?
q-last-period = Kailan nagsimula ang huling regla ninyo?
q-how-many-times = Ilang beses na?
q-metal = May metal ba sa loob ng katawan ninyo?
q-contrast = Nagkaroon na ba kayo ng masamang reaksyon sa contrast dye?
q-weight = Ilang kilo ang timbang ninyo?
q-alcohol-smoking = Umiinom ba kayo ng alak o naninigarilyo?
a-yes = Oo.
a-no = Hindi.
a-dont-know = Hindi ko alam.
a-dont-understand = Hindi ko maintindihan.
a-a-little = Kaunti.
a-a-lot = Sobra.
a-number = Numero { $number }.
a-for-days = { $days ->
        [1] Isang araw
       *[other] { $days } araw
    } na.
a-for-hours = { $hours ->
        [1] Isang oras
       *[other] { $hours } oras
    } na.
a-for-weeks = { $weeks ->
        [1] Isang linggo
       *[other] { $weeks } linggo
    } na.
a-for-months = { $months ->
        [1] Isang buwan
       *[other] { $months } buwan
    } na.
a-since-this-morning = Simula kaninang umaga.
a-since-yesterday = Simula kahapon.
a-since-last-night = Simula kagabi.
a-worse = Lumalala.
a-better = Bumubuti.
a-same = Walang pagbabago.
a-head = Ulo.
a-chest = Dibdib.
a-stomach = Tiyan.
a-lower-belly = Puson.
a-back = Likod.
a-neck = Leeg.
a-shoulder = Balikat.
a-throat = Lalamunan.
a-eye = Mata.
a-ear = Tainga.
a-nose = Ilong.
a-arm = Braso.
a-hand = Kamay.
a-leg = Binti.
a-foot = Paa.
a-knee = Tuhod.
a-right = Sa kanan.
a-left = Sa kaliwa.
a-both-sides = Sa magkabilang panig.
a-sometimes = Paminsan-minsan.
a-always = Palagi.
a-minutes-ago = Mula ilang minuto ang nakalipas.
a-after-eating = Mula nang kumain ako.
a-times = { $times ->
        [1] Isang beses
       *[other] { $times } beses
    }.
a-since-hour = Mula { $hour }:00.
a-wait-moment = Sandali lang po.
a-sorry = Pasensya na po.
a-thank-you = Maraming salamat po.
a-body-part = Sa { $part }.
a-upper-belly = Sikmura (itaas ng tiyan).
a-flank = Tagiliran.
a-wrist = Pulso (galang-galangan).
a-ankle = Bukung-bukong.
a-finger = Daliri ng kamay.
a-toe = Daliri ng paa.
a-hip = Kasukasuan ng balakang.
a-face = Mukha.
a-mouth = Bibig.
a-whole-body = Buong katawan.
a-elbow = Siko.

## Mga babalang senyales

weak-one-side = Nanghihina ang braso o binti sa isang panig.
slurred-speech = Bulol at hindi malinaw ang pagsasalita ko.
face-drooping = Nakalaylay ang isang bahagi ng mukha ko.
worst-headache = Ito ang pinakamatinding sakit ng ulo na naranasan ko.
lips-face-swelling = Namamaga ang labi at mukha ko.
throat-closing = Parang sumisikip ang lalamunan ko.
vomited-blood = Nagsuka ako ng dugo.
blood-in-phlegm = May dugo ang plema ko.
black-stool = Itim ang dumi ko.
confused = Nalilito at inaantok ang pasyente.
chest-pain-spreading = Kumakalat ang sakit ng dibdib ko sa braso o panga.
fever-stiff-neck = May lagnat ako at naninigas ang leeg ko, hindi ko ito maibaluktot.
sudden-vision-loss = Biglang lumabo ang paningin ko.
too-breathless-to-speak = Hirap akong huminga kaya hindi ako makapagsalita.

## Kalusugan ng kababaihan

last-period-days = Nagsimula ang huling regla ko { $days ->
        [1] isang araw
       *[other] { $days } araw
    } na ang nakaraan.
period-late = Delayed ang regla ko.
period-pain = Matindi ang sakit ng puson ko dahil sa regla.
irregular-bleeding = Dinudugo ako kahit hindi ako nireregla.
heavy-period = Napakalakas ng regla ko.
on-period = May regla ako ngayon.
emergency-contraception = Kailangan ko ng emergency contraception (morning-after pill).
female-doctor = Puwede po bang babaeng doktor ang tumingin sa akin?
vaginal-discharge = Kakaiba ang discharge sa ari ko.
bladder-infection = Sa tingin ko may impeksyon ako sa pantog.

## Sa pagtawag sa 119

someone-collapsed = May taong bumagsak.
i-am-patient = Ako mismo ang pasyente.
patients-count = { $people ->
        [1] Isa ang pasyente
       *[other] { $people } ang pasyente
    }.
room-number = Nasa kuwarto kami bilang { $room }.
waiting-at-entrance = Naghihintay kami sa pasukan ng gusali.
bring-aed = Pakidala po ang AED.
where-aed = Nasaan ang AED?
not-breathing = Hindi humihinga ang tao.
not-responding = Hindi sumasagot ang tao kahit tinatawag.
doing-cpr = Nagsasagawa kami ng CPR (pagdiin sa dibdib).
vending-machine-address = Babasahin ko ang address na nakalagay sa vending machine.

## Sinasabi ng staff

staff-drip = Kakabitan namin kayo ng suwero.
staff-injection = Tuturukan namin kayo ng iniksyon.
staff-ct = Kukunan namin kayo ng CT scan.
staff-mri = Kukunan namin kayo ng MRI.
staff-ecg = Gagawa kami ng ECG (pagsusuri ng puso).
staff-ultrasound = Gagawa kami ng ultrasound.
staff-gown = Pakipalitan po ng damit na pang-eksamen.
staff-remove-metal = Pakitanggal po ang lahat ng metal.
staff-sign-consent = Pakipirmahan po ang consent form na ito.
staff-go-home = Puwede na kayong umuwi.
staff-rest = Magpahinga po kayo nang tahimik.
staff-no-bath = Huwag po kayong maligo sa bathtub ngayong araw.
staff-call-by-number = Tatawagin namin kayo ayon sa numero.
staff-nothing-by-mouth = Huwag po muna kayong kumain o uminom ng kahit ano.
staff-come-back-if-worse = Bumalik po kayo kapag lumala.
staff-stitches = Tatahiin namin ang sugat.
staff-results-days = Lalabas ang resulta sa loob ng { $days ->
        [1] isang araw
       *[other] { $days } araw
    }.
staff-open-mouth = Pakibuka po ang bibig.
staff-sleeve = Pakitupi po ang manggas.
staff-wait-results = Pakihintay po ang resulta ng pagsusuri.
