# "My medical information": section and field labels and values. Code: src/profile/.

## The screen for staff
profile-title = My medical information
profile-note = Entered by the patient and kept only on this phone. Medicines and illnesses the app knows are in Japanese; other entries are the patient's own words.
section-patient = Patient
section-allergies = Allergies and intolerances
section-medication = Medicines I take
section-problems = Ongoing and past illness
section-procedures = Operations
section-devices = Implants and metal in the body (before an MRI)
section-pregnancy = Pregnancy and breastfeeding
section-insurance = Insurance
section-contact = Emergency contact

## Field labels
field-name = Name
field-name-katakana = Name in katakana
field-birth-date = Date of birth
field-age = Age
field-sex = Sex
field-blood = Blood type
field-nationality = Nationality
field-language = Language
field-reaction = Reaction
field-dose = Dose
field-year = Year
field-weeks = Weeks of pregnancy
field-breastfeeding = Breastfeeding
field-insurer = Insurance company
field-policy = Policy number
field-assistance = Assistance phone (24 h)
field-relationship = Relationship
field-phone = Phone

## Values
value-not-recorded = Not filled in
value-none-procedures = No operations
value-none-devices = No implants or metal in the body
value-breastfeeding-yes = Breastfeeding
value-breastfeeding-no = Not breastfeeding
value-date = { $year }-{ $month }-{ $day }
value-date-age = { $date } ({ $age })
value-procedure-year = { $procedure } ({ $year })
value-medicine-dose = { $medicine }: { $dose }
value-contact = { $name } ({ $relationship }), { $phone }
value-blood = { $abo } { $rh }
