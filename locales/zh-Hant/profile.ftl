# "My medical information": section and field labels and values. Code: src/profile/.

## The screen for staff
profile-title = 我的醫療資訊
profile-note = 由患者本人填寫，只保存在本手機上。程式認得的藥物和疾病以日語顯示，其他內容為患者原話。
section-patient = 患者資訊
section-allergies = 過敏
section-medication = 正在服用的藥
section-problems = 慢性病與既往病史
section-procedures = 手術史
section-devices = 體內植入物和金屬（做核磁共振前）
section-pregnancy = 懷孕和哺乳
section-insurance = 保險
section-contact = 緊急聯絡人

## Field labels
field-name = 姓名
field-name-katakana = 片假名姓名
field-birth-date = 出生日期
field-age = 年齡
field-sex = 性別
field-blood = 血型
field-nationality = 國籍
field-language = 語言
field-reaction = 反應
field-dose = 劑量
field-year = 年份
field-weeks = 懷孕週數
field-breastfeeding = 哺乳
field-insurer = 保險公司
field-policy = 保單號碼
field-assistance = 救援服務電話
field-relationship = 關係
field-phone = 電話

## Values
value-not-recorded = 未填寫
value-none-procedures = 無手術史
value-none-devices = 體內無植入物或金屬
value-breastfeeding-yes = 正在哺乳
value-breastfeeding-no = 沒有哺乳
value-date = { $year }年{ $month }月{ $day }日
value-date-age = { $date }（{ $age }）
value-procedure-year = { $procedure }（{ $year }年）
value-medicine-dose = { $medicine }：{ $dose }
value-contact = { $name }（{ $relationship }） { $phone }
value-blood = { $abo }型 { $rh }
