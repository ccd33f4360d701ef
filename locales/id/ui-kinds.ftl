# Kinds of facility, approximate positions and unpublished hours (ui/src/screens/nearby.ts,
# facility.ts, tips.ts, map.ts); part of the ui resource.

filter-kind = Jenis tempat
filter-any-kind = Semua jenis
filter-include-unknown-hours = Sertakan tempat yang jam bukanya tidak diumumkan
distance-about-m = sekitar { $m } m
distance-about-km = sekitar { $km } km
bearing-approximate = perkiraan
position-approximate = Posisi perkiraan: pusat lingkungan, ditemukan dari alamat. Gedungnya bisa beberapa ratus meter jauhnya.
hours-not-published = Jam praktik tidak diumumkan di sini — klinik biasanya buka sekitar 9:00–12:00 dan 15:00–18:00, tutup hari Minggu dan hari libur; telepon atau periksa sebelum pergi.
badge-hours-not-published = Jam tidak diumumkan
departments-from-name = Poli hanya dibaca dari nama; tanyakan apakah mereka bisa memeriksa.
find-pharmacy = Cari apotek terdekat
pharmacy-advice = Resep biasanya ditebus di apotek terpisah (調剤薬局) dekat klinik.
map-legend-approximate = Lingkaran kosong: posisi perkiraan
