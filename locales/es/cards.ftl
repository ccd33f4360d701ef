# Tarjetas de frases en español. Traducción de calidad automática, sin revisar.

category-reception = Recepción y registro
category-symptoms = Síntomas
category-pain = Dolor
category-injuries = Lesiones
category-allergies = Alergias
category-medicines = Medicamentos
category-chronic = Enfermedades crónicas
category-pregnancy = Embarazo
category-children = Niños
category-pharmacy = Farmacia
category-payment = Pago y seguro
category-taxi = Taxi y direcciones
category-questions = Preguntas del personal
category-answers = Respuestas para señalar
category-urgent-signs = Señales de alarma
category-womens-health = Salud de la mujer
category-call-119 = Para llamar al 119
category-staff-says = Lo que dice el personal
arg-name = Su nombre
arg-age = Edad en años
arg-hotel = Hotel o alojamiento
arg-temperature = Temperatura corporal en °C
arg-score = Dolor de 0 a 10
arg-days = Número de días
arg-hours = Número de horas
arg-weeks = Número de semanas
arg-months = Número de meses
arg-allergen = A qué tiene alergia
arg-medicine = Nombre del medicamento
arg-kg = Peso en kg
arg-address = Dirección
arg-number = Un número
arg-times = Número de veces
arg-people = Número de personas
arg-part = Parte del cuerpo
arg-room = Número de habitación
arg-hour = Hora del día (0–23)
need-doctor = Necesito ver a un médico.
first-visit = Es la primera vez que vengo aquí.
no-japanese = No hablo japonés.
tourist = Soy turista en Japón.
no-japanese-insurance = No tengo seguro médico japonés.
have-travel-insurance = Tengo seguro de viaje.
passport = Aquí tiene mi pasaporte.
interpreter = ¿Podría tener un intérprete, por favor?
translation-app = ¿Puedo usar una aplicación de traducción?
write-down = ¿Podría escribirlo, por favor?
speak-slowly = Hable despacio, por favor.
urgent = Es urgente. Por favor, atiéndame enseguida.
how-long-wait = ¿Cuánto hay que esperar?
which-department = ¿A qué especialidad debo ir?
wheelchair = Necesito una silla de ruedas.
my-name = Me llamo { $name }.
my-age = Tengo { $age } años.
staying-at = Me alojo en { $hotel }.
english-doctor = ¿Hay algún médico que hable inglés?
need-appointment = ¿Hace falta cita?
fever-can-visit = Tengo fiebre. ¿Me pueden atender?
infection-test = Quisiera hacerme una prueba de COVID-19 o de gripe.
flying-home-days = Vuelvo a mi país en avión dentro de { $days ->
        [one] un día
       *[other] { $days } días
    }.
fit-to-fly = ¿Puedo viajar en avión sin riesgo?
contact-family = Por favor, avise a mi familia.
contact-embassy = Por favor, avise a mi embajada.
fever = Tengo fiebre.
fever-temperature = Mi temperatura es de { $temperature } °C.
chills = Tengo escalofríos.
cough = Tengo tos.
sore-throat = Me duele la garganta.
runny-nose = Me gotea la nariz.
stuffy-nose = Tengo la nariz tapada.
sneezing = No paro de estornudar.
headache = Me duele la cabeza.
chest-pain = Me duele el pecho.
stomach-ache = Me duele el estómago.
breathless = Me cuesta respirar.
chest-tight = Siento opresión en el pecho.
palpitations = El corazón me late muy rápido.
nausea = Tengo náuseas.
vomited = He vomitado.
diarrhoea = Tengo diarrea.
blood-in-stool = Tengo sangre en las heces.
dizzy = Tengo mareos.
fainted = Me he desmayado.
numbness = Tengo entumecimiento.
rash = Tengo un sarpullido.
itchy = Me pica.
exhausted = Siento todo el cuerpo pesado y débil.
heatstroke = Creo que tengo un golpe de calor.
food-poisoning = Puede que tenga una intoxicación alimentaria.
ear-pain = Me duele el oído.
eye-pain = Me duele el ojo.
toothache = Me duele una muela.
vomited-times = He vomitado { $times ->
        [one] una vez
       *[other] { $times } veces
    }.
