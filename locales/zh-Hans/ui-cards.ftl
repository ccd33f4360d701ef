# The phrase-card screen's own words (ui/src/screens/cards.ts); part of the ui resource.

cards-results = 匹配的卡片
card-fill-in = 请填写空白处
card-value-kept = 已填入您上次的回答，如有需要请修改。
card-show = 显示卡片
card-change = 修改回答
card-delete = 删除
# The range of a number the card takes.
card-range = { $min } 至 { $max }
card-which-side = 哪一侧？
card-other-words = 或用自己的话输入
card-find-medicine = 查找药品
# On every error box: the way back.
error-back = 返回
