# Tipps zu Bezahlung und Versicherung. Maschinelle Übersetzungsqualität, nicht geprüft.

tip-full-cost-title = Sie zahlen die vollen Kosten
tip-full-cost = Reisende sind nicht über die öffentliche japanische Krankenversicherung versichert und zahlen 100 % der Kosten, meist am Ende jedes Besuchs, in Yen.
tip-cash-passport-title = Reisepass und Bargeld mitnehmen
tip-cash-passport = Nehmen Sie Ihren Reisepass und genug Bargeld in Yen mit: Viele Praxen nehmen nur Bargeld. Fragen Sie vor der Behandlung nach Kartenzahlung.
tip-insurer-first-title = Zuerst die Reiseversicherung anrufen
tip-insurer-first = Wenn Sie eine Reiseversicherung haben, rufen Sie möglichst vorher deren Notrufnummer an: Manche Versicherer zahlen direkt an das Krankenhaus (bargeldlos) oder nennen Ihnen ein Krankenhaus.
tip-claim-documents-title = Unterlagen für die Versicherung
tip-claim-documents = Wenn Sie selbst zahlen, verlangen Sie die Quittung (領収書, ryōshūsho), die detaillierte Rechnung (診療明細書, shinryō meisaisho) und ein ärztliches Attest (診断書, shindansho), möglichst auf Englisch. Ein Attest kostet meist extra.
tip-referral-surcharge-title = Große Krankenhäuser kosten ohne Überweisung mehr
tip-referral-surcharge = Große Krankenhäuser verlangen beim ersten Besuch ohne Überweisung einen Zuschlag (選定療養費, sentei ryōyōhi) von etwa 7.000 Yen oder mehr. Bei kleineren Beschwerden ist eine Praxis günstiger; im Notfall gehen Sie trotzdem hin.
tip-uninsured-rate-title = Manche Krankenhäuser verlangen von Unversicherten mehr
tip-uninsured-rate = Manche Krankenhäuser berechnen Patienten ohne japanische Versicherung mehr als den Standardsatz, zum Beispiel das Doppelte. Fragen Sie nach einem Kostenvoranschlag.
tip-deposit-title = Anzahlung bei stationärer Aufnahme
tip-deposit = Wenn Sie stationär aufgenommen werden, wird meist eine Anzahlung verlangt.
tip-ambulance-free-title = Der Krankenwagen selbst ist kostenlos
tip-ambulance-free = Der Anruf bei der 119 und die Fahrt im Krankenwagen kosten nichts. Die Behandlung im Krankenhaus wird berechnet.
tip-night-holiday-title = Nachts, sonntags und an Feiertagen
tip-night-holiday = Praxen schließen meist abends, sonntags und an Feiertagen. Gehen Sie dann in ein Notfallkrankenhaus (救急病院) oder in die Feiertags- und Nachtambulanz der Gegend (休日夜間急患センター).
tip-unpaid-bills-title = Unbezahlte Rechnungen und spätere Einreise (unsicher)
tip-unpaid-bills = Unsicher, nur aus einer Sekundärquelle: Ab dem 1. April 2026 können unbezahlte Arztrechnungen ab 10.000 Yen der Einwanderungsbehörde gemeldet werden und zur Einreiseverweigerung bei einem späteren Besuch führen. Bezahlen Sie vor der Abreise oder vereinbaren Sie eine Zahlung.
