# The questionnaire (問診票): variants, topic labels, answer words, summary values and
# staff questions. Ids and lists: data/intake/*.csv; code: src/intake/.

## Questionnaire variants
variant-adult = Enfermedad (adulto)
variant-child = Niño enfermo
variant-injury = Lesión
variant-dental = Dientes
variant-pregnancy = Embarazo

## The summary
summary-title = Cuestionario médico
summary-note = Respondido por el paciente en su idioma con la app Tasukete y pasado al japonés por la app. Confirme los puntos importantes preguntando.
summary-line = { $label }: { $value }
list-separator = { ", " }

## Topic labels (the 問診票 line's label and the question's title)
label-age = Edad
label-sex = Sexo
label-weight = Peso
label-complaints = Síntomas principales
label-dental-problem = Problema dental
label-tooth = Qué dientes
label-injury-how = Cómo ocurrió
label-injury-place = Dónde ocurrió
label-pregnancy-weeks = Semanas de embarazo
label-pregnancy-symptoms = Síntomas del embarazo
label-pain-site = Dónde
label-onset = Desde cuándo
label-pain-score = Intensidad del dolor (0 nada – 10 máximo)
label-temperature = Temperatura
label-other-symptoms = Otros síntomas
label-drinking = Bebe líquidos
label-urine = Orina
label-vaccinations = Vacunas
label-allergies = Alergias
label-medicines = Medicamentos que toma
label-conditions = Enfermedades crónicas o previas
label-pregnant = Posible embarazo
label-insurance = Seguro

## Values of summary lines
value-not-answered = Sin respuesta
value-no-allergies = Sin alergias conocidas
value-no-medicines = No toma medicamentos
value-no-conditions = Sin enfermedades crónicas ni previas
value-onset-today = Desde hoy
value-onset-yesterday = Desde ayer
value-onset-days = Desde hace { $days } días
value-onset-hours =
    { $hours ->
        [one] Desde hace 1 hora
       *[other] Desde hace { $hours } horas
    }
value-score = { $score } de 10
value-temperature = { $temp } °C
value-weight = { $kg } kg
value-age-years =
    { $years ->
        [one] 1 año
       *[other] { $years } años
    }
value-age-months =
    { $months ->
        [one] 1 mes
       *[other] { $months } meses
    }
value-pregnancy-weeks =
    { $weeks ->
        [one] Embarazada de 1 semana
       *[other] Embarazada de { $weeks } semanas
    }
value-site-side = { $site } ({ $side })
value-allergy-reaction = { $substance } ({ $reaction })
value-group = { $group }: { $items }
value-group-separator = { "; " }

## Sex
sex-male = Hombre
sex-female = Mujer
sex-other = Otro

## Symptoms
symptom-fever = Fiebre
symptom-cough = Tos
symptom-sore-throat = Dolor de garganta
symptom-runny-nose = Moqueo
symptom-headache = Dolor de cabeza
symptom-chest-pain = Dolor en el pecho
symptom-breathless = Falta de aire
symptom-stomach-ache = Dolor de estómago
symptom-nausea = Náuseas
symptom-vomiting = Vómitos
symptom-diarrhoea = Diarrea
symptom-dizziness = Mareo
symptom-rash = Sarpullido
symptom-itching = Picor
symptom-fatigue = Cansancio
symptom-chills = Escalofríos
symptom-numbness = Entumecimiento
symptom-fainted = Desmayo
symptom-bleeding = Sangrado
symptom-swelling = Hinchazón
symptom-pain = Dolor
symptom-seizure = Convulsión