diarrhoea-times = Hoy he tenido diarrea { $times ->
        [one] una vez
       *[other] { $times } veces
    }.
fever-since-days = Tengo fiebre desde hace { $days ->
        [one] un día
       *[other] { $days } días
    }.
phlegm = Tengo tos con flema.
no-appetite = No tengo apetito.
constipation = Tengo estreñimiento.
pain-urinating = Me duele al orinar.
blood-in-urine = Tengo sangre en la orina.
frequent-urination = Tengo que orinar muy a menudo.
hives = Me han salido ronchas (urticaria).
sunburn = Tengo una quemadura solar fuerte.
drank-too-much = He bebido demasiado alcohol.
panic = Estoy muy angustiado/a, tengo un ataque de pánico.
altitude-sickness = Creo que tengo mal de altura.
cold-shivering = Estoy helado/a y no paro de temblar.
seizure-adult = He tenido una convulsión.
pain-here = Me duele aquí.
lower-back-pain = Me duele la parte baja de la espalda.
pain-score = Mi dolor es de { $score } sobre 10.
pain-since-days = El dolor empezó hace { $days ->
        [one] un día
       *[other] { $days } días
    }.
pain-since-hours = El dolor empezó hace { $hours ->
        [one] una hora
       *[other] { $hours } horas
    }.
pain-sudden = El dolor empezó de repente.
pain-sharp = Es un dolor agudo, punzante.
pain-throbbing = Es un dolor pulsátil.
pain-dull = Es un dolor sordo.
pain-burning = Es un dolor ardiente.
pain-cramping = Es un dolor tipo cólico.
pain-constant = El dolor es constante.
pain-comes-and-goes = El dolor va y viene.
pain-worse = El dolor está empeorando.
pain-when-moving = Me duele al moverme.
pain-when-breathing = Me duele al respirar.
pain-spreads = El dolor se extiende a otras partes.
pain-unbearable = El dolor es insoportable.
pain-in-part = Me duele aquí: { $part }.
pain-pressed = Me duele al apretar.
pain-at-night = El dolor empeora por la noche.
pain-upper-belly = Me duele la boca del estómago.
fell = Me he caído.
hit-head = Me he golpeado la cabeza.
cut = Me he cortado.
bleeding = La hemorragia no para.
broken-bone = Creo que tengo un hueso roto.
twisted-ankle = Me he torcido el tobillo.
swollen = Está hinchado.
bruise = Tengo un moratón.
bump = Tengo un chichón donde me golpeé.
scrape = Me he raspado la piel.
burn = Me he quemado.
traffic-accident = He tenido un accidente de tráfico.
animal-bite = Me ha mordido un animal.
insect-sting = Me ha picado un insecto.
cannot-walk = No puedo caminar.
hornet-sting = Me ha picado una avispa.
snake-bite = Me ha mordido una serpiente (mamushi o habu).
jellyfish-sting = Me ha picado una medusa.
ski-injury = Me he lesionado esquiando o haciendo snowboard.
frostbite = Creo que tengo congelación.
dislocated = Creo que se me ha salido una articulación (luxación).
something-in-eye = Se me ha metido algo en el ojo.
fish-bone = Se me ha clavado una espina de pescado en la garganta.
hurt-part = Me he hecho daño aquí: { $part }.
allergic-to = Tengo alergia a { $allergen }.
no-allergies = No tengo alergias.
allergy-penicillin = Tengo alergia a la penicilina.
allergy-painkillers = Tengo alergia a analgésicos como la aspirina (AINE).
allergy-peanuts = Tengo alergia al cacahuete (maní).
allergy-shellfish = Tengo alergia al marisco, como gambas y cangrejo.
allergy-egg = Tengo alergia al huevo.
allergy-milk = Tengo alergia a la leche y los lácteos.
allergy-wheat = Tengo alergia al trigo.
allergy-buckwheat = Tengo alergia al alforfón (soba).
allergy-latex = Tengo alergia al látex.
anaphylaxis-history = He tenido anafilaxia antes.
have-epipen = Llevo un autoinyector de adrenalina (EpiPen).
allergy-contrast = Tengo alergia al contraste (de TAC o radiografías).
allergy-antibiotics = Tengo alergia a los antibióticos.
allergy-cephalosporins = Tengo alergia a las cefalosporinas.
allergy-sulfa = Tengo alergia a las sulfamidas.
allergy-local-anaesthetic = Tengo alergia a la anestesia local.
allergy-molluscs = Tengo alergia a las almejas, ostras y otros moluscos.
allergy-bee-venom = Tengo alergia a las picaduras de abeja y avispa.
allergy-medicine = Tengo alergia a este medicamento: { $medicine }.
taking-medicine = Tomo { $medicine }.
no-medicines = No tomo ningún medicamento.
medicine-list = Esta es la lista de los medicamentos que tomo.
blood-thinners = Tomo anticoagulantes.
insulin = Uso insulina.
contraceptive-pill = Tomo la píldora anticonceptiva.
ran-out-of-medicine = Se me ha acabado mi medicación habitual.
lost-medicine = He perdido mis medicamentos.
need-same-medicine = Necesito el mismo medicamento que este.
took-painkiller = Tomé un analgésico hace { $hours ->
        [one] una hora
       *[other] { $hours } horas
    }.
