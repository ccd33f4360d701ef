# Advice lines by place (src/advice_lines.rs; data/advice-lines/).

advice-adult-name = Ligne de conseil médical { $number }
advice-adult-purpose = Vous hésitez à appeler une ambulance ? Des infirmiers et des médecins vous conseillent et indiquent quel hôpital peut vous recevoir. En cas de danger, appelez le 119.
advice-child-name = Conseil médical pour enfants #8000
advice-child-purpose = Conseils aux parents d’un enfant malade de moins de 15 ans, la nuit et les jours fériés ; l’appel arrive au service de cette préfecture.
advice-hours-24h = 24 h sur 24
advice-hours-days = En semaine { $weekday } · Samedi { $saturday } · Dimanche et jours fériés { $holiday }
advice-hours-unknown = Horaires absents de nos sources : vérifiez sur place.
advice-as-of = Situation au { $date }.
advice-check-locally = Nos sources sont anciennes ou se contredisent : vérifiez sur place.
advice-direct = Depuis un téléphone qui ne compose pas # : { $direct }.
advice-none-name = Aucune ligne de conseil connue ici
advice-none = Nos sources ne connaissent aucune ligne de conseil de type #7119 pour { $place } (certaines zones ont commencé depuis). En cas de doute, appelez le 119. Japan Visitor Hotline : 050-3816-2787, 24 h sur 24.
