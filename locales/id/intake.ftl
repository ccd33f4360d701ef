# The questionnaire (問診票): variants, topic labels, answer words, summary values and
# staff questions. Ids and lists: data/intake/*.csv; code: src/intake/.

## Questionnaire variants
variant-adult = Sakit (dewasa)
variant-child = Anak sakit
variant-injury = Cedera
variant-dental = Gigi
variant-pregnancy = Kehamilan

## The summary
summary-title = Kuesioner medis
summary-note = Dijawab pasien dalam bahasanya sendiri di aplikasi Tasukete dan diubah ke bahasa Jepang oleh aplikasi. Mohon konfirmasi hal penting dengan bertanya.
summary-line = { $label }: { $value }
list-separator = { ", " }

## Topic labels (the 問診票 line's label and the question's title)
label-age = Usia
label-sex = Jenis kelamin
label-weight = Berat badan
label-complaints = Keluhan utama
label-dental-problem = Masalah gigi
label-tooth = Gigi yang mana
label-injury-how = Bagaimana terjadinya
label-injury-place = Di mana terjadinya
label-pregnancy-weeks = Usia kehamilan (minggu)
label-pregnancy-symptoms = Keluhan saat hamil
label-pain-site = Letak
label-onset = Sejak kapan
label-pain-score = Tingkat nyeri (0 tidak – 10 terparah)
label-temperature = Suhu tubuh
label-other-symptoms = Gejala lain
label-drinking = Minum
label-urine = Buang air kecil
label-vaccinations = Imunisasi
label-allergies = Alergi
label-medicines = Obat yang sedang digunakan
label-conditions = Penyakit kronis dan riwayat
label-pregnant = Kemungkinan hamil
label-insurance = Asuransi

## Values of summary lines
value-not-answered = Tidak dijawab
value-no-allergies = Tidak ada alergi yang diketahui
value-no-medicines = Tidak menggunakan obat
value-no-conditions = Tidak ada penyakit kronis
value-onset-today = Sejak hari ini
value-onset-yesterday = Sejak kemarin
value-onset-days = Sejak { $days } hari lalu
value-onset-hours = Sejak { $hours } jam lalu
value-score = { $score } dari 10
value-temperature = { $temp } °C
value-weight = { $kg } kg
value-age-years = { $years } tahun
value-age-months = { $months } bulan
value-pregnancy-weeks = Hamil { $weeks } minggu
value-site-side = { $site } ({ $side })
value-allergy-reaction = { $substance } ({ $reaction })
value-group = { $group }: { $items }
value-group-separator = { "; " }

## Sex
sex-male = Laki-laki
sex-female = Perempuan
sex-other = Lainnya

## Symptoms
symptom-fever = Demam
symptom-cough = Batuk
symptom-sore-throat = Sakit tenggorokan
symptom-runny-nose = Pilek
symptom-headache = Sakit kepala
symptom-chest-pain = Nyeri dada
symptom-breathless = Sesak napas
symptom-stomach-ache = Sakit perut
symptom-nausea = Mual
symptom-vomiting = Muntah
symptom-diarrhoea = Diare
symptom-dizziness = Pusing
symptom-rash = Ruam
symptom-itching = Gatal
symptom-fatigue = Lemas
symptom-chills = Menggigil
symptom-numbness = Kesemutan
symptom-fainted = Pingsan
symptom-bleeding = Pendarahan
symptom-swelling = Bengkak
symptom-pain = Nyeri
symptom-seizure = Kejang

## Body sites
site-head = Kepala
site-face = Wajah
site-eye = Mata
site-ear = Telinga
site-mouth = Mulut
site-throat = Tenggorokan
site-neck = Leher
site-shoulder = Bahu
site-chest = Dada
site-upper-abdomen = Ulu hati
site-abdomen = Perut
site-lower-abdomen = Perut bagian bawah
site-back = Punggung
site-lower-back = Pinggang
site-arm = Lengan
site-hand = Tangan, pergelangan, jari
site-leg = Kaki (paha, tulang kering)
site-knee = Lutut
site-ankle = Pergelangan kaki
site-foot = Telapak kaki, jari kaki
site-whole-body = Seluruh tubuh
side-left = Kiri
side-right = Kanan
side-both = Kedua sisi

