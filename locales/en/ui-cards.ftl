# The phrase-card screen's own words (ui/src/screens/cards.ts); part of the ui resource.

cards-results = Matching cards
card-fill-in = Fill in the blank
card-value-kept = Your last answer is filled in. Change it if you need to.
card-show = Show the card
card-change = Change the answer
card-delete = Delete
# The range of a number the card takes.
card-range = From { $min } to { $max }
card-which-side = Which side?
card-other-words = Or type it in your own words
card-find-medicine = Find a medicine
# On every error box: the way back.
error-back = Go back