## Body sites
site-head = Cabeza
site-face = Cara
site-eye = Ojo
site-ear = Oído
site-mouth = Boca
site-throat = Garganta
site-neck = Cuello
site-shoulder = Hombro
site-chest = Pecho
site-upper-abdomen = Boca del estómago
site-abdomen = Abdomen
site-lower-abdomen = Parte baja del abdomen
site-back = Espalda
site-lower-back = Zona lumbar
site-arm = Brazo
site-hand = Mano, muñeca, dedos
site-leg = Pierna (muslo, espinilla)
site-knee = Rodilla
site-ankle = Tobillo
site-foot = Pie, dedos del pie
site-whole-body = Todo el cuerpo
side-left = Izquierda
side-right = Derecha
side-both = Ambos lados

## Injury
injury-how-fall = Caída
injury-how-fall-height = Caída desde altura
injury-how-traffic = Accidente de tráfico
injury-how-sports = Haciendo deporte
injury-how-hit = Golpe fuerte
injury-how-cut = Corte
injury-how-burn = Quemadura
injury-how-twisted = Torcedura
injury-how-bite = Mordedura o picadura
injury-place-home = En casa o alojamiento
injury-place-street = En la calle
injury-place-station = En una estación
injury-place-sports = Instalación deportiva, pista de esquí
injury-place-outdoors = Montaña, mar, exterior
injury-place-shop = En una tienda o edificio

## Teeth
dental-problem-toothache = Dolor de muelas
dental-problem-sensitive = Sensibilidad al frío o calor
dental-problem-broken = Diente roto o astillado
dental-problem-filling = Se cayó un empaste o corona
dental-problem-swollen-gum = Encías inflamadas o sangrantes
dental-problem-denture = Problema con la dentadura postiza
tooth-upper-right = Arriba a la derecha
tooth-upper-front = Arriba delante
tooth-upper-left = Arriba a la izquierda
tooth-lower-right = Abajo a la derecha
tooth-lower-front = Abajo delante
tooth-lower-left = Abajo a la izquierda

## Pregnancy
pregnancy-symptom-bleeding = Sangrado vaginal
pregnancy-symptom-belly-pain = Dolor o endurecimiento del vientre
pregnancy-symptom-contractions = Contracciones regulares
pregnancy-symptom-waters = Puede que haya roto aguas
pregnancy-symptom-less-movement = El bebé se mueve menos
pregnancy-symptom-headache-vision = Dolor de cabeza o ver destellos

## A child's drinking, urine and vaccinations
drinking-normal = Bebe como siempre
drinking-less = Bebe menos que de costumbre
drinking-none = Casi no bebe
urine-normal = Orina como siempre
urine-less = Orina menos que de costumbre
urine-none = Sin orinar medio día o más
vaccinations-up-to-date = Vacunas habituales al día
vaccinations-partly = Faltan algunas vacunas
vaccinations-unknown = No lo sé

## Pregnancy, insurance
pregnant-yes = Embarazada
pregnant-no = No embarazada
pregnant-unsure = Podría estar embarazada
insurance-travel = Seguro de viaje (sin seguro médico japonés)
insurance-none = Sin seguro (pago el coste total)
insurance-japanese = Seguro médico japonés

## Allergies
allergy-group-drug = Medicamentos
allergy-group-food = Alimentos
allergy-group-other = Otras
drug-allergen-penicillin = Penicilinas
drug-allergen-cephalosporin = Cefalosporinas
drug-allergen-antibiotic = Otros antibióticos
drug-allergen-nsaids = Analgésicos como ibuprofeno (AINE)
drug-allergen-aspirin = Aspirina
drug-allergen-sulfa = Sulfamidas
drug-allergen-contrast = Medios de contraste
drug-allergen-local-anaesthetic = Anestésicos locales
food-allergen-egg = Huevo
food-allergen-milk = Leche y lácteos
food-allergen-wheat = Trigo
food-allergen-buckwheat = Alforfón (soba)
food-allergen-peanut = Cacahuetes
food-allergen-tree-nut = Frutos secos (nuez, almendra…)
food-allergen-shrimp-crab = Gambas, cangrejo
food-allergen-shellfish = Moluscos (almejas, ostras…)
food-allergen-fish = Pescado
other-allergen-latex = Látex (guantes de goma)
other-allergen-bee-venom = Picaduras de abeja o avispa
other-allergen-metal = Metales (níquel…)
reaction-rash = Sarpullido
reaction-hives = Urticaria
reaction-swelling = Hinchazón de cara o labios
reaction-breathing = Dificultad para respirar
reaction-anaphylaxis = Anafilaxia
reaction-unknown = Reacción desconocida

