# "My medical information": section and field labels and values. Code: src/profile/.

## The screen for staff
profile-title = Моя медицинская информация
profile-note = Заполнено пациентом и хранится только на этом телефоне. Известные приложению лекарства и болезни показаны по-японски, остальное — словами пациента.
section-patient = Пациент
section-allergies = Аллергии и непереносимость
section-medication = Принимаемые лекарства
section-problems = Хронические и перенесённые болезни
section-procedures = Операции
section-devices = Импланты и металл в теле (перед МРТ)
section-pregnancy = Беременность и кормление грудью
section-insurance = Страховка
section-contact = Экстренный контакт

## Field labels
field-name = Имя
field-name-katakana = Имя катаканой
field-birth-date = Дата рождения
field-age = Возраст
field-sex = Пол
field-blood = Группа крови
field-nationality = Гражданство
field-language = Язык
field-reaction = Реакция
field-dose = Доза
field-year = Год
field-weeks = Срок беременности (недели)
field-breastfeeding = Кормление грудью
field-insurer = Страховая компания
field-policy = Номер полиса
field-assistance = Телефон ассистанса
field-relationship = Кем приходится
field-phone = Телефон

## Values
value-not-recorded = Не заполнено
value-none-procedures = Операций не было
value-none-devices = Имплантов и металла в теле нет
value-breastfeeding-yes = Кормит грудью
value-breastfeeding-no = Не кормит грудью
value-date = { $year }-{ $month }-{ $day }
value-date-age = { $date } ({ $age })
value-procedure-year = { $procedure } ({ $year })
value-medicine-dose = { $medicine }: { $dose }
value-contact = { $name } ({ $relationship }), { $phone }
value-blood = { $abo } { $rh }
