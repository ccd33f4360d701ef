# The phrase-card screen's own words (ui/src/screens/cards.ts); part of the ui resource.

cards-results = Cartões correspondentes
card-fill-in = Preencha o espaço em branco
card-value-kept = Sua última resposta já está preenchida. Altere se precisar.
card-show = Mostrar o cartão
card-change = Alterar a resposta
card-delete = Apagar
# The range of a number the card takes.
card-range = De { $min } a { $max }
card-which-side = De que lado?
card-other-words = Ou escreva com suas palavras
card-find-medicine = Procurar um remédio
# On every error box: the way back.
error-back = Voltar
