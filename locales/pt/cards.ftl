# Cartões de frases em português. Tradução de qualidade automática, não revisada.

category-reception = Recepção e registro
category-symptoms = Sintomas
category-pain = Dor
category-injuries = Ferimentos
category-allergies = Alergias
category-medicines = Medicamentos
category-chronic = Doenças crônicas
category-pregnancy = Gravidez
category-children = Crianças
category-pharmacy = Farmácia
category-payment = Pagamento e seguro
category-taxi = Táxi e direções
category-questions = Perguntas da equipe
category-answers = Respostas para apontar
category-urgent-signs = Sinais de alerta
category-womens-health = Saúde da mulher
category-call-119 = Para a chamada ao 119
category-staff-says = O que a equipe diz
arg-name = Seu nome
arg-age = Idade em anos
arg-hotel = Hotel ou hospedagem
arg-temperature = Temperatura corporal em °C
arg-score = Dor de 0 a 10
arg-days = Número de dias
arg-hours = Número de horas
arg-weeks = Número de semanas
arg-months = Número de meses
arg-allergen = Ao que você tem alergia
arg-medicine = Nome do medicamento
arg-kg = Peso em kg
arg-address = Endereço
arg-number = Um número
arg-times = Número de vezes
arg-people = Número de pessoas
arg-part = Parte do corpo
arg-room = Número do quarto
arg-hour = Hora do dia (0–23)
need-doctor = Preciso ver um médico.
first-visit = É a minha primeira vez aqui.
no-japanese = Não falo japonês.
tourist = Sou turista no Japão.
no-japanese-insurance = Não tenho seguro de saúde japonês.
have-travel-insurance = Tenho seguro de viagem.
passport = Aqui está o meu passaporte.
interpreter = Posso ter um intérprete, por favor?
translation-app = Posso usar um aplicativo de tradução?
write-down = Poderia escrever, por favor?
speak-slowly = Fale devagar, por favor.
urgent = É urgente. Por favor, me atenda logo.
how-long-wait = Quanto tempo de espera?
which-department = Qual especialidade devo procurar?
wheelchair = Preciso de uma cadeira de rodas.
my-name = Meu nome é { $name }.
my-age = Tenho { $age } anos.
staying-at = Estou hospedado(a) em { $hotel }.
english-doctor = Tem algum médico que fale inglês?
need-appointment = Preciso marcar consulta?
fever-can-visit = Estou com febre. Posso ser atendido/a?
infection-test = Gostaria de fazer um teste de COVID-19 ou gripe.
flying-home-days = Volto para o meu país de avião daqui a { $days ->
        [one] um dia
       *[other] { $days } dias
    }.
fit-to-fly = É seguro eu viajar de avião?
contact-family = Por favor, avise a minha família.
contact-embassy = Por favor, avise a embaixada do meu país.
fever = Estou com febre.
fever-temperature = Minha temperatura é { $temperature } °C.
chills = Estou com calafrios.
cough = Estou com tosse.
sore-throat = Estou com dor de garganta.
runny-nose = Estou com o nariz escorrendo.
stuffy-nose = Estou com o nariz entupido.
sneezing = Não paro de espirrar.
headache = Estou com dor de cabeça.
chest-pain = Estou com dor no peito.
stomach-ache = Estou com dor de barriga.
breathless = Estou com dificuldade para respirar.
chest-tight = Sinto um aperto no peito.
palpitations = Meu coração está disparado.
nausea = Estou com enjoo.
vomited = Vomitei.
diarrhoea = Estou com diarreia.
blood-in-stool = Há sangue nas minhas fezes.
dizzy = Estou com tontura.
fainted = Desmaiei.
numbness = Estou com dormência.
rash = Estou com uma erupção na pele.
itchy = Está coçando.
exhausted = Sinto o corpo todo pesado e fraco.
heatstroke = Acho que tive uma insolação.
food-poisoning = Posso estar com intoxicação alimentar.
ear-pain = Estou com dor de ouvido.
eye-pain = Meu olho está doendo.
toothache = Estou com dor de dente.
vomited-times = Vomitei { $times ->
        [one] uma vez
       *[other] { $times } vezes
    }.
