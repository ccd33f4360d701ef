# Advice lines by place (src/advice_lines.rs; data/advice-lines/).

advice-adult-name = Medical advice line { $number }
advice-adult-purpose = Not sure whether to call an ambulance? Nurses and doctors advise you and say which hospital can see you. If someone is in danger, call 119 instead.
advice-child-name = Child medical advice #8000
advice-child-purpose = Advice for parents of a sick child under 15, at night and on holidays; the call goes to this prefecture's line.
advice-hours-24h = 24 hours
advice-hours-days = Weekdays { $weekday } · Saturdays { $saturday } · Sundays and holidays { $holiday }
advice-hours-unknown = Hours not in our sources: check locally.
advice-as-of = As of { $date }.
advice-check-locally = Our sources for this are old or disagree: check locally.
advice-direct = From phones that cannot dial #: { $direct }.
advice-none-name = No advice line known here
advice-none = Our sources know no #7119-type advice line for { $place } (some areas started after them). If in doubt, call 119. Japan Visitor Hotline: 050-3816-2787, 24 hours.
