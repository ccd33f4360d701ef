# "My medical information": section and field labels and values. Code: src/profile/.

## The screen for staff
profile-title = Mi información médica
profile-note = Introducido por el paciente y guardado solo en este teléfono. Los medicamentos y enfermedades que la app conoce aparecen en japonés; lo demás, en palabras del paciente.
section-patient = Paciente
section-allergies = Alergias e intolerancias
section-medication = Medicamentos que tomo
section-problems = Enfermedades crónicas y previas
section-procedures = Operaciones
section-devices = Implantes y metal en el cuerpo (antes de una resonancia)
section-pregnancy = Embarazo y lactancia
section-insurance = Seguro
section-contact = Contacto de emergencia

## Field labels
field-name = Nombre
field-name-katakana = Nombre en katakana
field-birth-date = Fecha de nacimiento
field-age = Edad
field-sex = Sexo
field-blood = Grupo sanguíneo
field-nationality = Nacionalidad
field-language = Idioma
field-reaction = Reacción
field-dose = Dosis
field-year = Año
field-weeks = Semanas de embarazo
field-breastfeeding = Lactancia
field-insurer = Aseguradora
field-policy = Número de póliza
field-assistance = Teléfono de asistencia
field-relationship = Parentesco
field-phone = Teléfono

## Values
value-not-recorded = Sin rellenar
value-none-procedures = Sin operaciones
value-none-devices = Sin implantes ni metal en el cuerpo
value-breastfeeding-yes = Dando el pecho
value-breastfeeding-no = No da el pecho
value-date = { $year }-{ $month }-{ $day }
value-date-age = { $date } ({ $age })
value-procedure-year = { $procedure } ({ $year })
value-medicine-dose = { $medicine }: { $dose }
value-contact = { $name } ({ $relationship }), { $phone }
value-blood = { $abo } { $rh }
