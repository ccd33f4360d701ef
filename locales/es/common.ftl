source-note = El inglés es el texto original; no lo ha revisado un traductor médico.
unreviewed-note = Traducción de calidad automática, sin revisar por un hablante nativo.
