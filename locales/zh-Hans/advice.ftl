# Advice lines by place (src/advice_lines.rs; data/advice-lines/).

advice-adult-name = 医疗咨询电话 { $number }
advice-adult-purpose = 不确定是否该叫救护车？护士和医生会给出建议，并告诉您哪家医院可以就诊。如有生命危险，请拨打119。
advice-child-name = 儿童医疗电话咨询 #8000
advice-child-purpose = 夜间和节假日为15岁以下患病儿童的家长提供咨询；电话会接到本都道府县的窗口。
advice-hours-24h = 24小时
advice-hours-days = 工作日 { $weekday } · 周六 { $saturday } · 周日及节假日 { $holiday }
advice-hours-unknown = 我们的资料中没有受理时间，请在当地确认。
advice-as-of = 截至 { $date } 的信息。
advice-check-locally = 我们的资料较旧或互相矛盾，请在当地确认。
advice-direct = 无法拨打#的电话请拨 { $direct }。
advice-none-name = 此地没有已知的咨询电话
advice-none = 我们的资料中没有适用于{ $place }的#7119类咨询电话（有些地区是之后才开始的）。如有疑问，请拨打119。访日外国游客热线：050-3816-2787，24小时。
