# "My medical information": section and field labels and values. Code: src/profile/.

## The screen for staff
profile-title = Aking impormasyong medikal
profile-note = Inilagay ng pasyente at nasa teleponong ito lamang. Ang mga gamot at sakit na kilala ng app ay nasa Japanese; ang iba ay sariling salita ng pasyente.
section-patient = Pasyente
section-allergies = Mga allergy
section-medication = Mga gamot na iniinom ko
section-problems = Mga dati at kasalukuyang sakit
section-procedures = Mga operasyon
section-devices = Implant at metal sa katawan (bago mag-MRI)
section-pregnancy = Pagbubuntis at pagpapasuso
section-insurance = Insurance
section-contact = Emergency contact

## Field labels
field-name = Pangalan
field-name-katakana = Pangalan sa katakana
field-birth-date = Petsa ng kapanganakan
field-age = Edad
field-sex = Kasarian
field-blood = Blood type
field-nationality = Nasyonalidad
field-language = Wika
field-reaction = Reaksyon
field-dose = Dosis
field-year = Taon
field-weeks = Ilang linggong buntis
field-breastfeeding = Pagpapasuso
field-insurer = Kompanya ng insurance
field-policy = Numero ng polisa
field-assistance = Telepono ng assistance
field-relationship = Kaugnayan
field-phone = Telepono

## Values
value-not-recorded = Hindi pa napupunan
value-none-procedures = Walang operasyon
value-none-devices = Walang implant o metal sa katawan
value-breastfeeding-yes = Nagpapasuso
value-breastfeeding-no = Hindi nagpapasuso
value-date = { $year }-{ $month }-{ $day }
value-date-age = { $date } ({ $age })
value-procedure-year = { $procedure } ({ $year })
value-medicine-dose = { $medicine }: { $dose }
value-contact = { $name } ({ $relationship }), { $phone }
value-blood = { $abo } { $rh }
