# Emergency and help numbers (src/emergency.rs). English is the source text.

## Names and purposes

ambulance-name = Ambulance and fire
ambulance-purpose = Call for an ambulance in a medical emergency. Say "kyūkyū desu" (ambulance) when asked "fire or ambulance?". The call and the ambulance ride are free; treatment is charged.
police-name = Police
police-purpose = Crime, theft, traffic accidents, lost or threatened people.
coast-guard-name = Japan Coast Guard
coast-guard-purpose = Accidents at sea. For rivers and lakes call 110. Say when, where and what happened.
advice-7119-name = Emergency advice line #7119
advice-7119-purpose = Not sure whether to call an ambulance? Nurses and doctors advise you and can tell you which hospital is open. If someone is in danger, call 119 instead.
advice-7119-tokyo-direct-name = Tokyo emergency advice line (#7119) without #
advice-7119-tokyo-direct-purpose = The same advice as #7119 in Tokyo, for phones that cannot dial #.
child-8000-name = Child medical advice #8000
child-8000-purpose = Advice for parents of a sick child under 15; the call goes to the prefecture you are in.
visitor-hotline-name = Japan Visitor Hotline (JNTO)
visitor-hotline-purpose = Help for visitors in emergencies, illness and disasters, for example finding a hospital. Not for tourist questions.
himawari-name = Tokyo medical information service "Himawari"
himawari-purpose = Finds a hospital or clinic in Tokyo that can see you in your language.
amda-name = AMDA International Medical Information Center
amda-purpose = Information by phone about hospitals where your language is spoken and about Japan's medical system.
disaster-171-name = Disaster message dial 171 (NTT)
disaster-171-purpose = Leave or hear a voice message for family after a disaster: dial 171, then 1 to record or 2 to listen, then the phone number with area code. 30 seconds a message.

## Hours

hours-24h = 24 hours, every day
hours-7119 = 24 hours in most areas that run it
hours-8000 = Varies by prefecture, often evenings and nights
hours-himawari = Every day 9:00–20:00
hours-amda = Unsure: every day 9:00–20:00 according to its own site; older pages say weekdays 9:00–17:00. Check before you rely on it.
hours-171 = Only during disasters, and on trial days: the 1st and 15th of each month, 1–3 January, 15–21 January and 30 August – 5 September

## Languages

langs-119 = Japanese; many fire departments add an interpreter by three-way call (Tokyo: English, Chinese, Korean, Portuguese, Spanish)
langs-110 = Japanese; an interpreter can join by three-way call
langs-118 = Japanese
langs-7119 = Mostly Japanese only
langs-8000 = Mostly Japanese
langs-visitor-hotline = English, Chinese, Korean and Japanese
langs-himawari = English, Chinese, Korean, Thai and Spanish
langs-amda = Unsure: English, Chinese, Korean, Spanish and Thai according to its own site
langs-171 = Your message can be in any language; the recorded guidance is in Japanese

## Notes

note-public-phone = From a public phone: press the red emergency button, then dial. No coins are needed.
note-amda = Sources disagree about its hours: check locally.
note-171 = It works only when NTT opens it for a disaster or a trial day.
note-7119-tokyo = Tokyo runs #7119. From a phone that cannot dial #, call { $direct }.
note-7119-check = Not nationwide: check locally whether your area runs it. In Tokyo, from phones that cannot dial #: { $direct }. If it does not connect and someone is in danger, call 119.
note-7119-check-pref = Not nationwide, and we have no checked source for { $pref }: check locally. If it does not connect and someone is in danger, call 119.

## What to say on a 119 call

script-ambulance = This is an ambulance call (not a fire).
script-address = The address is { $address }.
script-landmark = We are near { $landmark }.
script-no-address = I do not know the address. I will read you the number on a utility pole.
script-what-illness = Someone has suddenly fallen ill.
script-what-injury = Someone is injured.
script-what-traffic-accident = There has been a traffic accident.
script-what-chest-pain = The patient has chest pain.
script-what-breathing = The patient has difficulty breathing.
script-what-bleeding = The patient is bleeding heavily.
script-what-seizure = The patient is having a seizure.
script-what-allergic-reaction = The patient has a strong allergic reaction.
script-what-high-fever = The patient has a high fever.
script-what-burn = The patient has a burn.
script-conscious = The patient is conscious.
script-unconscious = The patient is unconscious.
script-breathing = The patient is breathing.
script-not-breathing = The patient is not breathing.
script-age = The patient is { $age } years old.
script-age-male = The patient is a man, { $age } years old.
script-age-female = The patient is a woman, { $age } years old.
script-male = The patient is a man.
script-female = The patient is a woman.
script-interpreter = I am a visitor and do not speak Japanese. Could you connect an interpreter for { $language }?
script-name = My name is { $name }.
script-callback = My phone number is { $phone }.
script-stay-on-line = I will stay on the line and wait for instructions.

## While the ambulance comes

prepare-passport = Your passport
prepare-insurance = Your travel insurance details and its assistance number
prepare-cash = Cash (yen) and a credit card
prepare-medicines = Your medicines and any medicine list or notebook (お薬手帳)
prepare-shoes = Shoes and a phone charger
prepare-guide = If you can, send someone outside to guide the ambulance crew

## Added for issue 8: the position line and a child's age

script-position = We are at { $place }.
script-age-boy = The patient is a boy, { $age } years old.
script-age-girl = The patient is a girl, { $age } years old.
