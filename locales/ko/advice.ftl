# Advice lines by place (src/advice_lines.rs; data/advice-lines/).

advice-adult-name = 의료 상담 전화 { $number }
advice-adult-purpose = 구급차를 불러야 할지 모르겠다면 간호사와 의사가 조언하고 진료 가능한 병원을 알려 줍니다. 위험한 상황이면 119에 전화하세요.
advice-child-name = 어린이 의료 전화 상담 #8000
advice-child-purpose = 밤이나 휴일에 아픈 15세 미만 어린이의 보호자를 위한 상담이며, 이 현의 창구로 연결됩니다.
advice-hours-24h = 24시간
advice-hours-days = 평일 { $weekday } · 토요일 { $saturday } · 일요일·공휴일 { $holiday }
advice-hours-unknown = 상담 시간이 자료에 없습니다. 현지에서 확인하세요.
advice-as-of = { $date } 기준 정보입니다.
advice-check-locally = 자료가 오래되었거나 서로 다릅니다. 현지에서 확인하세요.
advice-direct = #을 누를 수 없는 전화에서는 { $direct }.
advice-none-name = 이 지역의 상담 전화는 알려지지 않았습니다
advice-none = { $place }에서 이용할 수 있는 #7119 같은 상담 전화는 자료에 없습니다(이후에 시작한 지역도 있습니다). 망설여지면 119에 전화하세요. 방일 외국인 여행자 콜센터: 050-3816-2787, 24시간.
