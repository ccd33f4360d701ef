# Place search on the Nearby screen (ui/src/screens/nearby.ts, issue 9); part of the ui resource.

# What kind of place an answer is, beside its prefecture.
place-kind-station = 駅
place-kind-municipality = 市区町村
place-kind-neighbourhood = 町丁目
# A municipality stands at one of its neighbourhoods: say the position is approximate.
place-area-approximate = 地域（おおよその位置）
