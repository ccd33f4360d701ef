# The reception screens' own words (profile editor, questionnaire flow, staff mode).
# Used by ui/src/screens/reception*.ts through L("id").

## Hub
nav-reception = Accueil
rc-title = À l'accueil
rc-lead = Au Japon, la clinique vous remet d'abord un questionnaire (問診票) en japonais. Préparez vos réponses ici et montrez-les en japonais.
rc-profile = Mes informations médicales
rc-intake = Questionnaire (問診票)
rc-profile-hint = Allergies, médicaments, maladies : remplissez-le avant d'en avoir besoin. Il reste sur ce téléphone.
rc-profile-show = Montrer au personnel
rc-profile-edit = Modifier
rc-profile-empty = Rien n'est encore enregistré.
rc-intake-hint = Une question à la fois, dans votre langue ; l'app l'écrit en japonais.
rc-staff-hint = Le personnel touche une question en japonais ; vous répondez avec un bouton.
rc-staff = Questions du personnel
rc-staff-pick = Pour le personnel : touchez la question à poser. Le patient la voit dans sa langue.
rc-staff-answer-now = Veuillez répondre :
rc-staff-answer = Réponse du patient
rc-staff-list = Retour aux questions

## Questionnaire flow
rc-choose-variant = De quoi s'agit-il ?
rc-start = Commencer le questionnaire
rc-continue = Continuer le questionnaire
rc-show-summary = Afficher mes réponses en japonais
rc-clear = Effacer mes réponses
rc-clear-confirm = Effacer toutes les réponses ? Action définitive.
rc-skip = Passer
rc-next = Suivant
rc-back = Retour
rc-from-profile = Déjà dans vos informations médicales : pas redemandé
rc-own-words = Avec vos mots
rc-add = Ajouter
rc-remove = Retirer
rc-none-allergies = Je n'ai aucune allergie connue
rc-none-medicines = Je ne prends aucun médicament
rc-none-conditions = Je n'ai aucune maladie chronique ni passée
rc-none-procedures = Je n'ai jamais été opéré(e)
rc-none-devices = Aucun implant ni métal dans mon corps
rc-temperature-hint = Comme l'indique le thermomètre, en °C, p. ex. 38.5
rc-years = Ans
rc-months = Mois (moins de 3 ans)

## Profile editor
rc-save = Enregistrer
rc-saved = Enregistré sur ce téléphone.
rc-not-saved = Non enregistré : vérifiez ceci
rc-export = Exporter dans un fichier
rc-exported = Copie enregistrée ici :
rc-import = Importer un fichier
rc-imported = Importé et enregistré.
rc-not-imported = Non importé ; rien n'a changé
rc-unknown = Inconnu
rc-name-hint = Comme sur votre passeport (lettres latines)
rc-error-store = Impossible d'ouvrir vos informations médicales. Rien n'a été écrasé.
