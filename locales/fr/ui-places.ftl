# Place search on the Nearby screen (ui/src/screens/nearby.ts, issue 9); part of the ui resource.

# What kind of place an answer is, beside its prefecture.
place-kind-station = Gare
place-kind-municipality = Ville ou commune
place-kind-neighbourhood = Quartier
# A municipality stands at one of its neighbourhoods: say the position is approximate.
place-area-approximate = zone : position approximative
