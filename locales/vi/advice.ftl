# Advice lines by place (src/advice_lines.rs; data/advice-lines/).

advice-adult-name = Đường dây tư vấn y tế { $number }
advice-adult-purpose = Không chắc có nên gọi xe cấp cứu? Y tá và bác sĩ sẽ tư vấn và cho biết bệnh viện nào có thể khám cho bạn. Nếu nguy hiểm đến tính mạng, hãy gọi 119.
advice-child-name = Tư vấn y tế cho trẻ em #8000
advice-child-purpose = Tư vấn cho cha mẹ có con dưới 15 tuổi bị ốm vào ban đêm và ngày lễ; cuộc gọi được chuyển đến đường dây của tỉnh này.
advice-hours-24h = 24 giờ
advice-hours-days = Ngày thường { $weekday } · Thứ Bảy { $saturday } · Chủ nhật và ngày lễ { $holiday }
advice-hours-unknown = Nguồn của chúng tôi không có giờ làm việc: hãy kiểm tra tại chỗ.
advice-as-of = Thông tin tính đến { $date }.
advice-check-locally = Nguồn của chúng tôi đã cũ hoặc không thống nhất: hãy kiểm tra tại chỗ.
advice-direct = Từ điện thoại không bấm được #: { $direct }.
advice-none-name = Không rõ đường dây tư vấn ở đây
advice-none = Nguồn của chúng tôi không có đường dây tư vấn kiểu #7119 cho { $place } (một số nơi bắt đầu sau đó). Nếu phân vân, hãy gọi 119. Japan Visitor Hotline: 050-3816-2787, 24 giờ.
