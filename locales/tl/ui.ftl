# Mga salita ng app (Tasukete UI). Nasa ibang file ang mga card, tip sa pagbabayad at numero.
language-name = Tagalog
app-name = Tasukete
skip-to-content = Lumaktaw sa nilalaman
nav-label = Mga pangunahing bahagi
nav-emergency = Emergency
nav-nearby = Malapit
nav-cards = Mga parirala
nav-tips = Pagbabayad
nav-settings = Settings
loading = Naglo-load…
back = Bumalik
close = Isara

emergency-title = Emergency
emergency-lead = Tumawag sa 119 para sa ambulansya o sunog. Libre ang tawag.
emergency-numbers = Mga numero para sa emergency
script-what = Ano ang nangyari?
script-119-title = Ang itatanong ng operator ng 119
prepare-title = Ihanda ang mga ito
prepare-passport = Ang iyong pasaporte
prepare-insurance = Card o numero ng polisiya ng travel insurance
prepare-money = Cash o credit card: buong halaga ang babayaran ng mga bisita
prepare-medicines = Mga gamot na iniinom mo at mga allergy
prepare-address = Kung saan ka tumutuloy (address sa Japanese)

nearby-title = Malapit
position-none = Wala pang lokasyon. Maghanap ng istasyon o lugar, o i-tap ang mapa.
position-use-device = Gamitin ang aking lokasyon
position-tap-map = Pumili sa mapa
position-from-map = Puntong pinili sa mapa
position-source-device = (lokasyon ng device)
position-source-place = (pinili ayon sa pangalan)
position-source-map = (pinili sa mapa)
position-source-test = (lokasyong pang-test)
place-search = Maghanap ng istasyon o lugar
place-placeholder = Istasyon o lugar, hal. Shinjuku
place-suggestions = Mga tugmang lugar
place-none = Walang istasyon o lugar na may ganoong pangalan.
filters = Mga filter
filter-department = Departamento
filter-any-department = Lahat ng departamento
filter-open-now = Bukas ngayon
filter-emergency = Emergency department lamang
clock-now = Oras sa Japan: { $date } { $time }
results-count =
    { $count ->
        [0] Walang tugmang pasilidad.
        [one] Isang pasilidad
       *[other] { $count } pasilidad
    }
distance-m = { $m } m
distance-km = { $km } km
open-now = Bukas ngayon
closed-now = Sarado ngayon
open-unknown = Hindi alam ang oras
badge-emergency = Emergency
map-label = Offline na mapa
map-attribution = Mga hangganan: MLIT National Land Numerical Information (N03)

facility-title = Pasilidad
address = Address
phone = Telepono
phone-unknown = Walang numero ng telepono sa datos.
taxi-card-button = Card para sa taxi
open-in-maps = Buksan sa maps app
hours-today = Oras ngayong araw
hours-week = Oras sa buong linggo
hours-unknown = Wala sa datos ang oras. Tumawag muna bago pumunta.
hours-disclaimer = Galing sa pampublikong tala ang oras at maaaring nagbago na. Tumawag muna kung kaya.
closed-days = Iba pang araw na sarado
departments = Mga departamento
taxi-card-hint = Ipakita ito sa drayber ng taxi.
taxi-request = Pakihatid po ako rito.

kind-hospital = Ospital
kind-clinic = Klinika
kind-dental = Dental clinic
kind-pharmacy = Botika

dept-internal-medicine = Internal medicine
dept-pediatrics = Pediatrics
dept-surgery = Surgery
dept-orthopedics = Orthopedics
dept-dermatology = Dermatology (balat)
dept-ophthalmology = Mata
dept-ent = Tainga, ilong at lalamunan
dept-obstetrics-gynecology = OB-GYN
dept-urology = Urology
dept-psychiatry = Psychiatry
dept-neurology = Neurology
dept-neurosurgery = Neurosurgery
dept-cardiology = Puso (cardiology)
dept-gastroenterology = Tiyan at bituka
dept-respiratory = Baga
dept-allergy = Allergy
dept-dentistry = Ngipin
dept-emergency = Emergency
dept-rehabilitation = Rehabilitation
dept-other = Iba pa

weekday-mon = Lun
weekday-tue = Mar
weekday-wed = Miy
weekday-thu = Huw
weekday-fri = Biy
weekday-sat = Sab
weekday-sun = Lin
weekday-holiday = Pista opisyal

compass-n = hilaga
compass-ne = hilagang-silangan
compass-e = silangan
compass-se = timog-silangan
compass-s = timog
compass-sw = timog-kanluran
compass-w = kanluran
compass-nw = hilagang-kanluran

cards-title = Mga card ng parirala
cards-search = Maghanap ng parirala
cards-categories = Mga kategorya
cards-all = Lahat
cards-none = Walang tugmang card.
card-show-staff = Ipakita ito sa staff.

tips-title = Pagbabayad at insurance

settings-title = Settings
settings-language = Wika
settings-location = Lokasyon
settings-location-device = Gamitin ang lokasyon ng telepono
settings-location-device-mobile-only = Sa phone app lang ito magagamit.
settings-location-manual = Pumili ng istasyon, lugar o punto sa mapa
settings-privacy = Nananatili ang lahat sa device na ito. Hindi gumagamit ng network ang app.

sources-title = Mga pinagmulan ng datos
sources-built = Petsa ng paggawa ng datos
sources-schema = Bersyon ng schema
sources-date = Petsa:
sources-licence = Lisensya:
sources-records = Bilang ng tala:

error-details = Mga detalye
error-dataset-missing = Hindi naka-install ang datos ng mga pasilidad. Gumagana pa rin ang mga numero para sa emergency at mga card ng parirala.
error-dataset-outdated = Para sa ibang bersyon ng app ang datos ng mga pasilidad. Gumagana pa rin ang mga numero para sa emergency at mga card ng parirala.
error-dataset-corrupt = Hindi mabasa ang datos ng mga pasilidad. Gumagana pa rin ang mga numero para sa emergency at mga card ng parirala.
error-invalid-position = Hindi lugar ang posisyong iyon. Pumili ng istasyon o i-tap ang mapa.
error-not-found = Walang nahanap.
error-invalid-argument = Hindi magamit ng app ang piniling iyon.
error-internal = May nagkaproblema.

day-closed = Sarado
hours-for-department = Oras ng:
sources-facilities = Mga pasilidad
sources-placed = Nasa mapa
sources-with-phone = May numero ng telepono
sources-with-hours = May oras ng serbisyo
sources-with-emergency = May impormasyon sa emergency
sources-stations = Mga istasyon
