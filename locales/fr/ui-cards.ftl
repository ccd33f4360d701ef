# The phrase-card screen's own words (ui/src/screens/cards.ts); part of the ui resource.

cards-results = Cartes correspondantes
card-fill-in = Remplissez le blanc
card-value-kept = Votre dernière réponse est déjà saisie. Modifiez-la si besoin.
card-show = Afficher la carte
card-change = Modifier la réponse
card-delete = Effacer
# The range of a number the card takes.
card-range = De { $min } à { $max }
card-which-side = De quel côté ?
card-other-words = Ou écrivez-le avec vos mots
card-find-medicine = Chercher un médicament
# On every error box: the way back.
error-back = Retour
