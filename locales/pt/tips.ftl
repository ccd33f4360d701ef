# Dicas de pagamento e seguro. Tradução de qualidade automática, não revisada.

tip-full-cost-title = Você paga o valor total
tip-full-cost = Visitantes não são cobertos pelo seguro de saúde público do Japão e pagam 100% do custo, normalmente no fim de cada consulta, em ienes.
tip-cash-passport-title = Leve passaporte e dinheiro
tip-cash-passport = Leve seu passaporte e dinheiro suficiente em ienes: muitas clínicas só aceitam dinheiro. Pergunte sobre cartão antes do tratamento.
tip-insurer-first-title = Ligue primeiro para o seguro de viagem
tip-insurer-first = Se tiver seguro de viagem, ligue se possível para a assistência antes de ir: algumas seguradoras pagam o hospital diretamente ou indicam um hospital.
tip-claim-documents-title = Documentos para o reembolso do seguro
tip-claim-documents = Se você pagar, peça o recibo (領収書, ryōshūsho), a conta detalhada (診療明細書, shinryō meisaisho) e um atestado médico (診断書, shindansho), em inglês se possível. O atestado costuma ser cobrado à parte.
tip-referral-surcharge-title = Hospitais grandes cobram mais sem encaminhamento
tip-referral-surcharge = Hospitais grandes cobram uma taxa extra (選定療養費, sentei ryōyōhi) de cerca de 7.000 ienes ou mais na primeira consulta sem carta de encaminhamento. Para problemas leves, uma clínica sai mais barato; numa emergência, vá mesmo assim.
tip-uninsured-rate-title = Alguns hospitais cobram mais de quem não tem seguro
tip-uninsured-rate = Alguns hospitais cobram de pacientes sem seguro japonês mais do que a tabela padrão, por exemplo o dobro. Peça um orçamento.
tip-deposit-title = Depósito para internação
tip-deposit = Se você for internado, normalmente pedirão um depósito.
tip-ambulance-free-title = A ambulância é gratuita
tip-ambulance-free = Ligar para o 119 e o transporte de ambulância não custam nada. O tratamento no hospital é cobrado.
tip-night-holiday-title = Noites, domingos e feriados
tip-night-holiday = As clínicas costumam fechar à noite, aos domingos e feriados. Nesses casos, vá a um hospital de emergência (救急病院) ou ao centro de atendimento noturno e de feriados da região (休日夜間急患センター).
tip-unpaid-bills-title = Contas não pagas e entradas futuras (incerto)
tip-unpaid-bills = Incerto, só de uma fonte secundária: a partir de 1º de abril de 2026, contas médicas não pagas de 10.000 ienes ou mais podem ser comunicadas à imigração e levar à recusa de entrada numa próxima visita. Pague ou combine o pagamento antes de partir.
