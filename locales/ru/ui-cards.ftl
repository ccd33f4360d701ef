# The phrase-card screen's own words (ui/src/screens/cards.ts); part of the ui resource.

cards-results = Подходящие карточки
card-fill-in = Заполните пропуск
card-value-kept = Подставлен ваш прошлый ответ. Измените его, если нужно.
card-show = Показать карточку
card-change = Изменить ответ
card-delete = Стереть
# The range of a number the card takes.
card-range = От { $min } до { $max }
card-which-side = С какой стороны?
card-other-words = Или введите своими словами
card-find-medicine = Найти лекарство
# On every error box: the way back.
error-back = Назад
