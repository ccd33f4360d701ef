# Conseils de paiement et d'assurance. Traduction de qualité machine, non relue.

tip-full-cost-title = Vous payez la totalité des frais
tip-full-cost = Les voyageurs ne sont pas couverts par l'assurance maladie publique japonaise et paient 100 % des frais, généralement à la fin de chaque visite, en yens.
tip-cash-passport-title = Emportez passeport et espèces
tip-cash-passport = Prenez votre passeport et assez d'espèces en yens : beaucoup de cliniques n'acceptent que le liquide. Demandez avant les soins si la carte est acceptée.
tip-insurer-first-title = Appelez d'abord votre assureur voyage
tip-insurer-first = Si vous avez une assurance voyage, appelez si possible son assistance avant d'y aller : certains assureurs paient l'hôpital directement ou vous indiquent un hôpital.
tip-claim-documents-title = Documents pour votre assurance
tip-claim-documents = Si vous payez vous-même, demandez le reçu (領収書, ryōshūsho), la facture détaillée (診療明細書, shinryō meisaisho) et un certificat médical (診断書, shindansho), en anglais si possible. Le certificat est généralement payant.
tip-referral-surcharge-title = Les grands hôpitaux coûtent plus cher sans lettre d'orientation
tip-referral-surcharge = Les grands hôpitaux ajoutent un supplément (選定療養費, sentei ryōyōhi) d'environ 7 000 yens ou plus pour une première visite sans lettre d'orientation. Pour un problème mineur, une clinique coûte moins cher ; en cas d'urgence, allez-y quand même.
tip-uninsured-rate-title = Certains hôpitaux facturent plus cher sans assurance
tip-uninsured-rate = Certains hôpitaux facturent aux patients sans assurance japonaise plus que le tarif standard, par exemple le double. Demandez un devis.
tip-deposit-title = Acompte pour une hospitalisation
tip-deposit = Si vous êtes hospitalisé, on vous demandera généralement un acompte.
tip-ambulance-free-title = L'ambulance elle-même est gratuite
tip-ambulance-free = L'appel au 119 et le trajet en ambulance ne coûtent rien. Les soins à l'hôpital sont payants.
tip-night-holiday-title = La nuit, le dimanche et les jours fériés
tip-night-holiday = Les cliniques ferment en général le soir, le dimanche et les jours fériés. Allez alors dans un hôpital d'urgence (救急病院) ou au centre de soins de nuit et des jours fériés du quartier (休日夜間急患センター).
tip-unpaid-bills-title = Factures impayées et entrée future (incertain)
tip-unpaid-bills = Incertain, d'après une source secondaire seulement : à partir du 1er avril 2026, des frais médicaux impayés de 10 000 yens ou plus pourraient être signalés à l'immigration et entraîner un refus d'entrée lors d'une visite suivante. Payez ou organisez le paiement avant de partir.
