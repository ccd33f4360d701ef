# Kinds of facility, approximate positions and unpublished hours (ui/src/screens/nearby.ts,
# facility.ts, tips.ts, map.ts); part of the ui resource.

filter-kind = Loại cơ sở
filter-any-kind = Mọi loại
filter-include-unknown-hours = Gồm cả nơi không công bố giờ làm việc
distance-about-m = khoảng { $m } m
distance-about-km = khoảng { $km } km
bearing-approximate = hướng gần đúng
position-approximate = Vị trí gần đúng: trung tâm khu phố, tìm từ địa chỉ. Tòa nhà có thể cách vài trăm mét.
hours-not-published = Giờ khám không được công bố ở đây — phòng khám thường mở khoảng 9:00–12:00 và 15:00–18:00, nghỉ Chủ nhật và ngày lễ; hãy gọi điện hoặc kiểm tra trước khi đến.
badge-hours-not-published = Không công bố giờ khám
departments-from-name = Khoa chỉ được đọc từ tên; hãy hỏi xem họ có khám không.
find-pharmacy = Tìm nhà thuốc gần đây
pharmacy-advice = Đơn thuốc thường được lấy tại một nhà thuốc riêng (調剤薬局) gần phòng khám.
map-legend-approximate = Vòng tròn rỗng: vị trí gần đúng
