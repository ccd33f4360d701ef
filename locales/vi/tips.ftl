# Mẹo thanh toán và bảo hiểm. Chất lượng dịch máy, chưa được kiểm tra.

tip-full-cost-title = Bạn phải trả toàn bộ chi phí
tip-full-cost = Du khách không được bảo hiểm y tế công của Nhật chi trả và phải trả 100% chi phí, thường vào cuối mỗi lần khám, bằng tiền yên.
tip-cash-passport-title = Mang theo hộ chiếu và tiền mặt
tip-cash-passport = Hãy mang hộ chiếu và đủ tiền mặt bằng yên: nhiều phòng khám chỉ nhận tiền mặt. Hỏi về thẻ trước khi điều trị.
tip-insurer-first-title = Gọi cho công ty bảo hiểm du lịch trước
tip-insurer-first = Nếu có bảo hiểm du lịch, hãy gọi đường dây hỗ trợ trước khi đi nếu có thể: một số công ty trả trực tiếp cho bệnh viện hoặc chỉ cho bạn bệnh viện nên đến.
tip-claim-documents-title = Giấy tờ để yêu cầu bảo hiểm
tip-claim-documents = Nếu tự trả, hãy xin hóa đơn (領収書, ryōshūsho), bảng kê chi tiết (診療明細書, shinryō meisaisho) và giấy chẩn đoán (診断書, shindansho), bằng tiếng Anh nếu được. Giấy chẩn đoán thường tính phí riêng.
tip-referral-surcharge-title = Bệnh viện lớn thu thêm nếu không có giấy giới thiệu
tip-referral-surcharge = Bệnh viện lớn thu thêm một khoản phí (選定療養費, sentei ryōyōhi) khoảng 7.000 yên trở lên cho lần khám đầu không có giấy giới thiệu. Bệnh nhẹ thì phòng khám rẻ hơn; khi khẩn cấp vẫn cứ đi.
tip-uninsured-rate-title = Một số bệnh viện thu cao hơn với người không có bảo hiểm
tip-uninsured-rate = Một số bệnh viện thu của bệnh nhân không có bảo hiểm Nhật cao hơn mức chuẩn, ví dụ gấp đôi. Hãy hỏi chi phí ước tính.
tip-deposit-title = Tiền đặt cọc khi nhập viện
tip-deposit = Nếu phải nhập viện, bạn thường sẽ được yêu cầu đặt cọc.
tip-ambulance-free-title = Xe cấp cứu miễn phí
tip-ambulance-free = Gọi 119 và đi xe cấp cứu không mất tiền. Điều trị tại bệnh viện phải trả tiền.
tip-night-holiday-title = Ban đêm, Chủ nhật và ngày lễ
tip-night-holiday = Phòng khám thường đóng cửa buổi tối, Chủ nhật và ngày lễ. Khi đó hãy đến bệnh viện cấp cứu (救急病院) hoặc trung tâm cấp cứu ngày nghỉ và ban đêm của khu vực (休日夜間急患センター).
tip-unpaid-bills-title = Hóa đơn chưa trả và lần nhập cảnh sau (không chắc chắn)
tip-unpaid-bills = Không chắc chắn, chỉ từ nguồn thứ cấp: từ ngày 1 tháng 4 năm 2026, hóa đơn y tế chưa trả từ 10.000 yên trở lên có thể bị báo cho cơ quan xuất nhập cảnh và dẫn đến bị từ chối nhập cảnh lần sau. Hãy trả hoặc thu xếp việc trả trước khi rời đi.
