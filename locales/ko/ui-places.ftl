# Place search on the Nearby screen (ui/src/screens/nearby.ts, issue 9); part of the ui resource.

# What kind of place an answer is, beside its prefecture.
place-kind-station = 역
place-kind-municipality = 시·정·촌
place-kind-neighbourhood = 동네
# A municipality stands at one of its neighbourhoods: say the position is approximate.
place-area-approximate = 지역: 대략적인 위치
