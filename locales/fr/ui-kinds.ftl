# Kinds of facility, approximate positions and unpublished hours (ui/src/screens/nearby.ts,
# facility.ts, tips.ts, map.ts); part of the ui resource.

filter-kind = Type de lieu
filter-any-kind = Tous types
filter-include-unknown-hours = Inclure les lieux sans horaires publiés
distance-about-m = environ { $m } m
distance-about-km = environ { $km } km
bearing-approximate = approximative
position-approximate = Position approximative : le centre de son quartier, déduit de l'adresse. Le bâtiment peut se trouver à quelques centaines de mètres.
hours-not-published = Horaires non publiés ici — les cabinets ouvrent en général vers 9:00–12:00 et 15:00–18:00, fermés le dimanche et les jours fériés ; appelez ou vérifiez avant d'y aller.
badge-hours-not-published = Horaires non publiés
departments-from-name = Spécialités déduites du nom seulement ; demandez s'ils peuvent vous recevoir.
find-pharmacy = Trouver une pharmacie proche
pharmacy-advice = Les ordonnances sont en général délivrées dans une pharmacie séparée (調剤薬局) près du cabinet.
map-legend-approximate = Cercle creux : position approximative
