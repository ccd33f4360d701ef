# The reception screens' own words (profile editor, questionnaire flow, staff mode).
# Used by ui/src/screens/reception*.ts through L("id").

## Hub
nav-reception = Регистратура
rc-title = В регистратуре
rc-lead = В японской клинике сначала дают анкету (問診票) на японском. Подготовьте ответы здесь и покажите их по-японски.
rc-profile = Моя медицинская информация
rc-intake = Анкета (問診票)
rc-profile-hint = Аллергии, лекарства, болезни: заполните заранее. Данные остаются только на этом телефоне.
rc-profile-show = Показать персоналу
rc-profile-edit = Изменить
rc-profile-empty = Пока ничего не сохранено.
rc-intake-hint = По одному вопросу на вашем языке; приложение запишет по-японски.
rc-staff-hint = Персонал выбирает вопрос на японском, вы отвечаете кнопкой.
rc-staff = Вопросы персонала
rc-staff-pick = Для персонала: нажмите вопрос. Пациент увидит его на своём языке.
rc-staff-answer-now = Пожалуйста, ответьте:
rc-staff-answer = Ответ пациента
rc-staff-list = К списку вопросов

## Questionnaire flow
rc-choose-variant = О чём речь?
rc-start = Начать анкету
rc-continue = Продолжить анкету
rc-show-summary = Показать ответы по-японски
rc-clear = Стереть ответы
rc-clear-confirm = Стереть все ответы? Отменить нельзя.
rc-skip = Пропустить
rc-next = Далее
rc-back = Назад
rc-from-profile = Уже есть в медицинской информации: не спрашиваем снова
rc-own-words = Своими словами
rc-add = Добавить
rc-remove = Удалить
rc-none-allergies = У меня нет известной аллергии
rc-none-medicines = Я не принимаю лекарств
rc-none-conditions = У меня нет хронических болезней
rc-none-procedures = У меня не было операций
rc-none-devices = В моём теле нет имплантов и металла
rc-temperature-hint = Как показывает термометр, в °C, например 38.5
rc-years = Лет
rc-months = Месяцев (до 3 лет)

## Profile editor
rc-save = Сохранить
rc-saved = Сохранено на этом телефоне.
rc-not-saved = Не сохранено: проверьте
rc-export = Экспорт в файл
rc-exported = Копия сохранена здесь:
rc-import = Импорт из файла
rc-imported = Импортировано и сохранено.
rc-not-imported = Не импортировано, ничего не изменено
rc-unknown = Неизвестно
rc-name-hint = Как в паспорте (латиницей)
rc-error-store = Не удалось открыть сохранённую медицинскую информацию. Ничего не перезаписано.