diarrhoea-times = Tive diarreia { $times ->
        [one] uma vez
       *[other] { $times } vezes
    } hoje.
fever-since-days = Estou com febre há { $days ->
        [one] um dia
       *[other] { $days } dias
    }.
phlegm = Estou tossindo com catarro.
no-appetite = Estou sem apetite.
constipation = Estou com prisão de ventre.
pain-urinating = Dói quando faço xixi.
blood-in-urine = Tem sangue na minha urina.
frequent-urination = Preciso fazer xixi com muita frequência.
hives = Estou com urticária.
sunburn = Estou com uma queimadura de sol forte.
drank-too-much = Bebi álcool demais.
panic = Estou ansioso/a e em pânico.
altitude-sickness = Acho que estou com mal de altitude.
cold-shivering = Estou congelando e não paro de tremer.
seizure-adult = Tive uma convulsão.
pain-here = Dói aqui.
lower-back-pain = Estou com dor na parte baixa das costas.
pain-score = Minha dor é { $score } de 10.
pain-since-days = A dor começou há { $days ->
        [one] um dia
       *[other] { $days } dias
    }.
pain-since-hours = A dor começou há { $hours ->
        [one] uma hora
       *[other] { $hours } horas
    }.
pain-sudden = A dor começou de repente.
pain-sharp = É uma dor aguda, em pontada.
pain-throbbing = É uma dor latejante.
pain-dull = É uma dor surda.
pain-burning = É uma dor em queimação.
pain-cramping = É uma dor em cólica.
pain-constant = A dor é constante.
pain-comes-and-goes = A dor vai e volta.
pain-worse = A dor está piorando.
pain-when-moving = Dói quando me mexo.
pain-when-breathing = Dói quando respiro.
pain-spreads = A dor se espalha para outros lugares.
pain-unbearable = A dor é insuportável.
pain-in-part = A dor é aqui: { $part }.
pain-pressed = Dói quando aperta.
pain-at-night = A dor piora à noite.
pain-upper-belly = Dói a boca do estômago.
fell = Eu caí.
hit-head = Bati a cabeça.
cut = Eu me cortei.
bleeding = O sangramento não para.
broken-bone = Acho que quebrei um osso.
twisted-ankle = Torci o tornozelo.
swollen = Está inchado.
bruise = Estou com um hematoma.
bump = Estou com um galo onde bati.
scrape = Ralei a pele.
burn = Eu me queimei.
traffic-accident = Sofri um acidente de trânsito.
animal-bite = Fui mordido/a por um animal.
insect-sting = Fui picado/a por um inseto.
cannot-walk = Não consigo andar.
hornet-sting = Fui picado/a por uma vespa.
snake-bite = Fui mordido/a por uma cobra (mamushi ou habu).
jellyfish-sting = Fui queimado/a por uma água-viva.
ski-injury = Me machuquei esquiando ou praticando snowboard.
frostbite = Acho que tenho congelamento.
dislocated = Acho que desloquei uma articulação.
something-in-eye = Entrou alguma coisa no meu olho.
fish-bone = Estou com uma espinha de peixe presa na garganta.
hurt-part = Machuquei aqui: { $part }.
allergic-to = Tenho alergia a { $allergen }.
no-allergies = Não tenho alergias.
allergy-penicillin = Tenho alergia a penicilina.
allergy-painkillers = Tenho alergia a analgésicos como a aspirina (AINEs).
allergy-peanuts = Tenho alergia a amendoim.
allergy-shellfish = Tenho alergia a frutos do mar como camarão e caranguejo.
allergy-egg = Tenho alergia a ovo.
allergy-milk = Tenho alergia a leite e laticínios.
allergy-wheat = Tenho alergia a trigo.
allergy-buckwheat = Tenho alergia a trigo-sarraceno (soba).
allergy-latex = Tenho alergia a látex.
anaphylaxis-history = Já tive anafilaxia.
have-epipen = Tenho comigo um autoinjetor de adrenalina (EpiPen).
allergy-contrast = Tenho alergia a contraste (de tomografia ou raio X).
allergy-antibiotics = Tenho alergia a antibióticos.
allergy-cephalosporins = Tenho alergia a cefalosporinas.
allergy-sulfa = Tenho alergia a sulfas.
allergy-local-anaesthetic = Tenho alergia a anestesia local.
allergy-molluscs = Tenho alergia a mariscos como amêijoas e ostras.
allergy-bee-venom = Tenho alergia a picada de abelha e vespa.
allergy-medicine = Tenho alergia a este remédio: { $medicine }.
taking-medicine = Tomo { $medicine }.
no-medicines = Não tomo nenhum medicamento.
medicine-list = Esta é a lista dos medicamentos que tomo.
blood-thinners = Tomo anticoagulantes.
insulin = Uso insulina.
contraceptive-pill = Tomo pílula anticoncepcional.
ran-out-of-medicine = Meu remédio de uso contínuo acabou.
lost-medicine = Perdi meus remédios.
need-same-medicine = Preciso do mesmo remédio que este.
took-painkiller = Tomei um analgésico há { $hours ->
        [one] uma hora
       *[other] { $hours } horas
    }.
