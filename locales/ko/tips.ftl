# 결제와 보험 안내. 기계 번역 수준, 검토되지 않음.

tip-full-cost-title = 의료비는 전액 본인 부담입니다
tip-full-cost = 여행자는 일본 공적 의료보험 대상이 아니어서 비용의 100%를, 보통 진료 때마다 엔화로 냅니다.
tip-cash-passport-title = 여권과 현금을 챙기세요
tip-cash-passport = 여권과 충분한 엔화 현금을 가져가세요. 현금만 받는 의원이 많습니다. 카드 사용 여부는 치료 전에 물어보세요.
tip-insurer-first-title = 먼저 여행자 보험 회사에 전화하세요
tip-insurer-first = 여행자 보험이 있다면 가능한 한 진료 전에 지원 센터에 전화하세요. 병원에 직접 지불(캐시리스)하거나 병원을 안내해 주는 보험 회사가 있습니다.
tip-claim-documents-title = 보험 청구에 필요한 서류
tip-claim-documents = 직접 낸 경우 영수증(領収書, ryōshūsho), 진료비 세부 내역서(診療明細書, shinryō meisaisho), 진단서(診断書, shindansho)를 가능하면 영문으로 받으세요. 진단서는 보통 별도 요금입니다.
tip-referral-surcharge-title = 소견서 없이 큰 병원에 가면 추가 요금
tip-referral-surcharge = 큰 병원은 소견서 없는 초진에 추가 요금(選定療養費, sentei ryōyōhi)을 약 7,000엔 이상 받습니다. 가벼운 증상이면 의원이 더 저렴합니다. 응급 시에는 망설이지 말고 가세요.
tip-uninsured-rate-title = 보험이 없는 환자에게 더 비싼 병원도 있습니다
tip-uninsured-rate = 일본 보험이 없는 환자에게 표준 요금보다 높게(예: 2배) 청구하는 병원이 있습니다. 미리 견적을 물어보세요.
tip-deposit-title = 입원 보증금
tip-deposit = 입원할 경우 보통 보증금을 요구받습니다.
tip-ambulance-free-title = 구급차는 무료입니다
tip-ambulance-free = 119 신고와 구급차 이송은 무료입니다. 병원 치료비는 듭니다.
tip-night-holiday-title = 야간·일요일·공휴일
tip-night-holiday = 의원은 보통 저녁 이후, 일요일, 공휴일에 쉽니다. 그때는 구급 병원(救急病院)이나 지역의 휴일 야간 급환 센터(休日夜間急患センター)로 가세요.
tip-unpaid-bills-title = 미납 의료비와 다음 입국(불확실)
tip-unpaid-bills = 불확실, 2차 자료만 있음: 2026년 4월 1일부터 1만 엔 이상의 의료비 미납이 출입국 당국에 보고되어 다음 입국이 거부될 수 있다고 합니다. 출국 전에 내거나 지불 방법을 정해 두세요.
