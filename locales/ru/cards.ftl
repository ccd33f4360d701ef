# Карточки с фразами на русском. Перевод машинного качества, не проверен.

category-reception = Регистратура
category-symptoms = Симптомы
category-pain = Боль
category-injuries = Травмы
category-allergies = Аллергия
category-medicines = Лекарства
category-chronic = Хронические заболевания
category-pregnancy = Беременность
category-children = Дети
category-pharmacy = Аптека
category-payment = Оплата и страховка
category-taxi = Такси и дорога
category-questions = Вопросы персонала
category-answers = Ответы, чтобы показать пальцем
category-urgent-signs = Тревожные симптомы
category-womens-health = Женское здоровье
category-call-119 = Для звонка в 119
category-staff-says = Что говорит персонал
arg-name = Ваше имя
arg-age = Возраст (лет)
arg-hotel = Гостиница или место проживания
arg-temperature = Температура тела, °C
arg-score = Боль от 0 до 10
arg-days = Число дней
arg-hours = Число часов
arg-weeks = Число недель
arg-months = Число месяцев
arg-allergen = На что у вас аллергия
arg-medicine = Название лекарства
arg-kg = Вес, кг
arg-address = Адрес
arg-number = Число
arg-times = Сколько раз
arg-people = Число людей
arg-part = Часть тела
arg-room = Номер комнаты
arg-hour = Час дня (0–23)
need-doctor = Мне нужно к врачу.
first-visit = Я здесь впервые.
no-japanese = Я не говорю по-японски.
tourist = Я турист в Японии.
no-japanese-insurance = У меня нет японской медицинской страховки.
have-travel-insurance = У меня есть туристическая страховка.
passport = Вот мой паспорт.
interpreter = Можно мне переводчика, пожалуйста?
translation-app = Можно я воспользуюсь приложением-переводчиком?
write-down = Не могли бы вы это написать?
speak-slowly = Говорите, пожалуйста, медленно.
urgent = Это срочно. Пожалуйста, осмотрите меня сразу.
how-long-wait = Сколько придётся ждать?
which-department = К какому специалисту мне нужно?
wheelchair = Мне нужна инвалидная коляска.
my-name = Меня зовут { $name }.
my-age = Мне { $age ->
        [one] { $age } год
        [few] { $age } года
        [many] { $age } лет
       *[other] { $age } лет
    }.
staying-at = Я живу в { $hotel }.
english-doctor = Есть ли врач, говорящий по-английски?
need-appointment = Нужно ли записываться заранее?
fever-can-visit = У меня температура. Меня могут принять?
infection-test = Я хочу сдать тест на COVID-19 или грипп.
flying-home-days = Я улетаю домой через { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дней
    }.
fit-to-fly = Мне можно лететь на самолёте?
contact-family = Пожалуйста, свяжитесь с моей семьёй.
contact-embassy = Пожалуйста, свяжитесь с моим посольством.
fever = У меня температура.
fever-temperature = У меня температура { $temperature } °C.
chills = Меня знобит.
cough = У меня кашель.
sore-throat = У меня болит горло.
runny-nose = У меня насморк.
stuffy-nose = У меня заложен нос.
sneezing = Я постоянно чихаю.
headache = У меня болит голова.
chest-pain = У меня болит в груди.
stomach-ache = У меня болит живот.
breathless = Мне трудно дышать.
chest-tight = У меня сдавливает грудь.
palpitations = У меня сильно колотится сердце.
nausea = Меня тошнит.
vomited = У меня была рвота.
diarrhoea = У меня понос.
blood-in-stool = У меня кровь в стуле.
dizzy = У меня кружится голова.
fainted = Я потерял сознание.
numbness = У меня онемение.
rash = У меня сыпь.
itchy = Чешется.
exhausted = Всё тело тяжёлое, сильная слабость.
heatstroke = Кажется, у меня тепловой удар.
food-poisoning = Возможно, у меня пищевое отравление.
ear-pain = У меня болит ухо.
eye-pain = У меня болит глаз.
toothache = У меня болит зуб.
vomited-times = Меня вырвало { $times ->
        [one] { $times } раз
        [few] { $times } раза
        [many] { $times } раз
       *[other] { $times } раз
    }.
