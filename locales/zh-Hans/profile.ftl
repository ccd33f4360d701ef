# "My medical information": section and field labels and values. Code: src/profile/.

## The screen for staff
profile-title = 我的医疗信息
profile-note = 由患者本人填写，只保存在本手机上。应用认识的药物和疾病显示为日语，其他内容为患者原话。
section-patient = 患者信息
section-allergies = 过敏
section-medication = 正在服用的药
section-problems = 慢性病和既往病史
section-procedures = 手术史
section-devices = 体内植入物和金属（做核磁共振前）
section-pregnancy = 怀孕和哺乳
section-insurance = 保险
section-contact = 紧急联系人

## Field labels
field-name = 姓名
field-name-katakana = 片假名姓名
field-birth-date = 出生日期
field-age = 年龄
field-sex = 性别
field-blood = 血型
field-nationality = 国籍
field-language = 语言
field-reaction = 反应
field-dose = 剂量
field-year = 年份
field-weeks = 怀孕周数
field-breastfeeding = 哺乳
field-insurer = 保险公司
field-policy = 保单号
field-assistance = 救援服务电话
field-relationship = 关系
field-phone = 电话

## Values
value-not-recorded = 未填写
value-none-procedures = 无手术史
value-none-devices = 体内无植入物或金属
value-breastfeeding-yes = 正在哺乳
value-breastfeeding-no = 没有哺乳
value-date = { $year }年{ $month }月{ $day }日
value-date-age = { $date }（{ $age }）
value-procedure-year = { $procedure }（{ $year }年）
value-medicine-dose = { $medicine }：{ $dose }
value-contact = { $name }（{ $relationship }） { $phone }
value-blood = { $abo }型 { $rh }
