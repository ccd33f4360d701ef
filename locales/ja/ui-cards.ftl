# The phrase-card screen's own words (ui/src/screens/cards.ts); part of the ui resource.

cards-results = 該当するカード
card-fill-in = 空欄を入力してください
card-value-kept = 前回の内容が入っています。必要なら変更してください。
card-show = カードを表示
card-change = 内容を変更
card-delete = 削除
# The range of a number the card takes.
card-range = { $min }〜{ $max }
card-which-side = 左右はどちらですか？
card-other-words = または自分の言葉で入力
card-find-medicine = 薬を探す
# On every error box: the way back.
error-back = 戻る