diarrhoea-times = Сегодня у меня был понос { $times ->
        [one] { $times } раз
        [few] { $times } раза
        [many] { $times } раз
       *[other] { $times } раз
    }.
fever-since-days = У меня температура уже { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дней
    }.
phlegm = У меня кашель с мокротой.
no-appetite = У меня нет аппетита.
constipation = У меня запор.
pain-urinating = Мне больно мочиться.
blood-in-urine = В моче кровь.
frequent-urination = Мне очень часто нужно мочиться.
hives = У меня крапивница.
sunburn = У меня сильный солнечный ожог.
drank-too-much = Я выпил(а) слишком много алкоголя.
panic = У меня тревога и паника.
altitude-sickness = Думаю, у меня горная болезнь.
cold-shivering = Я сильно замёрз(ла) и не могу перестать дрожать.
seizure-adult = У меня был судорожный приступ.
pain-here = Болит здесь.
lower-back-pain = У меня болит поясница.
pain-score = Моя боль — { $score } из 10.
pain-since-days = Боль началась { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дней
    } назад.
pain-since-hours = Боль началась { $hours ->
        [one] { $hours } час
        [few] { $hours } часа
        [many] { $hours } часов
       *[other] { $hours } часов
    } назад.
pain-sudden = Боль началась внезапно.
pain-sharp = Боль острая, колющая.
pain-throbbing = Боль пульсирующая.
pain-dull = Боль тупая, ноющая.
pain-burning = Боль жгучая.
pain-cramping = Боль схваткообразная.
pain-constant = Боль постоянная.
pain-comes-and-goes = Боль то появляется, то проходит.
pain-worse = Боль усиливается.
pain-when-moving = Больно, когда я двигаюсь.
pain-when-breathing = Больно, когда я дышу.
pain-spreads = Боль отдаёт в другие места.
pain-unbearable = Боль невыносимая.
pain-in-part = Болит здесь: { $part }.
pain-pressed = Больно, когда нажимают.
pain-at-night = Ночью боль сильнее.
pain-upper-belly = У меня болит под ложечкой.
fell = Я упал.
hit-head = Я ударился головой.
cut = Я порезался.
bleeding = Кровотечение не останавливается.
broken-bone = Кажется, у меня перелом.
twisted-ankle = Я подвернул лодыжку.
swollen = Опухло.
bruise = У меня синяк.
bump = У меня шишка от удара.
scrape = Я ободрал кожу.
burn = Я обжёгся.
traffic-accident = Я попал в ДТП.
animal-bite = Меня укусило животное.
insect-sting = Меня ужалило насекомое.
cannot-walk = Я не могу ходить.
hornet-sting = Меня ужалила оса или шершень.
snake-bite = Меня укусила змея (мамуси или хабу).
jellyfish-sting = Меня обожгла медуза.
ski-injury = Я получил(а) травму на лыжах или сноуборде.
frostbite = Думаю, у меня обморожение.
dislocated = Думаю, у меня вывих.
something-in-eye = Мне что-то попало в глаз.
fish-bone = У меня в горле застряла рыбная кость.
hurt-part = Я повредил(а): { $part }.
allergic-to = У меня аллергия на { $allergen }.
no-allergies = У меня нет аллергии.
allergy-penicillin = У меня аллергия на пенициллин.
allergy-painkillers = У меня аллергия на обезболивающие, например аспирин.
allergy-peanuts = У меня аллергия на арахис.
allergy-shellfish = У меня аллергия на ракообразных, например креветок и крабов.
allergy-egg = У меня аллергия на яйца.
allergy-milk = У меня аллергия на молоко и молочные продукты.
allergy-wheat = У меня аллергия на пшеницу.
allergy-buckwheat = У меня аллергия на гречку (соба).
allergy-latex = У меня аллергия на латекс.
anaphylaxis-history = У меня раньше был анафилактический шок.
have-epipen = У меня с собой автоинжектор адреналина (EpiPen).
allergy-contrast = У меня аллергия на контрастное вещество.
allergy-antibiotics = У меня аллергия на антибиотики.
allergy-cephalosporins = У меня аллергия на цефалоспорины.
allergy-sulfa = У меня аллергия на сульфаниламиды.
allergy-local-anaesthetic = У меня аллергия на местные анестетики.
allergy-molluscs = У меня аллергия на моллюсков (мидии, устрицы).
allergy-bee-venom = У меня аллергия на укусы пчёл и ос.
allergy-medicine = У меня аллергия на это лекарство: { $medicine }.
taking-medicine = Я принимаю { $medicine }.
no-medicines = Я не принимаю никаких лекарств.
medicine-list = Вот список лекарств, которые я принимаю.
blood-thinners = Я принимаю препараты, разжижающие кровь (антикоагулянты).
insulin = Я на инсулине.
contraceptive-pill = Я принимаю противозачаточные таблетки.
ran-out-of-medicine = У меня закончилось лекарство, которое я принимаю постоянно.
lost-medicine = Я потерял свои лекарства.
need-same-medicine = Мне нужно такое же лекарство, как это.
took-painkiller = Я принял обезболивающее { $hours ->
        [one] { $hours } час
        [few] { $hours } часа
        [many] { $hours } часов
       *[other] { $hours } часов
    } назад.
