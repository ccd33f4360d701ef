# The reception screens' own words (profile editor, questionnaire flow, staff mode).
# Used by ui/src/screens/reception*.ts through L("id").

## Hub
nav-reception = Tiếp nhận
rc-title = Tại quầy tiếp nhận
rc-lead = Phòng khám Nhật sẽ đưa bạn phiếu khai bệnh (問診票) bằng tiếng Nhật. Hãy chuẩn bị câu trả lời ở đây và cho xem bằng tiếng Nhật.
rc-profile = Thông tin y tế của tôi
rc-intake = Phiếu khai bệnh (問診票)
rc-profile-hint = Dị ứng, thuốc, bệnh: hãy điền trước khi cần. Chỉ lưu trên điện thoại này.
rc-profile-show = Cho nhân viên xem
rc-profile-edit = Sửa
rc-profile-empty = Chưa lưu gì.
rc-intake-hint = Trả lời từng câu bằng tiếng của bạn; ứng dụng viết sang tiếng Nhật.
rc-staff-hint = Nhân viên chọn câu hỏi tiếng Nhật; bạn trả lời bằng nút bấm.
rc-staff = Câu hỏi của nhân viên
rc-staff-pick = Dành cho nhân viên: chạm vào câu hỏi muốn hỏi. Bệnh nhân sẽ thấy bằng ngôn ngữ của họ.
rc-staff-answer-now = Vui lòng trả lời:
rc-staff-answer = Câu trả lời của bệnh nhân
rc-staff-list = Quay lại danh sách câu hỏi

## Questionnaire flow
rc-choose-variant = Về vấn đề gì?
rc-start = Bắt đầu trả lời
rc-continue = Tiếp tục trả lời
rc-show-summary = Xem câu trả lời bằng tiếng Nhật
rc-clear = Xóa câu trả lời
rc-clear-confirm = Xóa tất cả câu trả lời? Không thể hoàn tác.
rc-skip = Bỏ qua
rc-next = Tiếp
rc-back = Quay lại
rc-from-profile = Đã có trong thông tin y tế: không hỏi lại
rc-own-words = Tự viết
rc-add = Thêm
rc-remove = Xóa
rc-none-allergies = Tôi không có dị ứng đã biết
rc-none-medicines = Tôi không dùng thuốc
rc-none-conditions = Tôi không có bệnh nền
rc-none-procedures = Tôi chưa từng phẫu thuật
rc-none-devices = Tôi không có thiết bị hay kim loại trong người
rc-temperature-hint = Theo nhiệt kế, độ C, ví dụ 38.5
rc-years = Tuổi
rc-months = Tháng (dưới 3 tuổi)

## Profile editor
rc-save = Lưu
rc-saved = Đã lưu trên điện thoại này.
rc-not-saved = Chưa lưu: vui lòng kiểm tra
rc-export = Xuất ra tệp
rc-exported = Đã lưu bản sao tại:
rc-import = Nhập từ tệp
rc-imported = Đã nhập và lưu.
rc-not-imported = Không nhập được; không có gì thay đổi
rc-unknown = Không rõ
rc-name-hint = Như trong hộ chiếu (chữ Latinh)
rc-error-store = Không mở được thông tin y tế đã lưu. Không có gì bị ghi đè.
