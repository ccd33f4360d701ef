# "My medical information": section and field labels and values. Code: src/profile/.

## The screen for staff
profile-title = Mes informations médicales
profile-note = Saisi par le patient et conservé uniquement sur ce téléphone. Les médicaments et maladies connus de l'app sont en japonais ; le reste est dans les mots du patient.
section-patient = Patient
section-allergies = Allergies et intolérances
section-medication = Médicaments que je prends
section-problems = Maladies chroniques et passées
section-procedures = Opérations
section-devices = Implants et métal dans le corps (avant une IRM)
section-pregnancy = Grossesse et allaitement
section-insurance = Assurance
section-contact = Contact d'urgence

## Field labels
field-name = Nom
field-name-katakana = Nom en katakana
field-birth-date = Date de naissance
field-age = Âge
field-sex = Sexe
field-blood = Groupe sanguin
field-nationality = Nationalité
field-language = Langue
field-reaction = Réaction
field-dose = Dose
field-year = Année
field-weeks = Semaines de grossesse
field-breastfeeding = Allaitement
field-insurer = Assureur
field-policy = Numéro de contrat
field-assistance = Téléphone d'assistance
field-relationship = Lien
field-phone = Téléphone

## Values
value-not-recorded = Non renseigné
value-none-procedures = Aucune opération
value-none-devices = Aucun implant ni métal dans le corps
value-breastfeeding-yes = Allaite
value-breastfeeding-no = N'allaite pas
value-date = { $year }-{ $month }-{ $day }
value-date-age = { $date } ({ $age })
value-procedure-year = { $procedure } ({ $year })
value-medicine-dose = { $medicine } : { $dose }
value-contact = { $name } ({ $relationship }), { $phone }
value-blood = { $abo } { $rh }