using-medicine = Faço uso de { $medicine }.
steroids = Uso corticoides ou imunossupressores.
inhaler = Uso bombinha (inalador).
forgot-dose = Esqueci de tomar uma dose do remédio.
medicine-from-home = Este é um remédio do meu país.
diabetes = Tenho diabetes.
asthma = Tenho asma.
heart-disease = Tenho uma doença cardíaca.
high-blood-pressure = Tenho pressão alta.
epilepsy = Tenho epilepsia.
kidney-disease = Tenho doença renal.
dialysis = Faço diálise.
pacemaker = Uso marca-passo.
recent-surgery = Fiz uma cirurgia recentemente.
immune-weak = Minha imunidade está baixa por causa de uma doença ou de remédios.
metal-in-body = Tenho metal no corpo (implante, placa ou clipe).
hepatitis = Tenho hepatite.
hiv = Sou HIV positivo/a.
stroke-history = Já tive um AVC.
heart-attack-history = Já tive um infarto.
bleeding-tendency = Sangro com facilidade.
no-transfusion = Por motivos religiosos, não posso receber transfusão de sangue.
cancer-treatment = Estou em tratamento contra o câncer.
pregnant = Estou grávida.
pregnant-weeks = Estou grávida de { $weeks } semanas.
might-be-pregnant = Posso estar grávida.
not-pregnant = Não estou grávida.
breastfeeding = Estou amamentando.
pregnancy-bleeding = Estou grávida e estou sangrando.
contractions = Estou com contrações.
waters-broken = A minha bolsa rompeu.
baby-moving-less = O bebê está se mexendo menos que o normal.
miscarriage-history = Já tive um aborto espontâneo.
pregnant-stomach-pain = Estou grávida e com dor na barriga.
child-sick = Meu filho/minha filha está doente.
child-age = Meu filho/minha filha tem { $age } anos.
baby-age-months = Meu bebê tem { $months ->
        [one] um mês
       *[other] { $months } meses
    }.
child-weight = Meu filho/minha filha pesa { $kg } kg.
child-high-fever = Meu filho/minha filha está com febre alta.
child-not-drinking = Meu filho/minha filha não consegue comer nem beber.
child-seizure = Meu filho/minha filha teve uma convulsão.
child-swallowed = Meu filho/minha filha engoliu alguma coisa.
child-vaccinated = As vacinas do meu filho/da minha filha estão em dia.
child-dose = Por favor, dê uma dose infantil.
child-limp = Meu filho/minha filha está molinho/a e abatido/a.
child-vomited-times = Meu filho/minha filha vomitou { $times ->
        [one] uma vez
       *[other] { $times } vezes
    }.
