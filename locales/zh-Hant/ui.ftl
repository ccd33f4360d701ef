# 應用程式介面文字（Tasukete UI）。卡片、付款提示和電話號碼在其他檔案中。
language-name = 繁體中文
app-name = Tasukete 救助
skip-to-content = 跳到正文
nav-label = 主要欄目
nav-emergency = 緊急
nav-nearby = 附近
nav-cards = 會話卡
nav-tips = 付款
nav-settings = 設定
loading = 載入中…
back = 返回
close = 關閉

emergency-title = 緊急
emergency-lead = 叫救護車或火警請撥 119。通話免費。
emergency-numbers = 緊急電話
script-what = 發生了什麼事？
script-119-title = 119 接線員會問什麼
prepare-title = 需要準備的東西
prepare-passport = 護照
prepare-insurance = 旅遊保險卡或保單號碼
prepare-money = 現金或信用卡：旅客需支付全部費用
prepare-medicines = 正在服用的藥物和過敏情況
prepare-address = 住宿地址（日文）

nearby-title = 附近
position-none = 還沒有位置。請搜尋車站或地點，或點選地圖。
position-use-device = 使用我的位置
position-tap-map = 在地圖上選擇
position-from-map = 在地圖上選擇的地點
position-source-device = （裝置定位）
position-source-place = （依名稱選擇）
position-source-map = （在地圖上選擇）
position-source-test = （測試位置）
place-search = 搜尋車站或地點
place-placeholder = 車站或地點，例如：新宿
place-suggestions = 符合的地點
place-none = 沒有這個名稱的車站或地點。
filters = 篩選
filter-department = 科別
filter-any-department = 所有科別
filter-open-now = 現在看診
filter-emergency = 僅急診科
clock-now = 日本時間：{ $date } { $time }
results-count =
    { $count ->
        [0] 沒有符合條件的醫療機構。
       *[other] { $count } 家醫療機構
    }
distance-m = { $m } 公尺
distance-km = { $km } 公里
open-now = 看診中
closed-now = 現在非看診時間
open-unknown = 看診時間不明
badge-emergency = 急診
map-label = 離線地圖
map-attribution = 行政區域：國土交通省 國土數值資訊（N03）

facility-title = 醫療機構
address = 地址
phone = 電話
phone-unknown = 資料中沒有電話號碼。
taxi-card-button = 計程車卡片
open-in-maps = 在地圖應用程式中開啟
hours-today = 今天的看診時間
hours-week = 一週看診時間
hours-unknown = 資料中沒有看診時間。前往前請先打電話。
hours-disclaimer = 看診時間來自公開資料，可能已經變更。可以的話請事先打電話確認。
closed-days = 其他休診日
departments = 科別
taxi-card-hint = 請把這個給計程車司機看。
taxi-request = 請載我到這裡。

kind-hospital = 醫院
kind-clinic = 診所
kind-dental = 牙科診所
kind-pharmacy = 藥局

dept-internal-medicine = 內科
dept-pediatrics = 小兒科
dept-surgery = 外科
dept-orthopedics = 骨科
dept-dermatology = 皮膚科
dept-ophthalmology = 眼科
dept-ent = 耳鼻喉科
dept-obstetrics-gynecology = 婦產科
dept-urology = 泌尿科
dept-psychiatry = 精神科
dept-neurology = 神經內科
dept-neurosurgery = 神經外科
dept-cardiology = 心臟內科
dept-gastroenterology = 腸胃內科
dept-respiratory = 胸腔內科
dept-allergy = 過敏科
dept-dentistry = 牙科
dept-emergency = 急診科
dept-rehabilitation = 復健科
dept-other = 其他

weekday-mon = 週一
weekday-tue = 週二
weekday-wed = 週三
weekday-thu = 週四
weekday-fri = 週五
weekday-sat = 週六
weekday-sun = 週日
weekday-holiday = 國定假日

compass-n = 北
compass-ne = 東北
compass-e = 東
compass-se = 東南
compass-s = 南
compass-sw = 西南
compass-w = 西
compass-nw = 西北

cards-title = 會話卡
cards-search = 搜尋短句
cards-categories = 分類
cards-all = 全部
cards-none = 沒有符合的卡片。
card-show-staff = 請把這個給工作人員看。

tips-title = 付款與保險

settings-title = 設定
settings-language = 語言
settings-location = 位置
settings-location-device = 使用手機定位
settings-location-device-mobile-only = 僅在手機應用程式中可用。
settings-location-manual = 選擇車站、地點或地圖上的點
settings-privacy = 所有內容都留在這台裝置上。本應用程式不使用網路。

sources-title = 資料來源
sources-built = 資料產生時間
sources-schema = 結構版本
sources-date = 日期：
sources-licence = 授權：
sources-records = 筆數：

error-details = 詳細資訊
error-dataset-missing = 未安裝醫療機構資料。緊急電話和會話卡仍可使用。
error-dataset-outdated = 醫療機構資料屬於應用程式的其他版本。緊急電話和會話卡仍可使用。
error-dataset-corrupt = 無法讀取醫療機構資料。緊急電話和會話卡仍可使用。
error-invalid-position = 這個位置無效。請選擇車站或點選地圖。
error-not-found = 找不到。
error-invalid-argument = 應用程式無法使用這個選擇。
error-internal = 發生問題。

day-closed = 休診
hours-for-department = 科別：
sources-facilities = 醫療機構
sources-placed = 可在地圖上顯示
sources-with-phone = 有電話號碼
sources-with-hours = 有看診時間
sources-with-emergency = 有急診資訊
sources-stations = 車站
