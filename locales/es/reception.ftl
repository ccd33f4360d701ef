# The reception screens' own words (profile editor, questionnaire flow, staff mode).
# Used by ui/src/screens/reception*.ts through L("id").

## Hub
nav-reception = Recepción
rc-title = En recepción
rc-lead = En Japón, la clínica le dará primero un cuestionario (問診票) en japonés. Prepare aquí sus respuestas y muéstrelas en japonés.
rc-profile = Mi información médica
rc-intake = Cuestionario (問診票)
rc-profile-hint = Alergias, medicamentos, enfermedades: rellénelo antes de necesitarlo. Se queda en este teléfono.
rc-profile-show = Mostrar al personal
rc-profile-edit = Editar
rc-profile-empty = Aún no hay nada guardado.
rc-intake-hint = Una pregunta cada vez, en su idioma; la app lo escribe en japonés.
rc-staff-hint = El personal toca una pregunta en japonés; usted responde con un botón.
rc-staff = Preguntas del personal
rc-staff-pick = Para el personal: toque la pregunta. El paciente la verá en su idioma.
rc-staff-answer-now = Responda, por favor:
rc-staff-answer = Respuesta del paciente
rc-staff-list = Volver a las preguntas

## Questionnaire flow
rc-choose-variant = ¿De qué se trata?
rc-start = Empezar el cuestionario
rc-continue = Continuar el cuestionario
rc-show-summary = Mostrar mis respuestas en japonés
rc-clear = Borrar mis respuestas
rc-clear-confirm = ¿Borrar todas las respuestas? No se puede deshacer.
rc-skip = Saltar
rc-next = Siguiente
rc-back = Atrás
rc-from-profile = Ya está en su información médica: no se vuelve a preguntar
rc-own-words = Con sus palabras
rc-add = Añadir
rc-remove = Quitar
rc-none-allergies = No tengo alergias conocidas
rc-none-medicines = No tomo medicamentos
rc-none-conditions = No tengo enfermedades crónicas ni previas
rc-none-procedures = No me han operado nunca
rc-none-devices = No tengo implantes ni metal en el cuerpo
rc-temperature-hint = Como marca el termómetro, en °C, p. ej. 38.5
rc-years = Años
rc-months = Meses (menos de 3 años)

## Profile editor
rc-save = Guardar
rc-saved = Guardado en este teléfono.
rc-not-saved = No guardado: revise esto
rc-export = Exportar a un archivo
rc-exported = Se guardó una copia en:
rc-import = Importar un archivo
rc-imported = Importado y guardado.
rc-not-imported = No importado; no se cambió nada
rc-unknown = No se sabe
rc-name-hint = Como en su pasaporte (letras latinas)
rc-error-store = No se pudo abrir su información médica guardada. No se sobrescribió nada.
