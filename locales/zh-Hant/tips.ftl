# 付款與保險提示。機器翻譯品質，未經審校。

tip-full-cost-title = 費用需全額自付
tip-full-cost = 旅客不在日本公共健康保險範圍內，需支付全部費用，通常每次看診結束時以日圓支付。
tip-cash-passport-title = 帶護照和現金
tip-cash-passport = 請帶護照和足夠的日圓現金：很多診所只收現金。治療前先問清楚能不能刷卡。
tip-insurer-first-title = 先打電話給旅遊保險公司
tip-insurer-first = 如果有旅遊保險，盡量在就醫前打救援專線：有些保險公司可以直接付款給醫院（免現金），或告訴您去哪家醫院。
tip-claim-documents-title = 保險理賠需要的文件
tip-claim-documents = 如果自己付款，請索取收據（領収書, ryōshūsho）、費用明細（診療明細書, shinryō meisaisho）和診斷書（診断書, shindansho），盡量要英文的。診斷書通常另外收費。
tip-referral-surcharge-title = 沒有轉診單去大醫院要多付錢
tip-referral-surcharge = 大醫院對沒有轉診單的初診加收費用（選定療養費, sentei ryōyōhi），約7,000日圓以上。小毛病去診所比較便宜；緊急時還是要去。
tip-uninsured-rate-title = 有些醫院對沒有保險的患者收費較高
tip-uninsured-rate = 有些醫院對沒有日本保險的患者收取高於標準的費用，例如兩倍。請先問大概的費用。
tip-deposit-title = 住院保證金
tip-deposit = 如果需要住院，通常要先付保證金。
tip-ambulance-free-title = 救護車本身免費
tip-ambulance-free = 撥打119和搭乘救護車不收費。醫院的治療要收費。
tip-night-holiday-title = 夜間、週日和國定假日
tip-night-holiday = 診所通常傍晚以後、週日和國定假日休診。這時請去急救醫院（救急病院）或當地的假日夜間急診中心（休日夜間急患センター）。
tip-unpaid-bills-title = 未付醫療費與日後入境（不確定）
tip-unpaid-bills = 不確定，僅來自二手資料：據稱自2026年4月1日起，1萬日圓以上的未付醫療費可能會通報給出入境管理單位，導致日後被拒絕入境。請在離開前付清或安排付款。
