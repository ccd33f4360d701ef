# 付款与保险提示。机器翻译质量，未经审校。

tip-full-cost-title = 费用需全额自付
tip-full-cost = 游客不在日本公共医疗保险范围内，需支付全部费用，通常每次就诊结束时用日元支付。
tip-cash-passport-title = 带上护照和现金
tip-cash-passport = 请带护照和足够的日元现金：很多诊所只收现金。治疗前先问清能否刷卡。
tip-insurer-first-title = 先给旅行保险公司打电话
tip-insurer-first = 如果有旅行保险，尽量在就诊前给救援热线打电话：有的保险公司可以直接向医院付款（免现金），或告诉您去哪家医院。
tip-claim-documents-title = 保险理赔所需文件
tip-claim-documents = 如果自己付款，请索要收据（領収書, ryōshūsho）、费用明细（診療明細書, shinryō meisaisho）和诊断书（診断書, shindansho），尽量要英文的。诊断书通常另外收费。
tip-referral-surcharge-title = 没有介绍信去大医院要多付钱
tip-referral-surcharge = 大医院对没有介绍信的初诊加收费用（選定療養費, sentei ryōyōhi），约7,000日元或更多。小毛病去诊所更便宜；紧急情况仍要去。
tip-uninsured-rate-title = 有些医院对无保险患者收费更高
tip-uninsured-rate = 有些医院对没有日本保险的患者收取高于标准的费用，例如两倍。请先问大概费用。
tip-deposit-title = 住院押金
tip-deposit = 如果需要住院，通常要交押金。
tip-ambulance-free-title = 救护车本身免费
tip-ambulance-free = 拨打119和乘坐救护车不收费。医院的治疗要收费。
tip-night-holiday-title = 夜间、周日和节假日
tip-night-holiday = 诊所通常傍晚以后、周日和法定节假日休息。这时请去急救医院（救急病院）或当地的假日夜间急诊中心（休日夜間急患センター）。
tip-unpaid-bills-title = 未付医疗费与今后入境（不确定）
tip-unpaid-bills = 不确定，仅来自二手资料：据称自2026年4月1日起，1万日元以上的未付医疗费可能会被通报给出入境管理部门，导致以后入境被拒。请在离开前付清或安排好付款。
