# "My medical information": section and field labels and values. Code: src/profile/.

## The screen for staff
profile-title = Thông tin y tế của tôi
profile-note = Do bệnh nhân tự nhập và chỉ lưu trên điện thoại này. Thuốc và bệnh mà ứng dụng biết được hiển thị bằng tiếng Nhật; phần khác là lời của bệnh nhân.
section-patient = Bệnh nhân
section-allergies = Dị ứng
section-medication = Thuốc đang dùng
section-problems = Bệnh nền và tiền sử
section-procedures = Phẫu thuật đã làm
section-devices = Thiết bị cấy ghép và kim loại trong cơ thể (trước khi chụp MRI)
section-pregnancy = Mang thai và cho con bú
section-insurance = Bảo hiểm
section-contact = Liên hệ khẩn cấp

## Field labels
field-name = Họ tên
field-name-katakana = Tên bằng katakana
field-birth-date = Ngày sinh
field-age = Tuổi
field-sex = Giới tính
field-blood = Nhóm máu
field-nationality = Quốc tịch
field-language = Ngôn ngữ
field-reaction = Phản ứng
field-dose = Liều
field-year = Năm
field-weeks = Tuần thai
field-breastfeeding = Cho con bú
field-insurer = Công ty bảo hiểm
field-policy = Số hợp đồng
field-assistance = Điện thoại hỗ trợ
field-relationship = Quan hệ
field-phone = Điện thoại

## Values
value-not-recorded = Chưa điền
value-none-procedures = Chưa từng phẫu thuật
value-none-devices = Không có thiết bị hay kim loại trong cơ thể
value-breastfeeding-yes = Đang cho con bú
value-breastfeeding-no = Không cho con bú
value-date = { $year }-{ $month }-{ $day }
value-date-age = { $date } ({ $age })
value-procedure-year = { $procedure } ({ $year })
value-medicine-dose = { $medicine }: { $dose }
value-contact = { $name } ({ $relationship }), { $phone }
value-blood = Nhóm { $abo } { $rh }
