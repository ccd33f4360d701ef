# The reception screens' own words (profile editor, questionnaire flow, staff mode).
# Used by ui/src/screens/reception*.ts through L("id").

## Hub
nav-reception = Pendaftaran
rc-title = Di pendaftaran
rc-lead = Klinik di Jepang akan memberi kuesioner (問診票) berbahasa Jepang. Siapkan jawaban Anda di sini dan tunjukkan dalam bahasa Jepang.
rc-profile = Informasi medis saya
rc-intake = Kuesioner medis (問診票)
rc-profile-hint = Alergi, obat, penyakit: isi sebelum Anda membutuhkannya. Hanya disimpan di ponsel ini.
rc-profile-show = Tunjukkan ke petugas
rc-profile-edit = Ubah
rc-profile-empty = Belum ada yang disimpan.
rc-intake-hint = Jawab satu per satu dalam bahasa Anda; aplikasi menuliskannya dalam bahasa Jepang.
rc-staff-hint = Petugas memilih pertanyaan berbahasa Jepang; Anda menjawab dengan tombol.
rc-staff = Pertanyaan dari petugas
rc-staff-pick = Untuk petugas: ketuk pertanyaan yang ingin ditanyakan. Pasien melihatnya dalam bahasanya.
rc-staff-answer-now = Silakan jawab:
rc-staff-answer = Jawaban pasien
rc-staff-list = Kembali ke daftar pertanyaan

## Questionnaire flow
rc-choose-variant = Tentang apa?
rc-start = Mulai kuesioner
rc-continue = Lanjutkan kuesioner
rc-show-summary = Tampilkan jawaban dalam bahasa Jepang
rc-clear = Hapus jawaban
rc-clear-confirm = Hapus semua jawaban? Tidak bisa dibatalkan.
rc-skip = Lewati
rc-next = Berikutnya
rc-back = Kembali
rc-from-profile = Sudah ada di informasi medis: tidak ditanyakan lagi
rc-own-words = Tulis sendiri
rc-add = Tambah
rc-remove = Hapus
rc-none-allergies = Saya tidak punya alergi yang diketahui
rc-none-medicines = Saya tidak menggunakan obat
rc-none-conditions = Saya tidak punya penyakit kronis
rc-none-procedures = Saya belum pernah operasi
rc-none-devices = Tidak ada implan atau logam di tubuh saya
rc-temperature-hint = Sesuai termometer, dalam °C, misalnya 38.5
rc-years = Tahun
rc-months = Bulan (di bawah 3 tahun)

## Profile editor
rc-save = Simpan
rc-saved = Tersimpan di ponsel ini.
rc-not-saved = Tidak tersimpan: periksa ini
rc-export = Ekspor ke file
rc-exported = Salinan disimpan di:
rc-import = Impor dari file
rc-imported = Diimpor dan disimpan.
rc-not-imported = Tidak diimpor; tidak ada yang berubah
rc-unknown = Tidak tahu
rc-name-hint = Sesuai paspor (huruf Latin)
rc-error-store = Informasi medis yang tersimpan tidak bisa dibuka. Tidak ada yang ditimpa.
