# The reception screens' own words (profile editor, questionnaire flow, staff mode).
# Used by ui/src/screens/reception*.ts through L("id").

## Hub
nav-reception = Recepção
rc-title = Na recepção
rc-lead = No Japão, a clínica entrega primeiro um questionário (問診票) em japonês. Prepare aqui as suas respostas e mostre-as em japonês.
rc-profile = Minhas informações médicas
rc-intake = Questionário (問診票)
rc-profile-hint = Alergias, medicamentos, doenças: preencha antes de precisar. Fica só neste telefone.
rc-profile-show = Mostrar à equipe
rc-profile-edit = Editar
rc-profile-empty = Nada guardado ainda.
rc-intake-hint = Uma pergunta de cada vez, no seu idioma; o app escreve em japonês.
rc-staff-hint = A equipe toca numa pergunta em japonês; você responde com um botão.
rc-staff = Perguntas da equipe
rc-staff-pick = Para a equipe: toque na pergunta. O paciente a vê no seu idioma.
rc-staff-answer-now = Por favor, responda:
rc-staff-answer = Resposta do paciente
rc-staff-list = Voltar às perguntas

## Questionnaire flow
rc-choose-variant = Do que se trata?
rc-start = Começar o questionário
rc-continue = Continuar o questionário
rc-show-summary = Mostrar as respostas em japonês
rc-clear = Apagar as respostas
rc-clear-confirm = Apagar todas as respostas? Não dá para desfazer.
rc-skip = Pular
rc-next = Próximo
rc-back = Voltar
rc-from-profile = Já está nas suas informações médicas: não é perguntado de novo
rc-own-words = Com as suas palavras
rc-add = Adicionar
rc-remove = Remover
rc-none-allergies = Não tenho alergias conhecidas
rc-none-medicines = Não tomo medicamentos
rc-none-conditions = Não tenho doenças crônicas ou anteriores
rc-none-procedures = Nunca fui operado(a)
rc-none-devices = Não tenho implantes nem metal no corpo
rc-temperature-hint = Como mostra o termômetro, em °C, ex. 38.5
rc-years = Anos
rc-months = Meses (menos de 3 anos)

## Profile editor
rc-save = Salvar
rc-saved = Salvo neste telefone.
rc-not-saved = Não salvo: verifique isto
rc-export = Exportar para arquivo
rc-exported = Cópia salva em:
rc-import = Importar arquivo
rc-imported = Importado e salvo.
rc-not-imported = Não importado; nada mudou
rc-unknown = Não sei
rc-name-hint = Como no passaporte (letras latinas)
rc-error-store = Não foi possível abrir as informações médicas salvas. Nada foi sobrescrito.
