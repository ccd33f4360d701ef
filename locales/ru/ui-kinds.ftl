# Kinds of facility, approximate positions and unpublished hours (ui/src/screens/nearby.ts,
# facility.ts, tips.ts, map.ts); part of the ui resource.

filter-kind = Тип учреждения
filter-any-kind = Любой тип
filter-include-unknown-hours = Включать места без опубликованных часов
distance-about-m = около { $m } м
distance-about-km = около { $km } км
bearing-approximate = приблизительно
position-approximate = Приблизительное положение: центр квартала, найденный по адресу. Здание может быть в нескольких сотнях метров.
hours-not-published = Часы работы здесь не опубликованы — клиники обычно работают примерно 9:00–12:00 и 15:00–18:00, закрыты по воскресеньям и праздникам; позвоните или уточните перед визитом.
badge-hours-not-published = Часы не опубликованы
departments-from-name = Отделения определены только по названию; уточните, примут ли вас.
find-pharmacy = Найти аптеку рядом
pharmacy-advice = Рецепты обычно отпускают в отдельной аптеке (調剤薬局) рядом с клиникой.
map-legend-approximate = Полый круг: приблизительное положение