## Conditions
condition-diabetes = Diabetes
condition-hypertension = Hipertensión
condition-heart-disease = Enfermedad cardíaca
condition-stroke = Ictus previo
condition-asthma = Asma
condition-kidney-disease = Enfermedad renal
condition-dialysis = En diálisis
condition-liver-disease = Enfermedad hepática o hepatitis
condition-epilepsy = Epilepsia
condition-thyroid = Enfermedad de tiroides
condition-cancer = Cáncer
condition-bleeding-tendency = Sangro con facilidad (trastorno de coagulación)
condition-immunosuppressed = Inmunodeprimido (corticoides, quimioterapia, trasplante, VIH)

## Medicines (classes; a generic name typed by the user is shown as typed)
medicine-anticoagulant = Anticoagulante (warfarina…)
medicine-antiplatelet = Antiagregante (aspirina…)
medicine-insulin = Insulina
medicine-diabetes-oral = Pastillas para la diabetes
medicine-blood-pressure = Medicamento para la tensión
medicine-steroid = Corticoides (prednisolona…)
medicine-inhaler = Inhalador para el asma
medicine-thyroid-hormone = Hormona tiroidea
medicine-antiepileptic = Antiepiléptico
medicine-contraceptive = Píldora anticonceptiva
medicine-epinephrine = Autoinyector de adrenalina (EpiPen)
medicine-immunosuppressant = Inmunosupresor

## Implants and metal (before an MRI)
device-pacemaker = Marcapasos
device-icd = Desfibrilador implantado (DAI)
device-stent = Stent
device-joint-replacement = Prótesis articular
device-metal-implant = Metal en el cuerpo (placas, tornillos)

## Staff mode: answers
answer-yes = Sí
answer-no = No
answer-unsure = No sé
trend-better = Mejorando
trend-same = Igual
trend-worse = Empeorando
last-meal-within-2h = Hace menos de 2 horas
last-meal-2-6h = Hace 2 a 6 horas
last-meal-over-6h = Hace más de 6 horas
payment-cash = Efectivo
payment-card = Tarjeta de crédito

## Staff mode: questions staff tap (the Japanese is what staff see)
staff-since-when = ¿Desde cuándo tiene los síntomas?
staff-where-pain = ¿Dónde le duele?
staff-pain-score = Del 0 al 10, ¿cuánto le duele?
staff-fever = ¿Tiene fiebre?
staff-drug-allergy = ¿Es alérgico a algún medicamento?
staff-food-allergy = ¿Es alérgico a algún alimento?
staff-medicines = ¿Toma algún medicamento ahora?
staff-conditions = ¿Tiene alguna enfermedad crónica?
staff-pregnant = ¿Podría estar embarazada?
staff-breastfeeding = ¿Está dando el pecho?
staff-vomited = ¿Ha vomitado?
staff-head-hit = ¿Se golpeó la cabeza?
staff-lost-consciousness = ¿Perdió el conocimiento?
staff-trend = ¿Los síntomas mejoran o empeoran?
staff-last-meal = ¿Cuándo comió por última vez?
staff-first-visit = ¿Es su primera visita aquí?
staff-japanese-insurance = ¿Tiene tarjeta del seguro médico japonés?
staff-travel-insurance = ¿Tiene seguro de viaje?
staff-okusuri-techo = ¿Tiene libreta de medicamentos (okusuri techō)?
staff-payment = ¿Pagará en efectivo o con tarjeta?
