# Kinds of facility, approximate positions and unpublished hours (ui/src/screens/nearby.ts,
# facility.ts, tips.ts, map.ts); part of the ui resource.

filter-kind = 시설 종류
filter-any-kind = 모든 종류
filter-include-unknown-hours = 진료 시간이 공개되지 않은 곳도 포함
distance-about-m = 약 { $m } m
distance-about-km = 약 { $km } km
bearing-approximate = 대략적인 방향
position-approximate = 대략적인 위치: 주소로 찾은 동네(町丁目)의 중심입니다. 건물은 수백 미터 떨어져 있을 수 있습니다.
hours-not-published = 여기에는 진료 시간이 공개되어 있지 않습니다. 의원은 보통 9:00–12:00, 15:00–18:00쯤 열고 일요일과 공휴일에는 쉽니다. 가기 전에 전화로 확인하세요.
badge-hours-not-published = 진료 시간 비공개
departments-from-name = 진료과는 이름에서만 읽은 것입니다. 진료 가능한지 물어보세요.
find-pharmacy = 근처 약국 찾기
pharmacy-advice = 처방전은 보통 의원 근처의 별도 약국(調剤薬局)에서 조제합니다.
map-legend-approximate = 속이 빈 원: 대략적인 위치
