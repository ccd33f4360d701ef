# Teks aplikasi (Tasukete UI). Kartu, tips pembayaran, dan nomor telepon ada di berkas lain.
language-name = Bahasa Indonesia
app-name = Tasukete
skip-to-content = Lompat ke isi
nav-label = Bagian utama
nav-emergency = Darurat
nav-nearby = Terdekat
nav-cards = Kartu frasa
nav-tips = Pembayaran
nav-settings = Pengaturan
loading = Memuat…
back = Kembali
close = Tutup

emergency-title = Darurat
emergency-lead = Telepon 119 untuk ambulans atau kebakaran. Panggilan gratis.
emergency-numbers = Nomor darurat
script-what = Apa yang terjadi?
script-119-title = Yang akan ditanyakan petugas 119
prepare-title = Yang perlu disiapkan
prepare-passport = Paspor
prepare-insurance = Kartu atau nomor polis asuransi perjalanan
prepare-money = Uang tunai atau kartu kredit: wisatawan membayar biaya penuh
prepare-medicines = Obat yang sedang diminum dan alergi
prepare-address = Tempat menginap (alamat dalam bahasa Jepang)

nearby-title = Terdekat
position-none = Belum ada lokasi. Cari stasiun atau tempat, atau ketuk peta.
position-use-device = Gunakan lokasi saya
position-tap-map = Pilih di peta
position-from-map = Titik yang dipilih di peta
position-source-device = (lokasi perangkat)
position-source-place = (dipilih dari nama)
position-source-map = (dipilih di peta)
position-source-test = (lokasi uji)
place-search = Cari stasiun atau tempat
place-placeholder = Stasiun atau tempat, mis. Shinjuku
place-suggestions = Tempat yang cocok
place-none = Tidak ada stasiun atau tempat dengan nama itu.
filters = Filter
filter-department = Poli
filter-any-department = Semua poli
filter-open-now = Buka sekarang
filter-emergency = Hanya IGD
clock-now = Waktu Jepang: { $date } { $time }
results-count =
    { $count ->
        [0] Tidak ada fasilitas yang cocok.
       *[other] { $count } fasilitas
    }
distance-m = { $m } m
distance-km = { $km } km
open-now = Buka sekarang
closed-now = Tutup sekarang
open-unknown = Jam buka tidak diketahui
badge-emergency = IGD
map-label = Peta luring
map-attribution = Batas wilayah: Informasi Numerik Pertanahan Nasional, MLIT (N03)

facility-title = Fasilitas
address = Alamat
phone = Telepon
phone-unknown = Tidak ada nomor telepon dalam data.
taxi-card-button = Kartu taksi
open-in-maps = Buka di aplikasi peta
hours-today = Jam buka hari ini
hours-week = Jam buka seminggu
hours-unknown = Jam buka tidak ada dalam data. Telepon dulu sebelum pergi.
hours-disclaimer = Jam buka berasal dari data publik dan mungkin sudah berubah. Jika bisa, telepon dulu.
closed-days = Hari libur lainnya
departments = Poli
taxi-card-hint = Tunjukkan ini kepada sopir taksi.
taxi-request = Tolong antar saya ke sini.

kind-hospital = Rumah sakit
kind-clinic = Klinik
kind-dental = Klinik gigi
kind-pharmacy = Apotek

dept-internal-medicine = Penyakit dalam
dept-pediatrics = Anak
dept-surgery = Bedah
dept-orthopedics = Ortopedi
dept-dermatology = Kulit
dept-ophthalmology = Mata
dept-ent = THT
dept-obstetrics-gynecology = Kebidanan dan kandungan
dept-urology = Urologi
dept-psychiatry = Jiwa
dept-neurology = Saraf
dept-neurosurgery = Bedah saraf
dept-cardiology = Jantung
dept-gastroenterology = Pencernaan
dept-respiratory = Paru
dept-allergy = Alergi
dept-dentistry = Gigi
dept-emergency = Gawat darurat
dept-rehabilitation = Rehabilitasi
dept-other = Lainnya

weekday-mon = Sen
weekday-tue = Sel
weekday-wed = Rab
weekday-thu = Kam
weekday-fri = Jum
weekday-sat = Sab
weekday-sun = Min
weekday-holiday = Hari libur nasional

compass-n = utara
compass-ne = timur laut
compass-e = timur
compass-se = tenggara
compass-s = selatan
compass-sw = barat daya
compass-w = barat
compass-nw = barat laut

cards-title = Kartu frasa
cards-search = Cari frasa
cards-categories = Kategori
cards-all = Semua
cards-none = Tidak ada kartu yang cocok.
card-show-staff = Tunjukkan ini kepada petugas.

tips-title = Pembayaran dan asuransi

settings-title = Pengaturan
settings-language = Bahasa
settings-location = Lokasi
settings-location-device = Gunakan lokasi ponsel
settings-location-device-mobile-only = Hanya tersedia di aplikasi ponsel.
settings-location-manual = Pilih stasiun, tempat, atau titik di peta
settings-privacy = Semuanya tetap di perangkat ini. Aplikasi tidak memakai jaringan.

sources-title = Sumber data
sources-built = Data dibuat
sources-schema = Versi skema
sources-date = Tanggal:
sources-licence = Lisensi:
sources-records = Jumlah data:

error-details = Rincian
error-dataset-missing = Data fasilitas belum terpasang. Nomor darurat dan kartu frasa tetap bisa dipakai.
error-dataset-outdated = Data fasilitas untuk versi aplikasi lain. Nomor darurat dan kartu frasa tetap bisa dipakai.
error-dataset-corrupt = Data fasilitas tidak bisa dibaca. Nomor darurat dan kartu frasa tetap bisa dipakai.
error-invalid-position = Posisi itu bukan tempat. Pilih stasiun atau ketuk peta.
error-not-found = Tidak ditemukan.
error-invalid-argument = Aplikasi tidak bisa memakai pilihan itu.
error-internal = Terjadi kesalahan.

day-closed = Tutup
hours-for-department = Jam poli:
sources-facilities = Fasilitas
sources-placed = Ada di peta
sources-with-phone = Dengan nomor telepon
sources-with-hours = Dengan jam buka
sources-with-emergency = Dengan info gawat darurat
sources-stations = Stasiun
