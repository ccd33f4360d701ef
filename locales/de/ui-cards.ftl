# The phrase-card screen's own words (ui/src/screens/cards.ts); part of the ui resource.

cards-results = Passende Karten
card-fill-in = Lücke ausfüllen
card-value-kept = Ihre letzte Antwort ist eingetragen. Ändern Sie sie bei Bedarf.
card-show = Karte zeigen
card-change = Antwort ändern
card-delete = Löschen
# The range of a number the card takes.
card-range = Von { $min } bis { $max }
card-which-side = Welche Seite?
card-other-words = Oder in eigenen Worten eingeben
card-find-medicine = Medikament suchen
# On every error box: the way back.
error-back = Zurück
