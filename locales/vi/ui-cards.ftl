# The phrase-card screen's own words (ui/src/screens/cards.ts); part of the ui resource.

cards-results = Thẻ phù hợp
card-fill-in = Điền vào chỗ trống
card-value-kept = Câu trả lời lần trước đã được điền sẵn. Hãy sửa nếu cần.
card-show = Hiện thẻ
card-change = Sửa câu trả lời
card-delete = Xóa
# The range of a number the card takes.
card-range = Từ { $min } đến { $max }
card-which-side = Bên nào?
card-other-words = Hoặc tự nhập bằng lời của bạn
card-find-medicine = Tìm thuốc
# On every error box: the way back.
error-back = Quay lại