using-medicine = Я использую { $medicine }.
steroids = Я принимаю стероиды или иммунодепрессанты.
inhaler = Я пользуюсь ингалятором.
forgot-dose = Я пропустил(а) приём лекарства.
medicine-from-home = Это лекарство из моей страны.
diabetes = У меня диабет.
asthma = У меня астма.
heart-disease = У меня болезнь сердца.
high-blood-pressure = У меня высокое давление.
epilepsy = У меня эпилепсия.
kidney-disease = У меня болезнь почек.
dialysis = Я на диализе.
pacemaker = У меня кардиостимулятор.
recent-surgery = Недавно я перенёс операцию.
immune-weak = У меня ослаблен иммунитет из-за болезни или лекарств.
metal-in-body = У меня в теле есть металл (имплант, пластина или клипса).
hepatitis = У меня гепатит.
hiv = У меня ВИЧ.
stroke-history = У меня раньше был инсульт.
heart-attack-history = У меня раньше был инфаркт.
bleeding-tendency = У меня повышенная кровоточивость.
no-transfusion = По религиозным причинам я не могу принять переливание крови.
cancer-treatment = Я прохожу лечение от рака.
pregnant = Я беременна.
pregnant-weeks = У меня { $weeks }-я неделя беременности.
might-be-pregnant = Возможно, я беременна.
not-pregnant = Я не беременна.
breastfeeding = Я кормлю грудью.
pregnancy-bleeding = Я беременна, и у меня кровотечение.
contractions = У меня схватки.
waters-broken = У меня отошли воды.
baby-moving-less = Ребёнок шевелится меньше обычного.
miscarriage-history = У меня раньше был выкидыш.
pregnant-stomach-pain = Я беременна, и у меня болит живот.
child-sick = Мой ребёнок заболел.
child-age = Моему ребёнку { $age ->
        [one] { $age } год
        [few] { $age } года
        [many] { $age } лет
       *[other] { $age } лет
    }.
baby-age-months = Моему малышу { $months ->
        [one] { $months } месяц
        [few] { $months } месяца
        [many] { $months } месяцев
       *[other] { $months } месяцев
    }.
