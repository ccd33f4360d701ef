source-note = Tiếng Anh là văn bản gốc; chưa được biên dịch viên y khoa kiểm tra.
unreviewed-note = Bản dịch chất lượng máy, chưa được người thông thạo ngôn ngữ kiểm tra.
