# The app's own words (Tasukete UI). Cards, tips and numbers live in their own files.
language-name = English
app-name = Tasukete
skip-to-content = Skip to content
nav-label = Main sections
nav-emergency = Emergency
nav-nearby = Nearby
nav-cards = Phrases
nav-tips = Paying
nav-settings = Settings
loading = Loading…
back = Back
close = Close

emergency-title = Emergency
emergency-lead = Call 119 for an ambulance or fire. The call is free.
emergency-numbers = Emergency numbers
script-what = What happened?
script-119-title = What the 119 operator will ask
prepare-title = What to have ready
prepare-passport = Your passport
prepare-insurance = Travel insurance card or policy number
prepare-money = Cash or a credit card: visitors pay the full cost
prepare-medicines = Medicines you take, and allergies
prepare-address = Where you are staying (the address in Japanese)

nearby-title = Nearby
position-none = No position yet. Search for a station or place, or tap the map.
position-use-device = Use my location
position-tap-map = Choose on the map
position-from-map = Point chosen on the map
position-source-device = (device location)
position-source-place = (chosen by name)
position-source-map = (chosen on the map)
position-source-test = (test position)
place-search = Search for a station or place
place-placeholder = Station or place, e.g. Shinjuku
place-suggestions = Matching places
place-none = No station or place has that name.
filters = Filters
filter-department = Department
filter-any-department = Any department
filter-open-now = Open now
filter-emergency = Emergency department only
clock-now = Japan time: { $date } { $time }
results-count =
    { $count ->
        [0] No facility matches.
        [one] One facility
       *[other] { $count } facilities
    }
distance-m = { $m } m
distance-km = { $km } km
open-now = Open now
closed-now = Closed now
open-unknown = Hours unknown
badge-emergency = Emergency dept.
map-label = Offline map
map-attribution = Boundaries: MLIT National Land Numerical Information (N03)

facility-title = Facility
address = Address
phone = Phone
phone-unknown = No phone number in the data.
taxi-card-button = Taxi card
open-in-maps = Open in a maps app
hours-today = Today’s hours
hours-week = Hours for the week
hours-unknown = Hours are not in the data. Call before you go.
hours-disclaimer = Hours come from public records and may have changed. Call ahead if you can.
closed-days = Other closed days
departments = Departments
taxi-card-hint = Show this to the taxi driver.
taxi-request = Please take me here.

kind-hospital = Hospital
kind-clinic = Clinic
kind-dental = Dental clinic
kind-pharmacy = Pharmacy

dept-internal-medicine = Internal medicine
dept-pediatrics = Pediatrics
dept-surgery = Surgery
dept-orthopedics = Orthopedics
dept-dermatology = Dermatology
dept-ophthalmology = Eyes (ophthalmology)
dept-ent = Ear, nose and throat
dept-obstetrics-gynecology = Obstetrics and gynecology
dept-urology = Urology
dept-psychiatry = Psychiatry
dept-neurology = Neurology
dept-neurosurgery = Neurosurgery
dept-cardiology = Heart (cardiology)
dept-gastroenterology = Stomach and bowel
dept-respiratory = Lungs (respiratory)
dept-allergy = Allergy
dept-dentistry = Dentistry
dept-emergency = Emergency
dept-rehabilitation = Rehabilitation
dept-other = Other

weekday-mon = Mon
weekday-tue = Tue
weekday-wed = Wed
weekday-thu = Thu
weekday-fri = Fri
weekday-sat = Sat
weekday-sun = Sun
weekday-holiday = Public holiday

compass-n = north
compass-ne = north-east
compass-e = east
compass-se = south-east
compass-s = south
compass-sw = south-west
compass-w = west
compass-nw = north-west

cards-title = Phrase cards
cards-search = Search phrases
cards-categories = Categories
cards-all = All
cards-none = No card matches.
card-show-staff = Show this to the staff.

tips-title = Paying and insurance

settings-title = Settings
settings-language = Language
settings-location = Location
settings-location-device = Use the phone’s location
settings-location-device-mobile-only = Available in the phone app only.
settings-location-manual = Choose a station, place or map point
settings-privacy = Everything stays on this device. The app uses no network.

sources-title = Data sources
sources-built = Dataset built
sources-schema = Schema version
sources-date = Date:
sources-licence = Licence:
sources-records = Records:

error-details = Details
error-dataset-missing = The facility data is not installed. Emergency numbers and phrase cards still work.
error-dataset-outdated = The facility data is from another version of the app. Emergency numbers and phrase cards still work.
error-dataset-corrupt = The facility data cannot be read. Emergency numbers and phrase cards still work.
error-invalid-position = That position is not a place. Choose a station or tap the map.
error-not-found = Nothing found.
error-invalid-argument = The app could not use that choice.
error-internal = Something went wrong.

day-closed = Closed
hours-for-department = Hours of:
sources-facilities = Facilities
sources-placed = On the map
sources-with-phone = With a phone number
sources-with-hours = With opening hours
sources-with-emergency = With emergency information
sources-stations = Stations
