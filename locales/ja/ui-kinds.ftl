# Kinds of facility, approximate positions and unpublished hours (ui/src/screens/nearby.ts,
# facility.ts, tips.ts, map.ts); part of the ui resource.

filter-kind = 施設の種類
filter-any-kind = すべての種類
filter-include-unknown-hours = 診療時間が公開されていない施設も含める
distance-about-m = 約 { $m } m
distance-about-km = 約 { $km } km
bearing-approximate = おおよその方向
position-approximate = おおよその位置です：住所から求めた町丁目の中心です。建物は数百メートル離れていることがあります。
hours-not-published = ここには診療時間が公開されていません。診療所はふつう9:00〜12:00と15:00〜18:00ごろに開いており、日曜・祝日は休みです。行く前に電話などで確認してください。
badge-hours-not-published = 診療時間は非公開
departments-from-name = 診療科は名称から読み取ったものです。診てもらえるか確認してください。
find-pharmacy = 近くの薬局を探す
pharmacy-advice = 処方せんは、ふつう診療所の近くにある別の薬局（調剤薬局）で受け取ります。
map-legend-approximate = 白抜きの円：おおよその位置
