# The reception screens' own words (profile editor, questionnaire flow, staff mode).
# Used by ui/src/screens/reception*.ts through L("id").

## Hub
nav-reception = Anmeldung
rc-title = An der Anmeldung
rc-lead = In Japan bekommen Sie in der Praxis zuerst einen Fragebogen (問診票) auf Japanisch. Bereiten Sie hier Ihre Antworten vor und zeigen Sie sie auf Japanisch.
rc-profile = Meine medizinischen Daten
rc-intake = Fragebogen (問診票)
rc-profile-hint = Allergien, Medikamente, Krankheiten: vorher ausfüllen. Bleibt nur auf diesem Telefon.
rc-profile-show = Dem Personal zeigen
rc-profile-edit = Bearbeiten
rc-profile-empty = Noch nichts gespeichert.
rc-intake-hint = Eine Frage nach der anderen in Ihrer Sprache; die App schreibt es auf Japanisch.
rc-staff-hint = Das Personal tippt eine Frage auf Japanisch an; Sie antworten per Knopf.
rc-staff = Fragen des Personals
rc-staff-pick = Für das Personal: Frage antippen. Der Patient sieht sie in seiner Sprache.
rc-staff-answer-now = Bitte antworten Sie:
rc-staff-answer = Antwort des Patienten
rc-staff-list = Zurück zu den Fragen

## Questionnaire flow
rc-choose-variant = Worum geht es?
rc-start = Fragebogen beginnen
rc-continue = Fragebogen fortsetzen
rc-show-summary = Meine Antworten auf Japanisch zeigen
rc-clear = Antworten löschen
rc-clear-confirm = Alle Antworten löschen? Das lässt sich nicht rückgängig machen.
rc-skip = Überspringen
rc-next = Weiter
rc-back = Zurück
rc-from-profile = Schon in Ihren medizinischen Daten: wird nicht erneut gefragt
rc-own-words = In eigenen Worten
rc-add = Hinzufügen
rc-remove = Entfernen
rc-none-allergies = Ich habe keine bekannten Allergien
rc-none-medicines = Ich nehme keine Medikamente
rc-none-conditions = Ich habe keine Vorerkrankungen
rc-none-procedures = Ich hatte keine Operationen
rc-none-devices = Keine Implantate oder Metall in meinem Körper
rc-temperature-hint = Wie das Thermometer zeigt, in °C, z. B. 38.5
rc-years = Jahre
rc-months = Monate (unter 3 Jahren)

## Profile editor
rc-save = Speichern
rc-saved = Auf diesem Telefon gespeichert.
rc-not-saved = Nicht gespeichert: bitte prüfen
rc-export = Als Datei exportieren
rc-exported = Kopie gespeichert unter:
rc-import = Datei importieren
rc-imported = Importiert und gespeichert.
rc-not-imported = Nicht importiert; nichts wurde geändert
rc-unknown = Unbekannt
rc-name-hint = Wie im Reisepass (lateinische Buchstaben)
rc-error-store = Ihre gespeicherten medizinischen Daten ließen sich nicht öffnen. Nichts wurde überschrieben.