child-weight = Мой ребёнок весит { $kg } кг.
child-high-fever = У ребёнка высокая температура.
child-not-drinking = Ребёнок не может ни есть, ни пить.
child-seizure = У ребёнка были судороги.
child-swallowed = Ребёнок что-то проглотил.
child-vaccinated = Все прививки ребёнку сделаны.
child-dose = Пожалуйста, дайте детскую дозировку.
child-limp = Мой ребёнок вялый и безучастный.
child-vomited-times = Ребёнка вырвало { $times ->
        [one] { $times } раз
        [few] { $times } раза
        [many] { $times } раз
       *[other] { $times } раз
    }.
child-temperature = У ребёнка температура { $temperature } °C.
child-rash-fever = У ребёнка температура и сыпь.
child-little-urine = Ребёнок почти не мочится (мало мокрых подгузников).
child-hit-head = Ребёнок упал и ударился головой.
child-breathing-hard = Ребёнок дышит часто и с трудом.
baby-crying = Мой малыш не перестаёт плакать.
have-prescription = У меня есть рецепт.
medicine-for-this = Есть ли у вас лекарство от этих симптомов?
want-painkiller = Мне нужно обезболивающее.
want-fever-reducer = Мне нужно жаропонижающее.
how-often = Сколько раз в день его принимать?
before-after-meals = До еды или после?
drowsy = От него клонит в сон?
safe-in-pregnancy = Его можно принимать при беременности?
write-dosage = Не могли бы вы написать, как его принимать?
medicine-information = Можно мне инструкцию к этому лекарству?
generic-ok = Дженерик подойдёт.
pharmacy-open-now = Есть ли сейчас открытая аптека?
q-medicine-notebook = У вас есть книжка учёта лекарств (お薬手帳)?
no-medicine-notebook = У меня нет книжки учёта лекарств.
prescription-outside = Отнесите этот рецепт в аптеку за пределами больницы.
dose-after-meals = Принимайте { $times ->
        [one] { $times } раз
        [few] { $times } раза
        [many] { $times } раз
       *[other] { $times } раз
    } в день после еды.
days-supply = Это на { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дней
    }.
