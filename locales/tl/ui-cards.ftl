# The phrase-card screen's own words (ui/src/screens/cards.ts); part of the ui resource.

cards-results = Mga tugmang card
card-fill-in = Punan ang patlang
card-value-kept = Nakalagay na ang huli mong sagot. Palitan kung kailangan.
card-show = Ipakita ang card
card-change = Palitan ang sagot
card-delete = Burahin
# The range of a number the card takes.
card-range = Mula { $min } hanggang { $max }
card-which-side = Aling panig?
card-other-words = O i-type sa sarili mong salita
card-find-medicine = Maghanap ng gamot
# On every error box: the way back.
error-back = Bumalik
