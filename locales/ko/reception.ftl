# The reception screens' own words (profile editor, questionnaire flow, staff mode).
# Used by ui/src/screens/reception*.ts through L("id").

## Hub
nav-reception = 접수
rc-title = 접수처에서
rc-lead = 일본 병원에서는 먼저 일본어 문진표(問診票)를 줍니다. 여기서 답을 준비해 일본어로 보여 주세요.
rc-profile = 나의 의료 정보
rc-intake = 문진표(問診票)
rc-profile-hint = 알레르기·약·질병 등. 필요하기 전에 미리 입력해 두세요. 이 휴대폰에만 저장됩니다.
rc-profile-show = 직원에게 보여주기
rc-profile-edit = 편집
rc-profile-empty = 아직 저장된 내용이 없습니다.
rc-intake-hint = 모국어로 한 문항씩 답하면 앱이 일본어로 옮깁니다.
rc-staff-hint = 직원이 일본어 질문을 누르면 버튼으로 답합니다.
rc-staff = 직원 질문
rc-staff-pick = 직원용: 물어볼 질문을 누르세요. 환자에게 환자의 언어로 표시됩니다.
rc-staff-answer-now = 답해 주세요:
rc-staff-answer = 환자의 답변
rc-staff-list = 질문 목록으로

## Questionnaire flow
rc-choose-variant = 어떤 상황인가요?
rc-start = 문진표 작성 시작
rc-continue = 이어서 답하기
rc-show-summary = 내 답을 일본어로 보기
rc-clear = 답변 지우기
rc-clear-confirm = 모든 답변을 지울까요? 되돌릴 수 없습니다.
rc-skip = 건너뛰기
rc-next = 다음
rc-back = 뒤로
rc-from-profile = 의료 정보에 이미 있어 묻지 않습니다
rc-own-words = 직접 입력
rc-add = 추가
rc-remove = 삭제
rc-none-allergies = 알려진 알레르기가 없습니다
rc-none-medicines = 복용 중인 약이 없습니다
rc-none-conditions = 지병·병력이 없습니다
rc-none-procedures = 수술 받은 적이 없습니다
rc-none-devices = 체내 의료기기·금속이 없습니다
rc-temperature-hint = 체온계에 표시된 °C, 예: 38.5
rc-years = 세
rc-months = 개월(3세 미만)

## Profile editor
rc-save = 저장
rc-saved = 이 휴대폰에 저장했습니다.
rc-not-saved = 저장되지 않음: 확인해 주세요
rc-export = 파일로 내보내기
rc-exported = 사본 저장 위치:
rc-import = 파일에서 가져오기
rc-imported = 가져와서 저장했습니다.
rc-not-imported = 가져오지 못했습니다. 아무것도 바뀌지 않았습니다
rc-unknown = 모름
rc-name-hint = 여권과 같게(로마자)
rc-error-store = 저장된 의료 정보를 열 수 없습니다. 덮어쓰지 않았습니다.
