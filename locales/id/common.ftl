source-note = Bahasa Inggris adalah teks sumber; belum ditinjau oleh penerjemah medis.
unreviewed-note = Terjemahan berkualitas mesin, belum ditinjau oleh penutur yang fasih.
