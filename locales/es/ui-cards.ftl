# The phrase-card screen's own words (ui/src/screens/cards.ts); part of the ui resource.

cards-results = Tarjetas que coinciden
card-fill-in = Rellene el espacio en blanco
card-value-kept = Se ha puesto su última respuesta. Cámbiela si hace falta.
card-show = Mostrar la tarjeta
card-change = Cambiar la respuesta
card-delete = Borrar
# The range of a number the card takes.
card-range = De { $min } a { $max }
card-which-side = ¿De qué lado?
card-other-words = O escríbalo con sus palabras
card-find-medicine = Buscar un medicamento
# On every error box: the way back.
error-back = Volver
