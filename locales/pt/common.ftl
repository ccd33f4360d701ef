source-note = O inglês é o texto original; não foi revisado por um tradutor médico.
unreviewed-note = Tradução de qualidade automática, não revisada por um falante fluente.
