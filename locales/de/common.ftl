source-note = Englisch ist der Ausgangstext; er wurde nicht von einem medizinischen Übersetzer geprüft.
unreviewed-note = Maschinelle Übersetzungsqualität, nicht von einer Person mit fließenden Sprachkenntnissen geprüft.