using-medicine = Me pongo o uso { $medicine }.
steroids = Tomo corticoides o inmunosupresores.
inhaler = Uso un inhalador.
forgot-dose = Se me ha olvidado tomar una dosis.
medicine-from-home = Este es un medicamento de mi país.
diabetes = Tengo diabetes.
asthma = Tengo asma.
heart-disease = Tengo una enfermedad del corazón.
high-blood-pressure = Tengo la presión alta (hipertensión).
epilepsy = Tengo epilepsia.
kidney-disease = Tengo una enfermedad renal.
dialysis = Estoy en diálisis.
pacemaker = Llevo marcapasos.
recent-surgery = Me operaron hace poco.
immune-weak = Tengo las defensas bajas por una enfermedad o por medicamentos.
metal-in-body = Tengo metal en el cuerpo (un implante, una placa o un clip).
hepatitis = Tengo hepatitis.
hiv = Soy VIH positivo/a.
stroke-history = He tenido un ictus antes.
heart-attack-history = He tenido un infarto antes.
bleeding-tendency = Sangro con facilidad.
no-transfusion = Por motivos religiosos no puedo aceptar transfusiones de sangre.
cancer-treatment = Estoy en tratamiento contra el cáncer.
pregnant = Estoy embarazada.
pregnant-weeks = Estoy embarazada de { $weeks } semanas.
might-be-pregnant = Puede que esté embarazada.
not-pregnant = No estoy embarazada.
breastfeeding = Estoy dando el pecho.
pregnancy-bleeding = Estoy embarazada y estoy sangrando.
contractions = Tengo contracciones.
waters-broken = He roto aguas.
baby-moving-less = El bebé se mueve menos de lo normal.
miscarriage-history = He tenido un aborto espontáneo antes.
pregnant-stomach-pain = Estoy embarazada y me duele la barriga.
child-sick = Mi hijo/a está enfermo/a.
child-age = Mi hijo/a tiene { $age } años.
baby-age-months = Mi bebé tiene { $months ->
        [one] un mes
       *[other] { $months } meses
    }.
child-weight = Mi hijo/a pesa { $kg } kg.
child-high-fever = Mi hijo/a tiene fiebre alta.
child-not-drinking = Mi hijo/a no puede comer ni beber.
child-seizure = Mi hijo/a ha tenido una convulsión.
child-swallowed = Mi hijo/a se ha tragado algo.
child-vaccinated = Mi hijo/a tiene las vacunas al día.
child-dose = Por favor, deme una dosis infantil.
child-limp = Mi hijo/a está decaído/a y sin fuerzas.
child-vomited-times = Mi hijo/a ha vomitado { $times ->
        [one] una vez
       *[other] { $times } veces
    }.
