# Kinds of facility, approximate positions and unpublished hours (ui/src/screens/nearby.ts,
# facility.ts, tips.ts, map.ts); part of the ui resource.

filter-kind = 場所類型
filter-any-kind = 所有類型
filter-include-unknown-hours = 包括未公布看診時間的場所
distance-about-m = 約 { $m } 公尺
distance-about-km = 約 { $km } 公里
bearing-approximate = 大致方向
position-approximate = 大致位置：根據地址得出的街區中心。建築物可能在幾百公尺之外。
hours-not-published = 此處未公布看診時間——診所通常約9:00–12:00和15:00–18:00看診，週日和國定假日休息；請先打電話或確認後再前往。
badge-hours-not-published = 未公布看診時間
departments-from-name = 科別僅依名稱推斷；請詢問是否可以看診。
find-pharmacy = 尋找附近的藥局
pharmacy-advice = 處方箋通常在診所附近的獨立藥局（調剤薬局）領藥。
map-legend-approximate = 空心圓：大致位置
