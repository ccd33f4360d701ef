# The reception screens' own words (profile editor, questionnaire flow, staff mode).
# Used by ui/src/screens/reception*.ts through L("id").

## Hub
nav-reception = Reception
rc-title = At reception
rc-lead = Japanese clinics first hand you a questionnaire (問診票) in Japanese. Prepare your answers here and show them in Japanese.
rc-profile = My medical information
rc-intake = Questionnaire (問診票)
rc-profile-hint = Allergies, medicines, illnesses: fill it in before you need it. It stays on this phone.
rc-profile-show = Show to staff
rc-profile-edit = Edit
rc-profile-empty = Nothing saved yet.
rc-intake-hint = One question at a time, in your language; the app writes it in Japanese.
rc-staff-hint = Staff tap a question in Japanese; you answer with a button.
rc-staff = Questions from staff
rc-staff-pick = For staff: tap the question you want to ask. The patient sees it in their language.
rc-staff-answer-now = Please answer:
rc-staff-answer = The patient's answer
rc-staff-list = Back to the questions

## Questionnaire flow
rc-choose-variant = What is it about?
rc-start = Start the questionnaire
rc-continue = Continue the questionnaire
rc-show-summary = Show my answers in Japanese
rc-clear = Clear my answers
rc-clear-confirm = Clear all answers? This cannot be undone.
rc-skip = Skip
rc-next = Next
rc-back = Back
rc-from-profile = Already in your medical information: not asked again
rc-own-words = In your own words
rc-add = Add
rc-remove = Remove
rc-none-allergies = I have no known allergies
rc-none-medicines = I take no medicines
rc-none-conditions = I have no ongoing or past illness
rc-none-procedures = I have had no operations
rc-none-devices = No implants or metal in my body
rc-temperature-hint = As the thermometer shows, in °C, e.g. 38.5
rc-years = Years
rc-months = Months (under 3 years)

## Profile editor
rc-save = Save
rc-saved = Saved on this phone.
rc-not-saved = Not saved: please check this
rc-export = Export as a file
rc-exported = A copy was saved here:
rc-import = Import a file
rc-imported = Imported and saved.
rc-not-imported = Not imported; nothing was changed
rc-unknown = Not known
rc-name-hint = As in your passport (Latin letters)
rc-error-store = Your saved medical information could not be opened. Nothing was overwritten.
