# "My medical information": section and field labels and values. Code: src/profile/.

## The screen for staff
profile-title = Meine medizinischen Daten
profile-note = Vom Patienten eingegeben und nur auf diesem Telefon gespeichert. Medikamente und Krankheiten, die die App kennt, stehen auf Japanisch; der Rest in den Worten des Patienten.
section-patient = Patient
section-allergies = Allergien und Unverträglichkeiten
section-medication = Medikamente, die ich nehme
section-problems = Vorerkrankungen
section-procedures = Operationen
section-devices = Implantate und Metall im Körper (vor einer MRT)
section-pregnancy = Schwangerschaft und Stillen
section-insurance = Versicherung
section-contact = Notfallkontakt

## Field labels
field-name = Name
field-name-katakana = Name in Katakana
field-birth-date = Geburtsdatum
field-age = Alter
field-sex = Geschlecht
field-blood = Blutgruppe
field-nationality = Staatsangehörigkeit
field-language = Sprache
field-reaction = Reaktion
field-dose = Dosis
field-year = Jahr
field-weeks = Schwangerschaftswochen
field-breastfeeding = Stillen
field-insurer = Versicherung
field-policy = Policennummer
field-assistance = Assistance-Telefon
field-relationship = Beziehung
field-phone = Telefon

## Values
value-not-recorded = Nicht ausgefüllt
value-none-procedures = Keine Operationen
value-none-devices = Keine Implantate oder Metall im Körper
value-breastfeeding-yes = Stillt
value-breastfeeding-no = Stillt nicht
value-date = { $year }-{ $month }-{ $day }
value-date-age = { $date } ({ $age })
value-procedure-year = { $procedure } ({ $year })
value-medicine-dose = { $medicine }: { $dose }
value-contact = { $name } ({ $relationship }), { $phone }
value-blood = { $abo } { $rh }
