# The reception screens' own words (profile editor, questionnaire flow, staff mode).
# Used by ui/src/screens/reception*.ts through L("id").

## Hub
nav-reception = 受付
rc-title = 受付で
rc-lead = 日本の医療機関では、最初に日本語の問診票を渡されます。ここで回答を準備し、日本語で見せましょう。
rc-profile = 私の医療情報
rc-intake = 問診票
rc-profile-hint = アレルギー・薬・病気など。必要になる前に入力しておきましょう。この端末だけに保存されます。
rc-profile-show = スタッフに見せる
rc-profile-edit = 編集
rc-profile-empty = まだ何も保存されていません。
rc-intake-hint = 1問ずつ母国語で答えると、アプリが日本語にします。
rc-staff-hint = スタッフが日本語の質問を選ぶと、患者さんの言語で表示されます。
rc-staff = スタッフからの質問
rc-staff-pick = スタッフの方へ：聞きたい質問をタップしてください。患者さんの言語で表示されます。
rc-staff-answer-now = ご回答ください：
rc-staff-answer = 患者さんの回答
rc-staff-list = 質問一覧に戻る

## Questionnaire flow
rc-choose-variant = どのような内容ですか？
rc-start = 問診票に答える
rc-continue = 問診票の続き
rc-show-summary = 回答を日本語で表示
rc-clear = 回答を消去
rc-clear-confirm = すべての回答を消去しますか？元に戻せません。
rc-skip = スキップ
rc-next = 次へ
rc-back = 戻る
rc-from-profile = 医療情報に登録済みのため質問しません
rc-own-words = 自由記入
rc-add = 追加
rc-remove = 削除
rc-none-allergies = アレルギーはありません
rc-none-medicines = 服用中の薬はありません
rc-none-conditions = 持病・既往歴はありません
rc-none-procedures = 手術を受けたことはありません
rc-none-devices = 体内に医療機器・金属はありません
rc-temperature-hint = 体温計の表示（℃）、例：38.5
rc-years = 歳
rc-months = か月（3歳未満）

## Profile editor
rc-save = 保存
rc-saved = この端末に保存しました。
rc-not-saved = 保存できませんでした。確認してください
rc-export = ファイルに書き出す
rc-exported = コピーの保存先：
rc-import = ファイルから読み込む
rc-imported = 読み込んで保存しました。
rc-not-imported = 読み込めませんでした。何も変更していません
rc-unknown = 不明
rc-name-hint = パスポートと同じ（ローマ字）
rc-error-store = 保存された医療情報を開けませんでした。上書きはしていません。
