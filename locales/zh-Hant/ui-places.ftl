# Place search on the Nearby screen (ui/src/screens/nearby.ts, issue 9); part of the ui resource.

# What kind of place an answer is, beside its prefecture.
place-kind-station = 車站
place-kind-municipality = 市町村
place-kind-neighbourhood = 街區
# A municipality stands at one of its neighbourhoods: say the position is approximate.
place-area-approximate = 區域：大致位置
