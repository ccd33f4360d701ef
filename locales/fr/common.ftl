source-note = L'anglais est le texte source ; il n'a pas été relu par un traducteur médical.
unreviewed-note = Traduction de qualité machine, non relue par un locuteur courant.
