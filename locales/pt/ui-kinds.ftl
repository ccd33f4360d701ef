# Kinds of facility, approximate positions and unpublished hours (ui/src/screens/nearby.ts,
# facility.ts, tips.ts, map.ts); part of the ui resource.

filter-kind = Tipo de local
filter-any-kind = Qualquer tipo
filter-include-unknown-hours = Incluir locais sem horário publicado
distance-about-m = cerca de { $m } m
distance-about-km = cerca de { $km } km
bearing-approximate = aproximada
position-approximate = Posição aproximada: o centro do bairro, obtido do endereço. O prédio pode estar a algumas centenas de metros.
hours-not-published = Horário não publicado aqui — clínicas costumam abrir por volta de 9:00–12:00 e 15:00–18:00, fechadas aos domingos e feriados; ligue ou confirme antes de ir.
badge-hours-not-published = Horário não publicado
departments-from-name = Especialidades lidas apenas do nome; pergunte se podem atender.
find-pharmacy = Encontrar uma farmácia próxima
pharmacy-advice = Receitas costumam ser aviadas numa farmácia separada (調剤薬局) perto da clínica.
map-legend-approximate = Círculo vazado: posição aproximada
