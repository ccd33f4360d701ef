# Тексты приложения (Tasukete UI). Карточки, советы по оплате и номера — в других файлах.
language-name = Русский
app-name = Tasukete
skip-to-content = Перейти к содержимому
nav-label = Основные разделы
nav-emergency = Экстренно
nav-nearby = Рядом
nav-cards = Фразы
nav-tips = Оплата
nav-settings = Настройки
loading = Загрузка…
back = Назад
close = Закрыть

emergency-title = Экстренная помощь
emergency-lead = Звоните 119, чтобы вызвать скорую или пожарных. Звонок бесплатный.
emergency-numbers = Экстренные номера
script-what = Что случилось?
script-119-title = Что спросит диспетчер 119
prepare-title = Что подготовить
prepare-passport = Паспорт
prepare-insurance = Карточку или номер полиса туристической страховки
prepare-money = Наличные или кредитную карту: туристы оплачивают лечение полностью
prepare-medicines = Лекарства, которые вы принимаете, и аллергии
prepare-address = Где вы остановились (адрес на японском)

nearby-title = Рядом
position-none = Местоположение не задано. Найдите станцию или место либо нажмите на карту.
position-use-device = Моё местоположение
position-tap-map = Выбрать на карте
position-from-map = Точка, выбранная на карте
position-source-device = (местоположение устройства)
position-source-place = (выбрано по названию)
position-source-map = (выбрано на карте)
position-source-test = (тестовое местоположение)
place-search = Найти станцию или место
place-placeholder = Станция или место, например Синдзюку
place-suggestions = Найденные места
place-none = Нет станции или места с таким названием.
filters = Фильтры
filter-department = Отделение
filter-any-department = Любое отделение
filter-open-now = Открыто сейчас
filter-emergency = Только с приёмным отделением
clock-now = Время в Японии: { $date } { $time }
results-count =
    { $count ->
        [0] Подходящих учреждений нет.
        [one] { $count } учреждение
        [few] { $count } учреждения
        [many] { $count } учреждений
       *[other] { $count } учреждения
    }
distance-m = { $m } м
distance-km = { $km } км
open-now = Открыто
closed-now = Закрыто
open-unknown = Часы работы неизвестны
badge-emergency = Неотложная помощь
map-label = Офлайн-карта
map-attribution = Границы: национальные земельные данные MLIT (N03)

facility-title = Учреждение
address = Адрес
phone = Телефон
phone-unknown = В данных нет номера телефона.
taxi-card-button = Карточка для такси
open-in-maps = Открыть в приложении карт
hours-today = Часы приёма сегодня
hours-week = Часы приёма на неделю
hours-unknown = Часов приёма нет в данных. Позвоните, прежде чем ехать.
hours-disclaimer = Часы приёма взяты из открытых реестров и могли измениться. По возможности позвоните заранее.
closed-days = Другие нерабочие дни
departments = Отделения
taxi-card-hint = Покажите это водителю такси.
taxi-request = Отвезите меня сюда, пожалуйста.

kind-hospital = Больница
kind-clinic = Клиника
kind-dental = Стоматология
kind-pharmacy = Аптека

dept-internal-medicine = Терапия
dept-pediatrics = Педиатрия
dept-surgery = Хирургия
dept-orthopedics = Ортопедия
dept-dermatology = Дерматология
dept-ophthalmology = Офтальмология
dept-ent = ЛОР
dept-obstetrics-gynecology = Акушерство и гинекология
dept-urology = Урология
dept-psychiatry = Психиатрия
dept-neurology = Неврология
dept-neurosurgery = Нейрохирургия
dept-cardiology = Кардиология
dept-gastroenterology = Гастроэнтерология
dept-respiratory = Пульмонология
dept-allergy = Аллергология
dept-dentistry = Стоматология
dept-emergency = Неотложная помощь
dept-rehabilitation = Реабилитация
dept-other = Другое

weekday-mon = Пн
weekday-tue = Вт
weekday-wed = Ср
weekday-thu = Чт
weekday-fri = Пт
weekday-sat = Сб
weekday-sun = Вс
weekday-holiday = Праздник

compass-n = север
compass-ne = северо-восток
compass-e = восток
compass-se = юго-восток
compass-s = юг
compass-sw = юго-запад
compass-w = запад
compass-nw = северо-запад

cards-title = Карточки с фразами
cards-search = Поиск фраз
cards-categories = Категории
cards-all = Все
cards-none = Подходящих карточек нет.
card-show-staff = Покажите это персоналу.

tips-title = Оплата и страховка

settings-title = Настройки
settings-language = Язык
settings-location = Местоположение
settings-location-device = Местоположение телефона
settings-location-device-mobile-only = Доступно только в приложении для телефона.
settings-location-manual = Выбрать станцию, место или точку на карте
settings-privacy = Всё остаётся на этом устройстве. Приложение не использует сеть.

sources-title = Источники данных
sources-built = Данные собраны
sources-schema = Версия схемы
sources-date = Дата:
sources-licence = Лицензия:
sources-records = Записей:

error-details = Подробности
error-dataset-missing = Данные об учреждениях не установлены. Экстренные номера и карточки с фразами работают.
error-dataset-outdated = Данные об учреждениях от другой версии приложения. Экстренные номера и карточки с фразами работают.
error-dataset-corrupt = Не удаётся прочитать данные об учреждениях. Экстренные номера и карточки с фразами работают.
error-invalid-position = Это положение не является местом. Выберите станцию или нажмите на карту.
error-not-found = Ничего не найдено.
error-invalid-argument = Приложение не может использовать этот выбор.
error-internal = Что-то пошло не так.

day-closed = Закрыто
hours-for-department = Часы отделения:
sources-facilities = Учреждения
sources-placed = На карте
sources-with-phone = С номером телефона
sources-with-hours = С часами приёма
sources-with-emergency = Со сведениями о неотложной помощи
sources-stations = Станции
