# Textes de l’application (Tasukete UI). Cartes, conseils de paiement et numéros sont dans d’autres fichiers.
language-name = Français
app-name = Tasukete
skip-to-content = Aller au contenu
nav-label = Rubriques principales
nav-emergency = Urgence
nav-nearby = À proximité
nav-cards = Phrases
nav-tips = Payer
nav-settings = Réglages
loading = Chargement…
back = Retour
close = Fermer

emergency-title = Urgence
emergency-lead = Appelez le 119 pour une ambulance ou un incendie. L’appel est gratuit.
emergency-numbers = Numéros d’urgence
script-what = Que s’est-il passé ?
script-119-title = Ce que demandera l’opérateur du 119
prepare-title = À préparer
prepare-passport = Votre passeport
prepare-insurance = Carte ou numéro de contrat d’assurance voyage
prepare-money = Espèces ou carte bancaire : les visiteurs paient le coût total
prepare-medicines = Vos médicaments et vos allergies
prepare-address = Votre hébergement (l’adresse en japonais)

nearby-title = À proximité
position-none = Pas encore de position. Cherchez une gare ou un lieu, ou touchez la carte.
position-use-device = Utiliser ma position
position-tap-map = Choisir sur la carte
position-from-map = Point choisi sur la carte
position-source-device = (position de l’appareil)
position-source-place = (choisi par nom)
position-source-map = (choisi sur la carte)
position-source-test = (position de test)
place-search = Chercher une gare ou un lieu
place-placeholder = Gare ou lieu, p. ex. Shinjuku
place-suggestions = Lieux correspondants
place-none = Aucune gare ni aucun lieu ne porte ce nom.
filters = Filtres
filter-department = Spécialité
filter-any-department = Toutes les spécialités
filter-open-now = Ouvert maintenant
filter-emergency = Service d’urgences seulement
clock-now = Heure du Japon : { $date } { $time }
results-count =
    { $count ->
        [0] Aucun établissement ne correspond.
        [one] Un établissement
       *[other] { $count } établissements
    }
distance-m = { $m } m
distance-km = { $km } km
open-now = Ouvert maintenant
closed-now = Fermé maintenant
open-unknown = Horaires inconnus
badge-emergency = Urgences
map-label = Carte hors ligne
map-attribution = Limites : informations numériques du territoire national, MLIT (N03)

facility-title = Établissement
address = Adresse
phone = Téléphone
phone-unknown = Pas de numéro de téléphone dans les données.
taxi-card-button = Carte pour le taxi
open-in-maps = Ouvrir dans une app de cartes
hours-today = Horaires d’aujourd’hui
hours-week = Horaires de la semaine
hours-unknown = Les horaires ne sont pas dans les données. Appelez avant d’y aller.
hours-disclaimer = Les horaires viennent de registres publics et ont pu changer. Appelez avant si possible.
closed-days = Autres jours de fermeture
departments = Spécialités
taxi-card-hint = Montrez ceci au chauffeur de taxi.
taxi-request = Emmenez-moi ici, s’il vous plaît.

kind-hospital = Hôpital
kind-clinic = Clinique
kind-dental = Cabinet dentaire
kind-pharmacy = Pharmacie

dept-internal-medicine = Médecine interne
dept-pediatrics = Pédiatrie
dept-surgery = Chirurgie
dept-orthopedics = Orthopédie
dept-dermatology = Dermatologie
dept-ophthalmology = Ophtalmologie
dept-ent = ORL
dept-obstetrics-gynecology = Gynécologie-obstétrique
dept-urology = Urologie
dept-psychiatry = Psychiatrie
dept-neurology = Neurologie
dept-neurosurgery = Neurochirurgie
dept-cardiology = Cardiologie
dept-gastroenterology = Gastro-entérologie
dept-respiratory = Pneumologie
dept-allergy = Allergologie
dept-dentistry = Dentaire
dept-emergency = Urgences
dept-rehabilitation = Rééducation
dept-other = Autres

weekday-mon = lun.
weekday-tue = mar.
weekday-wed = mer.
weekday-thu = jeu.
weekday-fri = ven.
weekday-sat = sam.
weekday-sun = dim.
weekday-holiday = Jour férié

compass-n = nord
compass-ne = nord-est
compass-e = est
compass-se = sud-est
compass-s = sud
compass-sw = sud-ouest
compass-w = ouest
compass-nw = nord-ouest

cards-title = Cartes de phrases
cards-search = Chercher une phrase
cards-categories = Catégories
cards-all = Toutes
cards-none = Aucune carte ne correspond.
card-show-staff = Montrez ceci au personnel.

tips-title = Paiement et assurance

settings-title = Réglages
settings-language = Langue
settings-location = Position
settings-location-device = Utiliser la position du téléphone
settings-location-device-mobile-only = Disponible seulement dans l’app pour téléphone.
settings-location-manual = Choisir une gare, un lieu ou un point sur la carte
settings-privacy = Tout reste sur cet appareil. L’app n’utilise pas le réseau.

sources-title = Sources des données
sources-built = Données générées le
sources-schema = Version du schéma
sources-date = Date :
sources-licence = Licence :
sources-records = Enregistrements :

error-details = Détails
error-dataset-missing = Les données des établissements ne sont pas installées. Les numéros d’urgence et les cartes de phrases fonctionnent toujours.
error-dataset-outdated = Les données des établissements sont pour une autre version de l’app. Les numéros d’urgence et les cartes de phrases fonctionnent toujours.
error-dataset-corrupt = Les données des établissements sont illisibles. Les numéros d’urgence et les cartes de phrases fonctionnent toujours.
error-invalid-position = Cette position n’est pas un lieu. Choisissez une gare ou touchez la carte.
error-not-found = Rien trouvé.
error-invalid-argument = L’app ne peut pas utiliser ce choix.
error-internal = Un problème est survenu.

day-closed = Fermé
hours-for-department = Horaires de :
sources-facilities = Établissements
sources-placed = Sur la carte
sources-with-phone = Avec un numéro de téléphone
sources-with-hours = Avec des horaires
sources-with-emergency = Avec une information sur les urgences
sources-stations = Gares
