# "My medical information": section and field labels and values. Code: src/profile/.

## The screen for staff
profile-title = 私の医療情報
profile-note = 患者さん本人が入力し、この端末だけに保存している情報です。アプリが知っている薬・病名は日本語で、それ以外は本人の言葉のまま表示しています。
section-patient = 患者情報
section-allergies = アレルギー
section-medication = 服用中の薬
section-problems = 持病・既往歴
section-procedures = 手術歴
section-devices = 体内の医療機器・金属（MRI前にご確認ください）
section-pregnancy = 妊娠・授乳
section-insurance = 保険
section-contact = 緊急連絡先

## Field labels
field-name = 氏名
field-name-katakana = フリガナ
field-birth-date = 生年月日
field-age = 年齢
field-sex = 性別
field-blood = 血液型
field-nationality = 国籍
field-language = 言語
field-reaction = 症状
field-dose = 用量
field-year = 年
field-weeks = 妊娠週数
field-breastfeeding = 授乳
field-insurer = 保険会社
field-policy = 証券番号
field-assistance = アシスタンスサービスの電話
field-relationship = 続柄
field-phone = 電話番号

## Values
value-not-recorded = 未記入
value-none-procedures = 手術歴はありません
value-none-devices = 体内に医療機器・金属はありません
value-breastfeeding-yes = 授乳中です
value-breastfeeding-no = 授乳していません
value-date = { $year }年{ $month }月{ $day }日
value-date-age = { $date }（{ $age }）
value-procedure-year = { $procedure }（{ $year }年）
value-medicine-dose = { $medicine }：{ $dose }
value-contact = { $name }（{ $relationship }） { $phone }
value-blood = { $abo }型 { $rh }
