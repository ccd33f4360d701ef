# The questionnaire (問診票): variants, topic labels, answer words, summary values and
# staff questions. Ids and lists: data/intake/*.csv; code: src/intake/.

## Questionnaire variants
variant-adult = Doença (adulto)
variant-child = Criança doente
variant-injury = Lesão
variant-dental = Dentes
variant-pregnancy = Gravidez

## The summary
summary-title = Questionário médico
summary-note = Respondido pelo paciente no seu idioma no app Tasukete e passado para japonês pelo app. Confirme os pontos importantes perguntando.
summary-line = { $label }: { $value }
list-separator = { ", " }

## Topic labels (the 問診票 line's label and the question's title)
label-age = Idade
label-sex = Sexo
label-weight = Peso
label-complaints = Sintomas principais
label-dental-problem = Problema nos dentes
label-tooth = Quais dentes
label-injury-how = Como aconteceu
label-injury-place = Onde aconteceu
label-pregnancy-weeks = Semanas de gravidez
label-pregnancy-symptoms = Sintomas na gravidez
label-pain-site = Onde
label-onset = Desde quando
label-pain-score = Intensidade da dor (0 nenhuma – 10 pior)
label-temperature = Temperatura
label-other-symptoms = Outros sintomas
label-drinking = Beber
label-urine = Urina
label-vaccinations = Vacinas
label-allergies = Alergias
label-medicines = Medicamentos que toma
label-conditions = Doenças crônicas ou anteriores
label-pregnant = Possível gravidez
label-insurance = Seguro

## Values of summary lines
value-not-answered = Sem resposta
value-no-allergies = Sem alergias conhecidas
value-no-medicines = Não toma medicamentos
value-no-conditions = Sem doenças crônicas ou anteriores
value-onset-today = Desde hoje
value-onset-yesterday = Desde ontem
value-onset-days = Há { $days } dias
value-onset-hours =
    { $hours ->
        [one] Há 1 hora
       *[other] Há { $hours } horas
    }
value-score = { $score } de 10
value-temperature = { $temp } °C
value-weight = { $kg } kg
value-age-years =
    { $years ->
        [one] 1 ano
       *[other] { $years } anos
    }
value-age-months =
    { $months ->
        [one] 1 mês
       *[other] { $months } meses
    }
value-pregnancy-weeks =
    { $weeks ->
        [one] Grávida de 1 semana
       *[other] Grávida de { $weeks } semanas
    }
value-site-side = { $site } ({ $side })
value-allergy-reaction = { $substance } ({ $reaction })
value-group = { $group }: { $items }
value-group-separator = { "; " }

## Sex
sex-male = Masculino
sex-female = Feminino
sex-other = Outro

## Symptoms
symptom-fever = Febre
symptom-cough = Tosse
symptom-sore-throat = Dor de garganta
symptom-runny-nose = Coriza
symptom-headache = Dor de cabeça
symptom-chest-pain = Dor no peito
symptom-breathless = Falta de ar
symptom-stomach-ache = Dor de barriga
symptom-nausea = Náusea
symptom-vomiting = Vômito
symptom-diarrhoea = Diarreia
symptom-dizziness = Tontura
symptom-rash = Erupção na pele
symptom-itching = Coceira
symptom-fatigue = Cansaço
symptom-chills = Calafrios
symptom-numbness = Dormência
symptom-fainted = Desmaio
symptom-bleeding = Sangramento
symptom-swelling = Inchaço
symptom-pain = Dor
symptom-seizure = Convulsão

## Body sites
site-head = Cabeça
site-face = Rosto
site-eye = Olho
site-ear = Ouvido
site-mouth = Boca
site-throat = Garganta
site-neck = Pescoço
site-shoulder = Ombro
site-chest = Peito
site-upper-abdomen = Boca do estômago
site-abdomen = Barriga
site-lower-abdomen = Parte baixa da barriga
site-back = Costas
site-lower-back = Lombar
site-arm = Braço
site-hand = Mão, pulso, dedos
site-leg = Perna (coxa, canela)
site-knee = Joelho
site-ankle = Tornozelo
site-foot = Pé, dedos do pé
site-whole-body = Corpo todo
side-left = Esquerda
side-right = Direita
side-both = Ambos os lados

## Injury
injury-how-fall = Queda
injury-how-fall-height = Queda de altura
injury-how-traffic = Acidente de trânsito
injury-how-sports = Praticando esporte
injury-how-hit = Pancada forte
injury-how-cut = Corte
injury-how-burn = Queimadura
injury-how-twisted = Torção
injury-how-bite = Mordida ou picada
injury-place-home = Em casa ou na hospedagem
injury-place-street = Na rua
injury-place-station = Na estação
injury-place-sports = Local de esporte, pista de esqui
injury-place-outdoors = Montanha, mar, ao ar livre
injury-place-shop = Numa loja ou edifício

## Teeth
dental-problem-toothache = Dor de dente
dental-problem-sensitive = Sensibilidade ao frio ou calor
dental-problem-broken = Dente partido ou lascado
dental-problem-filling = Caiu obturação ou coroa
dental-problem-swollen-gum = Gengiva inchada ou sangrando
dental-problem-denture = Problema com a dentadura
tooth-upper-right = Em cima à direita
tooth-upper-front = Em cima à frente
tooth-upper-left = Em cima à esquerda
tooth-lower-right = Em baixo à direita
tooth-lower-front = Em baixo à frente
tooth-lower-left = Em baixo à esquerda

