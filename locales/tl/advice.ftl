# Advice lines by place (src/advice_lines.rs; data/advice-lines/).

advice-adult-name = Linya ng payong medikal { $number }
advice-adult-purpose = Hindi sigurado kung tatawag ng ambulansya? Magpapayo ang mga nars at doktor at sasabihin kung aling ospital ang makakatingin sa iyo. Kung may panganib sa buhay, tumawag sa 119.
advice-child-name = Payong medikal para sa bata #8000
advice-child-purpose = Payo para sa mga magulang ng batang wala pang 15 taong gulang na may sakit sa gabi at sa pista opisyal; ang tawag ay papunta sa linya ng prefecture na ito.
advice-hours-24h = 24 oras
advice-hours-days = Araw ng trabaho { $weekday } · Sabado { $saturday } · Linggo at pista opisyal { $holiday }
advice-hours-unknown = Wala sa aming mga source ang oras: alamin sa lugar.
advice-as-of = Datos noong { $date }.
advice-check-locally = Luma o hindi magkatugma ang aming mga source: alamin sa lugar.
advice-direct = Mula sa teleponong hindi makapag-dial ng #: { $direct }.
advice-none-name = Walang kilalang linya ng payo dito
advice-none = Walang alam ang aming mga source na linyang tulad ng #7119 para sa { $place } (may mga lugar na nagsimula pagkatapos). Kung may duda, tumawag sa 119. Japan Visitor Hotline: 050-3816-2787, 24 oras.
