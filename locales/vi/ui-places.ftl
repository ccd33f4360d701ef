# Place search on the Nearby screen (ui/src/screens/nearby.ts, issue 9); part of the ui resource.

# What kind of place an answer is, beside its prefecture.
place-kind-station = Ga
place-kind-municipality = Thành phố hoặc thị trấn
place-kind-neighbourhood = Khu phố
# A municipality stands at one of its neighbourhoods: say the position is approximate.
place-area-approximate = khu vực: vị trí gần đúng
