# Tips pembayaran dan asuransi. Kualitas terjemahan mesin, belum ditinjau.

tip-full-cost-title = Anda membayar biaya penuh
tip-full-cost = Wisatawan tidak ditanggung asuransi kesehatan publik Jepang dan membayar 100% biaya, biasanya di akhir setiap kunjungan, dalam yen.
tip-cash-passport-title = Bawa paspor dan uang tunai
tip-cash-passport = Bawa paspor dan uang tunai yen yang cukup: banyak klinik hanya menerima tunai. Tanyakan soal kartu sebelum pengobatan.
tip-insurer-first-title = Hubungi asuransi perjalanan Anda dulu
tip-insurer-first = Jika punya asuransi perjalanan, sebisa mungkin hubungi layanan bantuannya sebelum berangkat: sebagian asuransi membayar langsung ke rumah sakit (cashless) atau menunjukkan rumah sakit yang dituju.
tip-claim-documents-title = Dokumen untuk klaim asuransi
tip-claim-documents = Jika Anda membayar sendiri, mintalah kuitansi (領収書, ryōshūsho), rincian biaya (診療明細書, shinryō meisaisho), dan surat keterangan dokter (診断書, shindansho), dalam bahasa Inggris bila bisa. Surat keterangan biasanya dikenai biaya tambahan.
tip-referral-surcharge-title = Rumah sakit besar lebih mahal tanpa surat rujukan
tip-referral-surcharge = Rumah sakit besar mengenakan biaya tambahan (選定療養費, sentei ryōyōhi) sekitar 7.000 yen atau lebih untuk kunjungan pertama tanpa surat rujukan. Untuk keluhan ringan, klinik lebih murah; saat darurat tetaplah pergi.
tip-uninsured-rate-title = Beberapa rumah sakit menarik biaya lebih tinggi bagi pasien tanpa asuransi
tip-uninsured-rate = Beberapa rumah sakit menarik biaya lebih tinggi dari tarif standar bagi pasien tanpa asuransi Jepang, misalnya dua kali lipat. Tanyakan perkiraan biaya.
tip-deposit-title = Uang jaminan untuk rawat inap
tip-deposit = Jika Anda dirawat inap, biasanya diminta uang jaminan.
tip-ambulance-free-title = Ambulansnya sendiri gratis
tip-ambulance-free = Menelepon 119 dan naik ambulans tidak dipungut biaya. Pengobatan di rumah sakit berbayar.
tip-night-holiday-title = Malam hari, hari Minggu, dan hari libur
tip-night-holiday = Klinik biasanya tutup malam hari, hari Minggu, dan hari libur nasional. Saat itu pergilah ke rumah sakit gawat darurat (救急病院) atau pusat layanan darurat hari libur dan malam di daerah itu (休日夜間急患センター).
tip-unpaid-bills-title = Tagihan belum dibayar dan masuk Jepang di kemudian hari (tidak pasti)
tip-unpaid-bills = Tidak pasti, hanya dari sumber sekunder: mulai 1 April 2026, tagihan medis yang belum dibayar sebesar 10.000 yen atau lebih dapat dilaporkan ke imigrasi dan menyebabkan penolakan masuk pada kunjungan berikutnya. Bayar atau atur pembayaran sebelum pulang.
