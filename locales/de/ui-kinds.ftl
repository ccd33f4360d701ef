# Kinds of facility, approximate positions and unpublished hours (ui/src/screens/nearby.ts,
# facility.ts, tips.ts, map.ts); part of the ui resource.

filter-kind = Art der Einrichtung
filter-any-kind = Alle Arten
filter-include-unknown-hours = Auch Orte ohne veröffentlichte Zeiten zeigen
distance-about-m = etwa { $m } m
distance-about-km = etwa { $km } km
bearing-approximate = ungefähr
position-approximate = Ungefähre Position: die Mitte des Viertels, aus der Adresse ermittelt. Das Gebäude kann einige hundert Meter entfernt sein.
hours-not-published = Sprechzeiten hier nicht veröffentlicht — Praxen öffnen meist etwa 9:00–12:00 und 15:00–18:00, sonntags und feiertags geschlossen; vorher anrufen oder nachsehen.
badge-hours-not-published = Zeiten nicht veröffentlicht
departments-from-name = Fachrichtungen nur aus dem Namen gelesen; fragen Sie, ob man Sie behandelt.
find-pharmacy = Apotheke in der Nähe suchen
pharmacy-advice = Rezepte werden meist in einer separaten Apotheke (調剤薬局) nahe der Praxis eingelöst.
map-legend-approximate = Hohler Kreis: ungefähre Position