child-temperature = A temperatura do meu filho/da minha filha é { $temperature } °C.
child-rash-fever = Meu filho/minha filha está com febre e manchas na pele.
child-little-urine = Meu filho/minha filha quase não fez xixi (poucas fraldas molhadas).
child-hit-head = Meu filho/minha filha caiu e bateu a cabeça.
child-breathing-hard = Meu filho/minha filha está respirando rápido e com dificuldade.
baby-crying = Meu bebê não para de chorar.
have-prescription = Tenho uma receita.
medicine-for-this = Tem algum remédio para estes sintomas?
want-painkiller = Queria um analgésico.
want-fever-reducer = Queria um remédio para baixar a febre.
how-often = Quantas vezes por dia devo tomar?
before-after-meals = Antes ou depois das refeições?
drowsy = Dá sono?
safe-in-pregnancy = Pode ser tomado na gravidez?
write-dosage = Poderia escrever como devo tomar?
medicine-information = Pode me dar a bula deste remédio?
generic-ok = Um genérico serve.
pharmacy-open-now = Há alguma farmácia aberta agora?
q-medicine-notebook = Você tem uma caderneta de medicamentos (お薬手帳)?
no-medicine-notebook = Não tenho caderneta de medicamentos.
prescription-outside = Leve esta receita a uma farmácia fora do hospital.
dose-after-meals = Tome { $times ->
        [one] uma vez
       *[other] { $times } vezes
    } ao dia, depois das refeições.
days-supply = É para { $days ->
        [one] um dia
       *[other] { $days } dias
    }.
