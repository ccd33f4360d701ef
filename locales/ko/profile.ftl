# "My medical information": section and field labels and values. Code: src/profile/.

## The screen for staff
profile-title = 나의 의료 정보
profile-note = 환자 본인이 입력했으며 이 휴대폰에만 저장됩니다. 앱이 아는 약과 질병은 일본어로, 그 밖의 내용은 환자가 쓴 그대로 표시합니다.
section-patient = 환자 정보
section-allergies = 알레르기
section-medication = 복용 중인 약
section-problems = 지병·과거 병력
section-procedures = 수술 이력
section-devices = 체내 의료기기·금속(MRI 전 확인)
section-pregnancy = 임신·수유
section-insurance = 보험
section-contact = 비상 연락처

## Field labels
field-name = 이름
field-name-katakana = 가타카나 이름
field-birth-date = 생년월일
field-age = 나이
field-sex = 성별
field-blood = 혈액형
field-nationality = 국적
field-language = 언어
field-reaction = 반응
field-dose = 용량
field-year = 연도
field-weeks = 임신 주수
field-breastfeeding = 수유
field-insurer = 보험사
field-policy = 증권 번호
field-assistance = 긴급 지원 전화
field-relationship = 관계
field-phone = 전화번호

## Values
value-not-recorded = 미입력
value-none-procedures = 수술 이력 없음
value-none-devices = 체내 의료기기·금속 없음
value-breastfeeding-yes = 수유 중
value-breastfeeding-no = 수유 안 함
value-date = { $year }년 { $month }월 { $day }일
value-date-age = { $date } ({ $age })
value-procedure-year = { $procedure } ({ $year }년)
value-medicine-dose = { $medicine }: { $dose }
value-contact = { $name } ({ $relationship }), { $phone }
value-blood = { $abo }형 { $rh }