## Pregnancy
pregnancy-symptom-bleeding = Sangramento vaginal
pregnancy-symptom-belly-pain = Dor ou endurecimento da barriga
pregnancy-symptom-contractions = Contrações regulares
pregnancy-symptom-waters = A bolsa pode ter rompido
pregnancy-symptom-less-movement = Bebê mexe menos
pregnancy-symptom-headache-vision = Dor de cabeça ou ver pontos

## A child's drinking, urine and vaccinations
drinking-normal = Bebe como sempre
drinking-less = Bebe menos que o normal
drinking-none = Quase não bebe
urine-normal = Urina normalmente
urine-less = Urina menos que o normal
urine-none = Sem urinar há meio dia ou mais
vaccinations-up-to-date = Vacinas de rotina em dia
vaccinations-partly = Faltam algumas vacinas
vaccinations-unknown = Não sei

## Pregnancy, insurance
pregnant-yes = Grávida
pregnant-no = Não grávida
pregnant-unsure = Posso estar grávida
insurance-travel = Seguro de viagem (sem seguro de saúde japonês)
insurance-none = Sem seguro (pago o valor total)
insurance-japanese = Seguro de saúde japonês

## Allergies
allergy-group-drug = Medicamentos
allergy-group-food = Alimentos
allergy-group-other = Outras
drug-allergen-penicillin = Penicilinas
drug-allergen-cephalosporin = Cefalosporinas
drug-allergen-antibiotic = Outros antibióticos
drug-allergen-nsaids = Analgésicos como ibuprofeno (AINEs)
drug-allergen-aspirin = Aspirina
drug-allergen-sulfa = Sulfas
drug-allergen-contrast = Contraste
drug-allergen-local-anaesthetic = Anestésicos locais
food-allergen-egg = Ovo
food-allergen-milk = Leite e laticínios
food-allergen-wheat = Trigo
food-allergen-buckwheat = Trigo-sarraceno (soba)
food-allergen-peanut = Amendoim
food-allergen-tree-nut = Frutos secos (noz, amêndoa…)
food-allergen-shrimp-crab = Camarão, caranguejo
food-allergen-shellfish = Mariscos (amêijoas, ostras…)
food-allergen-fish = Peixe
other-allergen-latex = Látex (luvas de borracha)
other-allergen-bee-venom = Picadas de abelha ou vespa
other-allergen-metal = Metais (níquel…)
reaction-rash = Erupção
reaction-hives = Urticária
reaction-swelling = Inchaço do rosto ou lábios
reaction-breathing = Dificuldade para respirar
reaction-anaphylaxis = Anafilaxia
reaction-unknown = Reação desconhecida

## Conditions
condition-diabetes = Diabetes
condition-hypertension = Hipertensão
condition-heart-disease = Doença cardíaca
condition-stroke = AVC anterior
condition-asthma = Asma
condition-kidney-disease = Doença renal
condition-dialysis = Em diálise
condition-liver-disease = Doença hepática ou hepatite
condition-epilepsy = Epilepsia
condition-thyroid = Doença da tireoide
condition-cancer = Câncer
condition-bleeding-tendency = Sangro com facilidade (coagulação)
condition-immunosuppressed = Imunidade baixa (corticoides, quimioterapia, transplante, HIV)

## Medicines (classes; a generic name typed by the user is shown as typed)
medicine-anticoagulant = Anticoagulante (varfarina…)
medicine-antiplatelet = Antiagregante (aspirina…)
medicine-insulin = Insulina
medicine-diabetes-oral = Comprimidos para diabetes
medicine-blood-pressure = Remédio para pressão
medicine-steroid = Corticoides (prednisolona…)
medicine-inhaler = Bombinha para asma
medicine-thyroid-hormone = Hormônio da tireoide
medicine-antiepileptic = Antiepiléptico
medicine-contraceptive = Pílula anticoncepcional
medicine-epinephrine = Caneta de adrenalina (EpiPen)
medicine-immunosuppressant = Imunossupressor

## Implants and metal (before an MRI)
device-pacemaker = Marca-passo
device-icd = Desfibrilhador implantado (CDI)
device-stent = Stent
device-joint-replacement = Prótese articular
device-metal-implant = Metal no corpo (placas, parafusos)

## Staff mode: answers
answer-yes = Sim
answer-no = Não
answer-unsure = Não sei
trend-better = Melhorando
trend-same = Igual
trend-worse = Piorando
last-meal-within-2h = Há menos de 2 horas
last-meal-2-6h = Há 2 a 6 horas
last-meal-over-6h = Há mais de 6 horas
payment-cash = Dinheiro
payment-card = Cartão de crédito

## Staff mode: questions staff tap (the Japanese is what staff see)
staff-since-when = Desde quando tem os sintomas?
staff-where-pain = Onde dói?
staff-pain-score = De 0 a 10, quanto dói?
staff-fever = Tem febre?
staff-drug-allergy = Tem alergia a algum medicamento?
staff-food-allergy = Tem alergia a algum alimento?
staff-medicines = Está tomando algum medicamento?
staff-conditions = Tem alguma doença crônica?
staff-pregnant = Pode estar grávida?
staff-breastfeeding = Está amamentando?
staff-vomited = Vomitou?
staff-head-hit = Bateu a cabeça?
staff-lost-consciousness = Perdeu a consciência?
staff-trend = Os sintomas estão melhorando ou piorando?
staff-last-meal = Quando comeu pela última vez?
staff-first-visit = É a sua primeira consulta aqui?
staff-japanese-insurance = Tem cartão do seguro de saúde japonês?
staff-travel-insurance = Tem seguro de viagem?
staff-okusuri-techo = Tem caderneta de medicamentos (okusuri techō)?
staff-payment = Vai pagar em dinheiro ou cartão?
