# Chữ của ứng dụng (Tasukete UI). Thẻ, mẹo thanh toán và số điện thoại nằm ở tệp khác.
language-name = Tiếng Việt
app-name = Tasukete
skip-to-content = Chuyển đến nội dung
nav-label = Mục chính
nav-emergency = Khẩn cấp
nav-nearby = Gần đây
nav-cards = Thẻ câu nói
nav-tips = Thanh toán
nav-settings = Cài đặt
loading = Đang tải…
back = Quay lại
close = Đóng

emergency-title = Khẩn cấp
emergency-lead = Gọi 119 để gọi xe cấp cứu hoặc báo cháy. Cuộc gọi miễn phí.
emergency-numbers = Số điện thoại khẩn cấp
script-what = Chuyện gì đã xảy ra?
script-119-title = Tổng đài 119 sẽ hỏi gì
prepare-title = Cần chuẩn bị
prepare-passport = Hộ chiếu
prepare-insurance = Thẻ hoặc số hợp đồng bảo hiểm du lịch
prepare-money = Tiền mặt hoặc thẻ tín dụng: du khách trả toàn bộ chi phí
prepare-medicines = Thuốc đang dùng và dị ứng
prepare-address = Nơi lưu trú (địa chỉ bằng tiếng Nhật)

nearby-title = Gần đây
position-none = Chưa có vị trí. Hãy tìm một nhà ga hoặc địa điểm, hoặc chạm vào bản đồ.
position-use-device = Dùng vị trí của tôi
position-tap-map = Chọn trên bản đồ
position-from-map = Điểm đã chọn trên bản đồ
position-source-device = (vị trí thiết bị)
position-source-place = (chọn theo tên)
position-source-map = (chọn trên bản đồ)
position-source-test = (vị trí thử nghiệm)
place-search = Tìm nhà ga hoặc địa điểm
place-placeholder = Nhà ga hoặc địa điểm, ví dụ Shinjuku
place-suggestions = Địa điểm phù hợp
place-none = Không có nhà ga hay địa điểm nào có tên đó.
filters = Bộ lọc
filter-department = Khoa
filter-any-department = Mọi khoa
filter-open-now = Đang mở cửa
filter-emergency = Chỉ khoa cấp cứu
clock-now = Giờ Nhật Bản: { $date } { $time }
results-count =
    { $count ->
        [0] Không có cơ sở y tế nào phù hợp.
       *[other] { $count } cơ sở y tế
    }
distance-m = { $m } m
distance-km = { $km } km
open-now = Đang mở cửa
closed-now = Đang đóng cửa
open-unknown = Không rõ giờ khám
badge-emergency = Cấp cứu
map-label = Bản đồ ngoại tuyến
map-attribution = Ranh giới hành chính: Thông tin số đất đai quốc gia, Bộ MLIT (N03)

facility-title = Cơ sở y tế
address = Địa chỉ
phone = Điện thoại
phone-unknown = Dữ liệu không có số điện thoại.
taxi-card-button = Thẻ taxi
open-in-maps = Mở trong ứng dụng bản đồ
hours-today = Giờ khám hôm nay
hours-week = Giờ khám trong tuần
hours-unknown = Dữ liệu không có giờ khám. Hãy gọi điện trước khi đến.
hours-disclaimer = Giờ khám lấy từ dữ liệu công khai và có thể đã thay đổi. Nếu được, hãy gọi trước.
closed-days = Ngày nghỉ khác
departments = Các khoa
taxi-card-hint = Đưa cái này cho tài xế taxi xem.
taxi-request = Xin hãy đưa tôi đến đây.

kind-hospital = Bệnh viện
kind-clinic = Phòng khám
kind-dental = Nha khoa
kind-pharmacy = Nhà thuốc

dept-internal-medicine = Nội khoa
dept-pediatrics = Nhi khoa
dept-surgery = Ngoại khoa
dept-orthopedics = Chấn thương chỉnh hình
dept-dermatology = Da liễu
dept-ophthalmology = Mắt
dept-ent = Tai mũi họng
dept-obstetrics-gynecology = Sản phụ khoa
dept-urology = Tiết niệu
dept-psychiatry = Tâm thần
dept-neurology = Thần kinh
dept-neurosurgery = Phẫu thuật thần kinh
dept-cardiology = Tim mạch
dept-gastroenterology = Tiêu hóa
dept-respiratory = Hô hấp
dept-allergy = Dị ứng
dept-dentistry = Nha khoa
dept-emergency = Cấp cứu
dept-rehabilitation = Phục hồi chức năng
dept-other = Khác

weekday-mon = T2
weekday-tue = T3
weekday-wed = T4
weekday-thu = T5
weekday-fri = T6
weekday-sat = T7
weekday-sun = CN
weekday-holiday = Ngày lễ

compass-n = bắc
compass-ne = đông bắc
compass-e = đông
compass-se = đông nam
compass-s = nam
compass-sw = tây nam
compass-w = tây
compass-nw = tây bắc

cards-title = Thẻ câu nói
cards-search = Tìm câu nói
cards-categories = Chủ đề
cards-all = Tất cả
cards-none = Không có thẻ phù hợp.
card-show-staff = Đưa cái này cho nhân viên xem.

tips-title = Thanh toán và bảo hiểm

settings-title = Cài đặt
settings-language = Ngôn ngữ
settings-location = Vị trí
settings-location-device = Dùng vị trí của điện thoại
settings-location-device-mobile-only = Chỉ có trong ứng dụng điện thoại.
settings-location-manual = Chọn nhà ga, địa điểm hoặc điểm trên bản đồ
settings-privacy = Mọi thứ đều ở trên thiết bị này. Ứng dụng không dùng mạng.

sources-title = Nguồn dữ liệu
sources-built = Thời điểm tạo dữ liệu
sources-schema = Phiên bản cấu trúc
sources-date = Ngày:
sources-licence = Giấy phép:
sources-records = Số bản ghi:

error-details = Chi tiết
error-dataset-missing = Chưa cài dữ liệu cơ sở y tế. Số khẩn cấp và thẻ câu nói vẫn dùng được.
error-dataset-outdated = Dữ liệu cơ sở y tế thuộc phiên bản ứng dụng khác. Số khẩn cấp và thẻ câu nói vẫn dùng được.
error-dataset-corrupt = Không đọc được dữ liệu cơ sở y tế. Số khẩn cấp và thẻ câu nói vẫn dùng được.
error-invalid-position = Vị trí đó không dùng được. Hãy chọn một nhà ga hoặc chạm vào bản đồ.
error-not-found = Không tìm thấy.
error-invalid-argument = Ứng dụng không dùng được lựa chọn đó.
error-internal = Đã xảy ra lỗi.

day-closed = Nghỉ
hours-for-department = Giờ của khoa:
sources-facilities = Cơ sở y tế
sources-placed = Có trên bản đồ
sources-with-phone = Có số điện thoại
sources-with-hours = Có giờ khám
sources-with-emergency = Có thông tin cấp cứu
sources-stations = Nhà ga
