# Mga tip sa bayad at insurance. Kalidad-makina ang salin, hindi pa nasuri.

tip-full-cost-title = Buong halaga ang babayaran mo
tip-full-cost = Hindi sakop ng pampublikong health insurance ng Japan ang mga bisita, kaya 100% ng gastos ang babayaran, kadalasan sa dulo ng bawat pagpapatingin, sa yen.
tip-cash-passport-title = Magdala ng pasaporte at cash
tip-cash-passport = Dalhin ang pasaporte at sapat na cash na yen: maraming klinika ang cash lang ang tinatanggap. Magtanong tungkol sa card bago ang gamutan.
tip-insurer-first-title = Tawagan muna ang travel insurance mo
tip-insurer-first = Kung may travel insurance ka, tawagan muna ang assistance line nito kung kaya: may mga insurer na direktang nagbabayad sa ospital (cashless) o nagsasabi kung saang ospital pupunta.
tip-claim-documents-title = Mga dokumento para sa claim sa insurance
tip-claim-documents = Kung ikaw ang nagbayad, humingi ng resibo (領収書, ryōshūsho), detalyadong bill (診療明細書, shinryō meisaisho) at medical certificate (診断書, shindansho), sa Ingles kung maaari. Kadalasang may dagdag na bayad ang certificate.
tip-referral-surcharge-title = Mas mahal sa malalaking ospital kapag walang referral
tip-referral-surcharge = Naniningil ang malalaking ospital ng dagdag na bayad (選定療養費, sentei ryōyōhi) na mga ¥7,000 o higit pa sa unang pagpapatingin nang walang referral letter. Para sa maliliit na problema, mas mura sa klinika; kapag emergency, pumunta pa rin.
tip-uninsured-rate-title = Mas mataas ang singil ng ilang ospital sa walang insurance
tip-uninsured-rate = May mga ospital na naniningil sa pasyenteng walang Japanese insurance nang mas mataas sa karaniwang halaga, halimbawa doble. Magtanong ng tantiyang gastos.
tip-deposit-title = Deposito para sa pagka-confine
tip-deposit = Kapag na-confine ka sa ospital, kadalasang hihingan ka ng deposito.
tip-ambulance-free-title = Libre ang ambulansya mismo
tip-ambulance-free = Walang bayad ang pagtawag sa 119 at ang pagsakay sa ambulansya. May bayad ang gamutan sa ospital.
tip-night-holiday-title = Gabi, Linggo at pista opisyal
tip-night-holiday = Karaniwang sarado ang mga klinika sa gabi, tuwing Linggo at sa mga pista opisyal. Sa mga oras na iyon, pumunta sa emergency hospital (救急病院) o sa holiday at night clinic ng lugar (休日夜間急患センター).
tip-unpaid-bills-title = Hindi nabayarang bill at pagpasok sa susunod (hindi tiyak)
tip-unpaid-bills = Hindi tiyak, mula lamang sa pangalawang source: simula Abril 1, 2026, ang hindi nabayarang medical bill na ¥10,000 pataas ay maaaring i-report sa immigration at maging dahilan ng pagtanggi sa pagpasok sa susunod na pagbisita. Magbayad o mag-ayos ng bayad bago umalis.
