# The questionnaire (問診票): variants, topic labels, answer words, summary values and
# staff questions. Ids and lists: data/intake/*.csv; code: src/intake/.

## Questionnaire variants
variant-adult = Болезнь (взрослый)
variant-child = Больной ребёнок
variant-injury = Травма
variant-dental = Зубы
variant-pregnancy = Беременность

## The summary
summary-title = Медицинская анкета
summary-note = Заполнено пациентом на родном языке в приложении Tasukete и переведено приложением на японский. Пожалуйста, уточните важное устно.
summary-line = { $label }: { $value }
list-separator = { ", " }

## Topic labels (the 問診票 line's label and the question's title)
label-age = Возраст
label-sex = Пол
label-weight = Вес
label-complaints = Основные жалобы
label-dental-problem = Проблема с зубами
label-tooth = Какие зубы
label-injury-how = Как это произошло
label-injury-place = Где это произошло
label-pregnancy-weeks = Срок беременности (недели)
label-pregnancy-symptoms = Жалобы при беременности
label-pain-site = Где
label-onset = С какого времени
label-pain-score = Сила боли (0 нет – 10 сильнейшая)
label-temperature = Температура
label-other-symptoms = Другие симптомы
label-drinking = Питьё
label-urine = Мочеиспускание
label-vaccinations = Прививки
label-allergies = Аллергия
label-medicines = Принимаемые лекарства
label-conditions = Хронические и перенесённые болезни
label-pregnant = Возможна ли беременность
label-insurance = Страховка

## Values of summary lines
value-not-answered = Нет ответа
value-no-allergies = Известной аллергии нет
value-no-medicines = Лекарств не принимает
value-no-conditions = Хронических болезней нет
value-onset-today = С сегодняшнего дня
value-onset-yesterday = Со вчерашнего дня
value-onset-days =
    Началось { $days ->
        [one] { $days } день назад
        [few] { $days } дня назад
       *[other] { $days } дней назад
    }
value-onset-hours =
    Началось { $hours ->
        [one] { $hours } час назад
        [few] { $hours } часа назад
       *[other] { $hours } часов назад
    }
value-score = { $score } из 10
value-temperature = { $temp } °C
value-weight = { $kg } кг
value-age-years =
    { $years ->
        [one] { $years } год
        [few] { $years } года
       *[other] { $years } лет
    }
value-age-months =
    { $months ->
        [one] { $months } месяц
        [few] { $months } месяца
       *[other] { $months } месяцев
    }
value-pregnancy-weeks =
    { $weeks ->
        [one] { $weeks } неделя
        [few] { $weeks } недели
       *[other] { $weeks } недель
    } беременности
value-site-side = { $site } ({ $side })
value-allergy-reaction = { $substance } ({ $reaction })
value-group = { $group }: { $items }
value-group-separator = { "; " }

## Sex
sex-male = Мужской
sex-female = Женский
sex-other = Другой

## Symptoms
symptom-fever = Жар (температура)
symptom-cough = Кашель
symptom-sore-throat = Боль в горле
symptom-runny-nose = Насморк
symptom-headache = Головная боль
symptom-chest-pain = Боль в груди
symptom-breathless = Одышка
symptom-stomach-ache = Боль в животе
symptom-nausea = Тошнота
symptom-vomiting = Рвота
symptom-diarrhoea = Диарея
symptom-dizziness = Головокружение
symptom-rash = Сыпь
symptom-itching = Зуд
symptom-fatigue = Слабость
symptom-chills = Озноб
symptom-numbness = Онемение
symptom-fainted = Потеря сознания
symptom-bleeding = Кровотечение
symptom-swelling = Отёк
symptom-pain = Боль
symptom-seizure = Судороги

## Body sites
site-head = Голова
site-face = Лицо
site-eye = Глаз
site-ear = Ухо
site-mouth = Рот
site-throat = Горло
site-neck = Шея
site-shoulder = Плечо
site-chest = Грудь
site-upper-abdomen = Подложечная область
site-abdomen = Живот
site-lower-abdomen = Низ живота
site-back = Спина
site-lower-back = Поясница
site-arm = Рука (плечо, предплечье)
site-hand = Кисть, запястье, пальцы
site-leg = Нога (бедро, голень)
site-knee = Колено
site-ankle = Лодыжка
site-foot = Стопа, пальцы ног
site-whole-body = Всё тело
side-left = Слева
side-right = Справа
side-both = С обеих сторон

## Injury
injury-how-fall = Упал(а)
injury-how-fall-height = Падение с высоты
injury-how-traffic = ДТП
injury-how-sports = Во время спорта
injury-how-hit = Сильный удар
injury-how-cut = Порез
injury-how-burn = Ожог
injury-how-twisted = Растяжение, вывих
injury-how-bite = Укус (животное, насекомое)
injury-place-home = Дома или в месте проживания
injury-place-street = На улице
injury-place-station = На станции
injury-place-sports = Спортплощадка, склон
injury-place-outdoors = Горы, море, на природе
injury-place-shop = В магазине или здании

## Teeth
dental-problem-toothache = Зубная боль
dental-problem-sensitive = Реакция на холодное или горячее
dental-problem-broken = Сломанный или сколотый зуб
dental-problem-filling = Выпала пломба или коронка
dental-problem-swollen-gum = Опухшие или кровоточащие дёсны
dental-problem-denture = Проблема с зубным протезом
tooth-upper-right = Справа вверху
tooth-upper-front = Передние верхние
tooth-upper-left = Слева вверху
tooth-lower-right = Справа внизу
tooth-lower-front = Передние нижние
tooth-lower-left = Слева внизу