## Injury
injury-how-fall = Terjatuh
injury-how-fall-height = Jatuh dari ketinggian
injury-how-traffic = Kecelakaan lalu lintas
injury-how-sports = Saat berolahraga
injury-how-hit = Terbentur keras
injury-how-cut = Tersayat
injury-how-burn = Luka bakar
injury-how-twisted = Terkilir
injury-how-bite = Digigit atau disengat hewan, serangga
injury-place-home = Di rumah atau penginapan
injury-place-street = Di jalan
injury-place-station = Di stasiun
injury-place-sports = Tempat olahraga, lereng ski
injury-place-outdoors = Gunung, laut, luar ruangan
injury-place-shop = Di toko atau gedung

## Teeth
dental-problem-toothache = Sakit gigi
dental-problem-sensitive = Ngilu saat dingin atau panas
dental-problem-broken = Gigi patah atau gompal
dental-problem-filling = Tambalan atau mahkota gigi lepas
dental-problem-swollen-gum = Gusi bengkak atau berdarah
dental-problem-denture = Masalah gigi palsu
tooth-upper-right = Kanan atas
tooth-upper-front = Gigi depan atas
tooth-upper-left = Kiri atas
tooth-lower-right = Kanan bawah
tooth-lower-front = Gigi depan bawah
tooth-lower-left = Kiri bawah

## Pregnancy
pregnancy-symptom-bleeding = Perdarahan dari vagina
pregnancy-symptom-belly-pain = Nyeri atau kencang di perut
pregnancy-symptom-contractions = Kontraksi teratur
pregnancy-symptom-waters = Mungkin ketuban pecah
pregnancy-symptom-less-movement = Gerakan janin berkurang
pregnancy-symptom-headache-vision = Sakit kepala atau pandangan berkunang

## A child's drinking, urine and vaccinations
drinking-normal = Minum seperti biasa
drinking-less = Minum lebih sedikit dari biasa
drinking-none = Hampir tidak bisa minum
urine-normal = Buang air kecil seperti biasa
urine-less = Buang air kecil lebih sedikit
urine-none = Tidak buang air kecil setengah hari atau lebih
vaccinations-up-to-date = Imunisasi rutin lengkap
vaccinations-partly = Sebagian belum
vaccinations-unknown = Tidak tahu

## Pregnancy, insurance
pregnant-yes = Hamil
pregnant-no = Tidak hamil
pregnant-unsure = Mungkin hamil
insurance-travel = Asuransi perjalanan (tanpa asuransi kesehatan Jepang)
insurance-none = Tanpa asuransi (bayar penuh sendiri)
insurance-japanese = Asuransi kesehatan Jepang

## Allergies
allergy-group-drug = Obat
allergy-group-food = Makanan
allergy-group-other = Lainnya
drug-allergen-penicillin = Penisilin
drug-allergen-cephalosporin = Sefalosporin
drug-allergen-antibiotic = Antibiotik lain
drug-allergen-nsaids = Pereda nyeri seperti ibuprofen (NSAID)
drug-allergen-aspirin = Aspirin
drug-allergen-sulfa = Obat sulfa
drug-allergen-contrast = Zat kontras
drug-allergen-local-anaesthetic = Bius lokal
food-allergen-egg = Telur
food-allergen-milk = Susu dan olahannya
food-allergen-wheat = Gandum
food-allergen-buckwheat = Soba (gandum kuda)
food-allergen-peanut = Kacang tanah
food-allergen-tree-nut = Kacang-kacangan (kenari, almon …)
food-allergen-shrimp-crab = Udang, kepiting
food-allergen-shellfish = Kerang
food-allergen-fish = Ikan
other-allergen-latex = Lateks (sarung tangan karet)
other-allergen-bee-venom = Sengatan lebah atau tawon
other-allergen-metal = Logam (nikel …)
reaction-rash = Ruam
reaction-hives = Biduran
reaction-swelling = Wajah atau bibir bengkak
reaction-breathing = Sesak napas
reaction-anaphylaxis = Anafilaksis
reaction-unknown = Reaksi tidak diketahui

