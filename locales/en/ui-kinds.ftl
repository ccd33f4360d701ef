# Kinds of facility, approximate positions and unpublished hours (ui/src/screens/nearby.ts,
# facility.ts, tips.ts, map.ts); part of the ui resource.

filter-kind = Kind of place
filter-any-kind = Any kind
filter-include-unknown-hours = Include places whose hours are not published
distance-about-m = about { $m } m
distance-about-km = about { $km } km
bearing-approximate = approximate
position-approximate = Approximate position: the centre of its neighbourhood, found from the address. The building may be a few hundred metres away.
hours-not-published = Hours not published here — clinics usually open about 9:00–12:00 and 15:00–18:00, closed Sundays and holidays; call or check before going.
badge-hours-not-published = Hours not published
departments-from-name = Departments read from the name only; ask what they see.
find-pharmacy = Find a pharmacy nearby
pharmacy-advice = Prescriptions are usually filled at a separate pharmacy (調剤薬局) near the clinic.
map-legend-approximate = Hollow circle: approximate position
