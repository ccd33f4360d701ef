# Advice lines by place (src/advice_lines.rs; data/advice-lines/).

advice-adult-name = Línea de consulta médica { $number }
advice-adult-purpose = ¿No sabe si llamar a una ambulancia? Enfermeros y médicos le aconsejan y le dicen qué hospital puede atenderle. Si hay peligro, llame al 119.
advice-child-name = Consulta médica infantil #8000
advice-child-purpose = Consejo para padres de un niño enfermo menor de 15 años, de noche y en festivos; la llamada va a la línea de esta prefectura.
advice-hours-24h = 24 horas
advice-hours-days = Laborables { $weekday } · Sábados { $saturday } · Domingos y festivos { $holiday }
advice-hours-unknown = Horario no incluido en nuestras fuentes: compruébelo allí.
advice-as-of = Datos a { $date }.
advice-check-locally = Nuestras fuentes son antiguas o no coinciden: compruébelo allí.
advice-direct = Desde teléfonos que no marcan #: { $direct }.
advice-none-name = No se conoce ninguna línea de consulta aquí
advice-none = Nuestras fuentes no conocen ninguna línea de consulta tipo #7119 para { $place } (algunas zonas empezaron después). Si duda, llame al 119. Japan Visitor Hotline: 050-3816-2787, 24 horas.