need-prescription = Preciso de receita?
alcohol-ok = Posso beber álcool enquanto tomo?
ok-breastfeeding = Posso tomar amamentando?
have-medicine = Tem { $medicine }?
how-many-per-dose = Quantos comprimidos tomo de cada vez?
take-before-sleep = Tome antes de dormir.
take-when-pain = Tome só quando tiver dor.
finish-course = Tome tudo, até acabar.
child-syrup = Tem xarope ou pó para criança?
how-much = Quanto vai custar?
cost-estimate = Poderia me dizer o custo aproximado antes do tratamento?
pay-full-cost = Vou pagar o valor total eu mesmo.
pay-card = Posso pagar com cartão de crédito?
pay-cash = Vou pagar em dinheiro.
atm-nearby = Há um caixa eletrônico aqui perto?
deposit = Qual é o valor do depósito?
pay-later = Não consigo pagar tudo hoje. Posso pagar depois?
receipt = Por favor, me dê um recibo (領収書).
itemised-bill = Por favor, me dê uma conta detalhada (診療明細書).
medical-certificate = Preciso de um atestado médico (診断書) em inglês para o meu seguro.
insurance-form = O médico poderia preencher o formulário do meu seguro?
insurer-will-call = Minha seguradora vai entrar em contato com o hospital.
cashless = Minha seguradora pode pagar o hospital diretamente?
no-referral = Não tenho carta de encaminhamento.
talk-to-insurer = Poderia falar por telefone com a minha seguradora?
where-pay = Onde eu pago?
diagnosis-written = Poderia escrever o nome da doença (o diagnóstico)?
copy-of-results = Posso ter cópias dos resultados e das imagens (em CD)?
how-much-cash = Quanto dinheiro em espécie devo trazer?
taxi-nearest-hospital = Leve-me ao hospital mais próximo, por favor.
taxi-emergency-hospital = Leve-me a um hospital com pronto-socorro, por favor.
taxi-to-address = Leve-me a este endereço, por favor: { $address }
call-taxi = Poderia chamar um táxi para mim?
call-ambulance = Chame uma ambulância, por favor.
hurry = Depressa, por favor.
what-address = Poderia me dizer o endereço deste lugar?
lost-way = Eu me perdi.
where-hospital = Onde fica o hospital?
where-pharmacy = Onde fica a farmácia mais próxima?
where-toilet = Onde fica o banheiro?
taxi-emergency-entrance = Por favor, me leve à entrada do pronto-socorro (救急外来).
taxi-here = Por favor, me leve até aqui.
taxi-wait = Poderia me esperar aqui, por favor?
taxi-pay-card = Posso pagar com cartão no táxi?
q-what-happened = O que está sentindo?
q-where-hurt = Onde dói?
q-since-when = Desde quando?
q-pain-scale = De 0 a 10, qual a intensidade da dor?
q-allergies = Tem alguma alergia?
q-medicines = Toma algum medicamento?
q-illnesses = Está em tratamento de alguma doença?
q-tetanus = Você tomou a vacina contra o tétano?
q-pregnant = Está grávida ou pode estar?
q-last-meal = Quando comeu pela última vez?
q-insurance-card = Tem cartão do seguro de saúde?
q-show-passport = Posso ver o seu passaporte?
q-point-answer = Aponte a sua resposta, por favor.
q-fill-form = Preencha este formulário, por favor.
q-wait-here = Aguarde aqui, por favor.
q-lie-down = Deite-se aqui, por favor.
q-deep-breath = Respire fundo, por favor.
q-blood-test = Vamos fazer um exame de sangue.
q-urine-test = Vamos fazer um exame de urina.
q-x-ray = Vamos fazer um raio-X.
q-admission = Você precisa ficar internado(a).
q-come-back = Volte amanhã, por favor.
q-does-this-hurt = Dói quando aperto aqui?
q-last-period = Quando começou a sua última menstruação?
q-how-many-times = Quantas vezes?
q-metal = Você tem algum metal no corpo?
q-contrast = Você já passou mal com contraste?
q-weight = Quanto você pesa?
q-alcohol-smoking = Você bebe álcool ou fuma?
a-yes = Sim.
a-no = Não.
a-dont-know = Não sei.
a-dont-understand = Não entendo.
a-a-little = Um pouco.
a-a-lot = Muito.
a-number = { $number }.
a-for-days = Há { $days ->
        [one] um dia
       *[other] { $days } dias
    }.
a-for-hours = Há { $hours ->
        [one] uma hora
       *[other] { $hours } horas
    }.
a-for-weeks = Há { $weeks ->
        [one] uma semana
       *[other] { $weeks } semanas
    }.
a-for-months = Há { $months ->
        [one] um mês
       *[other] { $months } meses
    }.
a-since-this-morning = Desde hoje de manhã.
a-since-yesterday = Desde ontem.
a-since-last-night = Desde ontem à noite.
a-worse = Está piorando.
a-better = Está melhorando.
a-same = Continua igual.
a-head = A cabeça.
a-chest = O peito.
a-stomach = A barriga.
a-lower-belly = O baixo-ventre.
a-back = As costas.
a-neck = O pescoço.
a-shoulder = O ombro.
a-throat = A garganta.
a-eye = O olho.
a-ear = O ouvido (a orelha).
a-nose = O nariz.
a-arm = O braço.
a-hand = A mão.
a-leg = A perna.
a-foot = O pé.
a-knee = O joelho.
a-right = Do lado direito.
a-left = Do lado esquerdo.
a-both-sides = Dos dois lados.
a-sometimes = Às vezes.
a-always = O tempo todo.
a-minutes-ago = Há alguns minutos.
a-after-eating = Desde que comi.
a-times = { $times ->
        [one] Uma vez
       *[other] { $times } vezes
    }.