child-temperature = Mi hijo/a tiene { $temperature } °C de temperatura.
child-rash-fever = Mi hijo/a tiene fiebre y sarpullido.
child-little-urine = Mi hijo/a apenas hace pis (moja pocos pañales).
child-hit-head = Mi hijo/a se ha caído y se ha dado un golpe en la cabeza.
child-breathing-hard = Mi hijo/a respira rápido y con dificultad.
baby-crying = Mi bebé no para de llorar.
have-prescription = Tengo una receta.
medicine-for-this = ¿Tiene algún medicamento para estos síntomas?
want-painkiller = Quisiera un analgésico.
want-fever-reducer = Quisiera algo para bajar la fiebre.
how-often = ¿Cuántas veces al día debo tomarlo?
before-after-meals = ¿Antes o después de las comidas?
drowsy = ¿Da sueño?
safe-in-pregnancy = ¿Se puede tomar durante el embarazo?
write-dosage = ¿Podría escribir cómo tomarlo?
medicine-information = ¿Me puede dar el prospecto de este medicamento?
generic-ok = Un genérico está bien.
pharmacy-open-now = ¿Hay alguna farmacia abierta ahora?
q-medicine-notebook = ¿Tiene libreta de medicamentos (お薬手帳)?
no-medicine-notebook = No tengo libreta de medicamentos.
prescription-outside = Lleve esta receta a una farmacia de fuera del hospital.
dose-after-meals = Tómelo { $times ->
        [one] una vez
       *[other] { $times } veces
    } al día, después de las comidas.
days-supply = Es para { $days ->
        [one] un día
       *[other] { $days } días
    }.
