# Payment and insurance tips for visitors (src/tips.rs). English is the source text.
# Japanese terms in brackets are kept in every language: staff recognise them.

tip-full-cost-title = You pay the full cost
tip-full-cost = Visitors are not covered by Japan's public health insurance and pay 100% of the cost, usually at the end of each visit, in yen.
tip-cash-passport-title = Bring your passport and cash
tip-cash-passport = Take your passport and enough cash in yen: many clinics accept cash only. Ask about cards before treatment.
tip-insurer-first-title = Call your travel insurer first
tip-insurer-first = If you have travel insurance, call its assistance line before you go if you can: some insurers pay the hospital directly (cashless) or tell you which hospital to use.
tip-claim-documents-title = Documents for your insurance claim
tip-claim-documents = If you pay yourself, ask for the receipt (領収書, ryōshūsho), the itemised bill (診療明細書, shinryō meisaisho) and a medical certificate (診断書, shindansho), in English if possible. A certificate usually costs extra.
tip-referral-surcharge-title = Large hospitals charge more without a referral
tip-referral-surcharge = Large hospitals add a fee (選定療養費, sentei ryōyōhi) of about ¥7,000 or more for a first visit without a referral letter. For minor problems a clinic is cheaper; in an emergency, go anyway.
tip-uninsured-rate-title = Some hospitals charge uninsured patients more
tip-uninsured-rate = Some hospitals charge patients without Japanese insurance more than the standard fee, for example double. Ask for an estimate.
tip-deposit-title = Deposits for admission
tip-deposit = If you are admitted to hospital, you will usually be asked for a deposit.
tip-ambulance-free-title = The ambulance itself is free
tip-ambulance-free = Calling 119 and the ambulance ride cost nothing. The treatment at the hospital is charged.
tip-night-holiday-title = Nights, Sundays and holidays
tip-night-holiday = Clinics usually close in the evening, on Sundays and on national holidays. Then go to an emergency hospital (救急病院) or the area's holiday and night clinic (休日夜間急患センター).
tip-unpaid-bills-title = Unpaid bills and future entry (unsure)
tip-unpaid-bills = Unsure, from a secondary source only: from 1 April 2026, unpaid medical bills of ¥10,000 or more may be reported to immigration and lead to refused entry on a later visit. Pay or arrange payment before you leave.
