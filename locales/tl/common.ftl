source-note = Ingles ang orihinal na teksto; hindi pa ito nasuri ng isang medikal na tagasalin.
unreviewed-note = Salin na kalidad-makina, hindi pa nasuri ng taong matatas sa wika.
