# The phrase-card screen's own words (ui/src/screens/cards.ts); part of the ui resource.

cards-results = 符合的卡片
card-fill-in = 請填寫空白處
card-value-kept = 已填入您上次的回答，如有需要請修改。
card-show = 顯示卡片
card-change = 修改回答
card-delete = 刪除
# The range of a number the card takes.
card-range = { $min } 至 { $max }
card-which-side = 哪一側？
card-other-words = 或用自己的話輸入
card-find-medicine = 尋找藥品
# On every error box: the way back.
error-back = 返回
