# Advice lines by place (src/advice_lines.rs; data/advice-lines/).

advice-adult-name = Layanan konsultasi medis { $number }
advice-adult-purpose = Ragu apakah perlu memanggil ambulans? Perawat dan dokter memberi saran dan memberi tahu rumah sakit mana yang bisa menerima Anda. Jika nyawa terancam, telepon 119.
advice-child-name = Konsultasi medis anak #8000
advice-child-purpose = Saran untuk orang tua anak sakit di bawah 15 tahun pada malam hari dan hari libur; panggilan masuk ke layanan prefektur ini.
advice-hours-24h = 24 jam
advice-hours-days = Hari kerja { $weekday } · Sabtu { $saturday } · Minggu dan hari libur { $holiday }
advice-hours-unknown = Jam layanan tidak ada di sumber kami: periksa setempat.
advice-as-of = Data per { $date }.
advice-check-locally = Sumber kami sudah lama atau saling bertentangan: periksa setempat.
advice-direct = Dari telepon yang tidak bisa menekan #: { $direct }.
advice-none-name = Tidak ada layanan konsultasi yang diketahui di sini
advice-none = Sumber kami tidak mengenal layanan konsultasi seperti #7119 untuk { $place } (beberapa daerah memulainya kemudian). Jika ragu, telepon 119. Japan Visitor Hotline: 050-3816-2787, 24 jam.
