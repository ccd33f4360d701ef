# "My medical information": section and field labels and values. Code: src/profile/.

## The screen for staff
profile-title = Informasi medis saya
profile-note = Diisi oleh pasien dan hanya disimpan di ponsel ini. Obat dan penyakit yang dikenal aplikasi ditampilkan dalam bahasa Jepang; lainnya kata-kata pasien sendiri.
section-patient = Pasien
section-allergies = Alergi
section-medication = Obat yang saya gunakan
section-problems = Penyakit kronis dan riwayat
section-procedures = Riwayat operasi
section-devices = Implan dan logam di tubuh (sebelum MRI)
section-pregnancy = Kehamilan dan menyusui
section-insurance = Asuransi
section-contact = Kontak darurat

## Field labels
field-name = Nama
field-name-katakana = Nama dalam katakana
field-birth-date = Tanggal lahir
field-age = Usia
field-sex = Jenis kelamin
field-blood = Golongan darah
field-nationality = Kewarganegaraan
field-language = Bahasa
field-reaction = Reaksi
field-dose = Dosis
field-year = Tahun
field-weeks = Usia kehamilan (minggu)
field-breastfeeding = Menyusui
field-insurer = Perusahaan asuransi
field-policy = Nomor polis
field-assistance = Telepon layanan bantuan
field-relationship = Hubungan
field-phone = Telepon

## Values
value-not-recorded = Belum diisi
value-none-procedures = Belum pernah operasi
value-none-devices = Tidak ada implan atau logam di tubuh
value-breastfeeding-yes = Sedang menyusui
value-breastfeeding-no = Tidak menyusui
value-date = { $year }-{ $month }-{ $day }
value-date-age = { $date } ({ $age })
value-procedure-year = { $procedure } ({ $year })
value-medicine-dose = { $medicine }: { $dose }
value-contact = { $name } ({ $relationship }), { $phone }
value-blood = { $abo } { $rh }
