<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>AnimatedWebp</name>
    <message>
        <location filename="../widgets/AnimatedWebp.cpp" line="+28"/>
        <source>%1: no frames to write</source>
        <translation>%1: tidak ada frame untuk ditulis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: libwebp version mismatch</source>
        <translation>%1: versi libwebp tidak cocok</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot start the WebP encoder</source>
        <translation>%1: encoder WebP tidak dapat dijalankan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: encoding a frame failed</source>
        <translation>%1: gagal mengodekan frame</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: assembling the animation failed</source>
        <translation>%1: gagal menyusun animasi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: this build has no WebP encoder (libwebp-dev)</source>
        <translation>%1: build ini tidak memiliki encoder WebP (libwebp-dev)</translation>
    </message>
</context>
<context>
    <name>ConfigSchema</name>
    <message>
        <location filename="../app/gui/ConfigSchemaText.cpp" line="+15"/>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset to read</source>
        <translation>Dataset yang dibaca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data dir</source>
        <translation>Direktori data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset directory (fmnist: $ACLWB_DATA_DIR or the Debian path when empty)</source>
        <translation>Direktori dataset (fmnist: $ACLWB_DATA_DIR atau jalur Debian bila kosong)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source class indices, majority first, e.g. 0,6 (empty: all)</source>
        <translation>Indeks kelas sumber, kelas mayoritas terlebih dahulu, mis. 0,6 (kosong: semua)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imbalance ratio</source>
        <translation>Rasio ketidakseimbangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Majority/minority ratio R &gt;= 1; 0 keeps the source&apos;s counts</source>
        <translation>Rasio kelas mayoritas/minoritas R &gt;= 1; 0 mempertahankan jumlah asli sumber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How counts fall from the first class to the last</source>
        <translation>Pola penurunan jumlah gambar dari kelas pertama hingga kelas terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max per class</source>
        <translation>Maks. per kelas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap on the majority class (0: none)</source>
        <translation>Batas jumlah gambar kelas mayoritas (0: tanpa batas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <translation>Data uji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matched: test set as imbalanced as training; balanced: as is</source>
        <translation>matched: ketidakseimbangan data uji disamakan dengan data latih; balanced: apa adanya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Val fraction</source>
        <translation>Fraksi validasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stratified validation fraction of training</source>
        <translation>Fraksi validasi terstratifikasi dari data latih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test fraction</source>
        <translation>Fraksi uji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stratified test fraction when the dataset has no test split</source>
        <translation>Fraksi uji terstratifikasi bila dataset tidak memiliki bagian data uji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image size</source>
        <translation>Ukuran gambar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image side in pixels for isic2018/folder</source>
        <translation>Panjang sisi gambar dalam piksel untuk isic2018/folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip unreadable</source>
        <translation>Lewati gambar tak terbaca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out undecodable images, counted in a warning, instead of stopping</source>
        <translation>Abaikan gambar yang tidak dapat didekode (jumlahnya dilaporkan dalam peringatan) alih-alih berhenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache dir</source>
        <translation>Direktori tembolok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoded-image cache (empty: ~/.cache/aclwb; none: no cache)</source>
        <translation>Tembolok gambar hasil dekode (kosong: ~/.cache/aclwb; none: tanpa tembolok)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cl, fcl, acl, afcl (two stages) or ce, ce-weighted (end to end)</source>
        <translation>cl, fcl, acl, afcl (dua tahap) atau ce, ce-weighted (ujung ke ujung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focusing parameter: down-weights positive pairs that are already close (fcl, afcl)</source>
        <translation>Parameter pemfokus: menurunkan bobot pasangan positif yang sudah berdekatan (fcl, afcl)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eta</source>
        <translation>Eta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight of the asymmetric term that pushes negatives apart (acl, afcl)</source>
        <translation>Bobot suku asimetris yang menjauhkan pasangan negatif satu sama lain (acl, afcl)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Softmax temperature tau: lower sharpens the similarity distribution</source>
        <translation>Temperatur softmax tau: nilai yang lebih rendah mempertajam distribusi kemiripan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normalization</source>
        <translation>Normalisasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch: divide by N (the authors&apos; code); positives: by |P(i)| and |N(i)|</source>
        <translation>batch: dibagi dengan N (seperti kode para penulis); positives: dengan |P(i)| dan |N(i)|</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views</source>
        <translation>View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Augmented views per image (2: SupCon style)</source>
        <translation>Jumlah view hasil augmentasi per gambar (2: gaya SupCon)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Augment</source>
        <translation>Augmentasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random crop and flip of training images</source>
        <translation>Pemotongan dan pembalikan acak pada gambar pelatihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoder</source>
        <translation>Encoder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoder network</source>
        <translation>Jaringan encoder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoder weights</source>
        <translation>Bobot encoder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the encoder from this state dict (model.pt or a PyTorch state_dict)</source>
        <translation>Inisialisasi encoder dari berkas bobot ini (model.pt atau state_dict PyTorch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs contrastive</source>
        <translation>Epoch kontrastif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage-1 epochs (ce: added to epochs_linear)</source>
        <translation>Jumlah epoch tahap 1 (ce: ditambahkan ke epochs_linear)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs linear</source>
        <translation>Epoch linear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage-2 epochs with linear_solver minibatch (ce: added to epochs_contrastive)</source>
        <translation>Jumlah epoch tahap 2 dengan linear_solver minibatch (ce: ditambahkan ke epochs_contrastive)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear solver</source>
        <translation>Penyelesai linear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage 2: lbfgs solves the linear probe on the frozen features to convergence; minibatch trains it for epochs_linear epochs with the optimizer and lr_linear</source>
        <translation>Tahap 2: lbfgs menyelesaikan pengklasifikasi linear pada fitur yang dibekukan hingga konvergen; minibatch melatihnya selama epochs_linear epoch dengan optimizer dan lr_linear</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linear max iter</source>
        <translation>Iterasi maks. linear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most L-BFGS iterations of the linear probe (it stops earlier once converged)</source>
        <translation>Jumlah maksimum iterasi L-BFGS untuk pengklasifikasi linear (berhenti lebih awal bila sudah konvergen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear l2</source>
        <translation>L2 linear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L2 penalty on the linear probe&apos;s weights (lbfgs; on standardised features)</source>
        <translation>Penalti L2 pada bobot pengklasifikasi linear (lbfgs; pada fitur yang telah distandardisasi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear balanced</source>
        <translation>Linear seimbang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight stage 2&apos;s cross-entropy by inverse class frequency (each class counts equally)</source>
        <translation>Bobot cross-entropy tahap 2 sebanding dengan kebalikan frekuensi kelas (setiap kelas berkontribusi setara)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch size</source>
        <translation>Ukuran batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images per batch</source>
        <translation>Jumlah gambar per batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lr</source>
        <translation>Laju pembelajaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate of stage 1 (or of ce)</source>
        <translation>Laju pembelajaran tahap 1 (atau ce)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lr linear</source>
        <translation>Laju pembelajaran linear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate of the linear classifier (linear_solver minibatch)</source>
        <translation>Laju pembelajaran pengklasifikasi linear (linear_solver minibatch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimizer</source>
        <translation>Optimizer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimiser</source>
        <translation>Algoritme optimisasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SGD momentum, in [0, 1)</source>
        <translation>Momentum SGD, dalam rentang [0, 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight decay</source>
        <translation>Peluruhan bobot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight decay (stage 1)</source>
        <translation>Peluruhan bobot (tahap 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning-rate schedule</source>
        <translation>Jadwal laju pembelajaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warmup epochs</source>
        <translation>Epoch warm-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear warm-up epochs (at most the stage&apos;s epochs)</source>
        <translation>Jumlah epoch warm-up linear (paling banyak sama dengan jumlah epoch tahap tersebut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balanced sampler</source>
        <translation>Pengambilan sampel seimbang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw batches class-balanced</source>
        <translation>Susun batch dengan proporsi kelas yang seimbang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed for data selection, initialisation, augmentation, shuffling</source>
        <translation>Seed untuk pemilihan data, inisialisasi, augmentasi, dan pengacakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cpu, cuda, cuda:N or auto</source>
        <translation>cpu, cuda, cuda:N, atau auto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads</source>
        <translation>Thread</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads (0: one per hardware thread)</source>
        <translation>Jumlah thread CPU (0: satu per thread perangkat keras)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embedding</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What embeddings.csv holds</source>
        <translation>Isi yang disimpan dalam embeddings.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot every</source>
        <translation>Cuplikan setiap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embedding snapshots of validation points every K epochs and at the end (0: off)</source>
        <translation>Cuplikan embedding titik validasi setiap K epoch dan di akhir (0: nonaktif)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshot points</source>
        <translation>Titik cuplikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points per snapshot (class-stratified; minority classes kept whole)</source>
        <translation>Jumlah titik per cuplikan (terstratifikasi per kelas; kelas minoritas diambil seluruhnya)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/DeviceInfo.cpp" line="+32"/>
        <source>CPU, %1 threads</source>
        <translation>CPU, %1 thread</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CUDA (%1 devices); %2</source>
        <translation>CUDA (%1 perangkat); %2</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+82"/>
        <source>stage 1: contrastive loss</source>
        <translation>tahap 1: loss kontrastif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stage 2: linear classifier (frozen encoder)</source>
        <translation>tahap 2: pengklasifikasi linear (encoder dibekukan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cross-entropy (end to end)</source>
        <translation>cross-entropy (ujung ke ujung)</translation>
    </message>
    <message>
        <location filename="../widgets/PlotExport.cpp" line="+38"/>
        <source>unknown image format &apos;%1&apos;: use .png, .svg or .pdf</source>
        <translation>format gambar &apos;%1&apos; tidak dikenal: gunakan .png, .svg, atau .pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not write %1</source>
        <translation>tidak dapat menulis %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>Gambar PNG (*.png);;Gambar SVG (*.svg);;Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export plot</source>
        <translation>Ekspor grafik</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <location filename="../app/gui/RunComparison.cpp" line="+56"/>
        <source>%1 has no readable config.json: %2</source>
        <translation>%1 tidak memiliki config.json yang dapat dibaca: %2</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (1 seed)</source>
        <translation>%1 (1 seed)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ± %2 (%3 seeds)</source>
        <translation>%1 ± %2 (%3 seed)</translation>
    </message>
    <message>
        <location filename="../app/gui/RunNotes.cpp" line="+54"/>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 bukan JSON yang valid: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
</context>
<context>
    <name>aclwb::gui::CompareView</name>
    <message>
        <location filename="../app/gui/CompareView.cpp" line="+57"/>
        <source>Export the comparison</source>
        <translation>Ekspor perbandingan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot export</source>
        <translation>Tidak dapat mengekspor</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Metrics are on the test set, with the seed spread of each setting (every finished run of the workspace that differs only in its seed). ≈: the difference to the first run is smaller than the spread.</source>
        <translation>Metrik dihitung pada data uji, dengan sebaran antar-seed untuk setiap pengaturan (semua proses yang sudah selesai di ruang kerja yang hanya berbeda seed-nya). ≈: selisih terhadap proses pertama lebih kecil daripada sebarannya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select two or more runs in the Runs tab and press Compare (Ctrl+D), or click a cell of a sweep&apos;s heat map.</source>
        <translation>Pilih dua proses atau lebih di tab Proses lalu tekan Bandingkan (Ctrl+D), atau klik sebuah sel pada peta panas sweep.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV...</source>
        <translation>Ekspor CSV...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>validation balanced accuracy</source>
        <translation>akurasi seimbang validasi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>epoch (whole run)</source>
        <translation>epoch (seluruh proses)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>balanced accuracy</source>
        <translation>akurasi seimbang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage-1 loss (epoch means)</source>
        <translation>loss tahap 1 (rata-rata epoch)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Run</source>
        <translation>Proses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balanced acc.</source>
        <translation>Akurasi seimbang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vs first</source>
        <translation>vs proses pertama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy</source>
        <translation>Akurasi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minority acc.</source>
        <translation>Akurasi minoritas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Seed runs:
%1</source>
        <translation>Proses per seed:
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reference</source>
        <translation>acuan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>? (needs 2+ seeds each)</source>
        <translation>? (masing-masing perlu 2+ seed)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≈ within the spread</source>
        <translation>≈ dalam rentang sebaran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>better, beyond the spread</source>
        <translation>lebih baik, melampaui sebaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worse, beyond the spread</source>
        <translation>lebih buruk, melampaui sebaran</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Nothing compared yet.</source>
        <translation>Belum ada yang dibandingkan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
</context>
<context>
    <name>aclwb::gui::EmbeddingExplorer</name>
    <message>
        <location filename="../app/gui/EmbeddingExplorer.cpp" line="+53"/>
        <source>Sample images are not available: %1</source>
        <translation>Gambar sampel tidak tersedia: %1</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>%1 has no embedding snapshots (snapshot_every was 0) and no test embeddings (the run did not finish).</source>
        <translation>%1 tidak memiliki cuplikan embedding (snapshot_every bernilai 0) maupun embedding data uji (proses tidak selesai).</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Cannot read the snapshot of epoch %1: %2</source>
        <translation>Tidak dapat membaca cuplikan epoch %1: %2</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Cannot lay out the embedding: %1</source>
        <translation>Tidak dapat menyusun tata letak embedding: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Only snapshots have epochs.</source>
        <translation>Hanya cuplikan yang memiliki epoch.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>test</source>
        <translation>uji</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>validation</source>
        <translation>validasi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample %1 (%2): true %3, predicted %4</source>
        <translation>Sampel %1 (%2): kelas sebenarnya %3, prediksi %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sample %1 (%2): true %3, no classifier yet</source>
        <translation>Sampel %1 (%2): kelas sebenarnya %3, belum ada pengklasifikasi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>#%1 %2, predicted %3</source>
        <translation>#%1 %2, prediksi %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No layout to export yet.</source>
        <translation>Belum ada tata letak untuk diekspor.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The picture separates the classes more cleanly than the embedding does (10-NN accuracy %1 here, %2 in the embedding).</source>
        <translation>Visualisasi ini memisahkan kelas lebih bersih daripada embedding-nya (akurasi 10-NN %1 di sini, %2 pada embedding).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The embedding separates the classes better than this picture shows (10-NN accuracy %1 here, %2 in the embedding).</source>
        <translation>Embedding memisahkan kelas lebih baik daripada yang ditunjukkan visualisasi ini (akurasi 10-NN %1 di sini, %2 pada embedding).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trustworthiness %1: many neighbours in the picture are not neighbours in the embedding.</source>
        <translation>Keterpercayaan %1: banyak tetangga dalam visualisasi yang bukan tetangga dalam embedding.</translation>
    </message>
</context>
<context>
    <name>aclwb::gui::EmbeddingView</name>
    <message>
        <location filename="../app/gui/EmbeddingView.cpp" line="+190"/>
        <source>Validation snapshots</source>
        <translation>Cuplikan validasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test set (final model)</source>
        <translation>Data uji (model akhir)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which points: the fixed validation subsample embedded every few epochs, or every test image embedded by the finished model (embeddings.csv)</source>
        <translation>Titik yang ditampilkan: subsampel validasi tetap yang di-embed setiap beberapa epoch, atau setiap gambar uji yang di-embed oleh model yang sudah selesai (embeddings.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projection head</source>
        <translation>Kepala proyeksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoder features</source>
        <translation>Fitur encoder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The space the contrastive loss shapes (projection head) or the one the linear classifier sees (encoder features)</source>
        <translation>Ruang yang dibentuk oleh loss kontrastif (kepala proyeksi) atau ruang yang dilihat pengklasifikasi linear (fitur encoder)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t-SNE</source>
        <translation>t-SNE</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+228"/>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>t-SNE shows neighbourhoods (animated while it optimises); PCA the two directions of largest variance (exact, instant)</source>
        <translation>t-SNE menampilkan ketetanggaan (dianimasikan selama optimisasi); PCA menampilkan dua arah dengan varians terbesar (eksak, seketika)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pan/&amp;zoom</source>
        <translation>Geser/&amp;zoom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to pan, wheel to zoom; right-click for Reset view and exports</source>
        <translation>Seret untuk menggeser, gulir roda mouse untuk zoom; klik kanan untuk Atur ulang tampilan dan ekspor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rectangle</source>
        <translation>Pe&amp;rsegi panjang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a rectangle to open the selected samples&apos; images</source>
        <translation>Seret persegi panjang untuk membuka gambar sampel yang dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lasso</source>
        <translation>&amp;Lasso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw around points to open the selected samples&apos; images</source>
        <translation>Lingkari titik-titik untuk membuka gambar sampel yang dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>E&amp;kspor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image (PNG, SVG, PDF)...</source>
        <translation>Gambar (PNG, SVG, PDF)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates (CSV)...</source>
        <translation>Koordinat (CSV)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay frames (PNG, animated WebP)...</source>
        <translation>Frame putar ulang (PNG, WebP animasi)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>t-SNE settings</source>
        <translation>Pengaturan t-SNE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perplexity</source>
        <translation>Perpleksitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the number of neighbours each point attends to (5-50 is usual)</source>
        <translation>Kira-kira jumlah tetangga yang diperhatikan setiap titik (biasanya 5-50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iterations</source>
        <translation>Iterasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimisation steps (the first 250 exaggerate clusters, except when continuing from a layout)</source>
        <translation>Langkah optimisasi (250 langkah pertama memperbesar pemisahan klaster, kecuali bila melanjutkan dari tata letak yang ada)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theta</source>
        <translation>Theta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barnes-Hut accuracy (smaller: slower, more exact); below 1000 points t-SNE is exact</source>
        <translation>Akurasi Barnes-Hut (lebih kecil: lebih lambat, lebih akurat); di bawah 1000 titik t-SNE dihitung secara eksak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seed of the initial layout</source>
        <translation>Seed untuk tata letak awal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PCA dimensions</source>
        <translation>Dimensi PCA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduce to this many dimensions by PCA first (0: never)</source>
        <translation>Reduksi terlebih dahulu ke sejumlah dimensi ini dengan PCA (0: tidak pernah)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample under the cursor</source>
        <translation>Sampel di bawah kursor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can the picture be trusted?</source>
        <translation>Dapatkah visualisasi ini dipercaya?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay the run&apos;s snapshots from the first epoch</source>
        <translation>Putar ulang cuplikan proses dari epoch pertama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The snapshot&apos;s epoch: drag to scrub through the run</source>
        <translation>Epoch cuplikan: seret untuk menelusuri proses</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Export the layout&apos;s coordinates</source>
        <translation>Ekspor koordinat tata letak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder for the replay frames</source>
        <translation>Folder untuk frame putar ulang</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>&amp;Pause</source>
        <translation>J&amp;eda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Play</source>
        <translation>&amp;Putar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test set</source>
        <translation>Data uji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No snapshots</source>
        <translation>Tidak ada cuplikan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epoch %1 (%2 of %3)%4</source>
        <translation>Epoch %1 (%2 dari %3)%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, live</source>
        <translation>, langsung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for the first snapshot (Training &gt; Snapshot every sets how often)...</source>
        <translation>Menunggu cuplikan pertama (Pelatihan &gt; Cuplikan setiap menentukan seberapa sering)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a run with snapshots, or open a run (File &gt; Open run), to see its embedding.</source>
        <translation>Mulai proses dengan cuplikan, atau buka proses (Berkas &gt; Buka proses), untuk melihat embedding-nya.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Test set, final model: %n point(s)</source>
        <translation>
            <numerusform>Data uji, model akhir: %n titik</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contrastive</source>
        <translation>kontrastif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cross-entropy</source>
        <translation>cross-entropy</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Epoch %1 (%2 epoch %3): %n validation point(s)</source>
        <translation>
            <numerusform>Epoch %1 (epoch %3 tahap %2): %n titik validasi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>t-SNE (exact)</source>
        <translation>t-SNE (eksak)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>t-SNE (Barnes-Hut)</source>
        <translation>t-SNE (Barnes-Hut)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>PCA of %n point(s)</source>
        <translation>
            <numerusform>PCA dari %n titik</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: iteration %2 of %3, %4 s</source>
        <translation>%1: iterasi %2 dari %3, %4 dtk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; KL divergence about %1</source>
        <translation>; divergensi KL sekitar %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 iterations in %3 s; KL divergence about %4</source>
        <translation>%1: %2 iterasi dalam %3 dtk; divergensi KL sekitar %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 iterations in %3 s; KL divergence %4</source>
        <translation>%1: %2 iterasi dalam %3 dtk; divergensi KL %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Trustworthiness (k = 10): %1</source>
        <translation>Keterpercayaan (k = 10): %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>10-NN accuracy: %1 in the picture, %2 in the embedding</source>
        <translation>Akurasi 10-NN: %1 pada visualisasi, %2 pada embedding</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(on %1 of %2 points, evenly spaced)</source>
        <translation>(pada %1 dari %2 titik, diambil merata)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>computed when the layout is done</source>
        <translation>dihitung setelah tata letak selesai</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hover over a point to see its image; drag a rectangle or lasso to open a gallery.</source>
        <translation>Arahkan kursor ke sebuah titik untuk melihat gambarnya; seret persegi panjang atau lasso untuk membuka galeri.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(loading)</source>
        <translation>(memuat)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Selected samples: %1</source>
        <translation>Sampel terpilih: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Computing every epoch&apos;s layout for the replay...</source>
        <translation>Menghitung tata letak setiap epoch untuk putar ulang...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only validation snapshots can be replayed.</source>
        <translation>Hanya cuplikan validasi yang dapat diputar ulang.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The replay stopped before every epoch had a layout.</source>
        <translation>Putar ulang berhenti sebelum semua epoch memiliki tata letak.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Epoch %1</source>
        <translation>Epoch %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1</source>
        <translation>Tidak dapat menulis %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Wrote %n replay frame(s) to %1</source>
        <translation>
            <numerusform>%n frame putar ulang ditulis ke %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aclwb::gui::ExperimentModel</name>
    <message>
        <location filename="../app/gui/ExperimentModel.cpp" line="+33"/>
        <source>unknown config key &apos;%1&apos;</source>
        <translation>kunci konfigurasi &apos;%1&apos; tidak dikenal</translation>
    </message>
</context>
<context>
    <name>aclwb::gui::ExperimentPanel</name>
    <message>
        <location filename="../app/gui/ExperimentPanel.cpp" line="+50"/>
        <source>Classes (the first checked is the majority)</source>
        <translation>Kelas (yang pertama dicentang menjadi kelas mayoritas)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imbalance</source>
        <translation>Ketidakseimbangan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Majority/minority count ratio on a log scale, 1 to 1000</source>
        <translation>Rasio jumlah kelas mayoritas/minoritas pada skala log, 1 hingga 1000</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>source counts</source>
        <translation>jumlah asli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Majority/minority count ratio R &gt;= 1 (0 keeps the dataset&apos;s own counts)</source>
        <translation>Rasio jumlah kelas mayoritas/minoritas R &gt;= 1 (0 mempertahankan jumlah asli dataset)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imbalance ratio</source>
        <translation>Rasio ketidakseimbangan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Images per class</source>
        <translation>Gambar per kelas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log scale</source>
        <translation>Skala log</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Splits, images, seed</source>
        <translation>Pembagian data, gambar, seed</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading the dataset...</source>
        <translation>Membaca dataset...</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 (majority)</source>
        <translation>%1 (mayoritas)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Source class %1</source>
        <translation>Kelas sumber %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 training images in %2 classes; data fingerprint %3</source>
        <translation>%1 gambar pelatihan dalam %2 kelas; sidik jari data %3</translation>
    </message>
</context>
<context>
    <name>aclwb::gui::LossPanel</name>
    <message>
        <location filename="../app/gui/LossPanel.cpp" line="+30"/>
        <source>Blue: how much a positive pair with probability p still counts, (1-p)^gamma. Red: the extra penalty on a negative pair, -eta log(1-p).</source>
        <translation>Biru: seberapa besar pasangan positif dengan probabilitas p masih diperhitungkan, (1-p)^gamma. Merah: penalti tambahan pada pasangan negatif, -eta log(1-p).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cross-entropy baseline: one end-to-end stage of %1 epochs; gamma, eta and the temperature are not used.</source>
        <translation>Pembanding cross-entropy: satu tahap ujung ke ujung sebanyak %1 epoch; gamma, eta, dan temperatur tidak digunakan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With gamma = eta = 0 this is the plain supervised contrastive loss (CL).</source>
        <translation>Dengan gamma = eta = 0, ini adalah loss kontrastif terawasi biasa (CL).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focal contrastive loss (FCL): gamma &gt; 0 turns attention away from easy positive pairs.</source>
        <translation>Loss kontrastif fokal (FCL): gamma &gt; 0 mengalihkan perhatian dari pasangan positif yang mudah.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asymmetric contrastive loss (ACL): eta &gt; 0 pushes negative pairs apart.</source>
        <translation>Loss kontrastif asimetris (ACL): eta &gt; 0 menjauhkan pasangan negatif satu sama lain.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asymmetric focal contrastive loss (AFCL): both terms.</source>
        <translation>Loss kontrastif fokal asimetris (AFCL): kedua suku digunakan.</translation>
    </message>
</context>
<context>
    <name>aclwb::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+85"/>
        <source>ACL Workbench</source>
        <translation>ACL Workbench</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+23"/>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>&amp;Loss</source>
        <translation>&amp;Loss</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>&amp;Training</source>
        <translation>&amp;Pelatihan</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Experiment</source>
        <translation>Eksperimen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Curves</source>
        <translation>Kurva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready: set up an experiment on the left and press Run (Ctrl+R).</source>
        <translation>Siap: susun eksperimen di panel kiri, lalu tekan Jalankan (Ctrl+R).</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Run</source>
        <translation>Jalankan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Train the current experiment in a new run folder</source>
        <translation>Latih eksperimen saat ini di folder proses baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause</source>
        <translation>J&amp;eda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause after the current step (held in memory)</source>
        <translation>Jeda setelah langkah saat ini (ditahan di memori)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Continue the paused run</source>
        <translation>Lanjutkan proses yang dijeda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>&amp;Hentikan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop after the current step; the last completed epoch stays checkpointed</source>
        <translation>Hentikan setelah langkah saat ini; epoch terakhir yang selesai tetap tersimpan di checkpoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume opened run</source>
        <translation>Lanjutkan proses yang dibuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the cancelled or interrupted run that is open, from its checkpoint</source>
        <translation>Lanjutkan proses terbuka yang dibatalkan atau terputus, mulai dari checkpoint-nya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log-scale losses</source>
        <translation>&amp;Loss dalam skala log</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open config...</source>
        <translation>&amp;Buka konfigurasi...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open experiment config</source>
        <translation>Buka konfigurasi eksperimen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Run config (*.json)</source>
        <translation>Konfigurasi proses (*.json)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Save config...</source>
        <translation>&amp;Simpan konfigurasi...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save experiment config</source>
        <translation>Simpan konfigurasi eksperimen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recent configs</source>
        <translation>Konfigurasi terbaru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;run...</source>
        <translation>Buka &amp;proses...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a run directory</source>
        <translation>Buka direktori proses</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recent runs</source>
        <translation>Proses terbaru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show run folder</source>
        <translation>Tampilkan folder proses</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export plot</source>
        <translation>&amp;Ekspor grafik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export results as &amp;CSV...</source>
        <translation>Ekspor hasil sebagai &amp;CSV...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export results as &amp;JSON...</source>
        <translation>Ekspor hasil sebagai &amp;JSON...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No results to export</source>
        <translation>Tidak ada hasil untuk diekspor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finish a run, or open a finished one, first.</source>
        <translation>Selesaikan sebuah proses atau buka proses yang sudah selesai terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+547"/>
        <source>Export results</source>
        <translation>Ekspor hasil</translation>
    </message>
    <message>
        <location line="-546"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+546"/>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <location line="-546"/>
        <location line="+493"/>
        <location line="+53"/>
        <source>could not write %1</source>
        <translation>tidak dapat menulis %1</translation>
    </message>
    <message>
        <location line="-543"/>
        <source>Copy &amp;command line</source>
        <translation>Sa&amp;lin baris perintah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copied: %1</source>
        <translation>Disalin: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose &amp;workspace...</source>
        <translation>Pilih &amp;ruang kerja...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset plot views</source>
        <translation>Atur ulang tampilan grafik</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan keyboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ACL Workbench</source>
        <translation>&amp;Tentang ACL Workbench</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading %1...</source>
        <translation>Memuat %1...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loading %1</source>
        <translation>memuat %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: %1</source>
        <translation>peringatan: %1</translation>
    </message>
    <message>
        <location line="+542"/>
        <source>(no second stage)</source>
        <translation>(tanpa tahap kedua)</translation>
    </message>
    <message>
        <location line="-519"/>
        <source>%1%2 on %3 (%4), %5 train / %6 val / %7 test images, %8 threads, device %9</source>
        <translation>%1%2 pada %3 (%4), gambar: %5 latih / %6 validasi / %7 uji, %8 thread, perangkat %9</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>Embedding</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The learned embedding, live during a run and replayed from a run&apos;s snapshots</source>
        <translation>Embedding yang dipelajari, ditampilkan langsung selama proses berjalan dan diputar ulang dari cuplikan proses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs</source>
        <translation>Proses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every run of the workspace: sort, filter, open, compare, resume, tag, delete</source>
        <translation>Semua proses di ruang kerja: urutkan, saring, buka, bandingkan, lanjutkan, beri tag, hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>Perbandingan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs side by side, with seed spreads and the config keys they differ in</source>
        <translation>Proses secara berdampingan, dengan sebaran antar-seed dan kunci konfigurasi yang membedakannya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweeps</source>
        <translation>Sweep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweep gamma x eta, watch the heat map fill, export the sweep for Slurm</source>
        <translation>Sweep gamma x eta, pantau peta panas terisi, ekspor sweep untuk Slurm</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&amp;Run</source>
        <comment>action: start training</comment>
        <translation>&amp;Jalankan</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>&amp;Run</source>
        <comment>menu title</comment>
        <translation>&amp;Jalankan</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Memulai</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>resuming </source>
        <translation>melanjutkan </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>[%1] %2 epochs</source>
        <translation>[%1] %2 epoch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · epoch %2/%3 · step %4/%5 · loss %6 · %7 img/s · ETA %8</source>
        <translation>%1 · epoch %2/%3 · langkah %4/%5 · loss %6 · %7 gambar/dtk · sisa %8</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[%1] epoch %2: loss %3 (%4 s)</source>
        <translation>[%1] epoch %2: loss %3 (%4 dtk)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Validation, epoch %1 of the run</source>
        <translation>Validasi, epoch %1 dari proses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, validation accuracy %1, balanced %2</source>
        <translation>, akurasi validasi %1, seimbang %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (restored)</source>
        <translation> (dipulihkan)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>[snapshot] epoch %1: %2 points; 10-NN accuracy per class: %3</source>
        <translation>[cuplikan] epoch %1: %2 titik; akurasi 10-NN per kelas: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluating on the test set...</source>
        <translation>Mengevaluasi pada data uji...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the run&apos;s files...</source>
        <translation>Menulis berkas proses...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test set (final)</source>
        <translation>Data uji (akhir)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>accuracy %1   balanced accuracy %2   macro-F1 %3   (%4)</source>
        <translation>akurasi %1   akurasi seimbang %2   macro-F1 %3   (%4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>finished in %1; run folder %2</source>
        <translation>selesai dalam %1; folder proses %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished: balanced accuracy %1 on the test set. Results tab shows every class.</source>
        <translation>Selesai: akurasi seimbang %1 pada data uji. Tab Hasil menampilkan setiap kelas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped. The last completed epoch is checkpointed: Resume opened run (Ctrl+Shift+R) continues it.</source>
        <translation>Dihentikan. Epoch terakhir yang selesai tersimpan di checkpoint: Lanjutkan proses yang dibuka (Ctrl+Shift+R) akan melanjutkannya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped before the first epoch completed; nothing to resume.</source>
        <translation>Dihentikan sebelum epoch pertama selesai; tidak ada yang dapat dilanjutkan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>error: %1</source>
        <translation>kesalahan: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run stopped with an error.</source>
        <translation>Proses berhenti karena terjadi kesalahan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run stopped</source>
        <translation>Proses berhenti</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot compare</source>
        <translation>Tidak dapat membandingkan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop it before resuming another.</source>
        <translation>Hentikan proses tersebut sebelum melanjutkan proses lain.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Paused: the run is held in memory; Resume (Ctrl+Shift+P) continues exactly here.</source>
        <translation>Dijeda: proses ditahan di memori; Lanjutkan (Ctrl+Shift+P) akan melanjutkannya tepat dari titik ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping after the current step...</source>
        <translation>Menghentikan setelah langkah saat ini...</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Workspace: the folder every run is written to (remembered)</source>
        <translation>Ruang kerja: folder tempat setiap proses ditulis (akan diingat)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot use the workspace</source>
        <translation>Ruang kerja tidak dapat digunakan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>could not create %1</source>
        <translation>tidak dapat membuat %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Where should runs go?</source>
        <translation>Di mana proses akan disimpan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every run is written to a folder of its own (the same files aclwb-cli writes) inside a workspace folder.&lt;br&gt;&lt;br&gt;Use &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation>Setiap proses ditulis ke foldernya sendiri (berkas yang sama dengan yang ditulis aclwb-cli) di dalam folder ruang kerja.&lt;br&gt;&lt;br&gt;Gunakan &lt;b&gt;%1&lt;/b&gt;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this folder</source>
        <translation>Gunakan folder ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another...</source>
        <translation>Pilih yang lain...</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The experiment cannot run</source>
        <translation>Eksperimen tidak dapat dijalankan</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>$ %1</source>
        <translation>$ %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot resume %1</source>
        <translation>Tidak dapat melanjutkan %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>$ aclwb-cli train --resume %1</source>
        <translation>$ aclwb-cli train --resume %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the run</source>
        <translation>Proses tidak dapat dibuka</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The run is damaged</source>
        <translation>Data proses rusak</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>embedding: %1</source>
        <translation>embedding: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Test set (final) of %1</source>
        <translation>Data uji (akhir) dari %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validation, epoch %1 (the run did not finish)</source>
        <translation>Validasi, epoch %1 (proses tidak selesai)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>opened %1: %2%3</source>
        <translation>membuka %1: %2%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened a %1 run: Resume opened run (Ctrl+Shift+R) continues it.</source>
        <translation>Proses berstatus %1 dibuka: Lanjutkan proses yang dibuka (Ctrl+Shift+R) akan melanjutkannya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1.</source>
        <translation>%1 dibuka.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot load the config</source>
        <translation>Konfigurasi tidak dapat dimuat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loaded %1</source>
        <translation>%1 dimuat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot save the config</source>
        <translation>Konfigurasi tidak dapat disimpan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1 (aclwb-cli train --config %1 runs it headless)</source>
        <translation>%1 disimpan (aclwb-cli train --config %1 menjalankannya tanpa GUI)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>L-BFGS loss evaluation</source>
        <translation>Evaluasi loss L-BFGS</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;h3&gt;Three steps&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Data&lt;/b&gt;: choose the dataset, tick the classes (the first is the majority) and set the imbalance ratio; the histogram shows how many images each class gets.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Loss&lt;/b&gt;: choose CL, FCL, ACL, AFCL or a cross-entropy baseline and set gamma, eta and the temperature; the plot shows what each term does.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Run&lt;/b&gt; (Ctrl+R): the curves and per-class results fill in while it trains. Every run is a folder in your workspace, which File &amp;gt; Open run and aclwb-cli read alike.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h3&gt;Tiga langkah&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Data&lt;/b&gt;: pilih dataset, centang kelas-kelasnya (yang pertama adalah kelas mayoritas) dan atur rasio ketidakseimbangan; histogram menunjukkan berapa banyak gambar yang didapat setiap kelas.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Loss&lt;/b&gt;: pilih CL, FCL, ACL, AFCL atau baseline cross-entropy, lalu atur gamma, eta, dan temperatur; grafik menunjukkan pengaruh setiap suku.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Jalankan&lt;/b&gt; (Ctrl+R): kurva dan hasil per kelas terisi selama pelatihan berlangsung. Setiap proses adalah folder di ruang kerja Anda, yang dapat dibaca oleh Berkas &amp;gt; Buka proses maupun aclwb-cli.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Getting started</source>
        <translation>Memulai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About ACL Workbench</source>
        <translation>Tentang ACL Workbench</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;ACL Workbench %1&lt;/h3&gt;&lt;p&gt;Contrastive learning on imbalanced image data: the asymmetric focal contrastive loss (Vito &amp;amp; Stefanus, Entropy 2022) and its family.&lt;/p&gt;&lt;p&gt;Qt %2 · LibTorch %3 · %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ACL Workbench %1&lt;/h3&gt;&lt;p&gt;Pembelajaran kontrastif pada data gambar yang tidak seimbang: loss kontrastif fokal asimetris (Vito &amp;amp; Stefanus, Entropy 2022) beserta keluarganya.&lt;/p&gt;&lt;p&gt;Qt %2 · LibTorch %3 · %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-457"/>
        <location line="+468"/>
        <source>A run is in progress</source>
        <translation>Proses sedang berjalan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the run and quit? The last completed epoch stays checkpointed, and the run can be resumed later (File &gt; Open run, then Resume).</source>
        <translation>Hentikan proses dan keluar? Epoch terakhir yang selesai tetap tersimpan di checkpoint, dan proses dapat dilanjutkan nanti (Berkas &gt; Buka proses, lalu Lanjutkan proses yang dibuka).</translation>
    </message>
</context>
<context>
    <name>aclwb::gui::ResultsView</name>
    <message>
        <location filename="../app/gui/ResultsView.cpp" line="+52"/>
        <source>No results yet: start a run (Ctrl+R) or open a finished one (Ctrl+Shift+O).</source>
        <translation>Belum ada hasil: mulai proses (Ctrl+R) atau buka proses yang sudah selesai (Ctrl+Shift+O).</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Normalise the confusion matrix by row (recall per true class)</source>
        <translation>Normalisasi matriks konfusi per baris (recall per kelas sebenarnya)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for the first validation epoch...</source>
        <translation>Menunggu epoch validasi pertama...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>accuracy</source>
        <translation>akurasi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>balanced accuracy</source>
        <translation>akurasi seimbang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>macro-F1</source>
        <translation>macro-F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct / all: hides a minority class that is never predicted</source>
        <translation>Benar / semua: menyamarkan kelas minoritas yang tidak pernah diprediksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean recall over classes: what imbalance makes necessary</source>
        <translation>Rata-rata recall seluruh kelas: yang diperlukan bila data tidak seimbang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean F1 over classes</source>
        <translation>Rata-rata F1 seluruh kelas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two classes only: the second class as positive</source>
        <translation>Khusus dua kelas: kelas kedua sebagai kelas positif</translation>
    </message>
</context>
<context>
    <name>aclwb::gui::RunsTableModel</name>
    <message>
        <location filename="../app/gui/RunsTableModel.cpp" line="+170"/>
        <source>running on %1 (%2/%3)</source>
        <translation>berjalan di %1 (%2/%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>running (%1/%2)</source>
        <translation>berjalan (%1/%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stale (%1)</source>
        <translation>basi (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this host</source>
        <translation>mesin ini</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 s</source>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Run</source>
        <translation>Proses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gamma</source>
        <translation>gamma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>eta</source>
        <translation>eta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tau</source>
        <translation>tau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ratio</source>
        <translation>Rasio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classes</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy</source>
        <translation>Akurasi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balanced acc.</source>
        <translation>Akurasi seimbang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minority acc.</source>
        <translation>Akurasi minoritas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Macro-F1</source>
        <translation>Macro-F1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>aclwb::gui::RunsView</name>
    <message>
        <location filename="../app/gui/RunsView.cpp" line="+159"/>
        <source>Cannot delete</source>
        <translation>Tidak dapat menghapus</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filter: any text of a row (loss, status, class, tag, note...)</source>
        <translation>Saring: teks apa pun dalam baris (loss, status, kelas, tag, catatan...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the columns shown (remembered)</source>
        <translation>Pilih kolom yang ditampilkan (akan diingat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the run&apos;s curves, results, embedding and config (Enter, or double-click)</source>
        <translation>Tampilkan kurva, hasil, embedding, dan konfigurasi proses (Enter, atau klik ganda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>Bandingkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the selected runs side by side (Ctrl+D; select two or more)</source>
        <translation>Bandingkan proses yang dipilih secara berdampingan (Ctrl+D; pilih dua atau lebih)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue a stopped or interrupted run from its last checkpoint</source>
        <translation>Lanjutkan proses yang dihentikan atau terputus dari checkpoint terakhirnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Ganti nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the run a name of your own (F2; the folder keeps its name)</source>
        <translation>Beri proses nama sendiri (F2; nama foldernya tetap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+169"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Tags, separated by commas (Ctrl+T)</source>
        <translation>Tag, dipisahkan dengan koma (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+176"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>A note about the run (Ctrl+N)</source>
        <translation>Catatan tentang proses (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show folder</source>
        <translation>Tampilkan folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the run&apos;s folder in the file manager</source>
        <translation>Buka folder proses di pengelola berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected runs to the trash (Del; asks first)</source>
        <translation>Pindahkan proses yang dipilih ke tempat sampah (Del; meminta konfirmasi dahulu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Segarkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the workspace again (F5; also every few seconds while shown)</source>
        <translation>Baca ulang ruang kerja (F5; juga setiap beberapa detik selama ditampilkan)</translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>%1 of %n run(s)</source>
        <translation>
            <numerusform>%1 dari %n proses</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Rename run</source>
        <translation>Ganti nama proses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name shown for %1:</source>
        <translation>Nama yang ditampilkan untuk %1:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags, separated by commas:</source>
        <translation>Tag, dipisahkan dengan koma:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Note for %1:</source>
        <translation>Catatan untuk %1:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save</source>
        <translation>Tidak dapat menyimpan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is running: stop it first.</source>
        <translation>%1 sedang berjalan: hentikan terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete runs</source>
        <translation>Hapus proses</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n run(s) to the trash? They can be restored from there.</source>
        <translation>
            <numerusform>Pindahkan %n proses ke tempat sampah? Proses dapat dipulihkan dari sana.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not move to the trash (nothing was deleted for good): %1</source>
        <translation>Tidak dapat memindahkan ke tempat sampah (tidak ada yang terhapus permanen): %1</translation>
    </message>
</context>
<context>
    <name>aclwb::gui::SchemaForm</name>
    <message>
        <location filename="../app/gui/SchemaForm.cpp" line="+120"/>
        <source>e.g. 0,6 (empty: all)</source>
        <translation>mis. 0,6 (kosong: semua)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose with a dialog</source>
        <translation>Pilih melalui dialog</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encoder weights</source>
        <translation>Bobot encoder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State dict (*.pt *.pth);;All files (*)</source>
        <translation>State dict (*.pt *.pth);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>aclwb::gui::SlurmDialog</name>
    <message>
        <location filename="../app/gui/SlurmDialog.cpp" line="+19"/>
        <source>Export as Slurm job array</source>
        <translation>Ekspor sebagai job array Slurm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Array tasks; the runs are shared out between them (run k goes to task k mod tasks)</source>
        <translation>Task array; proses dibagi di antara task tersebut (proses k masuk ke task k mod jumlah task)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPUs per task; with one or more the runs train on cuda, as many at a time as GPUs, each on its own</source>
        <translation>GPU per tugas; dengan satu atau lebih, run dilatih di cuda, sebanyak jumlah GPU sekaligus, masing-masing di GPU sendiri</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CPUs per task, shared out as the parallel runs&apos; threads</source>
        <translation>CPU per tugas, dibagi sebagai thread run yang paralel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time limit per task in Slurm&apos;s forms: MM, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS (04:00 is four minutes)</source>
        <translation>Batas waktu per tugas dalam bentuk Slurm: MM, MM:SS, HH:MM:SS, D-HH, D-HH:MM atau D-HH:MM:SS (04:00 berarti empat menit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>the cluster&apos;s default</source>
        <translation>bawaan kluster</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Memory per task (#SBATCH --mem), e.g. 16G</source>
        <translation>Memori per tugas (#SBATCH --mem), mis. 16G</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse...</source>
        <translation>Telusuri...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder for the job</source>
        <translation>Folder untuk job</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Array tasks</source>
        <translation>Task array</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPUs per task</source>
        <translation>GPU per task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPUs per task</source>
        <translation>CPU per task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Memori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partition</source>
        <translation>Partisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes a folder to copy to the cluster: config.json, sweep.sbatch, submit.sh (run it there) and runs/. Copy runs/ back into the workspace and open it here: the heat map reads it like a local sweep.</source>
        <translation>Menulis folder untuk disalin ke kluster: config.json, sweep.sbatch, submit.sh (jalankan di sana) dan runs/. Salin runs/ kembali ke ruang kerja dan buka di sini: peta panas membacanya seperti sweep lokal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
</context>
<context>
    <name>aclwb::gui::SweepDialog</name>
    <message>
        <location filename="../app/gui/SweepDialog.cpp" line="+42"/>
        <source>New sweep</source>
        <translation>Sweep baru</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Values of gamma (focusing), separated by commas</source>
        <translation>Nilai gamma (pemfokus), dipisahkan dengan koma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values of eta (the asymmetric term&apos;s weight), separated by commas</source>
        <translation>Nilai eta (bobot suku asimetris), dipisahkan dengan koma</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>not swept (%1)</source>
        <translation>tidak di-sweep (%1)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Optional: values of the temperature</source>
        <translation>Opsional: nilai temperatur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: values of the imbalance ratio</source>
        <translation>Opsional: nilai rasio ketidakseimbangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every point is repeated with each seed: the heat map shows mean ± std over them</source>
        <translation>Setiap titik diulang dengan setiap seed: peta panas menampilkan rata-rata ± simpangan baku antar-seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs at a time inside the app; the cores are shared out between them</source>
        <translation>Jumlah proses sekaligus di dalam aplikasi; inti CPU dibagi di antara proses-proses tersebut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside the workspace; a sweep reopened from it continues where it stopped</source>
        <translation>Di dalam ruang kerja; sweep yang dibuka kembali dari folder ini berlanjut dari titik terakhir ia berhenti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create</source>
        <translation>Buat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gamma</source>
        <translation>gamma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eta</source>
        <translation>eta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tau (temperature)</source>
        <translation>tau (temperatur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imbalance ratio</source>
        <translation>Rasio ketidakseimbangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seeds</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel runs</source>
        <translation>Proses paralel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every combination of the values below is trained with the current experiment&apos;s other settings (%1 loss).</source>
        <translation>Setiap kombinasi nilai di bawah ini dilatih dengan pengaturan lain dari eksperimen saat ini (loss %1).</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n proses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>; about %1 in all (%2 per run, measured on %n similar finished run(s) of the workspace)</source>
        <translation>
            <numerusform>; total sekitar %1 (%2 per proses, diukur dari %n proses serupa yang sudah selesai di ruang kerja)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; no similar finished run in the workspace to estimate the time from: the estimate appears when the first point finishes</source>
        <translation>; belum ada proses serupa yang sudah selesai di ruang kerja untuk memperkirakan waktu: perkiraan muncul setelah titik pertama selesai</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a folder for the sweep.</source>
        <translation>Pilih folder untuk sweep.</translation>
    </message>
</context>
<context>
    <name>aclwb::gui::SweepView</name>
    <message>
        <location filename="../app/gui/SweepView.cpp" line="+107"/>
        <source>Open a sweep folder (with sweep.json)</source>
        <translation>Buka folder sweep (berisi sweep.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open the sweep</source>
        <translation>Sweep tidak dapat dibuka</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot export</source>
        <translation>Tidak dapat mengekspor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote the Slurm job to %1: copy it to the cluster and run ./submit.sh there.</source>
        <translation>Job Slurm ditulis ke %1: salin ke kluster dan jalankan ./submit.sh di sana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slurm job written</source>
        <translation>Job Slurm ditulis</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No finished run in this cell yet.</source>
        <translation>Belum ada proses yang selesai di sel ini.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Point %1 failed: %2</source>
        <translation>Titik %1 gagal: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Point %1 skipped: %2</source>
        <translation>Titik %1 dilewati: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>New sweep...</source>
        <translation>Sweep baru...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweep gamma and eta (and optionally tau, ratio, seeds) of the current experiment</source>
        <translation>Sweep gamma dan eta (serta, opsional, tau, rasio, seed) dari eksperimen saat ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open sweep...</source>
        <translation>Buka sweep...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a sweep folder: one started here, by aclwb-cli sweep, or copied back from a cluster</source>
        <translation>Tampilkan folder sweep: yang dimulai di sini, oleh aclwb-cli sweep, atau yang disalin kembali dari kluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export for Slurm...</source>
        <translation>Ekspor untuk Slurm...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a folder that runs this sweep on a cluster with sbatch (one task per run or fewer)</source>
        <translation>Tulis folder yang menjalankan sweep ini di kluster dengan sbatch (satu task per proses atau lebih sedikit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the sweep: running points keep their last checkpoint; Continue picks up from there</source>
        <translation>Hentikan sweep: titik yang sedang berjalan menyimpan checkpoint terakhirnya; Teruskan akan melanjutkan dari sana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy</source>
        <translation>akurasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>balanced accuracy</source>
        <translation>akurasi seimbang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minority-class accuracy</source>
        <translation>akurasi kelas minoritas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>macro-F1</source>
        <translation>macro-F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel runs</source>
        <translation>Proses paralel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs at a time inside the app; the cores are shared out between them</source>
        <translation>Jumlah proses sekaligus di dalam aplikasi; inti CPU dibagi di antara proses-proses tersebut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean over seeds (± std); the best cell is outlined, &quot;≈ best&quot; marks cells the seeds cannot tell from it. Click a cell to compare its runs; Ctrl+click another cell to add its runs to the comparison.</source>
        <translation>Rata-rata antar-seed (± simpangan baku); sel terbaik diberi garis tepi, &quot;≈ terbaik&quot; menandai sel yang tidak dapat dibedakan darinya berdasarkan seed. Klik sebuah sel untuk membandingkan prosesnya; Ctrl+klik sel lain untuk menambahkan prosesnya ke perbandingan.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Continue</source>
        <translation>Teruskan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the points that are not finished (finished ones are skipped)</source>
        <translation>Jalankan titik yang belum selesai (yang sudah selesai dilewati)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot create the sweep</source>
        <translation>Sweep tidak dapat dibuat</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A sweep is running: stop it first.</source>
        <translation>Sebuah sweep sedang berjalan: hentikan terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Open or create a sweep first.</source>
        <translation>Buka atau buat sweep terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The heat map shows one value of each other swept key</source>
        <translation>Peta panas menampilkan satu nilai dari setiap kunci lain yang di-sweep</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No sweep open. New sweep... sweeps the current experiment; Open sweep... shows one from a folder.</source>
        <translation>Tidak ada sweep yang terbuka. Sweep baru... melakukan sweep pada eksperimen saat ini; Buka sweep... menampilkan sweep dari sebuah folder.</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%1: %n run(s)</source>
        <translation>
            <numerusform>%1: %n proses</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Point</source>
        <translation>Titik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pending</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 of %2 runs finished, %3 running, %4 failed</source>
        <translation>%1 dari %2 proses selesai, %3 berjalan, %4 gagal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; about %1 left (%2 per run, %3 at a time)</source>
        <translation>; sisa sekitar %1 (%2 per proses, %3 sekaligus)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; paused</source>
        <translation>; dijeda</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>; %n point(s) left to the process already running them</source>
        <translation>
            <numerusform>; %n titik diserahkan ke proses yang sudah menjalankannya</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aclwb::gui::TrainingPanel</name>
    <message>
        <location filename="../app/gui/TrainingPanel.cpp" line="+21"/>
        <source>study (Adam, batch 64, tau 0.1: the recipe of docs/RESULTS.md)</source>
        <translation>studi (Adam, batch 64, tau 0.1: pengaturan dari docs/RESULTS.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paper (Adam, tau 0.1, one view)</source>
        <translation>makalah (Adam, tau 0.1, satu view)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supcon (SGD, warm-up, two views)</source>
        <translation>supcon (SGD, warm-up, dua view)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply preset</source>
        <translation>Terapkan preset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets the optimiser, learning rates, schedule, temperature and views of the preset; the data and the loss family stay as they are</source>
        <translation>Mengatur optimizer, laju pembelajaran, jadwal, temperatur, dan view sesuai preset; data dan keluarga loss tetap seperti semula</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
</context>
<context>
    <name>aclwb::gui::Translations</name>
    <message>
        <location filename="../app/gui/Translations.cpp" line="+28"/>
        <source>System language</source>
        <translation>Bahasa sistem</translation>
    </message>
</context>
<context>
    <name>aclwb::widgets::ClassCountHistogram</name>
    <message>
        <location filename="../widgets/ClassCountHistogram.cpp" line="+30"/>
        <source>train</source>
        <translation>latih</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>validation</source>
        <translation>validasi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>test</source>
        <translation>uji</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>images</source>
        <translation>gambar</translation>
    </message>
</context>
<context>
    <name>aclwb::widgets::ConfusionMatrixView</name>
    <message>
        <location filename="../widgets/ConfusionMatrixView.cpp" line="+25"/>
        <source>predicted class</source>
        <translation>kelas prediksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true class</source>
        <translation>kelas sebenarnya</translation>
    </message>
</context>
<context>
    <name>aclwb::widgets::CurvesView</name>
    <message>
        <location filename="../widgets/CurvesView.cpp" line="+66"/>
        <source>loss per step</source>
        <translation>loss per langkah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epoch mean</source>
        <translation>rata-rata epoch</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+39"/>
        <location line="+16"/>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+39"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>validation accuracy</source>
        <translation>akurasi validasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation balanced accuracy</source>
        <translation>akurasi seimbang validasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epoch (whole run)</source>
        <translation>epoch (seluruh proses)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy</source>
        <translation>akurasi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stage 1</source>
        <translation>tahap 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stage 2 (linear classifier)</source>
        <translation>tahap 2 (pengklasifikasi linear)</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+113"/>
        <source>10-NN %1</source>
        <translation>10-NN %1</translation>
    </message>
</context>
<context>
    <name>aclwb::widgets::EmbeddingScatter</name>
    <message>
        <location filename="../widgets/EmbeddingScatter.cpp" line="+95"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>predicted wrong (%1)</source>
        <translation>prediksi salah (%1)</translation>
    </message>
</context>
<context>
    <name>aclwb::widgets::GroupedBars</name>
    <message>
        <location filename="../widgets/GroupedBars.cpp" line="+26"/>
        <source>per-class accuracy (test set)</source>
        <translation>akurasi per kelas (data uji)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy (recall)</source>
        <translation>akurasi (recall)</translation>
    </message>
</context>
<context>
    <name>aclwb::widgets::HeatMapView</name>
    <message>
        <location filename="../widgets/HeatMapView.cpp" line="+157"/>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>best</source>
        <translation>terbaik</translation>
    </message>
</context>
<context>
    <name>aclwb::widgets::LossShapePlot</name>
    <message>
        <location filename="../widgets/LossShapePlot.cpp" line="+19"/>
        <source>positive weight (1-p)^γ</source>
        <translation>bobot positif (1-p)^γ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>negative penalty −η log(1−p)</source>
        <translation>penalti negatif −η log(1−p)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p (probability of the pair)</source>
        <translation>p (probabilitas pasangan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight</source>
        <translation>bobot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>penalty</source>
        <translation>penalti</translation>
    </message>
</context>
<context>
    <name>aclwb::widgets::MetricsTable</name>
    <message>
        <location filename="../widgets/MetricsTable.cpp" line="+25"/>
        <source>metric</source>
        <translation>metrik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>nilai</translation>
    </message>
</context>
<context>
    <name>aclwb::widgets::PerClassBars</name>
    <message>
        <location filename="../widgets/PerClassBars.cpp" line="+30"/>
        <source>per-class accuracy</source>
        <translation>akurasi per kelas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy</source>
        <translation>akurasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minority class</source>
        <translation>kelas minoritas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy (recall)</source>
        <translation>akurasi (recall)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>
n = %1</source>
        <translation>
n = %1</translation>
    </message>
</context>
<context>
    <name>aclwb::widgets::PlotWidget</name>
    <message>
        <location filename="../widgets/PlotWidget.cpp" line="+113"/>
        <source>Export as PNG, SVG or PDF...</source>
        <translation>Ekspor sebagai PNG, SVG, atau PDF...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to clipboard</source>
        <translation>Salin ke papan klip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset view</source>
        <translation>Atur ulang tampilan</translation>
    </message>
</context>
<context>
    <name>aclwb::widgets::SampleGallery</name>
    <message numerus="yes">
        <location filename="../widgets/SampleGallery.cpp" line="+77"/>
        <source>%n sample(s) selected; %1 predicted wrong (red)</source>
        <translation>
            <numerusform>%n sampel dipilih; %1 salah diprediksi (merah)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aclwb::widgets::ThumbnailStrip</name>
    <message>
        <location filename="../widgets/ThumbnailStrip.cpp" line="+33"/>
        <source>%1, sample %2</source>
        <translation>%1, sampel %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+25"/>
        <source>Show the versions of the app, Qt and LibTorch, and the device.</source>
        <translation>Tampilkan versi aplikasi, Qt, dan LibTorch, serta perangkat yang digunakan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Load this experiment config (config.json format).</source>
        <translation>Muat konfigurasi eksperimen ini (format config.json).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start training the experiment right away.</source>
        <translation>Langsung mulai pelatihan eksperimen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ACL Workbench: contrastive learning on imbalanced image data (the AFCL loss family).</source>
        <translation>ACL Workbench: pembelajaran kontrastif pada data gambar yang tidak seimbang (keluarga loss AFCL).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open this run directory (curves, results, config).</source>
        <translation>Buka direktori proses ini (kurva, hasil, konfigurasi).</translation>
    </message>
</context>
</TS>
