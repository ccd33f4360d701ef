# The questionnaire (問診票): variants, topic labels, answer words, summary values and
# staff questions. Ids and lists: data/intake/*.csv; code: src/intake/.

## Questionnaire variants
variant-adult = 질병(성인)
variant-child = 아이가 아파요
variant-injury = 부상
variant-dental = 치아
variant-pregnancy = 임신

## The summary
summary-title = 문진표
summary-note = 환자가 Tasukete 앱에서 모국어로 답하고 앱이 일본어로 옮긴 내용입니다. 중요한 점은 직접 확인해 주세요.
summary-line = { $label }: { $value }
list-separator = { ", " }

## Topic labels (the 問診票 line's label and the question's title)
label-age = 나이
label-sex = 성별
label-weight = 체중
label-complaints = 주요 증상
label-dental-problem = 치아 증상
label-tooth = 어느 치아
label-injury-how = 다친 경위
label-injury-place = 다친 장소
label-pregnancy-weeks = 임신 주수
label-pregnancy-symptoms = 임신 중 증상
label-pain-site = 부위
label-onset = 언제부터
label-pain-score = 통증 정도 (0 없음 – 10 최악)
label-temperature = 체온
label-other-symptoms = 기타 증상
label-drinking = 수분 섭취
label-urine = 소변
label-vaccinations = 예방접종
label-allergies = 알레르기
label-medicines = 복용 중인 약
label-conditions = 지병·과거 병력
label-pregnant = 임신 여부
label-insurance = 보험

## Values of summary lines
value-not-answered = 답하지 않음
value-no-allergies = 알려진 알레르기 없음
value-no-medicines = 복용 중인 약 없음
value-no-conditions = 지병·병력 없음
value-onset-today = 오늘부터
value-onset-yesterday = 어제부터
value-onset-days = { $days }일 전부터
value-onset-hours = { $hours }시간 전부터
value-score = 10점 중 { $score }점
value-temperature = { $temp } °C
value-weight = { $kg }kg
value-age-years = { $years }세
value-age-months = 생후 { $months }개월
value-pregnancy-weeks = 임신 { $weeks }주
value-site-side = { $site }({ $side })
value-allergy-reaction = { $substance }({ $reaction })
value-group = { $group }: { $items }
value-group-separator = { "; " }

## Sex
sex-male = 남성
sex-female = 여성
sex-other = 기타

## Symptoms
symptom-fever = 발열
symptom-cough = 기침
symptom-sore-throat = 인후통
symptom-runny-nose = 콧물
symptom-headache = 두통
symptom-chest-pain = 가슴 통증
symptom-breathless = 숨참
symptom-stomach-ache = 복통
symptom-nausea = 메스꺼움
symptom-vomiting = 구토
symptom-diarrhoea = 설사
symptom-dizziness = 어지러움
symptom-rash = 발진
symptom-itching = 가려움
symptom-fatigue = 나른함
symptom-chills = 오한
symptom-numbness = 저림
symptom-fainted = 의식을 잃었음
symptom-bleeding = 출혈
symptom-swelling = 부기
symptom-pain = 통증
symptom-seizure = 경련

## Body sites
site-head = 머리
site-face = 얼굴
site-eye = 눈
site-ear = 귀
site-mouth = 입
site-throat = 목구멍
site-neck = 목
site-shoulder = 어깨
site-chest = 가슴
site-upper-abdomen = 명치
site-abdomen = 배
site-lower-abdomen = 아랫배
site-back = 등
site-lower-back = 허리
site-arm = 팔
site-hand = 손·손목·손가락
site-leg = 다리(허벅지·정강이)
site-knee = 무릎
site-ankle = 발목
site-foot = 발·발가락
site-whole-body = 전신
side-left = 왼쪽
side-right = 오른쪽
side-both = 양쪽

## Injury
injury-how-fall = 넘어짐
injury-how-fall-height = 높은 곳에서 떨어짐
injury-how-traffic = 교통사고
injury-how-sports = 운동 중
injury-how-hit = 세게 부딪힘
injury-how-cut = 베임
injury-how-burn = 화상
injury-how-twisted = 삠
injury-how-bite = 동물·벌레에 물리거나 쏘임
injury-place-home = 집·숙소
injury-place-street = 길거리
injury-place-station = 역
injury-place-sports = 운동 시설·스키장
injury-place-outdoors = 산·바다 등 야외
injury-place-shop = 가게·시설

## Teeth
dental-problem-toothache = 치통
dental-problem-sensitive = 찬 것·뜨거운 것에 시림
dental-problem-broken = 치아가 깨지거나 부러짐
dental-problem-filling = 때운 것·씌운 것이 빠짐
dental-problem-swollen-gum = 잇몸이 붓거나 피가 남
dental-problem-denture = 틀니 문제
tooth-upper-right = 오른쪽 위
tooth-upper-front = 위 앞니
tooth-upper-left = 왼쪽 위
tooth-lower-right = 오른쪽 아래
tooth-lower-front = 아래 앞니
tooth-lower-left = 왼쪽 아래

## Pregnancy
pregnancy-symptom-bleeding = 질 출혈
pregnancy-symptom-belly-pain = 배가 아프거나 뭉침
pregnancy-symptom-contractions = 규칙적인 진통
pregnancy-symptom-waters = 양수가 터졌을 수 있음
pregnancy-symptom-less-movement = 태동이 줄었음
pregnancy-symptom-headache-vision = 두통 또는 눈앞이 번쩍임

