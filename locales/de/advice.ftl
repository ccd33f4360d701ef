# Advice lines by place (src/advice_lines.rs; data/advice-lines/).

advice-adult-name = Medizinische Beratung { $number }
advice-adult-purpose = Unsicher, ob Sie einen Krankenwagen rufen sollen? Pflegekräfte und Ärzte beraten Sie und sagen, welches Krankenhaus Sie behandeln kann. Bei Lebensgefahr rufen Sie 119.
advice-child-name = Kinder-Beratungstelefon #8000
advice-child-purpose = Beratung für Eltern eines kranken Kindes unter 15, nachts und an Feiertagen; der Anruf geht an die Stelle dieser Präfektur.
advice-hours-24h = 24 Stunden
advice-hours-days = Werktags { $weekday } · Samstags { $saturday } · Sonn- und Feiertags { $holiday }
advice-hours-unknown = Zeiten nicht in unseren Quellen: vor Ort prüfen.
advice-as-of = Stand { $date }.
advice-check-locally = Unsere Quellen dazu sind alt oder widersprechen sich: vor Ort prüfen.
advice-direct = Von Telefonen ohne #-Wahl: { $direct }.
advice-none-name = Hier keine Beratungsnummer bekannt
advice-none = Für { $place } kennen unsere Quellen keine Beratungsnummer wie #7119 (manche Gebiete kamen später hinzu). Im Zweifel 119 anrufen. Japan Visitor Hotline: 050-3816-2787, rund um die Uhr.
