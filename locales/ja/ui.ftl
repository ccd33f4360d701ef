# アプリ本体の文言（たすけて UI）。カード・支払い・電話番号は別ファイル。
language-name = 日本語
app-name = たすけて
skip-to-content = 本文へ移動
nav-label = 主なメニュー
nav-emergency = 緊急
nav-nearby = 近くの病院
nav-cards = 会話カード
nav-tips = 支払い
nav-settings = 設定
loading = 読み込み中…
back = 戻る
close = 閉じる

emergency-title = 緊急
emergency-lead = 救急車・火事は119番。通話は無料です。
emergency-numbers = 緊急電話番号
script-what = 何がありましたか？
script-119-title = 119番で聞かれること
prepare-title = 用意するもの
prepare-passport = パスポート
prepare-insurance = 旅行保険の証書または番号
prepare-money = 現金またはクレジットカード（旅行者は全額自己負担）
prepare-medicines = 飲んでいる薬とアレルギー
prepare-address = 滞在先（日本語の住所）

nearby-title = 近くの病院
position-none = 現在地がありません。駅や場所を検索するか、地図をタップしてください。
position-use-device = 現在地を使う
position-tap-map = 地図で選ぶ
position-from-map = 地図で選んだ地点
position-source-device = （端末の位置情報）
position-source-place = （名前で選択）
position-source-map = （地図で選択）
position-source-test = （テスト用の位置）
place-search = 駅や場所を検索
place-placeholder = 駅や場所（例：新宿）
place-suggestions = 候補
place-none = その名前の駅や場所はありません。
filters = 絞り込み
filter-department = 診療科
filter-any-department = すべての診療科
filter-open-now = 今診療中
filter-emergency = 救急のみ
clock-now = 日本時間：{ $date } { $time }
results-count =
    { $count ->
        [0] 該当する医療機関はありません。
       *[other] { $count }件
    }
distance-m = { $m } m
distance-km = { $km } km
open-now = 診療中
closed-now = 診療時間外
open-unknown = 診療時間不明
badge-emergency = 救急
map-label = オフライン地図
map-attribution = 行政区域：国土数値情報（N03）

facility-title = 医療機関
address = 住所
phone = 電話
phone-unknown = 電話番号のデータがありません。
taxi-card-button = タクシーカード
open-in-maps = 地図アプリで開く
hours-today = 今日の診療時間
hours-week = 1週間の診療時間
hours-unknown = 診療時間のデータがありません。行く前に電話してください。
hours-disclaimer = 診療時間は公開データによるもので、変わっていることがあります。できれば事前に電話してください。
closed-days = その他の休診日
departments = 診療科
taxi-card-hint = タクシーの運転手に見せてください。
taxi-request = ここまでお願いします。

kind-hospital = 病院
kind-clinic = 診療所
kind-dental = 歯科診療所
kind-pharmacy = 薬局

dept-internal-medicine = 内科
dept-pediatrics = 小児科
dept-surgery = 外科
dept-orthopedics = 整形外科
dept-dermatology = 皮膚科
dept-ophthalmology = 眼科
dept-ent = 耳鼻咽喉科
dept-obstetrics-gynecology = 産婦人科
dept-urology = 泌尿器科
dept-psychiatry = 精神科
dept-neurology = 神経内科
dept-neurosurgery = 脳神経外科
dept-cardiology = 循環器内科
dept-gastroenterology = 消化器内科
dept-respiratory = 呼吸器内科
dept-allergy = アレルギー科
dept-dentistry = 歯科
dept-emergency = 救急科
dept-rehabilitation = リハビリテーション科
dept-other = その他

weekday-mon = 月
weekday-tue = 火
weekday-wed = 水
weekday-thu = 木
weekday-fri = 金
weekday-sat = 土
weekday-sun = 日
weekday-holiday = 祝日

compass-n = 北
compass-ne = 北東
compass-e = 東
compass-se = 南東
compass-s = 南
compass-sw = 南西
compass-w = 西
compass-nw = 北西

cards-title = 会話カード
cards-search = フレーズを検索
cards-categories = 分類
cards-all = すべて
cards-none = 該当するカードはありません。
card-show-staff = スタッフに見せてください。

tips-title = 支払いと保険

settings-title = 設定
settings-language = 言語
settings-location = 位置
settings-location-device = 端末の位置情報を使う
settings-location-device-mobile-only = スマートフォンのアプリでのみ使えます。
settings-location-manual = 駅・場所・地図の地点を選ぶ
settings-privacy = すべてこの端末の中で処理します。ネットワークは使いません。

sources-title = データの出典
sources-built = データ作成日時
sources-schema = スキーマのバージョン
sources-date = 日付：
sources-licence = ライセンス：
sources-records = 件数：

error-details = 詳細
error-dataset-missing = 医療機関のデータが入っていません。緊急電話番号と会話カードは使えます。
error-dataset-outdated = 医療機関のデータはアプリの別のバージョン用です。緊急電話番号と会話カードは使えます。
error-dataset-corrupt = 医療機関のデータを読み込めません。緊急電話番号と会話カードは使えます。
error-invalid-position = その位置は使えません。駅を選ぶか、地図をタップしてください。
error-not-found = 見つかりませんでした。
error-invalid-argument = その選択は使えません。
error-internal = 問題が発生しました。

day-closed = 休診
hours-for-department = 診療科：
sources-facilities = 医療機関
sources-placed = 地図に表示できるもの
sources-with-phone = 電話番号あり
sources-with-hours = 診療時間あり
sources-with-emergency = 救急の情報あり
sources-stations = 駅