## A child's drinking, urine and vaccinations
drinking-normal = 평소처럼 마심
drinking-less = 평소보다 적게 마심
drinking-none = 거의 마시지 못함
urine-normal = 소변 평소와 같음
urine-less = 소변이 평소보다 적음
urine-none = 반나절 이상 소변이 없음
vaccinations-up-to-date = 정기 예방접종 완료
vaccinations-partly = 일부 접종 안 함
vaccinations-unknown = 모름

## Pregnancy, insurance
pregnant-yes = 임신 중
pregnant-no = 임신 아님
pregnant-unsure = 임신 가능성 있음
insurance-travel = 여행자 보험 있음(일본 건강보험 없음)
insurance-none = 보험 없음(전액 본인 부담)
insurance-japanese = 일본 건강보험 있음

## Allergies
allergy-group-drug = 약
allergy-group-food = 음식
allergy-group-other = 기타
drug-allergen-penicillin = 페니실린계
drug-allergen-cephalosporin = 세팔로스포린계
drug-allergen-antibiotic = 기타 항생제
drug-allergen-nsaids = 이부프로펜 등 소염진통제(NSAIDs)
drug-allergen-aspirin = 아스피린
drug-allergen-sulfa = 설파제
drug-allergen-contrast = 조영제
drug-allergen-local-anaesthetic = 국소마취제
food-allergen-egg = 달걀
food-allergen-milk = 우유·유제품
food-allergen-wheat = 밀
food-allergen-buckwheat = 메밀
food-allergen-peanut = 땅콩
food-allergen-tree-nut = 견과류(호두·아몬드 등)
food-allergen-shrimp-crab = 새우·게
food-allergen-shellfish = 조개류
food-allergen-fish = 생선
other-allergen-latex = 라텍스(고무장갑)
other-allergen-bee-venom = 벌독
other-allergen-metal = 금속
reaction-rash = 발진
reaction-hives = 두드러기
reaction-swelling = 얼굴·입술 부종
reaction-breathing = 호흡곤란
reaction-anaphylaxis = 아나필락시스
reaction-unknown = 반응 모름

## Conditions
condition-diabetes = 당뇨병
condition-hypertension = 고혈압
condition-heart-disease = 심장병
condition-stroke = 뇌졸중 병력
condition-asthma = 천식
condition-kidney-disease = 신장병
condition-dialysis = 투석 중
condition-liver-disease = 간 질환·간염
condition-epilepsy = 뇌전증
condition-thyroid = 갑상선 질환
condition-cancer = 암
condition-bleeding-tendency = 출혈 경향(응고 장애)
condition-immunosuppressed = 면역 저하(스테로이드·항암치료·이식·HIV)

## Medicines (classes; a generic name typed by the user is shown as typed)
medicine-anticoagulant = 항응고제(와파린 등)
medicine-antiplatelet = 항혈소판제(아스피린 등)
medicine-insulin = 인슐린
medicine-diabetes-oral = 먹는 당뇨약
medicine-blood-pressure = 혈압약
medicine-steroid = 스테로이드(프레드니솔론 등)
medicine-inhaler = 천식 흡입기
medicine-thyroid-hormone = 갑상선 호르몬제
medicine-antiepileptic = 항경련제
medicine-contraceptive = 경구피임약
medicine-epinephrine = 에피네프린 자가주사기(에피펜)
medicine-immunosuppressant = 면역억제제

## Implants and metal (before an MRI)
device-pacemaker = 심박조율기
device-icd = 삽입형 제세동기(ICD)
device-stent = 스텐트
device-joint-replacement = 인공관절
device-metal-implant = 체내 금속(플레이트·나사)

## Staff mode: answers
answer-yes = 예
answer-no = 아니요
answer-unsure = 모르겠어요
trend-better = 좋아지고 있음
trend-same = 그대로임
trend-worse = 나빠지고 있음
last-meal-within-2h = 2시간 이내
last-meal-2-6h = 2~6시간 전
last-meal-over-6h = 6시간 이상 전
payment-cash = 현금
payment-card = 신용카드

## Staff mode: questions staff tap (the Japanese is what staff see)
staff-since-when = 증상은 언제부터인가요?
staff-where-pain = 어디가 아프세요?
staff-pain-score = 0에서 10 중 통증은 어느 정도인가요?
staff-fever = 열이 있나요?
staff-drug-allergy = 약물 알레르기가 있나요?
staff-food-allergy = 음식 알레르기가 있나요?
staff-medicines = 지금 복용 중인 약이 있나요?
staff-conditions = 지병이 있나요?
staff-pregnant = 임신 가능성이 있나요?
staff-breastfeeding = 수유 중인가요?
staff-vomited = 토했나요?
staff-head-hit = 머리를 부딪쳤나요?
staff-lost-consciousness = 의식을 잃었나요?
staff-trend = 증상이 좋아지고 있나요, 나빠지고 있나요?
staff-last-meal = 마지막으로 식사한 게 언제인가요?
staff-first-visit = 이 병원은 처음이신가요?
staff-japanese-insurance = 일본 건강보험증이 있나요?
staff-travel-insurance = 여행자 보험에 가입했나요?
staff-okusuri-techo = 약 수첩이 있나요?
staff-payment = 현금으로 내시나요, 카드로 내시나요?
