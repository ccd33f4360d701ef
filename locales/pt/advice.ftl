# Advice lines by place (src/advice_lines.rs; data/advice-lines/).

advice-adult-name = Linha de aconselhamento médico { $number }
advice-adult-purpose = Não sabe se deve chamar uma ambulância? Enfermeiros e médicos aconselham e dizem qual hospital pode atendê-lo. Em caso de perigo, ligue 119.
advice-child-name = Aconselhamento médico infantil #8000
advice-child-purpose = Orientação para pais de uma criança doente com menos de 15 anos, à noite e nos feriados; a chamada vai para a linha desta província.
advice-hours-24h = 24 horas
advice-hours-days = Dias úteis { $weekday } · Sábados { $saturday } · Domingos e feriados { $holiday }
advice-hours-unknown = Horário não consta nas nossas fontes: confirme no local.
advice-as-of = Dados de { $date }.
advice-check-locally = As nossas fontes são antigas ou divergem: confirme no local.
advice-direct = De telefones que não discam #: { $direct }.
advice-none-name = Nenhuma linha de aconselhamento conhecida aqui
advice-none = As nossas fontes não conhecem nenhuma linha do tipo #7119 para { $place } (algumas áreas começaram depois). Na dúvida, ligue 119. Japan Visitor Hotline: 050-3816-2787, 24 horas.
