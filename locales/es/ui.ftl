# Textos de la aplicación (Tasukete UI). Tarjetas, consejos de pago y números están en otros archivos.
language-name = Español
app-name = Tasukete
skip-to-content = Ir al contenido
nav-label = Secciones principales
nav-emergency = Emergencia
nav-nearby = Cerca
nav-cards = Frases
nav-tips = Pagar
nav-settings = Ajustes
loading = Cargando…
back = Atrás
close = Cerrar

emergency-title = Emergencia
emergency-lead = Llame al 119 para una ambulancia o un incendio. La llamada es gratuita.
emergency-numbers = Números de emergencia
script-what = ¿Qué ha pasado?
script-119-title = Lo que preguntará el operador del 119
prepare-title = Qué tener a mano
prepare-passport = Su pasaporte
prepare-insurance = Tarjeta o número de póliza del seguro de viaje
prepare-money = Efectivo o tarjeta de crédito: los visitantes pagan el coste completo
prepare-medicines = Los medicamentos que toma y sus alergias
prepare-address = Dónde se aloja (la dirección en japonés)

nearby-title = Cerca
position-none = Aún no hay ubicación. Busque una estación o un lugar, o toque el mapa.
position-use-device = Usar mi ubicación
position-tap-map = Elegir en el mapa
position-from-map = Punto elegido en el mapa
position-source-device = (ubicación del dispositivo)
position-source-place = (elegido por nombre)
position-source-map = (elegido en el mapa)
position-source-test = (ubicación de prueba)
place-search = Buscar una estación o un lugar
place-placeholder = Estación o lugar, p. ej. Shinjuku
place-suggestions = Lugares coincidentes
place-none = Ninguna estación ni lugar tiene ese nombre.
filters = Filtros
filter-department = Especialidad
filter-any-department = Cualquier especialidad
filter-open-now = Abierto ahora
filter-emergency = Solo con urgencias
clock-now = Hora de Japón: { $date } { $time }
results-count =
    { $count ->
        [0] Ningún centro coincide.
        [one] Un centro
       *[other] { $count } centros
    }
distance-m = { $m } m
distance-km = { $km } km
open-now = Abierto ahora
closed-now = Cerrado ahora
open-unknown = Horario desconocido
badge-emergency = Urgencias
map-label = Mapa sin conexión
map-attribution = Límites: Información Numérica del Territorio Nacional, MLIT (N03)

facility-title = Centro médico
address = Dirección
phone = Teléfono
phone-unknown = No hay número de teléfono en los datos.
taxi-card-button = Tarjeta para el taxi
open-in-maps = Abrir en una app de mapas
hours-today = Horario de hoy
hours-week = Horario de la semana
hours-unknown = El horario no está en los datos. Llame antes de ir.
hours-disclaimer = Los horarios proceden de registros públicos y pueden haber cambiado. Si puede, llame antes.
closed-days = Otros días de cierre
departments = Especialidades
taxi-card-hint = Muéstrele esto al taxista.
taxi-request = Lléveme aquí, por favor.

kind-hospital = Hospital
kind-clinic = Clínica
kind-dental = Clínica dental
kind-pharmacy = Farmacia

dept-internal-medicine = Medicina interna
dept-pediatrics = Pediatría
dept-surgery = Cirugía
dept-orthopedics = Traumatología
dept-dermatology = Dermatología
dept-ophthalmology = Oftalmología
dept-ent = Otorrinolaringología
dept-obstetrics-gynecology = Obstetricia y ginecología
dept-urology = Urología
dept-psychiatry = Psiquiatría
dept-neurology = Neurología
dept-neurosurgery = Neurocirugía
dept-cardiology = Cardiología
dept-gastroenterology = Aparato digestivo
dept-respiratory = Neumología
dept-allergy = Alergología
dept-dentistry = Odontología
dept-emergency = Urgencias
dept-rehabilitation = Rehabilitación
dept-other = Otras

weekday-mon = lun
weekday-tue = mar
weekday-wed = mié
weekday-thu = jue
weekday-fri = vie
weekday-sat = sáb
weekday-sun = dom
weekday-holiday = Festivo

compass-n = norte
compass-ne = noreste
compass-e = este
compass-se = sureste
compass-s = sur
compass-sw = suroeste
compass-w = oeste
compass-nw = noroeste

cards-title = Tarjetas de frases
cards-search = Buscar frases
cards-categories = Categorías
cards-all = Todas
cards-none = Ninguna tarjeta coincide.
card-show-staff = Muéstrele esto al personal.

tips-title = Pago y seguro

settings-title = Ajustes
settings-language = Idioma
settings-location = Ubicación
settings-location-device = Usar la ubicación del teléfono
settings-location-device-mobile-only = Solo disponible en la app del teléfono.
settings-location-manual = Elegir una estación, un lugar o un punto del mapa
settings-privacy = Todo se queda en este dispositivo. La app no usa la red.

sources-title = Fuentes de datos
sources-built = Datos generados
sources-schema = Versión del esquema
sources-date = Fecha:
sources-licence = Licencia:
sources-records = Registros:

error-details = Detalles
error-dataset-missing = Los datos de centros médicos no están instalados. Los números de emergencia y las tarjetas de frases siguen funcionando.
error-dataset-outdated = Los datos de centros médicos son de otra versión de la app. Los números de emergencia y las tarjetas de frases siguen funcionando.
error-dataset-corrupt = No se pueden leer los datos de centros médicos. Los números de emergencia y las tarjetas de frases siguen funcionando.
error-invalid-position = Esa posición no es un lugar. Elija una estación o toque el mapa.
error-not-found = No se encontró nada.
error-invalid-argument = La app no puede usar esa opción.
error-internal = Algo ha fallado.

day-closed = Cerrado
hours-for-department = Horario de:
sources-facilities = Centros
sources-placed = En el mapa
sources-with-phone = Con teléfono
sources-with-hours = Con horario
sources-with-emergency = Con información de urgencias
sources-stations = Estaciones
