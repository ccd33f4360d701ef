# Texte der App (Tasukete UI). Karten, Zahlungstipps und Nummern stehen in anderen Dateien.
language-name = Deutsch
app-name = Tasukete
skip-to-content = Zum Inhalt springen
nav-label = Hauptbereiche
nav-emergency = Notfall
nav-nearby = In der Nähe
nav-cards = Sätze
nav-tips = Bezahlen
nav-settings = Einstellungen
loading = Wird geladen…
back = Zurück
close = Schließen

emergency-title = Notfall
emergency-lead = Rufen Sie 119 für Rettungswagen oder Feuerwehr. Der Anruf ist kostenlos.
emergency-numbers = Notrufnummern
script-what = Was ist passiert?
script-119-title = Was die 119-Leitstelle fragen wird
prepare-title = Bereithalten
prepare-passport = Ihren Reisepass
prepare-insurance = Karte oder Policennummer der Reiseversicherung
prepare-money = Bargeld oder Kreditkarte: Besucher zahlen die vollen Kosten
prepare-medicines = Ihre Medikamente und Allergien
prepare-address = Ihre Unterkunft (die Adresse auf Japanisch)

nearby-title = In der Nähe
position-none = Noch keine Position. Suchen Sie einen Bahnhof oder Ort, oder tippen Sie auf die Karte.
position-use-device = Meinen Standort verwenden
position-tap-map = Auf der Karte wählen
position-from-map = Auf der Karte gewählter Punkt
position-source-device = (Gerätestandort)
position-source-place = (nach Name gewählt)
position-source-map = (auf der Karte gewählt)
position-source-test = (Testposition)
place-search = Bahnhof oder Ort suchen
place-placeholder = Bahnhof oder Ort, z. B. Shinjuku
place-suggestions = Passende Orte
place-none = Kein Bahnhof und kein Ort hat diesen Namen.
filters = Filter
filter-department = Fachrichtung
filter-any-department = Alle Fachrichtungen
filter-open-now = Jetzt geöffnet
filter-emergency = Nur mit Notaufnahme
clock-now = Zeit in Japan: { $date } { $time }
results-count =
    { $count ->
        [0] Keine Einrichtung passt.
        [one] Eine Einrichtung
       *[other] { $count } Einrichtungen
    }
distance-m = { $m } m
distance-km = { $km } km
open-now = Jetzt geöffnet
closed-now = Jetzt geschlossen
open-unknown = Öffnungszeiten unbekannt
badge-emergency = Notaufnahme
map-label = Offline-Karte
map-attribution = Grenzen: Nationale Landesdaten des MLIT (N03)

facility-title = Einrichtung
address = Adresse
phone = Telefon
phone-unknown = Keine Telefonnummer in den Daten.
taxi-card-button = Taxikarte
open-in-maps = In einer Karten-App öffnen
hours-today = Heutige Sprechzeiten
hours-week = Sprechzeiten der Woche
hours-unknown = Die Sprechzeiten fehlen in den Daten. Rufen Sie vorher an.
hours-disclaimer = Die Sprechzeiten stammen aus öffentlichen Verzeichnissen und können sich geändert haben. Rufen Sie wenn möglich vorher an.
closed-days = Weitere Schließtage
departments = Fachrichtungen
taxi-card-hint = Zeigen Sie dies dem Taxifahrer.
taxi-request = Bitte bringen Sie mich hierhin.

kind-hospital = Krankenhaus
kind-clinic = Praxis
kind-dental = Zahnarztpraxis
kind-pharmacy = Apotheke

dept-internal-medicine = Innere Medizin
dept-pediatrics = Kinderheilkunde
dept-surgery = Chirurgie
dept-orthopedics = Orthopädie
dept-dermatology = Dermatologie
dept-ophthalmology = Augenheilkunde
dept-ent = Hals-Nasen-Ohren
dept-obstetrics-gynecology = Frauenheilkunde und Geburtshilfe
dept-urology = Urologie
dept-psychiatry = Psychiatrie
dept-neurology = Neurologie
dept-neurosurgery = Neurochirurgie
dept-cardiology = Kardiologie
dept-gastroenterology = Magen und Darm
dept-respiratory = Lungenheilkunde
dept-allergy = Allergologie
dept-dentistry = Zahnmedizin
dept-emergency = Notfallmedizin
dept-rehabilitation = Rehabilitation
dept-other = Andere

weekday-mon = Mo
weekday-tue = Di
weekday-wed = Mi
weekday-thu = Do
weekday-fri = Fr
weekday-sat = Sa
weekday-sun = So
weekday-holiday = Feiertag

compass-n = Norden
compass-ne = Nordosten
compass-e = Osten
compass-se = Südosten
compass-s = Süden
compass-sw = Südwesten
compass-w = Westen
compass-nw = Nordwesten

cards-title = Satzkarten
cards-search = Sätze suchen
cards-categories = Kategorien
cards-all = Alle
cards-none = Keine Karte passt.
card-show-staff = Zeigen Sie dies dem Personal.

tips-title = Bezahlen und Versicherung

settings-title = Einstellungen
settings-language = Sprache
settings-location = Standort
settings-location-device = Standort des Telefons verwenden
settings-location-device-mobile-only = Nur in der Telefon-App verfügbar.
settings-location-manual = Bahnhof, Ort oder Kartenpunkt wählen
settings-privacy = Alles bleibt auf diesem Gerät. Die App nutzt kein Netz.

sources-title = Datenquellen
sources-built = Datenstand erstellt
sources-schema = Schemaversion
sources-date = Datum:
sources-licence = Lizenz:
sources-records = Einträge:

error-details = Details
error-dataset-missing = Die Daten der Einrichtungen sind nicht installiert. Notrufnummern und Satzkarten funktionieren weiterhin.
error-dataset-outdated = Die Daten der Einrichtungen gehören zu einer anderen App-Version. Notrufnummern und Satzkarten funktionieren weiterhin.
error-dataset-corrupt = Die Daten der Einrichtungen sind nicht lesbar. Notrufnummern und Satzkarten funktionieren weiterhin.
error-invalid-position = Diese Position ist kein Ort. Wählen Sie einen Bahnhof oder tippen Sie auf die Karte.
error-not-found = Nichts gefunden.
error-invalid-argument = Die App kann diese Auswahl nicht verwenden.
error-internal = Etwas ist schiefgelaufen.

day-closed = Geschlossen
hours-for-department = Sprechzeiten für:
sources-facilities = Einrichtungen
sources-placed = Auf der Karte
sources-with-phone = Mit Telefonnummer
sources-with-hours = Mit Sprechzeiten
sources-with-emergency = Mit Notfallangabe
sources-stations = Bahnhöfe
