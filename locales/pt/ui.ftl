# Textos do aplicativo (Tasukete UI). Cartões, dicas de pagamento e números ficam em outros arquivos.
language-name = Português
app-name = Tasukete
skip-to-content = Ir para o conteúdo
nav-label = Seções principais
nav-emergency = Emergência
nav-nearby = Por perto
nav-cards = Frases
nav-tips = Pagamento
nav-settings = Ajustes
loading = Carregando…
back = Voltar
close = Fechar

emergency-title = Emergência
emergency-lead = Ligue 119 para ambulância ou incêndio. A ligação é gratuita.
emergency-numbers = Números de emergência
script-what = O que aconteceu?
script-119-title = O que o atendente do 119 vai perguntar
prepare-title = O que ter em mãos
prepare-passport = Seu passaporte
prepare-insurance = Cartão ou número da apólice do seguro de viagem
prepare-money = Dinheiro ou cartão de crédito: visitantes pagam o valor integral
prepare-medicines = Remédios que você toma e alergias
prepare-address = Onde você está hospedado (o endereço em japonês)

nearby-title = Por perto
position-none = Ainda sem localização. Procure uma estação ou um lugar, ou toque no mapa.
position-use-device = Usar minha localização
position-tap-map = Escolher no mapa
position-from-map = Ponto escolhido no mapa
position-source-device = (localização do aparelho)
position-source-place = (escolhido pelo nome)
position-source-map = (escolhido no mapa)
position-source-test = (localização de teste)
place-search = Procurar uma estação ou lugar
place-placeholder = Estação ou lugar, p. ex. Shinjuku
place-suggestions = Lugares encontrados
place-none = Nenhuma estação ou lugar tem esse nome.
filters = Filtros
filter-department = Especialidade
filter-any-department = Qualquer especialidade
filter-open-now = Aberto agora
filter-emergency = Somente com pronto-socorro
clock-now = Horário do Japão: { $date } { $time }
results-count =
    { $count ->
        [0] Nenhuma unidade corresponde.
        [one] Uma unidade
       *[other] { $count } unidades
    }
distance-m = { $m } m
distance-km = { $km } km
open-now = Aberto agora
closed-now = Fechado agora
open-unknown = Horário desconhecido
badge-emergency = Pronto-socorro
map-label = Mapa offline
map-attribution = Limites: Informação Numérica Territorial Nacional, MLIT (N03)

facility-title = Unidade de saúde
address = Endereço
phone = Telefone
phone-unknown = Não há telefone nos dados.
taxi-card-button = Cartão para o táxi
open-in-maps = Abrir em um app de mapas
hours-today = Horário de hoje
hours-week = Horário da semana
hours-unknown = O horário não está nos dados. Ligue antes de ir.
hours-disclaimer = Os horários vêm de registros públicos e podem ter mudado. Se puder, ligue antes.
closed-days = Outros dias fechados
departments = Especialidades
taxi-card-hint = Mostre isto ao motorista de táxi.
taxi-request = Por favor, leve-me até aqui.

kind-hospital = Hospital
kind-clinic = Clínica
kind-dental = Clínica odontológica
kind-pharmacy = Farmácia

dept-internal-medicine = Clínica médica
dept-pediatrics = Pediatria
dept-surgery = Cirurgia
dept-orthopedics = Ortopedia
dept-dermatology = Dermatologia
dept-ophthalmology = Oftalmologia
dept-ent = Otorrinolaringologia
dept-obstetrics-gynecology = Ginecologia e obstetrícia
dept-urology = Urologia
dept-psychiatry = Psiquiatria
dept-neurology = Neurologia
dept-neurosurgery = Neurocirurgia
dept-cardiology = Cardiologia
dept-gastroenterology = Gastroenterologia
dept-respiratory = Pneumologia
dept-allergy = Alergologia
dept-dentistry = Odontologia
dept-emergency = Emergência
dept-rehabilitation = Reabilitação
dept-other = Outras

weekday-mon = seg
weekday-tue = ter
weekday-wed = qua
weekday-thu = qui
weekday-fri = sex
weekday-sat = sáb
weekday-sun = dom
weekday-holiday = Feriado

compass-n = norte
compass-ne = nordeste
compass-e = leste
compass-se = sudeste
compass-s = sul
compass-sw = sudoeste
compass-w = oeste
compass-nw = noroeste

cards-title = Cartões de frases
cards-search = Procurar frases
cards-categories = Categorias
cards-all = Todas
cards-none = Nenhum cartão corresponde.
card-show-staff = Mostre isto à equipe.

tips-title = Pagamento e seguro

settings-title = Ajustes
settings-language = Idioma
settings-location = Localização
settings-location-device = Usar a localização do celular
settings-location-device-mobile-only = Disponível só no app para celular.
settings-location-manual = Escolher uma estação, um lugar ou um ponto no mapa
settings-privacy = Tudo fica neste aparelho. O app não usa a rede.

sources-title = Fontes dos dados
sources-built = Dados gerados em
sources-schema = Versão do esquema
sources-date = Data:
sources-licence = Licença:
sources-records = Registros:

error-details = Detalhes
error-dataset-missing = Os dados das unidades de saúde não estão instalados. Os números de emergência e os cartões de frases continuam funcionando.
error-dataset-outdated = Os dados das unidades de saúde são de outra versão do app. Os números de emergência e os cartões de frases continuam funcionando.
error-dataset-corrupt = Não foi possível ler os dados das unidades de saúde. Os números de emergência e os cartões de frases continuam funcionando.
error-invalid-position = Essa posição não é um lugar. Escolha uma estação ou toque no mapa.
error-not-found = Nada encontrado.
error-invalid-argument = O app não pode usar essa escolha.
error-internal = Algo deu errado.

day-closed = Fechado
hours-for-department = Horário de:
sources-facilities = Unidades
sources-placed = No mapa
sources-with-phone = Com telefone
sources-with-hours = Com horário
sources-with-emergency = Com informação de emergência
sources-stations = Estações
