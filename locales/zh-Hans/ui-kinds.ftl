# Kinds of facility, approximate positions and unpublished hours (ui/src/screens/nearby.ts,
# facility.ts, tips.ts, map.ts); part of the ui resource.

filter-kind = 场所类型
filter-any-kind = 所有类型
filter-include-unknown-hours = 包括未公布营业时间的场所
distance-about-m = 约 { $m } 米
distance-about-km = 约 { $km } 公里
bearing-approximate = 大致方向
position-approximate = 大致位置：根据地址得出的街区中心。建筑物可能在几百米之外。
hours-not-published = 此处未公布诊疗时间——诊所通常约9:00–12:00和15:00–18:00开放，周日和节假日休息；请先打电话或确认后再去。
badge-hours-not-published = 未公布诊疗时间
departments-from-name = 科室仅根据名称推断；请询问是否可以就诊。
find-pharmacy = 查找附近的药店
pharmacy-advice = 处方通常在诊所附近的独立药店（調剤薬局）取药。
map-legend-approximate = 空心圆：大致位置