need-prescription = ¿Necesito receta?
alcohol-ok = ¿Puedo beber alcohol mientras lo tomo?
ok-breastfeeding = ¿Puedo tomarlo si estoy dando el pecho?
have-medicine = ¿Tiene { $medicine }?
how-many-per-dose = ¿Cuántas pastillas tomo cada vez?
take-before-sleep = Tómelo antes de acostarse.
take-when-pain = Tómelo solo cuando tenga dolor.
finish-course = Tómelo entero, hasta terminarlo.
child-syrup = ¿Hay jarabe o polvo para niños?
how-much = ¿Cuánto va a costar?
cost-estimate = ¿Podría decirme el coste aproximado antes del tratamiento?
pay-full-cost = Pagaré el coste total yo mismo.
pay-card = ¿Puedo pagar con tarjeta de crédito?
pay-cash = Pagaré en efectivo.
atm-nearby = ¿Hay un cajero automático cerca?
deposit = ¿Cuánto es el depósito?
pay-later = Hoy no puedo pagarlo todo. ¿Puedo pagar más tarde?
receipt = Deme un recibo, por favor (領収書).
itemised-bill = Deme una factura detallada, por favor (診療明細書).
medical-certificate = Necesito un certificado médico (診断書) en inglés para mi seguro.
insurance-form = ¿Podría el médico rellenar el formulario de mi seguro?
insurer-will-call = Mi compañía de seguros se pondrá en contacto con el hospital.
cashless = ¿Puede mi seguro pagar directamente al hospital?
no-referral = No tengo carta de derivación.
talk-to-insurer = ¿Podría hablar por teléfono con mi compañía de seguros?
where-pay = ¿Dónde se paga?
diagnosis-written = ¿Podría escribirme el nombre de la enfermedad (el diagnóstico)?
copy-of-results = ¿Me pueden dar copia de los resultados y las imágenes (en CD)?
how-much-cash = ¿Cuánto dinero en efectivo debo traer?
taxi-nearest-hospital = Lléveme al hospital más cercano, por favor.
taxi-emergency-hospital = Lléveme a un hospital con urgencias, por favor.
taxi-to-address = Lléveme a esta dirección, por favor: { $address }
call-taxi = ¿Podría llamarme un taxi?
call-ambulance = Llame a una ambulancia, por favor.
hurry = Dese prisa, por favor.
what-address = ¿Podría decirme la dirección de este lugar?
lost-way = Me he perdido.
where-hospital = ¿Dónde está el hospital?
where-pharmacy = ¿Dónde está la farmacia más cercana?
where-toilet = ¿Dónde está el baño?
taxi-emergency-entrance = Lléveme a la entrada de urgencias (救急外来), por favor.
taxi-here = Lléveme aquí, por favor.
taxi-wait = ¿Podría esperarme aquí, por favor?
taxi-pay-card = ¿Puedo pagar con tarjeta en el taxi?
q-what-happened = ¿Qué le pasa?
q-where-hurt = ¿Dónde le duele?
q-since-when = ¿Desde cuándo?
q-pain-scale = ¿Cuánto le duele, de 0 a 10?
q-allergies = ¿Tiene alguna alergia?
q-medicines = ¿Toma algún medicamento?
q-illnesses = ¿Está en tratamiento por alguna enfermedad?
q-tetanus = ¿Tiene puesta la vacuna del tétanos?
q-pregnant = ¿Está embarazada o podría estarlo?
q-last-meal = ¿Cuándo comió por última vez?
q-insurance-card = ¿Tiene tarjeta del seguro médico?
q-show-passport = ¿Me enseña su pasaporte?
q-point-answer = Señale su respuesta, por favor.
q-fill-form = Rellene este formulario, por favor.
q-wait-here = Espere aquí, por favor.
q-lie-down = Túmbese aquí, por favor.
q-deep-breath = Respire hondo, por favor.
q-blood-test = Vamos a hacerle un análisis de sangre.
q-urine-test = Vamos a hacerle un análisis de orina.
q-x-ray = Vamos a hacerle una radiografía.
q-admission = Es necesario que se quede en el hospital.
q-come-back = Vuelva mañana, por favor.
q-does-this-hurt = ¿Le duele si aprieto aquí?
q-last-period = ¿Cuándo empezó su última regla?
q-how-many-times = ¿Cuántas veces?
q-metal = ¿Tiene algún metal en el cuerpo?
q-contrast = ¿Alguna vez le ha sentado mal el contraste?
q-weight = ¿Cuánto pesa?
q-alcohol-smoking = ¿Bebe alcohol o fuma?
a-yes = Sí.
a-no = No.
a-dont-know = No lo sé.
a-dont-understand = No entiendo.
a-a-little = Un poco.
a-a-lot = Mucho.
a-number = { $number }.
a-for-days = Desde hace { $days ->
        [one] un día
       *[other] { $days } días
    }.
a-for-hours = Desde hace { $hours ->
        [one] una hora
       *[other] { $hours } horas
    }.
a-for-weeks = Desde hace { $weeks ->
        [one] una semana
       *[other] { $weeks } semanas
    }.
a-for-months = Desde hace { $months ->
        [one] un mes
       *[other] { $months } meses
    }.
a-since-this-morning = Desde esta mañana.
a-since-yesterday = Desde ayer.
a-since-last-night = Desde anoche.
a-worse = Está empeorando.
a-better = Está mejorando.
a-same = Sigue igual.
a-head = La cabeza.
a-chest = El pecho.
a-stomach = El estómago (la barriga).
a-lower-belly = La parte baja del vientre.
a-back = La espalda.
a-neck = El cuello.
a-shoulder = El hombro.
a-throat = La garganta.
a-eye = El ojo.
a-ear = El oído (la oreja).
a-nose = La nariz.
a-arm = El brazo.
a-hand = La mano.
a-leg = La pierna.
a-foot = El pie.
a-knee = La rodilla.
a-right = El lado derecho.
a-left = El lado izquierdo.
a-both-sides = Los dos lados.
a-sometimes = A veces.
a-always = Todo el tiempo.
a-minutes-ago = Desde hace unos minutos.
a-after-eating = Desde que comí.
a-times = { $times ->
        [one] Una vez
       *[other] { $times } veces
    }.
