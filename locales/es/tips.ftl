# Consejos de pago y seguro. Traducción de calidad automática, sin revisar.

tip-full-cost-title = Usted paga el coste total
tip-full-cost = Los viajeros no están cubiertos por el seguro médico público de Japón y pagan el 100 % del coste, normalmente al final de cada visita, en yenes.
tip-cash-passport-title = Lleve el pasaporte y efectivo
tip-cash-passport = Lleve su pasaporte y suficiente efectivo en yenes: muchas clínicas solo aceptan efectivo. Pregunte por las tarjetas antes del tratamiento.
tip-insurer-first-title = Llame primero a su seguro de viaje
tip-insurer-first = Si tiene seguro de viaje, llame si puede a su línea de asistencia antes de ir: algunas aseguradoras pagan directamente al hospital o le indican a qué hospital ir.
tip-claim-documents-title = Documentos para reclamar al seguro
tip-claim-documents = Si paga usted, pida el recibo (領収書, ryōshūsho), la factura detallada (診療明細書, shinryō meisaisho) y un certificado médico (診断書, shindansho), en inglés si es posible. El certificado suele costar aparte.
tip-referral-surcharge-title = Los hospitales grandes cobran más sin carta de derivación
tip-referral-surcharge = Los hospitales grandes añaden un recargo (選定療養費, sentei ryōyōhi) de unos 7.000 yenes o más en la primera visita sin carta de derivación. Para problemas leves, una clínica es más barata; en una emergencia, vaya igualmente.
tip-uninsured-rate-title = Algunos hospitales cobran más a quien no tiene seguro
tip-uninsured-rate = Algunos hospitales cobran a los pacientes sin seguro japonés más que la tarifa estándar, por ejemplo el doble. Pida un presupuesto.
tip-deposit-title = Depósito para el ingreso
tip-deposit = Si le ingresan en el hospital, normalmente le pedirán un depósito.
tip-ambulance-free-title = La ambulancia es gratis
tip-ambulance-free = Llamar al 119 y el traslado en ambulancia no cuestan nada. El tratamiento en el hospital se paga.
tip-night-holiday-title = Noches, domingos y festivos
tip-night-holiday = Las clínicas suelen cerrar por la tarde, los domingos y los festivos. Entonces vaya a un hospital de urgencias (救急病院) o al centro de urgencias nocturnas y festivas de la zona (休日夜間急患センター).
tip-unpaid-bills-title = Facturas impagadas y entradas futuras (incierto)
tip-unpaid-bills = Incierto, solo de una fuente secundaria: desde el 1 de abril de 2026, las facturas médicas impagadas de 10.000 yenes o más podrían comunicarse a inmigración y llevar a que se le niegue la entrada en una visita posterior. Pague o acuerde el pago antes de irse.
