# Place search on the Nearby screen (ui/src/screens/nearby.ts, issue 9); part of the ui resource.

# What kind of place an answer is, beside its prefecture.
place-kind-station = Bahnhof
place-kind-municipality = Stadt oder Gemeinde
place-kind-neighbourhood = Stadtteil
# A municipality stands at one of its neighbourhoods: say the position is approximate.
place-area-approximate = Gebiet: ungefähre Position