need-prescription = Нужен ли рецепт?
alcohol-ok = Можно ли пить алкоголь во время приёма?
ok-breastfeeding = Можно ли это принимать при кормлении грудью?
have-medicine = У вас есть { $medicine }?
how-many-per-dose = Сколько таблеток принимать за раз?
take-before-sleep = Принимайте перед сном.
take-when-pain = Принимайте только при боли.
finish-course = Допейте курс до конца.
child-syrup = Есть ли сироп или порошок для ребёнка?
how-much = Сколько это будет стоить?
cost-estimate = Не могли бы вы сказать примерную стоимость до лечения?
pay-full-cost = Я оплачу всю сумму сам.
pay-card = Можно оплатить кредитной картой?
pay-cash = Я заплачу наличными.
atm-nearby = Есть ли поблизости банкомат?
deposit = Какой нужен залог?
pay-later = Сегодня я не могу заплатить всё. Можно заплатить позже?
receipt = Дайте, пожалуйста, квитанцию об оплате (領収書).
itemised-bill = Дайте, пожалуйста, подробный счёт (診療明細書).
medical-certificate = Мне нужна медицинская справка (診断書) на английском для страховой компании.
insurance-form = Может ли врач заполнить бланк моей страховой компании?
insurer-will-call = Моя страховая компания свяжется с больницей.
cashless = Может ли моя страховая компания заплатить больнице напрямую?
no-referral = У меня нет направления.
talk-to-insurer = Не могли бы вы поговорить по телефону с моей страховой компанией?
where-pay = Где оплатить?
diagnosis-written = Не могли бы вы написать название болезни (диагноз)?
copy-of-results = Можно получить копии результатов и снимков (на диске)?
how-much-cash = Сколько наличных мне нужно взять?
taxi-nearest-hospital = Отвезите меня, пожалуйста, в ближайшую больницу.
taxi-emergency-hospital = Отвезите меня, пожалуйста, в больницу с приёмным отделением неотложной помощи.
taxi-to-address = Отвезите меня, пожалуйста, по этому адресу: { $address }
call-taxi = Не могли бы вы вызвать мне такси?
call-ambulance = Вызовите, пожалуйста, скорую помощь.
hurry = Пожалуйста, побыстрее.
what-address = Не могли бы вы сказать адрес этого места?
lost-way = Я заблудился.
where-hospital = Где больница?
where-pharmacy = Где ближайшая аптека?
where-toilet = Где туалет?
taxi-emergency-entrance = Пожалуйста, к входу в приёмный покой (救急外来).
taxi-here = Пожалуйста, отвезите меня сюда.
taxi-wait = Не могли бы вы подождать меня здесь?
taxi-pay-card = Можно расплатиться картой в такси?
q-what-happened = На что жалуетесь?
q-where-hurt = Где болит?
q-since-when = С какого времени?
q-pain-scale = Насколько сильная боль, от 0 до 10?
q-allergies = У вас есть аллергия?
q-medicines = Вы принимаете какие-нибудь лекарства?
q-illnesses = Вы лечитесь от какого-нибудь заболевания?
q-tetanus = Вы привиты от столбняка?
q-pregnant = Вы беременны или можете быть беременны?
q-last-meal = Когда вы последний раз ели?
q-insurance-card = У вас есть медицинский страховой полис?
q-show-passport = Можно посмотреть ваш паспорт?
q-point-answer = Пожалуйста, покажите пальцем ответ.
q-fill-form = Пожалуйста, заполните эту анкету.
q-wait-here = Пожалуйста, подождите здесь.
q-lie-down = Пожалуйста, лягте сюда.
q-deep-breath = Сделайте, пожалуйста, глубокий вдох.
q-blood-test = Мы сделаем анализ крови.
q-urine-test = Мы сделаем анализ мочи.
q-x-ray = Мы сделаем рентген.
q-admission = Вам нужна госпитализация.
q-come-back = Пожалуйста, приходите завтра ещё раз.
q-does-this-hurt = Больно, когда я нажимаю здесь?
q-last-period = Когда начались последние месячные?
q-how-many-times = Сколько раз это было?
q-metal = Есть ли у вас в теле металл?
q-contrast = Была ли у вас когда-нибудь реакция на контрастное вещество?
q-weight = Сколько вы весите?
q-alcohol-smoking = Вы пьёте алкоголь или курите?
a-yes = Да.
a-no = Нет.
a-dont-know = Я не знаю.
a-dont-understand = Я не понимаю.
a-a-little = Немного.
a-a-lot = Сильно.
a-number = { $number }.
a-for-days = Уже { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дней
    }.
a-for-hours = Уже { $hours ->
        [one] { $hours } час
        [few] { $hours } часа
        [many] { $hours } часов
       *[other] { $hours } часов
    }.
a-for-weeks = Уже { $weeks ->
        [one] { $weeks } неделю
        [few] { $weeks } недели
        [many] { $weeks } недель
       *[other] { $weeks } недель
    }.
a-for-months = Уже { $months ->
        [one] { $months } месяц
        [few] { $months } месяца
        [many] { $months } месяцев
       *[other] { $months } месяцев
    }.
a-since-this-morning = С сегодняшнего утра.
a-since-yesterday = Со вчерашнего дня.
a-since-last-night = Со вчерашнего вечера.
a-worse = Становится хуже.
a-better = Становится лучше.
a-same = Без изменений.
a-head = Голова.
a-chest = Грудь.
a-stomach = Живот.
a-lower-belly = Низ живота.
a-back = Спина.
a-neck = Шея.
a-shoulder = Плечо.
a-throat = Горло.
a-eye = Глаз.
a-ear = Ухо.
a-nose = Нос.
a-arm = Рука.
a-hand = Кисть руки.
a-leg = Нога.
a-foot = Стопа.
a-knee = Колено.
a-right = Справа.
a-left = Слева.
a-both-sides = С обеих сторон.
a-sometimes = Иногда.
a-always = Постоянно.
a-minutes-ago = Несколько минут назад.
a-after-eating = После еды.
a-times = { $times ->
        [one] { $times } раз
        [few] { $times } раза
        [many] { $times } раз
       *[other] { $times } раз
    }.
