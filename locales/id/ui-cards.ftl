# The phrase-card screen's own words (ui/src/screens/cards.ts); part of the ui resource.

cards-results = Kartu yang cocok
card-fill-in = Isi bagian yang kosong
card-value-kept = Jawaban Anda sebelumnya sudah diisi. Ubah bila perlu.
card-show = Tampilkan kartu
card-change = Ubah jawaban
card-delete = Hapus
# The range of a number the card takes.
card-range = Dari { $min } sampai { $max }
card-which-side = Sisi yang mana?
card-other-words = Atau ketik dengan kata-kata sendiri
card-find-medicine = Cari obat
# On every error box: the way back.
error-back = Kembali
