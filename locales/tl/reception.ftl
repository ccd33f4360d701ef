# The reception screens' own words (profile editor, questionnaire flow, staff mode).
# Used by ui/src/screens/reception*.ts through L("id").

## Hub
nav-reception = Reception
rc-title = Sa reception
rc-lead = Sa mga klinika sa Japan, bibigyan ka muna ng talatanungan (問診票) sa Japanese. Ihanda rito ang iyong mga sagot at ipakita sa Japanese.
rc-profile = Aking impormasyong medikal
rc-intake = Talatanungan (問診票)
rc-profile-hint = Allergy, gamot, sakit: punan bago mo kailanganin. Nasa teleponong ito lamang.
rc-profile-show = Ipakita sa staff
rc-profile-edit = I-edit
rc-profile-empty = Wala pang naka-save.
rc-intake-hint = Isa-isang tanong sa iyong wika; isusulat ito ng app sa Japanese.
rc-staff-hint = Pipili ang staff ng tanong sa Japanese; sasagot ka gamit ang button.
rc-staff = Mga tanong ng staff
rc-staff-pick = Para sa staff: i-tap ang tanong. Makikita ito ng pasyente sa kanyang wika.
rc-staff-answer-now = Pakisagot:
rc-staff-answer = Sagot ng pasyente
rc-staff-list = Bumalik sa mga tanong

## Questionnaire flow
rc-choose-variant = Tungkol saan ito?
rc-start = Simulan ang talatanungan
rc-continue = Ituloy ang talatanungan
rc-show-summary = Ipakita ang mga sagot sa Japanese
rc-clear = Burahin ang mga sagot
rc-clear-confirm = Burahin lahat ng sagot? Hindi na maibabalik.
rc-skip = Laktawan
rc-next = Susunod
rc-back = Bumalik
rc-from-profile = Nasa impormasyong medikal mo na: hindi na itatanong
rc-own-words = Sa sarili mong salita
rc-add = Idagdag
rc-remove = Alisin
rc-none-allergies = Wala akong kilalang allergy
rc-none-medicines = Wala akong iniinom na gamot
rc-none-conditions = Wala akong dati o kasalukuyang sakit
rc-none-procedures = Hindi pa ako naoperahan
rc-none-devices = Walang implant o metal sa katawan ko
rc-temperature-hint = Gaya ng nasa thermometer, sa °C, hal. 38.5
rc-years = Taon
rc-months = Buwan (wala pang 3 taon)

## Profile editor
rc-save = I-save
rc-saved = Na-save sa teleponong ito.
rc-not-saved = Hindi na-save: pakisuri ito
rc-export = I-export bilang file
rc-exported = Na-save ang kopya sa:
rc-import = Mag-import ng file
rc-imported = Na-import at na-save.
rc-not-imported = Hindi na-import; walang nabago
rc-unknown = Hindi alam
rc-name-hint = Gaya ng nasa pasaporte (Latin letters)
rc-error-store = Hindi mabuksan ang naka-save na impormasyong medikal. Walang napalitan.
