# 应用界面文字（Tasukete UI）。卡片、付款提示和电话号码在其他文件中。
language-name = 简体中文
app-name = Tasukete 救助
skip-to-content = 跳到正文
nav-label = 主要栏目
nav-emergency = 急救
nav-nearby = 附近
nav-cards = 会话卡
nav-tips = 付款
nav-settings = 设置
loading = 正在加载…
back = 返回
close = 关闭

emergency-title = 急救
emergency-lead = 叫救护车或火警请拨 119。通话免费。
emergency-numbers = 紧急电话
script-what = 发生了什么？
script-119-title = 119 接线员会问什么
prepare-title = 需要准备的东西
prepare-passport = 护照
prepare-insurance = 旅行保险卡或保单号
prepare-money = 现金或信用卡：游客需支付全部费用
prepare-medicines = 正在服用的药物和过敏情况
prepare-address = 住宿地址（日文）

nearby-title = 附近
position-none = 还没有位置。请搜索车站或地点，或点击地图。
position-use-device = 使用我的位置
position-tap-map = 在地图上选择
position-from-map = 在地图上选择的地点
position-source-device = （设备定位）
position-source-place = （按名称选择）
position-source-map = （在地图上选择）
position-source-test = （测试位置）
place-search = 搜索车站或地点
place-placeholder = 车站或地点，例如：新宿
place-suggestions = 匹配的地点
place-none = 没有这个名称的车站或地点。
filters = 筛选
filter-department = 科室
filter-any-department = 所有科室
filter-open-now = 现在营业
filter-emergency = 仅急诊科
clock-now = 日本时间：{ $date } { $time }
results-count =
    { $count ->
        [0] 没有符合条件的医疗机构。
       *[other] { $count } 家医疗机构
    }
distance-m = { $m } 米
distance-km = { $km } 公里
open-now = 正在门诊
closed-now = 现在不门诊
open-unknown = 门诊时间不明
badge-emergency = 急诊
map-label = 离线地图
map-attribution = 行政区划：国土交通省 国土数值信息（N03）

facility-title = 医疗机构
address = 地址
phone = 电话
phone-unknown = 数据中没有电话号码。
taxi-card-button = 出租车卡片
open-in-maps = 在地图应用中打开
hours-today = 今天的门诊时间
hours-week = 一周门诊时间
hours-unknown = 数据中没有门诊时间。去之前请先打电话。
hours-disclaimer = 门诊时间来自公开数据，可能已有变化。如有可能请提前打电话确认。
closed-days = 其他休诊日
departments = 科室
taxi-card-hint = 请把这个给出租车司机看。
taxi-request = 请带我去这里。

kind-hospital = 医院
kind-clinic = 诊所
kind-dental = 牙科诊所
kind-pharmacy = 药店

dept-internal-medicine = 内科
dept-pediatrics = 儿科
dept-surgery = 外科
dept-orthopedics = 骨科
dept-dermatology = 皮肤科
dept-ophthalmology = 眼科
dept-ent = 耳鼻喉科
dept-obstetrics-gynecology = 妇产科
dept-urology = 泌尿科
dept-psychiatry = 精神科
dept-neurology = 神经内科
dept-neurosurgery = 神经外科
dept-cardiology = 心内科
dept-gastroenterology = 消化内科
dept-respiratory = 呼吸科
dept-allergy = 过敏科
dept-dentistry = 牙科
dept-emergency = 急诊科
dept-rehabilitation = 康复科
dept-other = 其他

weekday-mon = 周一
weekday-tue = 周二
weekday-wed = 周三
weekday-thu = 周四
weekday-fri = 周五
weekday-sat = 周六
weekday-sun = 周日
weekday-holiday = 法定节假日

compass-n = 北
compass-ne = 东北
compass-e = 东
compass-se = 东南
compass-s = 南
compass-sw = 西南
compass-w = 西
compass-nw = 西北

cards-title = 会话卡
cards-search = 搜索短语
cards-categories = 分类
cards-all = 全部
cards-none = 没有匹配的卡片。
card-show-staff = 请把这个给工作人员看。

tips-title = 付款与保险

settings-title = 设置
settings-language = 语言
settings-location = 位置
settings-location-device = 使用手机定位
settings-location-device-mobile-only = 仅在手机应用中可用。
settings-location-manual = 选择车站、地点或地图上的点
settings-privacy = 所有内容都保存在本设备上。本应用不使用网络。

sources-title = 数据来源
sources-built = 数据生成时间
sources-schema = 结构版本
sources-date = 日期：
sources-licence = 许可：
sources-records = 记录数：

error-details = 详情
error-dataset-missing = 未安装医疗机构数据。紧急电话和会话卡仍可使用。
error-dataset-outdated = 医疗机构数据属于应用的其他版本。紧急电话和会话卡仍可使用。
error-dataset-corrupt = 无法读取医疗机构数据。紧急电话和会话卡仍可使用。
error-invalid-position = 这个位置无效。请选择车站或点击地图。
error-not-found = 没有找到。
error-invalid-argument = 应用无法使用这个选择。
error-internal = 出现了问题。

day-closed = 休诊
hours-for-department = 科室：
sources-facilities = 医疗机构
sources-placed = 可在地图上显示
sources-with-phone = 有电话号码
sources-with-hours = 有门诊时间
sources-with-emergency = 有急诊信息
sources-stations = 车站