a-since-hour = Desde las { $hour }:00.
a-wait-moment = Un momento, por favor.
a-sorry = Perdone.
a-thank-you = Muchas gracias.
a-body-part = Aquí: { $part }.
a-upper-belly = La boca del estómago.
a-flank = El costado.
a-wrist = La muñeca.
a-ankle = El tobillo.
a-finger = Un dedo de la mano.
a-toe = Un dedo del pie.
a-hip = La articulación de la cadera.
a-face = La cara.
a-mouth = La boca.
a-whole-body = Todo el cuerpo.
a-elbow = El codo.

## Señales de alarma

weak-one-side = Tengo debilidad en el brazo o la pierna de un lado.
slurred-speech = Me cuesta hablar, arrastro las palabras.
face-drooping = Tengo un lado de la cara caído.
worst-headache = Es el peor dolor de cabeza que he tenido nunca.
lips-face-swelling = Se me están hinchando los labios y la cara.
throat-closing = Siento que se me cierra la garganta.
vomited-blood = He vomitado sangre.
blood-in-phlegm = Tengo sangre en la flema.
black-stool = Tengo las heces negras.
confused = La persona está confusa y adormilada.
chest-pain-spreading = El dolor de pecho se me extiende al brazo o a la mandíbula.
fever-stiff-neck = Tengo fiebre y el cuello tan rígido que no lo puedo doblar.
sudden-vision-loss = De repente no veo bien.
too-breathless-to-speak = Me falta tanto el aire que no puedo hablar.

## Salud de la mujer

last-period-days = Mi última regla empezó hace { $days ->
        [one] un día
       *[other] { $days } días
    }.
period-late = Tengo un retraso en la regla.
period-pain = Tengo dolores de regla muy fuertes.
irregular-bleeding = Tengo sangrado fuera de la regla.
heavy-period = Tengo una regla muy abundante.
on-period = Ahora tengo la regla.
emergency-contraception = Necesito anticoncepción de emergencia (la píldora del día después).
female-doctor = ¿Podría atenderme una médica?
vaginal-discharge = Tengo un flujo vaginal anormal.
bladder-infection = Creo que tengo una infección de orina (cistitis).

## Para llamar al 119

someone-collapsed = Una persona se ha desplomado.
i-am-patient = La persona enferma soy yo.
patients-count = { $people ->
        [one] Hay una persona herida o enferma
       *[other] Hay { $people } personas heridas o enfermas
    }.
room-number = Estamos en la habitación { $room }.
waiting-at-entrance = Estamos esperando en la entrada del edificio.
bring-aed = Traigan un desfibrilador (DEA), por favor.
where-aed = ¿Dónde está el desfibrilador?
not-breathing = La persona no respira.
not-responding = La persona no responde cuando le hablan.
doing-cpr = Estamos haciendo RCP (compresiones en el pecho).
vending-machine-address = Le leo la dirección que pone en una máquina expendedora.

## Lo que dice el personal

staff-drip = Le vamos a poner un gotero (suero).
staff-injection = Le vamos a poner una inyección.
staff-ct = Le vamos a hacer un TAC.
staff-mri = Le vamos a hacer una resonancia magnética.
staff-ecg = Le vamos a hacer un electrocardiograma.
staff-ultrasound = Le vamos a hacer una ecografía.
staff-gown = Póngase esta bata, por favor.
staff-remove-metal = Quítese todo lo que sea de metal.
staff-sign-consent = Firme este consentimiento, por favor.
staff-go-home = Ya puede irse a casa.
staff-rest = Haga reposo, por favor.
staff-no-bath = Hoy no se bañe, por favor.
staff-call-by-number = Le llamaremos por su número.
staff-nothing-by-mouth = No coma ni beba nada, por favor.
staff-come-back-if-worse = Si empeora, vuelva.
staff-stitches = Vamos a darle unos puntos.
staff-results-days = Los resultados estarán en { $days ->
        [one] un día
       *[other] { $days } días
    }.
staff-open-mouth = Abra la boca, por favor.
staff-sleeve = Súbase la manga, por favor.
staff-wait-results = Espere a los resultados de las pruebas, por favor.
