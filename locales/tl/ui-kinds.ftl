# Kinds of facility, approximate positions and unpublished hours (ui/src/screens/nearby.ts,
# facility.ts, tips.ts, map.ts); part of the ui resource.

filter-kind = Uri ng lugar
filter-any-kind = Lahat ng uri
filter-include-unknown-hours = Isama ang mga lugar na walang nakalathalang oras
distance-about-m = mga { $m } m
distance-about-km = mga { $km } km
bearing-approximate = tinatayang direksyon
position-approximate = Tinatayang lokasyon: ang gitna ng kapitbahayan, batay sa address. Maaaring ilang daang metro ang layo ng gusali.
hours-not-published = Walang nakalathalang oras dito — karaniwang bukas ang mga klinika mga 9:00–12:00 at 15:00–18:00, sarado tuwing Linggo at pista opisyal; tumawag o tingnan muna bago pumunta.
badge-hours-not-published = Walang nakalathalang oras
departments-from-name = Ang mga departamento ay mula lamang sa pangalan; itanong kung tumitingin sila.
find-pharmacy = Maghanap ng botika sa malapit
pharmacy-advice = Karaniwang kinukuha ang reseta sa hiwalay na botika (調剤薬局) malapit sa klinika.
map-legend-approximate = Hungkag na bilog: tinatayang lokasyon