a-since-hour = Desde as { $hour } horas.
a-wait-moment = Um momento, por favor.
a-sorry = Desculpe.
a-thank-you = Muito obrigado/a.
a-body-part = Aqui: { $part }.
a-upper-belly = A boca do estômago.
a-flank = O lado do corpo (flanco).
a-wrist = O pulso.
a-ankle = O tornozelo.
a-finger = Um dedo da mão.
a-toe = Um dedo do pé.
a-hip = A articulação do quadril.
a-face = O rosto.
a-mouth = A boca.
a-whole-body = O corpo todo.
a-elbow = O cotovelo.

## Sinais de alerta

weak-one-side = Estou com fraqueza no braço ou na perna de um lado.
slurred-speech = Minha fala está enrolada.
face-drooping = Um lado do meu rosto está caído.
worst-headache = É a pior dor de cabeça que já tive.
lips-face-swelling = Meus lábios e meu rosto estão inchando.
throat-closing = Sinto a garganta fechando.
vomited-blood = Vomitei sangue.
blood-in-phlegm = Tem sangue no meu catarro.
black-stool = Minhas fezes estão pretas.
confused = A pessoa está confusa e sonolenta.
chest-pain-spreading = A dor no peito se espalha para o braço ou o queixo.
fever-stiff-neck = Estou com febre e o pescoço tão rígido que não consigo dobrá-lo.
sudden-vision-loss = De repente não consigo enxergar bem.
too-breathless-to-speak = Estou com tanta falta de ar que não consigo falar.

## Saúde da mulher

last-period-days = Minha última menstruação começou há { $days ->
        [one] um dia
       *[other] { $days } dias
    }.
period-late = Minha menstruação está atrasada.
period-pain = Estou com muita cólica menstrual.
irregular-bleeding = Estou com sangramento fora da menstruação.
heavy-period = Minha menstruação está muito forte.
on-period = Estou menstruada agora.
emergency-contraception = Preciso de contracepção de emergência (pílula do dia seguinte).
female-doctor = Posso ser atendida por uma médica?
vaginal-discharge = Estou com um corrimento vaginal diferente do normal.
bladder-infection = Acho que estou com infecção urinária (cistite).

## Para a chamada ao 119

someone-collapsed = Uma pessoa caiu e passou mal.
i-am-patient = A pessoa doente sou eu.
patients-count = { $people ->
        [one] Há uma vítima
       *[other] Há { $people } vítimas
    }.
room-number = Estamos no quarto { $room }.
waiting-at-entrance = Estamos esperando na entrada do prédio.
bring-aed = Tragam um desfibrilador (DEA), por favor.
where-aed = Onde está o desfibrilador?
not-breathing = A pessoa não está respirando.
not-responding = A pessoa não responde quando falam com ela.
doing-cpr = Estamos fazendo massagem cardíaca (RCP).
vending-machine-address = Vou ler o endereço que está na máquina de venda automática.

## O que a equipe diz

staff-drip = Vamos colocar soro na veia.
staff-injection = Vamos lhe dar uma injeção.
staff-ct = Vamos fazer uma tomografia.
staff-mri = Vamos fazer uma ressonância magnética.
staff-ecg = Vamos fazer um eletrocardiograma.
staff-ultrasound = Vamos fazer um ultrassom.
staff-gown = Por favor, vista este avental.
staff-remove-metal = Tire tudo o que for de metal, por favor.
staff-sign-consent = Assine este termo de consentimento, por favor.
staff-go-home = Já pode ir para casa.
staff-rest = Fique em repouso, por favor.
staff-no-bath = Hoje não tome banho de banheira.
staff-call-by-number = Vamos chamar pelo seu número.
staff-nothing-by-mouth = Não coma nem beba nada, por favor.
staff-come-back-if-worse = Se piorar, volte.
staff-stitches = Vamos dar pontos no corte.
staff-results-days = Os resultados saem em { $days ->
        [one] um dia
       *[other] { $days } dias
    }.
staff-open-mouth = Abra a boca, por favor.
staff-sleeve = Arregace a manga, por favor.
staff-wait-results = Aguarde os resultados dos exames, por favor.
