# "My medical information": section and field labels and values. Code: src/profile/.

## The screen for staff
profile-title = Minhas informações médicas
profile-note = Preenchido pelo paciente e guardado só neste telefone. Medicamentos e doenças que o app conhece aparecem em japonês; o resto nas palavras do paciente.
section-patient = Paciente
section-allergies = Alergias e intolerâncias
section-medication = Medicamentos que tomo
section-problems = Doenças crônicas e anteriores
section-procedures = Cirurgias
section-devices = Implantes e metal no corpo (antes de ressonância)
section-pregnancy = Gravidez e amamentação
section-insurance = Seguro
section-contact = Contato de emergência

## Field labels
field-name = Nome
field-name-katakana = Nome em katakana
field-birth-date = Data de nascimento
field-age = Idade
field-sex = Sexo
field-blood = Tipo sanguíneo
field-nationality = Nacionalidade
field-language = Idioma
field-reaction = Reação
field-dose = Dose
field-year = Ano
field-weeks = Semanas de gravidez
field-breastfeeding = Amamentação
field-insurer = Seguradora
field-policy = Número da apólice
field-assistance = Telefone de assistência
field-relationship = Parentesco
field-phone = Telefone

## Values
value-not-recorded = Não preenchido
value-none-procedures = Sem cirurgias
value-none-devices = Sem implantes nem metal no corpo
value-breastfeeding-yes = Amamentando
value-breastfeeding-no = Não amamenta
value-date = { $year }-{ $month }-{ $day }
value-date-age = { $date } ({ $age })
value-procedure-year = { $procedure } ({ $year })
value-medicine-dose = { $medicine }: { $dose }
value-contact = { $name } ({ $relationship }), { $phone }
value-blood = { $abo } { $rh }