a-since-hour = С { $hour }:00.
a-wait-moment = Одну минуту, пожалуйста.
a-sorry = Извините.
a-thank-you = Большое спасибо.
a-body-part = Здесь: { $part }.
a-upper-belly = Под ложечкой.
a-flank = Бок.
a-wrist = Запястье.
a-ankle = Лодыжка.
a-finger = Палец руки.
a-toe = Палец ноги.
a-hip = Тазобедренный сустав.
a-face = Лицо.
a-mouth = Рот.
a-whole-body = Всё тело.
a-elbow = Локоть.

## Тревожные симптомы

weak-one-side = Рука или нога с одной стороны ослабла.
slurred-speech = У меня невнятная речь.
face-drooping = Одна сторона лица опустилась.
worst-headache = Это самая сильная головная боль в моей жизни.
lips-face-swelling = У меня отекают губы и лицо.
throat-closing = У меня сжимает горло.
vomited-blood = У меня была рвота с кровью.
blood-in-phlegm = В мокроте кровь.
black-stool = У меня чёрный стул.
confused = Человек в спутанном сознании, сонлив.
chest-pain-spreading = Боль в груди отдаёт в руку или челюсть.
fever-stiff-neck = У меня температура, и шея так напряжена, что не сгибается.
sudden-vision-loss = У меня внезапно ухудшилось зрение.
too-breathless-to-speak = Мне так тяжело дышать, что я не могу говорить.

## Женское здоровье

last-period-days = Последние месячные начались { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дней
    } назад.
period-late = У меня задержка месячных.
period-pain = У меня сильные менструальные боли.
irregular-bleeding = У меня кровотечение вне месячных.
heavy-period = У меня очень обильные месячные.
on-period = У меня сейчас месячные.
emergency-contraception = Мне нужна экстренная контрацепция (таблетка «после»).
female-doctor = Можно, чтобы меня осмотрела женщина-врач?
vaginal-discharge = У меня необычные выделения из влагалища.
bladder-infection = Думаю, у меня цистит.

## Для звонка в 119

someone-collapsed = Человек упал, ему плохо.
i-am-patient = Пациент — это я.
patients-count = Пострадавших: { $people }.
room-number = Мы в номере { $room }.
waiting-at-entrance = Мы ждём у входа в здание.
bring-aed = Принесите, пожалуйста, дефибриллятор (АНД).
where-aed = Где дефибриллятор?
not-breathing = Человек не дышит.
not-responding = Человек не реагирует на обращение.
doing-cpr = Мы делаем непрямой массаж сердца.
vending-machine-address = Я прочитаю адрес на торговом автомате.

## Что говорит персонал

staff-drip = Мы поставим вам капельницу.
staff-injection = Мы сделаем вам укол.
staff-ct = Мы сделаем КТ.
staff-mri = Мы сделаем МРТ.
staff-ecg = Мы снимем ЭКГ.
staff-ultrasound = Мы сделаем УЗИ.
staff-gown = Переоденьтесь, пожалуйста, в эту рубашку.
staff-remove-metal = Снимите, пожалуйста, все металлические предметы.
staff-sign-consent = Подпишите, пожалуйста, это согласие.
staff-go-home = Вы можете идти домой.
staff-rest = Соблюдайте, пожалуйста, покой.
staff-no-bath = Сегодня, пожалуйста, не принимайте ванну.
staff-call-by-number = Мы вызовем вас по номеру.
staff-nothing-by-mouth = Пожалуйста, ничего не ешьте и не пейте.
staff-come-back-if-worse = Если станет хуже, приходите снова.
staff-stitches = Мы наложим швы.
staff-results-days = Результаты будут через { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дней
    }.
staff-open-mouth = Откройте, пожалуйста, рот.
staff-sleeve = Закатайте, пожалуйста, рукав.
staff-wait-results = Подождите, пожалуйста, результатов анализов.
