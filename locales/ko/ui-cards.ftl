# The phrase-card screen's own words (ui/src/screens/cards.ts); part of the ui resource.

cards-results = 일치하는 카드
card-fill-in = 빈칸을 채워 주세요
card-value-kept = 지난번 답이 입력되어 있습니다. 필요하면 바꾸세요.
card-show = 카드 보기
card-change = 답 바꾸기
card-delete = 지우기
# The range of a number the card takes.
card-range = { $min }~{ $max }
card-which-side = 어느 쪽인가요?
card-other-words = 또는 직접 입력
card-find-medicine = 약 찾기
# On every error box: the way back.
error-back = 돌아가기
