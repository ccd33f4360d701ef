# 앱 화면 문구(Tasukete UI). 카드, 결제 안내, 전화번호는 다른 파일에 있습니다.
language-name = 한국어
app-name = Tasukete 도와줘
skip-to-content = 본문으로 건너뛰기
nav-label = 주요 메뉴
nav-emergency = 긴급
nav-nearby = 주변
nav-cards = 회화 카드
nav-tips = 결제
nav-settings = 설정
loading = 불러오는 중…
back = 뒤로
close = 닫기

emergency-title = 긴급
emergency-lead = 구급차나 화재는 119로 전화하세요. 통화는 무료입니다.
emergency-numbers = 긴급 전화번호
script-what = 무슨 일이 있었나요?
script-119-title = 119 상담원이 묻는 것
prepare-title = 준비할 것
prepare-passport = 여권
prepare-insurance = 여행자 보험 카드 또는 증권 번호
prepare-money = 현금 또는 신용카드: 여행자는 전액을 부담합니다
prepare-medicines = 복용 중인 약과 알레르기
prepare-address = 숙소 주소(일본어)

nearby-title = 주변
position-none = 아직 위치가 없습니다. 역이나 장소를 검색하거나 지도를 누르세요.
position-use-device = 내 위치 사용
position-tap-map = 지도에서 선택
position-from-map = 지도에서 선택한 지점
position-source-device = (기기 위치)
position-source-place = (이름으로 선택)
position-source-map = (지도에서 선택)
position-source-test = (테스트 위치)
place-search = 역 또는 장소 검색
place-placeholder = 역 또는 장소, 예: 신주쿠
place-suggestions = 일치하는 장소
place-none = 그 이름의 역이나 장소가 없습니다.
filters = 필터
filter-department = 진료과
filter-any-department = 모든 진료과
filter-open-now = 지금 진료 중
filter-emergency = 응급실만
clock-now = 일본 시간: { $date } { $time }
results-count =
    { $count ->
        [0] 조건에 맞는 의료기관이 없습니다.
       *[other] 의료기관 { $count }곳
    }
distance-m = { $m }m
distance-km = { $km }km
open-now = 진료 중
closed-now = 진료 시간 외
open-unknown = 진료 시간 모름
badge-emergency = 응급실
map-label = 오프라인 지도
map-attribution = 행정구역: 국토교통성 국토수치정보(N03)

facility-title = 의료기관
address = 주소
phone = 전화
phone-unknown = 데이터에 전화번호가 없습니다.
taxi-card-button = 택시 카드
open-in-maps = 지도 앱에서 열기
hours-today = 오늘 진료 시간
hours-week = 주간 진료 시간
hours-unknown = 데이터에 진료 시간이 없습니다. 가기 전에 전화하세요.
hours-disclaimer = 진료 시간은 공개 자료에 따른 것으로 바뀌었을 수 있습니다. 가능하면 미리 전화하세요.
closed-days = 기타 휴진일
departments = 진료과
taxi-card-hint = 택시 기사에게 보여 주세요.
taxi-request = 여기로 가 주세요.

kind-hospital = 병원
kind-clinic = 의원
kind-dental = 치과
kind-pharmacy = 약국

dept-internal-medicine = 내과
dept-pediatrics = 소아과
dept-surgery = 외과
dept-orthopedics = 정형외과
dept-dermatology = 피부과
dept-ophthalmology = 안과
dept-ent = 이비인후과
dept-obstetrics-gynecology = 산부인과
dept-urology = 비뇨기과
dept-psychiatry = 정신과
dept-neurology = 신경과
dept-neurosurgery = 신경외과
dept-cardiology = 심장내과
dept-gastroenterology = 소화기내과
dept-respiratory = 호흡기내과
dept-allergy = 알레르기과
dept-dentistry = 치과
dept-emergency = 응급의학과
dept-rehabilitation = 재활의학과
dept-other = 기타

weekday-mon = 월
weekday-tue = 화
weekday-wed = 수
weekday-thu = 목
weekday-fri = 금
weekday-sat = 토
weekday-sun = 일
weekday-holiday = 공휴일

compass-n = 북쪽
compass-ne = 북동쪽
compass-e = 동쪽
compass-se = 남동쪽
compass-s = 남쪽
compass-sw = 남서쪽
compass-w = 서쪽
compass-nw = 북서쪽

cards-title = 회화 카드
cards-search = 문구 검색
cards-categories = 분류
cards-all = 전체
cards-none = 일치하는 카드가 없습니다.
card-show-staff = 직원에게 보여 주세요.

tips-title = 결제와 보험

settings-title = 설정
settings-language = 언어
settings-location = 위치
settings-location-device = 휴대폰 위치 사용
settings-location-device-mobile-only = 휴대폰 앱에서만 사용할 수 있습니다.
settings-location-manual = 역, 장소 또는 지도 지점 선택
settings-privacy = 모든 정보는 이 기기에만 남습니다. 이 앱은 네트워크를 사용하지 않습니다.

sources-title = 데이터 출처
sources-built = 데이터 생성 시각
sources-schema = 스키마 버전
sources-date = 날짜:
sources-licence = 라이선스:
sources-records = 건수:

error-details = 자세히
error-dataset-missing = 의료기관 데이터가 설치되어 있지 않습니다. 긴급 전화번호와 회화 카드는 사용할 수 있습니다.
error-dataset-outdated = 의료기관 데이터가 다른 버전의 앱용입니다. 긴급 전화번호와 회화 카드는 사용할 수 있습니다.
error-dataset-corrupt = 의료기관 데이터를 읽을 수 없습니다. 긴급 전화번호와 회화 카드는 사용할 수 있습니다.
error-invalid-position = 그 위치는 사용할 수 없습니다. 역을 선택하거나 지도를 누르세요.
error-not-found = 찾을 수 없습니다.
error-invalid-argument = 앱이 그 선택을 사용할 수 없습니다.
error-internal = 문제가 발생했습니다.

day-closed = 휴진
hours-for-department = 진료과:
sources-facilities = 의료기관
sources-placed = 지도에 표시 가능
sources-with-phone = 전화번호 있음
sources-with-hours = 진료 시간 있음
sources-with-emergency = 응급 정보 있음
sources-stations = 역