## Conditions
condition-diabetes = Diabetes
condition-hypertension = Tekanan darah tinggi
condition-heart-disease = Penyakit jantung
condition-stroke = Riwayat stroke
condition-asthma = Asma
condition-kidney-disease = Penyakit ginjal
condition-dialysis = Cuci darah
condition-liver-disease = Penyakit hati atau hepatitis
condition-epilepsy = Epilepsi
condition-thyroid = Penyakit tiroid
condition-cancer = Kanker
condition-bleeding-tendency = Mudah berdarah (gangguan pembekuan)
condition-immunosuppressed = Imunitas lemah (steroid, kemoterapi, transplantasi, HIV)

## Medicines (classes; a generic name typed by the user is shown as typed)
medicine-anticoagulant = Pengencer darah (warfarin …)
medicine-antiplatelet = Antiplatelet (aspirin …)
medicine-insulin = Insulin
medicine-diabetes-oral = Obat diabetes minum
medicine-blood-pressure = Obat tekanan darah
medicine-steroid = Steroid (prednisolon …)
medicine-inhaler = Inhaler asma
medicine-thyroid-hormone = Obat hormon tiroid
medicine-antiepileptic = Obat epilepsi
medicine-contraceptive = Pil KB
medicine-epinephrine = Injektor adrenalin (EpiPen)
medicine-immunosuppressant = Imunosupresan

## Implants and metal (before an MRI)
device-pacemaker = Alat pacu jantung
device-icd = Defibrilator tanam (ICD)
device-stent = Ring jantung (stent)
device-joint-replacement = Sendi buatan
device-metal-implant = Logam di tubuh (pelat, sekrup)

## Staff mode: answers
answer-yes = Ya
answer-no = Tidak
answer-unsure = Tidak tahu
trend-better = Membaik
trend-same = Sama saja
trend-worse = Memburuk
last-meal-within-2h = Kurang dari 2 jam lalu
last-meal-2-6h = 2–6 jam lalu
last-meal-over-6h = Lebih dari 6 jam lalu
payment-cash = Tunai
payment-card = Kartu kredit

## Staff mode: questions staff tap (the Japanese is what staff see)
staff-since-when = Sejak kapan gejalanya?
staff-where-pain = Di mana yang sakit?
staff-pain-score = Dari 0 sampai 10, seberapa sakit?
staff-fever = Apakah Anda demam?
staff-drug-allergy = Apakah Anda alergi obat?
staff-food-allergy = Apakah Anda alergi makanan?
staff-medicines = Apakah sedang minum obat?
staff-conditions = Apakah punya penyakit kronis?
staff-pregnant = Mungkinkah Anda hamil?
staff-breastfeeding = Apakah sedang menyusui?
staff-vomited = Apakah Anda muntah?
staff-head-hit = Apakah kepala Anda terbentur?
staff-lost-consciousness = Apakah Anda pingsan?
staff-trend = Gejalanya membaik atau memburuk?
staff-last-meal = Kapan terakhir makan?
staff-first-visit = Apakah ini kunjungan pertama ke sini?
staff-japanese-insurance = Punya kartu asuransi kesehatan Jepang?
staff-travel-insurance = Punya asuransi perjalanan?
staff-okusuri-techo = Punya buku catatan obat?
staff-payment = Bayar tunai atau kartu?
