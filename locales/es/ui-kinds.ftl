# Kinds of facility, approximate positions and unpublished hours (ui/src/screens/nearby.ts,
# facility.ts, tips.ts, map.ts); part of the ui resource.

filter-kind = Tipo de lugar
filter-any-kind = Cualquier tipo
filter-include-unknown-hours = Incluir lugares sin horario publicado
distance-about-m = unos { $m } m
distance-about-km = unos { $km } km
bearing-approximate = aproximada
position-approximate = Posición aproximada: el centro de su barrio, obtenido de la dirección. El edificio puede estar a unos cientos de metros.
hours-not-published = Horario no publicado aquí: las clínicas suelen abrir de 9:00 a 12:00 y de 15:00 a 18:00, y cierran domingos y festivos; llame o compruébelo antes de ir.
badge-hours-not-published = Horario no publicado
departments-from-name = Especialidades deducidas solo del nombre; pregunte si le pueden atender.
find-pharmacy = Buscar una farmacia cercana
pharmacy-advice = Las recetas suelen dispensarse en una farmacia aparte (調剤薬局) cerca de la clínica.
map-legend-approximate = Círculo hueco: posición aproximada