## Pregnancy
pregnancy-symptom-bleeding = Кровотечение из влагалища
pregnancy-symptom-belly-pain = Боль или напряжение живота
pregnancy-symptom-contractions = Регулярные схватки
pregnancy-symptom-waters = Возможно, отошли воды
pregnancy-symptom-less-movement = Ребёнок меньше шевелится
pregnancy-symptom-headache-vision = Головная боль или мушки перед глазами

## A child's drinking, urine and vaccinations
drinking-normal = Пьёт как обычно
drinking-less = Пьёт меньше обычного
drinking-none = Почти не пьёт
urine-normal = Мочится как обычно
urine-less = Мочится меньше обычного
urine-none = Нет мочи полдня или дольше
vaccinations-up-to-date = Обычные прививки сделаны
vaccinations-partly = Некоторых прививок нет
vaccinations-unknown = Не знаю

## Pregnancy, insurance
pregnant-yes = Беременна
pregnant-no = Не беременна
pregnant-unsure = Возможно, беременна
insurance-travel = Туристическая страховка (нет японской медстраховки)
insurance-none = Нет страховки (оплачу полностью)
insurance-japanese = Японская медстраховка

## Allergies
allergy-group-drug = Лекарства
allergy-group-food = Еда
allergy-group-other = Другое
drug-allergen-penicillin = Пенициллины
drug-allergen-cephalosporin = Цефалоспорины
drug-allergen-antibiotic = Другие антибиотики
drug-allergen-nsaids = Обезболивающие вроде ибупрофена (НПВП)
drug-allergen-aspirin = Аспирин
drug-allergen-sulfa = Сульфаниламиды
drug-allergen-contrast = Контрастные вещества
drug-allergen-local-anaesthetic = Местные анестетики
food-allergen-egg = Яйца
food-allergen-milk = Молоко и молочные продукты
food-allergen-wheat = Пшеница
food-allergen-buckwheat = Гречиха (соба)
food-allergen-peanut = Арахис
food-allergen-tree-nut = Орехи (грецкий, миндаль …)
food-allergen-shrimp-crab = Креветки, крабы
food-allergen-shellfish = Моллюски (мидии, устрицы …)
food-allergen-fish = Рыба
other-allergen-latex = Латекс (резиновые перчатки)
other-allergen-bee-venom = Укусы пчёл или ос
other-allergen-metal = Металлы (никель …)
reaction-rash = Сыпь
reaction-hives = Крапивница
reaction-swelling = Отёк лица или губ
reaction-breathing = Затруднённое дыхание
reaction-anaphylaxis = Анафилаксия
reaction-unknown = Реакция неизвестна

## Conditions
condition-diabetes = Диабет
condition-hypertension = Гипертония
condition-heart-disease = Болезнь сердца
condition-stroke = Перенесённый инсульт
condition-asthma = Астма
condition-kidney-disease = Болезнь почек
condition-dialysis = На диализе
condition-liver-disease = Болезнь печени или гепатит
condition-epilepsy = Эпилепсия
condition-thyroid = Болезнь щитовидной железы
condition-cancer = Рак
condition-bleeding-tendency = Повышенная кровоточивость
condition-immunosuppressed = Ослабленный иммунитет (стероиды, химиотерапия, пересадка, ВИЧ)

## Medicines (classes; a generic name typed by the user is shown as typed)
medicine-anticoagulant = Антикоагулянт (варфарин …)
medicine-antiplatelet = Антиагрегант (аспирин …)
medicine-insulin = Инсулин
medicine-diabetes-oral = Таблетки от диабета
medicine-blood-pressure = Лекарство от давления
medicine-steroid = Стероиды (преднизолон …)
medicine-inhaler = Ингалятор от астмы
medicine-thyroid-hormone = Гормон щитовидной железы
medicine-antiepileptic = Противоэпилептическое
medicine-contraceptive = Противозачаточные таблетки
medicine-epinephrine = Автоинъектор адреналина (EpiPen)
medicine-immunosuppressant = Иммунодепрессант

## Implants and metal (before an MRI)
device-pacemaker = Кардиостимулятор
device-icd = Имплантированный дефибриллятор
device-stent = Стент
device-joint-replacement = Искусственный сустав
device-metal-implant = Металл в теле (пластины, винты)

## Staff mode: answers
answer-yes = Да
answer-no = Нет
answer-unsure = Не знаю
trend-better = Лучше
trend-same = Без изменений
trend-worse = Хуже
last-meal-within-2h = Менее 2 часов назад
last-meal-2-6h = 2–6 часов назад
last-meal-over-6h = Более 6 часов назад
payment-cash = Наличные
payment-card = Кредитная карта

## Staff mode: questions staff tap (the Japanese is what staff see)
staff-since-when = С какого времени эти симптомы?
staff-where-pain = Где болит?
staff-pain-score = По шкале от 0 до 10, насколько сильна боль?
staff-fever = У вас есть температура?
staff-drug-allergy = Есть ли у вас аллергия на лекарства?
staff-food-allergy = Есть ли у вас пищевая аллергия?
staff-medicines = Вы сейчас принимаете лекарства?
staff-conditions = Есть ли у вас хронические болезни?
staff-pregnant = Можете ли вы быть беременны?
staff-breastfeeding = Вы кормите грудью?
staff-vomited = Была ли рвота?
staff-head-hit = Вы ударились головой?
staff-lost-consciousness = Вы теряли сознание?
staff-trend = Симптомы становятся лучше или хуже?
staff-last-meal = Когда вы последний раз ели?
staff-first-visit = Вы у нас впервые?
staff-japanese-insurance = У вас есть карта японской медстраховки?
staff-travel-insurance = У вас есть туристическая страховка?
staff-okusuri-techo = Есть ли у вас книжка лекарств (окусури тэтё)?
staff-payment = Вы платите наличными или картой?
