<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AnimatedWebp</name>
    <message>
        <location filename="../widgets/AnimatedWebp.cpp" line="+28"/>
        <source>%1: no frames to write</source>
        <translation>%1: keine Frames zum Schreiben vorhanden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: libwebp version mismatch</source>
        <translation>%1: Version von libwebp passt nicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot start the WebP encoder</source>
        <translation>%1: WebP-Encoder kann nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: encoding a frame failed</source>
        <translation>%1: Kodieren eines Frames fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: assembling the animation failed</source>
        <translation>%1: Zusammensetzen der Animation fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: this build has no WebP encoder (libwebp-dev)</source>
        <translation>%1: Dieser Build enthält keinen WebP-Encoder (libwebp-dev)</translation>
    </message>
</context>
<context>
    <name>ConfigSchema</name>
    <message>
        <location filename="../app/gui/ConfigSchemaText.cpp" line="+15"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset to read</source>
        <translation>Einzulesender Datensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data dir</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset directory (fmnist: $ACLWB_DATA_DIR or the Debian path when empty)</source>
        <translation>Verzeichnis des Datensatzes (fmnist: $ACLWB_DATA_DIR oder, wenn leer, der Debian-Pfad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source class indices, majority first, e.g. 0,6 (empty: all)</source>
        <translation>Indizes der Quellklassen, Mehrheitsklasse zuerst, z. B. 0,6 (leer: alle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imbalance ratio</source>
        <translation>Ungleichgewichtsverhältnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Majority/minority ratio R &gt;= 1; 0 keeps the source&apos;s counts</source>
        <translation>Verhältnis von Mehrheits- zu Minderheitsklasse R &gt;= 1; 0 behält die Anzahlen der Quelle bei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How counts fall from the first class to the last</source>
        <translation>Wie die Anzahlen von der ersten zur letzten Klasse abnehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max per class</source>
        <translation>Max. pro Klasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap on the majority class (0: none)</source>
        <translation>Obergrenze für die Mehrheitsklasse (0: keine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matched: test set as imbalanced as training; balanced: as is</source>
        <translation>matched: Testmenge so unbalanciert wie das Training; balanced: unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Val fraction</source>
        <translation>Validierungsanteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stratified validation fraction of training</source>
        <translation>Stratifizierter Validierungsanteil der Trainingsdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test fraction</source>
        <translation>Testanteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stratified test fraction when the dataset has no test split</source>
        <translation>Stratifizierter Testanteil, wenn der Datensatz keine Testaufteilung hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image side in pixels for isic2018/folder</source>
        <translation>Seitenlänge der Bilder in Pixeln für isic2018/folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip unreadable</source>
        <translation>Unlesbare überspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out undecodable images, counted in a warning, instead of stopping</source>
        <translation>Nicht dekodierbare Bilder auslassen und in einer Warnung zählen, statt abzubrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache dir</source>
        <translation>Cache-Verzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoded-image cache (empty: ~/.cache/aclwb; none: no cache)</source>
        <translation>Cache für dekodierte Bilder (leer: ~/.cache/aclwb; none: kein Cache)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cl, fcl, acl, afcl (two stages) or ce, ce-weighted (end to end)</source>
        <translation>cl, fcl, acl, afcl (zwei Stufen) oder ce, ce-weighted (Ende-zu-Ende)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focusing parameter: down-weights positive pairs that are already close (fcl, afcl)</source>
        <translation>Fokussierungsparameter: gewichtet positive Paare, die bereits nah beieinanderliegen, geringer (fcl, afcl)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eta</source>
        <translation>Eta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight of the asymmetric term that pushes negatives apart (acl, afcl)</source>
        <translation>Gewicht des asymmetrischen Terms, der negative Paare auseinanderdrückt (acl, afcl)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Softmax temperature tau: lower sharpens the similarity distribution</source>
        <translation>Softmax-Temperatur tau: kleinere Werte schärfen die Ähnlichkeitsverteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normalization</source>
        <translation>Normierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch: divide by N (the authors&apos; code); positives: by |P(i)| and |N(i)|</source>
        <translation>batch: durch N teilen (Code der Autoren); positives: durch |P(i)| und |N(i)|</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Augmented views per image (2: SupCon style)</source>
        <translation>Augmentierte Ansichten pro Bild (2: wie bei SupCon)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Augment</source>
        <translation>Augmentierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random crop and flip of training images</source>
        <translation>Zufälliges Zuschneiden und Spiegeln der Trainingsbilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoder</source>
        <translation>Encoder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoder network</source>
        <translation>Encoder-Netzwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoder weights</source>
        <translation>Encoder-Gewichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the encoder from this state dict (model.pt or a PyTorch state_dict)</source>
        <translation>Encoder mit diesem State-Dict initialisieren (model.pt oder ein state_dict von PyTorch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs contrastive</source>
        <translation>Epochen kontrastiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage-1 epochs (ce: added to epochs_linear)</source>
        <translation>Epochen der Stufe 1 (ce: werden zu epochs_linear addiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs linear</source>
        <translation>Epochen linear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage-2 epochs with linear_solver minibatch (ce: added to epochs_contrastive)</source>
        <translation>Epochen der Stufe 2 bei linear_solver minibatch (ce: werden zu epochs_contrastive addiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear solver</source>
        <translation>Linearer Löser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage 2: lbfgs solves the linear probe on the frozen features to convergence; minibatch trains it for epochs_linear epochs with the optimizer and lr_linear</source>
        <translation>Stufe 2: lbfgs löst den linearen Klassifikator auf den eingefrorenen Merkmalen bis zur Konvergenz; minibatch trainiert ihn epochs_linear Epochen lang mit dem Optimierer und lr_linear</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linear max iter</source>
        <translation>Max. Iterationen linear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most L-BFGS iterations of the linear probe (it stops earlier once converged)</source>
        <translation>Höchstzahl der L-BFGS-Iterationen für den linearen Klassifikator (bei Konvergenz endet er früher)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear l2</source>
        <translation>L2 linear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L2 penalty on the linear probe&apos;s weights (lbfgs; on standardised features)</source>
        <translation>L2-Strafe auf die Gewichte des linearen Klassifikators (lbfgs; auf standardisierten Merkmalen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear balanced</source>
        <translation>Linear balanciert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight stage 2&apos;s cross-entropy by inverse class frequency (each class counts equally)</source>
        <translation>Kreuzentropie der Stufe 2 mit der inversen Klassenhäufigkeit gewichten (jede Klasse zählt gleich)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images per batch</source>
        <translation>Bilder pro Batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lr</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate of stage 1 (or of ce)</source>
        <translation>Lernrate der Stufe 1 (oder von ce)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lr linear</source>
        <translation>Lernrate linear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning rate of the linear classifier (linear_solver minibatch)</source>
        <translation>Lernrate des linearen Klassifikators (linear_solver minibatch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimizer</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimiser</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SGD momentum, in [0, 1)</source>
        <translation>SGD-Momentum, in [0, 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight decay</source>
        <translation>Gewichtszerfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight decay (stage 1)</source>
        <translation>Gewichtszerfall (Stufe 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Lernratenplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning-rate schedule</source>
        <translation>Zeitlicher Verlauf der Lernrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warmup epochs</source>
        <translation>Aufwärmepochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear warm-up epochs (at most the stage&apos;s epochs)</source>
        <translation>Epochen mit linearem Aufwärmen (höchstens so viele wie die Epochen der Stufe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balanced sampler</source>
        <translation>Balancierter Sampler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw batches class-balanced</source>
        <translation>Batches klassenbalanciert ziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed for data selection, initialisation, augmentation, shuffling</source>
        <translation>Seed für Datenauswahl, Initialisierung, Augmentierung und Mischen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cpu, cuda, cuda:N or auto</source>
        <translation>cpu, cuda, cuda:N oder auto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads (0: one per hardware thread)</source>
        <translation>CPU-Threads (0: einer pro Hardware-Thread)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embedding</source>
        <translation>Einbettung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What embeddings.csv holds</source>
        <translation>Inhalt von embeddings.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot every</source>
        <translation>Snapshot alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embedding snapshots of validation points every K epochs and at the end (0: off)</source>
        <translation>Snapshots der Einbettung von Validierungspunkten alle K Epochen und am Ende (0: aus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshot points</source>
        <translation>Snapshot-Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points per snapshot (class-stratified; minority classes kept whole)</source>
        <translation>Punkte pro Snapshot (klassenstratifiziert; Minderheitsklassen bleiben vollständig)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/DeviceInfo.cpp" line="+32"/>
        <source>CPU, %1 threads</source>
        <translation>CPU, %1 Threads</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CUDA (%1 devices); %2</source>
        <translation>CUDA (%1 Geräte); %2</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+82"/>
        <source>stage 1: contrastive loss</source>
        <translation>Stufe 1: kontrastiver Verlust</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stage 2: linear classifier (frozen encoder)</source>
        <translation>Stufe 2: linearer Klassifikator (eingefrorener Encoder)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cross-entropy (end to end)</source>
        <translation>Kreuzentropie (Ende-zu-Ende)</translation>
    </message>
    <message>
        <location filename="../widgets/PlotExport.cpp" line="+38"/>
        <source>unknown image format &apos;%1&apos;: use .png, .svg or .pdf</source>
        <translation>unbekanntes Bildformat &apos;%1&apos;: verwenden Sie .png, .svg oder .pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Bild (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export plot</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/RunComparison.cpp" line="+56"/>
        <source>%1 has no readable config.json: %2</source>
        <translation>%1 hat keine lesbare config.json: %2</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (1 seed)</source>
        <translation>%1 (1 Seed)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ± %2 (%3 seeds)</source>
        <translation>%1 ± %2 (%3 Seeds)</translation>
    </message>
    <message>
        <location filename="../app/gui/RunNotes.cpp" line="+54"/>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>aclwb::gui::CompareView</name>
    <message>
        <location filename="../app/gui/CompareView.cpp" line="+57"/>
        <source>Export the comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Metrics are on the test set, with the seed spread of each setting (every finished run of the workspace that differs only in its seed). ≈: the difference to the first run is smaller than the spread.</source>
        <translation>Die Metriken beziehen sich auf die Testmenge, mit der Streuung über die Seeds jeder Einstellung (alle abgeschlossenen Läufe des Arbeitsbereichs, die sich nur im Seed unterscheiden). ≈: Der Unterschied zum ersten Lauf ist kleiner als die Streuung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select two or more runs in the Runs tab and press Compare (Ctrl+D), or click a cell of a sweep&apos;s heat map.</source>
        <translation>Wählen Sie im Reiter „Läufe“ zwei oder mehr Läufe aus und klicken Sie auf „Vergleichen“ (Ctrl+D), oder klicken Sie auf eine Zelle der Heatmap eines Sweeps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV...</source>
        <translation>CSV exportieren...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>validation balanced accuracy</source>
        <translation>balancierte Validierungsgenauigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>epoch (whole run)</source>
        <translation>Epoche (gesamter Lauf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>balanced accuracy</source>
        <translation>balancierte Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage-1 loss (epoch means)</source>
        <translation>Verlust der Stufe 1 (Epochenmittel)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balanced acc.</source>
        <translation>Bal. Genauigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vs first</source>
        <translation>ggü. erstem Lauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minority acc.</source>
        <translation>Gen. Minderheitsklasse</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Seed runs:
%1</source>
        <translation>Seed-Läufe:
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>? (needs 2+ seeds each)</source>
        <translation>? (je mindestens 2 Seeds nötig)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≈ within the spread</source>
        <translation>≈ innerhalb der Streuung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>better, beyond the spread</source>
        <translation>besser, über die Streuung hinaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worse, beyond the spread</source>
        <translation>schlechter, über die Streuung hinaus</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Nothing compared yet.</source>
        <translation>Noch nichts verglichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>aclwb::gui::EmbeddingExplorer</name>
    <message>
        <location filename="../app/gui/EmbeddingExplorer.cpp" line="+53"/>
        <source>Sample images are not available: %1</source>
        <translation>Beispielbilder sind nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>%1 has no embedding snapshots (snapshot_every was 0) and no test embeddings (the run did not finish).</source>
        <translation>%1 hat keine Snapshots der Einbettung (snapshot_every war 0) und keine Einbettungen der Testmenge (der Lauf wurde nicht abgeschlossen).</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Cannot read the snapshot of epoch %1: %2</source>
        <translation>Der Snapshot von Epoche %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Cannot lay out the embedding: %1</source>
        <translation>Das Layout der Einbettung kann nicht berechnet werden: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Only snapshots have epochs.</source>
        <translation>Nur Snapshots haben Epochen.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample %1 (%2): true %3, predicted %4</source>
        <translation>Beispiel %1 (%2): wahre Klasse %3, vorhergesagt %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sample %1 (%2): true %3, no classifier yet</source>
        <translation>Beispiel %1 (%2): wahre Klasse %3, noch kein Klassifikator</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>#%1 %2, predicted %3</source>
        <translation>#%1 %2, vorhergesagt %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No layout to export yet.</source>
        <translation>Noch kein Layout zum Exportieren vorhanden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The picture separates the classes more cleanly than the embedding does (10-NN accuracy %1 here, %2 in the embedding).</source>
        <translation>Die Darstellung trennt die Klassen sauberer als die Einbettung (10-NN-Genauigkeit hier %1, in der Einbettung %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The embedding separates the classes better than this picture shows (10-NN accuracy %1 here, %2 in the embedding).</source>
        <translation>Die Einbettung trennt die Klassen besser, als diese Darstellung zeigt (10-NN-Genauigkeit hier %1, in der Einbettung %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trustworthiness %1: many neighbours in the picture are not neighbours in the embedding.</source>
        <translation>Vertrauenswürdigkeit %1: Viele Nachbarn in der Darstellung sind in der Einbettung keine Nachbarn.</translation>
    </message>
</context>
<context>
    <name>aclwb::gui::EmbeddingView</name>
    <message>
        <location filename="../app/gui/EmbeddingView.cpp" line="+190"/>
        <source>Validation snapshots</source>
        <translation>Validierungs-Snapshots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test set (final model)</source>
        <translation>Testmenge (finales Modell)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which points: the fixed validation subsample embedded every few epochs, or every test image embedded by the finished model (embeddings.csv)</source>
        <translation>Welche Punkte: die feste Validierungsstichprobe, alle paar Epochen eingebettet, oder jedes Testbild, eingebettet vom fertigen Modell (embeddings.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projection head</source>
        <translation>Projektionskopf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoder features</source>
        <translation>Encoder-Merkmale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The space the contrastive loss shapes (projection head) or the one the linear classifier sees (encoder features)</source>
        <translation>Der Raum, den der kontrastive Verlust formt (Projektionskopf), oder der, den der lineare Klassifikator sieht (Encoder-Merkmale)</translation>
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
        <translation>t-SNE zeigt Nachbarschaften (animiert während der Optimierung); PCA die beiden Richtungen größter Varianz (exakt, sofort)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pan/&amp;zoom</source>
        <translation>Verschieben/&amp;Zoomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to pan, wheel to zoom; right-click for Reset view and exports</source>
        <translation>Ziehen zum Verschieben, Mausrad zum Zoomen; Rechtsklick für „Ansicht zurücksetzen“ und Exporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rectangle</source>
        <translation>&amp;Rechteck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a rectangle to open the selected samples&apos; images</source>
        <translation>Ein Rechteck aufziehen, um die Bilder der ausgewählten Beispiele zu öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lasso</source>
        <translation>&amp;Lasso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw around points to open the selected samples&apos; images</source>
        <translation>Punkte umkreisen, um die Bilder der ausgewählten Beispiele zu öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image (PNG, SVG, PDF)...</source>
        <translation>Bild (PNG, SVG, PDF)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates (CSV)...</source>
        <translation>Koordinaten (CSV)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay frames (PNG, animated WebP)...</source>
        <translation>Wiedergabe-Frames (PNG, animiertes WebP)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>t-SNE settings</source>
        <translation>t-SNE-Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perplexity</source>
        <translation>Perplexität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the number of neighbours each point attends to (5-50 is usual)</source>
        <translation>Ungefähr die Zahl der Nachbarn, die jeder Punkt berücksichtigt (üblich sind 5-50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optimisation steps (the first 250 exaggerate clusters, except when continuing from a layout)</source>
        <translation>Optimierungsschritte (die ersten 250 überzeichnen die Cluster, außer beim Fortsetzen von einem Layout)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theta</source>
        <translation>Theta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barnes-Hut accuracy (smaller: slower, more exact); below 1000 points t-SNE is exact</source>
        <translation>Barnes-Hut-Genauigkeit (kleiner: langsamer, genauer); unter 1000 Punkten ist t-SNE exakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seed of the initial layout</source>
        <translation>Der Seed des Anfangslayouts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PCA dimensions</source>
        <translation>PCA-Dimensionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduce to this many dimensions by PCA first (0: never)</source>
        <translation>Zuerst per PCA auf so viele Dimensionen reduzieren (0: nie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample under the cursor</source>
        <translation>Beispiel unter dem Mauszeiger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can the picture be trusted?</source>
        <translation>Ist die Darstellung verlässlich?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay the run&apos;s snapshots from the first epoch</source>
        <translation>Die Snapshots des Laufs ab der ersten Epoche abspielen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The snapshot&apos;s epoch: drag to scrub through the run</source>
        <translation>Epoche des Snapshots: ziehen, um durch den Lauf zu blättern</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Export the layout&apos;s coordinates</source>
        <translation>Koordinaten des Layouts exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder for the replay frames</source>
        <translation>Ordner für die Wiedergabe-Frames</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Play</source>
        <translation>Ab&amp;spielen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test set</source>
        <translation>Testmenge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No snapshots</source>
        <translation>Keine Snapshots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Epoch %1 (%2 of %3)%4</source>
        <translation>Epoche %1 (%2 von %3)%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, live</source>
        <translation>, live</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for the first snapshot (Training &gt; Snapshot every sets how often)...</source>
        <translation>Warten auf den ersten Snapshot (Training &gt; Snapshot alle legt fest, wie oft)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a run with snapshots, or open a run (File &gt; Open run), to see its embedding.</source>
        <translation>Starten Sie einen Lauf mit Snapshots oder öffnen Sie einen Lauf (Datei &gt; Lauf öffnen), um seine Einbettung zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Test set, final model: %n point(s)</source>
        <translation>
            <numerusform>Testmenge, finales Modell: %n Punkt</numerusform>
            <numerusform>Testmenge, finales Modell: %n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contrastive</source>
        <translation>kontrastiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Epoch %1 (%2 epoch %3): %n validation point(s)</source>
        <translation>
            <numerusform>Epoche %1 (%2, Epoche %3): %n Validierungspunkt</numerusform>
            <numerusform>Epoche %1 (%2, Epoche %3): %n Validierungspunkte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>t-SNE (exact)</source>
        <translation>t-SNE (exakt)</translation>
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
            <numerusform>PCA von %n Punkt</numerusform>
            <numerusform>PCA von %n Punkten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: iteration %2 of %3, %4 s</source>
        <translation>%1: Iteration %2 von %3, %4 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; KL divergence about %1</source>
        <translation>; KL-Divergenz etwa %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 iterations in %3 s; KL divergence about %4</source>
        <translation>%1: %2 Iterationen in %3 s; KL-Divergenz etwa %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 iterations in %3 s; KL divergence %4</source>
        <translation>%1: %2 Iterationen in %3 s; KL-Divergenz %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Trustworthiness (k = 10): %1</source>
        <translation>Vertrauenswürdigkeit (k = 10): %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>10-NN accuracy: %1 in the picture, %2 in the embedding</source>
        <translation>10-NN-Genauigkeit: %1 in der Darstellung, %2 in der Einbettung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(on %1 of %2 points, evenly spaced)</source>
        <translation>(auf %1 von %2 Punkten, gleichmäßig verteilt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>computed when the layout is done</source>
        <translation>wird berechnet, sobald das Layout fertig ist</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hover over a point to see its image; drag a rectangle or lasso to open a gallery.</source>
        <translation>Zeigen Sie auf einen Punkt, um sein Bild zu sehen; ziehen Sie ein Rechteck oder Lasso auf, um eine Galerie zu öffnen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(loading)</source>
        <translation>(wird geladen)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Selected samples: %1</source>
        <translation>Ausgewählte Beispiele: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Computing every epoch&apos;s layout for the replay...</source>
        <translation>Layouts aller Epochen für die Wiedergabe werden berechnet...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only validation snapshots can be replayed.</source>
        <translation>Nur Validierungs-Snapshots können abgespielt werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The replay stopped before every epoch had a layout.</source>
        <translation>Die Wiedergabe wurde beendet, bevor jede Epoche ein Layout hatte.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Epoch %1</source>
        <translation>Epoche %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Wrote %n replay frame(s) to %1</source>
        <translation>
            <numerusform>%n Wiedergabe-Frame in %1 geschrieben</numerusform>
            <numerusform>%n Wiedergabe-Frames in %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aclwb::gui::ExperimentModel</name>
    <message>
        <location filename="../app/gui/ExperimentModel.cpp" line="+33"/>
        <source>unknown config key &apos;%1&apos;</source>
        <translation>unbekannter Konfigurationsschlüssel &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>aclwb::gui::ExperimentPanel</name>
    <message>
        <location filename="../app/gui/ExperimentPanel.cpp" line="+50"/>
        <source>Classes (the first checked is the majority)</source>
        <translation>Klassen (die erste markierte ist die Mehrheitsklasse)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imbalance</source>
        <translation>Ungleichgewicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Majority/minority count ratio on a log scale, 1 to 1000</source>
        <translation>Verhältnis der Anzahlen von Mehrheits- zu Minderheitsklasse auf logarithmischer Skala, 1 bis 1000</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>source counts</source>
        <translation>Originalanzahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Majority/minority count ratio R &gt;= 1 (0 keeps the dataset&apos;s own counts)</source>
        <translation>Verhältnis der Anzahlen von Mehrheits- zu Minderheitsklasse R &gt;= 1 (0 behält die Anzahlen des Datensatzes bei)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imbalance ratio</source>
        <translation>Ungleichgewichtsverhältnis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Images per class</source>
        <translation>Bilder pro Klasse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log scale</source>
        <translation>Logarithmische Skala</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Splits, images, seed</source>
        <translation>Aufteilung, Bilder, Seed</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading the dataset...</source>
        <translation>Datensatz wird gelesen...</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 (majority)</source>
        <translation>%1 (Mehrheitsklasse)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Source class %1</source>
        <translation>Quellklasse %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 training images in %2 classes; data fingerprint %3</source>
        <translation>%1 Trainingsbilder in %2 Klassen; Daten-Fingerabdruck %3</translation>
    </message>
</context>
<context>
    <name>aclwb::gui::LossPanel</name>
    <message>
        <location filename="../app/gui/LossPanel.cpp" line="+30"/>
        <source>Blue: how much a positive pair with probability p still counts, (1-p)^gamma. Red: the extra penalty on a negative pair, -eta log(1-p).</source>
        <translation>Blau: wie stark ein positives Paar mit Wahrscheinlichkeit p noch zählt, (1-p)^gamma. Rot: die zusätzliche Strafe für ein negatives Paar, -eta log(1-p).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cross-entropy baseline: one end-to-end stage of %1 epochs; gamma, eta and the temperature are not used.</source>
        <translation>Kreuzentropie-Baseline: eine Ende-zu-Ende-Stufe mit %1 Epochen; gamma, eta und die Temperatur werden nicht verwendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With gamma = eta = 0 this is the plain supervised contrastive loss (CL).</source>
        <translation>Mit gamma = eta = 0 ist dies der einfache überwachte kontrastive Verlust (CL).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focal contrastive loss (FCL): gamma &gt; 0 turns attention away from easy positive pairs.</source>
        <translation>Fokaler kontrastiver Verlust (FCL): gamma &gt; 0 lenkt die Aufmerksamkeit von leichten positiven Paaren ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asymmetric contrastive loss (ACL): eta &gt; 0 pushes negative pairs apart.</source>
        <translation>Asymmetrischer kontrastiver Verlust (ACL): eta &gt; 0 drückt negative Paare auseinander.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asymmetric focal contrastive loss (AFCL): both terms.</source>
        <translation>Asymmetrischer fokaler kontrastiver Verlust (AFCL): beide Terme.</translation>
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
        <translation>Dat&amp;en</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>&amp;Loss</source>
        <translation>&amp;Verlust</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Curves</source>
        <translation>Kurven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready: set up an experiment on the left and press Run (Ctrl+R).</source>
        <translation>Bereit: Richten Sie links ein Experiment ein und starten Sie es mit „Starten“ (Ctrl+R).</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Train the current experiment in a new run folder</source>
        <translation>Das aktuelle Experiment in einem neuen Laufordner trainieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause after the current step (held in memory)</source>
        <translation>Nach dem aktuellen Schritt pausieren (bleibt im Speicher)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Continue the paused run</source>
        <translation>Den pausierten Lauf fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop after the current step; the last completed epoch stays checkpointed</source>
        <translation>Nach dem aktuellen Schritt stoppen; die letzte abgeschlossene Epoche bleibt als Checkpoint gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume opened run</source>
        <translation>Geöffneten Lauf fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the cancelled or interrupted run that is open, from its checkpoint</source>
        <translation>Den geöffneten, abgebrochenen oder unterbrochenen Lauf ab seinem Checkpoint fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log-scale losses</source>
        <translation>&amp;Logarithmische Verlustskala</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open config...</source>
        <translation>Konfiguration ö&amp;ffnen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open experiment config</source>
        <translation>Experimentkonfiguration öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Run config (*.json)</source>
        <translation>Laufkonfiguration (*.json)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Save config...</source>
        <translation>Konfiguration &amp;speichern...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save experiment config</source>
        <translation>Experimentkonfiguration speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recent configs</source>
        <translation>Letzte Konfigurationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;run...</source>
        <translation>&amp;Lauf öffnen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a run directory</source>
        <translation>Laufverzeichnis öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recent runs</source>
        <translation>Letzte Läufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show run folder</source>
        <translation>Laufordner anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export plot</source>
        <translation>Diagramm &amp;exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export results as &amp;CSV...</source>
        <translation>Ergebnisse als &amp;CSV exportieren...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export results as &amp;JSON...</source>
        <translation>Ergebnisse als &amp;JSON exportieren...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No results to export</source>
        <translation>Keine Ergebnisse zum Exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finish a run, or open a finished one, first.</source>
        <translation>Schließen Sie zuerst einen Lauf ab oder öffnen Sie einen abgeschlossenen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+547"/>
        <source>Export results</source>
        <translation>Ergebnisse exportieren</translation>
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
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-546"/>
        <location line="+493"/>
        <location line="+53"/>
        <source>could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="-543"/>
        <source>Copy &amp;command line</source>
        <translation>&amp;Kommandozeile kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose &amp;workspace...</source>
        <translation>&amp;Arbeitsbereich wählen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset plot views</source>
        <translation>Diagrammansichten zurücksetzen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ACL Workbench</source>
        <translation>Ü&amp;ber ACL Workbench</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loading %1...</source>
        <translation>%1 wird geladen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loading %1</source>
        <translation>lade %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+542"/>
        <source>(no second stage)</source>
        <translation>(keine zweite Stufe)</translation>
    </message>
    <message>
        <location line="-519"/>
        <source>%1%2 on %3 (%4), %5 train / %6 val / %7 test images, %8 threads, device %9</source>
        <translation>%1%2 auf %3 (%4), %5 Trainings- / %6 Validierungs- / %7 Testbilder, %8 Threads, Gerät %9</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>Embedding</source>
        <translation>Einbettung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The learned embedding, live during a run and replayed from a run&apos;s snapshots</source>
        <translation>Die gelernte Einbettung, live während eines Laufs und aus den Snapshots eines Laufs wiedergegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every run of the workspace: sort, filter, open, compare, resume, tag, delete</source>
        <translation>Alle Läufe des Arbeitsbereichs: sortieren, filtern, öffnen, vergleichen, fortsetzen, mit Tags versehen, löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs side by side, with seed spreads and the config keys they differ in</source>
        <translation>Läufe nebeneinander, mit der Streuung über die Seeds und den Konfigurationsschlüsseln, in denen sie sich unterscheiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweeps</source>
        <translation>Sweeps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweep gamma x eta, watch the heat map fill, export the sweep for Slurm</source>
        <translation>Sweep über gamma x eta, die Heatmap beim Füllen verfolgen, den Sweep für Slurm exportieren</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&amp;Run</source>
        <comment>action: start training</comment>
        <translation>S&amp;tarten</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>&amp;Run</source>
        <comment>menu title</comment>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>resuming </source>
        <translation>Fortsetzung: </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>[%1] %2 epochs</source>
        <translation>[%1] %2 Epochen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · epoch %2/%3 · step %4/%5 · loss %6 · %7 img/s · ETA %8</source>
        <translation>%1 · Epoche %2/%3 · Schritt %4/%5 · Verlust %6 · %7 Bilder/s · Restzeit %8</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[%1] epoch %2: loss %3 (%4 s)</source>
        <translation>[%1] Epoche %2: Verlust %3 (%4 s)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Validation, epoch %1 of the run</source>
        <translation>Validierung, Epoche %1 des Laufs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, validation accuracy %1, balanced %2</source>
        <translation>, Validierungsgenauigkeit %1, balanciert %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (restored)</source>
        <translation> (wiederhergestellt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>[snapshot] epoch %1: %2 points; 10-NN accuracy per class: %3</source>
        <translation>[Snapshot] Epoche %1: %2 Punkte; 10-NN-Genauigkeit pro Klasse: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluating on the test set...</source>
        <translation>Auswertung auf der Testmenge...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the run&apos;s files...</source>
        <translation>Die Dateien des Laufs werden geschrieben...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test set (final)</source>
        <translation>Testmenge (final)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>accuracy %1   balanced accuracy %2   macro-F1 %3   (%4)</source>
        <translation>Genauigkeit %1   balancierte Genauigkeit %2   macro-F1 %3   (%4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>finished in %1; run folder %2</source>
        <translation>abgeschlossen in %1; Laufordner %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished: balanced accuracy %1 on the test set. Results tab shows every class.</source>
        <translation>Abgeschlossen: balancierte Genauigkeit %1 auf der Testmenge. Der Reiter „Ergebnisse“ zeigt jede Klasse.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped. The last completed epoch is checkpointed: Resume opened run (Ctrl+Shift+R) continues it.</source>
        <translation>Gestoppt. Die letzte abgeschlossene Epoche ist als Checkpoint gespeichert: „Geöffneten Lauf fortsetzen“ (Ctrl+Shift+R) setzt ihn fort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped before the first epoch completed; nothing to resume.</source>
        <translation>Gestoppt, bevor die erste Epoche abgeschlossen war; nichts fortzusetzen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run stopped with an error.</source>
        <translation>Der Lauf wurde mit einem Fehler beendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run stopped</source>
        <translation>Der Lauf wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop it before resuming another.</source>
        <translation>Stoppen Sie ihn, bevor Sie einen anderen fortsetzen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Paused: the run is held in memory; Resume (Ctrl+Shift+P) continues exactly here.</source>
        <translation>Pausiert: Der Lauf wird im Speicher gehalten; „Fortsetzen“ (Ctrl+Shift+P) macht genau hier weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping after the current step...</source>
        <translation>Wird nach dem aktuellen Schritt gestoppt...</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Workspace: the folder every run is written to (remembered)</source>
        <translation>Arbeitsbereich: der Ordner, in den jeder Lauf geschrieben wird (wird gemerkt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot use the workspace</source>
        <translation>Arbeitsbereich kann nicht verwendet werden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>could not create %1</source>
        <translation>%1 konnte nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Where should runs go?</source>
        <translation>Wohin sollen die Läufe geschrieben werden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every run is written to a folder of its own (the same files aclwb-cli writes) inside a workspace folder.&lt;br&gt;&lt;br&gt;Use &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation>Jeder Lauf wird in einen eigenen Ordner (mit denselben Dateien, die aclwb-cli schreibt) innerhalb eines Arbeitsbereichsordners geschrieben.&lt;br&gt;&lt;br&gt;&lt;b&gt;%1&lt;/b&gt; verwenden?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this folder</source>
        <translation>Diesen Ordner verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another...</source>
        <translation>Anderen wählen...</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The experiment cannot run</source>
        <translation>Das Experiment kann nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>$ %1</source>
        <translation>$ %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot resume %1</source>
        <translation>%1 kann nicht fortgesetzt werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>$ aclwb-cli train --resume %1</source>
        <translation>$ aclwb-cli train --resume %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the run</source>
        <translation>Der Lauf kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The run is damaged</source>
        <translation>Der Lauf ist beschädigt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>embedding: %1</source>
        <translation>Einbettung: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Test set (final) of %1</source>
        <translation>Testmenge (final) von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validation, epoch %1 (the run did not finish)</source>
        <translation>Validierung, Epoche %1 (der Lauf wurde nicht abgeschlossen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>opened %1: %2%3</source>
        <translation>%1 geöffnet: %2%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened a %1 run: Resume opened run (Ctrl+Shift+R) continues it.</source>
        <translation>Lauf mit Status %1 geöffnet: „Geöffneten Lauf fortsetzen“ (Ctrl+Shift+R) setzt ihn fort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot load the config</source>
        <translation>Die Konfiguration kann nicht geladen werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loaded %1</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot save the config</source>
        <translation>Die Konfiguration kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1 (aclwb-cli train --config %1 runs it headless)</source>
        <translation>%1 gespeichert (aclwb-cli train --config %1 führt sie ohne Oberfläche aus)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>L-BFGS loss evaluation</source>
        <translation>L-BFGS-Verlustauswertung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;h3&gt;Three steps&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Data&lt;/b&gt;: choose the dataset, tick the classes (the first is the majority) and set the imbalance ratio; the histogram shows how many images each class gets.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Loss&lt;/b&gt;: choose CL, FCL, ACL, AFCL or a cross-entropy baseline and set gamma, eta and the temperature; the plot shows what each term does.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Run&lt;/b&gt; (Ctrl+R): the curves and per-class results fill in while it trains. Every run is a folder in your workspace, which File &amp;gt; Open run and aclwb-cli read alike.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h3&gt;Drei Schritte&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Daten&lt;/b&gt;: Wählen Sie den Datensatz, kreuzen Sie die Klassen an (die erste ist die Mehrheitsklasse) und stellen Sie das Ungleichgewichtsverhältnis ein; das Histogramm zeigt, wie viele Bilder jede Klasse erhält.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Verlust&lt;/b&gt;: Wählen Sie CL, FCL, ACL, AFCL oder eine Kreuzentropie-Baseline und stellen Sie gamma, eta und die Temperatur ein; die Grafik zeigt, was jeder Term bewirkt.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Lauf&lt;/b&gt; (Ctrl+R): Kurven und Ergebnisse pro Klasse füllen sich während des Trainings. Jeder Lauf ist ein Ordner in Ihrem Arbeitsbereich, den Datei &amp;gt; Lauf öffnen und aclwb-cli gleichermaßen lesen.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About ACL Workbench</source>
        <translation>Über ACL Workbench</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;ACL Workbench %1&lt;/h3&gt;&lt;p&gt;Contrastive learning on imbalanced image data: the asymmetric focal contrastive loss (Vito &amp;amp; Stefanus, Entropy 2022) and its family.&lt;/p&gt;&lt;p&gt;Qt %2 · LibTorch %3 · %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ACL Workbench %1&lt;/h3&gt;&lt;p&gt;Kontrastives Lernen auf unbalancierten Bilddaten: der asymmetrische fokale kontrastive Verlust (Vito &amp;amp; Stefanus, Entropy 2022) und seine Familie.&lt;/p&gt;&lt;p&gt;Qt %2 · LibTorch %3 · %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-457"/>
        <location line="+468"/>
        <source>A run is in progress</source>
        <translation>Ein Lauf ist noch aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the run and quit? The last completed epoch stays checkpointed, and the run can be resumed later (File &gt; Open run, then Resume).</source>
        <translation>Den Lauf stoppen und das Programm beenden? Die letzte abgeschlossene Epoche bleibt als Checkpoint gespeichert, und der Lauf kann später fortgesetzt werden (Datei &gt; Lauf öffnen, dann „Geöffneten Lauf fortsetzen“).</translation>
    </message>
</context>
<context>
    <name>aclwb::gui::ResultsView</name>
    <message>
        <location filename="../app/gui/ResultsView.cpp" line="+52"/>
        <source>No results yet: start a run (Ctrl+R) or open a finished one (Ctrl+Shift+O).</source>
        <translation>Noch keine Ergebnisse: Starten Sie einen Lauf (Ctrl+R) oder öffnen Sie einen abgeschlossenen (Ctrl+Shift+O).</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Normalise the confusion matrix by row (recall per true class)</source>
        <translation>Konfusionsmatrix zeilenweise normieren (Recall pro wahrer Klasse)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for the first validation epoch...</source>
        <translation>Warten auf die erste Validierungsepoche...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>balanced accuracy</source>
        <translation>balancierte Genauigkeit</translation>
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
        <translation>Richtige / alle: verdeckt eine Minderheitsklasse, die nie vorhergesagt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean recall over classes: what imbalance makes necessary</source>
        <translation>Mittlerer Recall über die Klassen: was ein Ungleichgewicht erforderlich macht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean F1 over classes</source>
        <translation>Mittlerer F1-Wert über die Klassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two classes only: the second class as positive</source>
        <translation>Nur zwei Klassen: die zweite Klasse als positive</translation>
    </message>
</context>
<context>
    <name>aclwb::gui::RunsTableModel</name>
    <message>
        <location filename="../app/gui/RunsTableModel.cpp" line="+170"/>
        <source>running on %1 (%2/%3)</source>
        <translation>läuft auf %1 (%2/%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>running (%1/%2)</source>
        <translation>läuft (%1/%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stale (%1)</source>
        <translation>verwaist (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this host</source>
        <translation>dieser Rechner</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss</source>
        <translation>Verlust</translation>
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
        <translation>Verhältnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balanced acc.</source>
        <translation>Bal. Genauigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minority acc.</source>
        <translation>Gen. Minderheitsklasse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Macro-F1</source>
        <translation>Macro-F1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>aclwb::gui::RunsView</name>
    <message>
        <location filename="../app/gui/RunsView.cpp" line="+159"/>
        <source>Cannot delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filter: any text of a row (loss, status, class, tag, note...)</source>
        <translation>Filter: beliebiger Text einer Zeile (Verlust, Status, Klasse, Tag, Notiz...)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the columns shown (remembered)</source>
        <translation>Angezeigte Spalten auswählen (wird gemerkt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the run&apos;s curves, results, embedding and config (Enter, or double-click)</source>
        <translation>Kurven, Ergebnisse, Einbettung und Konfiguration des Laufs anzeigen (Enter oder Doppelklick)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the selected runs side by side (Ctrl+D; select two or more)</source>
        <translation>Die ausgewählten Läufe nebeneinander vergleichen (Ctrl+D; zwei oder mehr auswählen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue a stopped or interrupted run from its last checkpoint</source>
        <translation>Einen gestoppten oder unterbrochenen Lauf ab seinem letzten Checkpoint fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the run a name of your own (F2; the folder keeps its name)</source>
        <translation>Dem Lauf einen eigenen Namen geben (F2; der Ordner behält seinen Namen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+169"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Tags, separated by commas (Ctrl+T)</source>
        <translation>Tags, durch Kommas getrennt (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+176"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>A note about the run (Ctrl+N)</source>
        <translation>Eine Notiz zum Lauf (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show folder</source>
        <translation>Ordner anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the run&apos;s folder in the file manager</source>
        <translation>Den Ordner des Laufs im Dateimanager öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected runs to the trash (Del; asks first)</source>
        <translation>Die ausgewählten Läufe in den Papierkorb verschieben (Del; mit Rückfrage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the workspace again (F5; also every few seconds while shown)</source>
        <translation>Den Arbeitsbereich neu einlesen (F5; während der Anzeige auch alle paar Sekunden)</translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>%1 of %n run(s)</source>
        <translation>
            <numerusform>%1 von %n Lauf</numerusform>
            <numerusform>%1 von %n Läufen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Rename run</source>
        <translation>Lauf umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name shown for %1:</source>
        <translation>Angezeigter Name für %1:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags, separated by commas:</source>
        <translation>Tags, durch Kommas getrennt:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Note for %1:</source>
        <translation>Notiz zu %1:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is running: stop it first.</source>
        <translation>%1 läuft: Stoppen Sie ihn zuerst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete runs</source>
        <translation>Läufe löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Move %n run(s) to the trash? They can be restored from there.</source>
        <translation>
            <numerusform>%n Lauf in den Papierkorb verschieben? Er kann dort wiederhergestellt werden.</numerusform>
            <numerusform>%n Läufe in den Papierkorb verschieben? Sie können dort wiederhergestellt werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not move to the trash (nothing was deleted for good): %1</source>
        <translation>Verschieben in den Papierkorb fehlgeschlagen (nichts wurde endgültig gelöscht): %1</translation>
    </message>
</context>
<context>
    <name>aclwb::gui::SchemaForm</name>
    <message>
        <location filename="../app/gui/SchemaForm.cpp" line="+120"/>
        <source>e.g. 0,6 (empty: all)</source>
        <translation>z. B. 0,6 (leer: alle)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose with a dialog</source>
        <translation>Über einen Dialog auswählen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encoder weights</source>
        <translation>Encoder-Gewichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State dict (*.pt *.pth);;All files (*)</source>
        <translation>State-Dict (*.pt *.pth);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>aclwb::gui::SlurmDialog</name>
    <message>
        <location filename="../app/gui/SlurmDialog.cpp" line="+19"/>
        <source>Export as Slurm job array</source>
        <translation>Als Slurm-Job-Array exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Array tasks; the runs are shared out between them (run k goes to task k mod tasks)</source>
        <translation>Array-Tasks; die Läufe werden auf sie verteilt (Lauf k geht an Task k mod Tasks)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPUs per task; with one or more the runs train on cuda, as many at a time as GPUs, each on its own</source>
        <translation>GPUs pro Task; ab einer trainieren die Läufe auf cuda, so viele gleichzeitig wie GPUs, jeder auf seiner eigenen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CPUs per task, shared out as the parallel runs&apos; threads</source>
        <translation>CPUs pro Task, aufgeteilt auf die Threads der parallelen Läufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time limit per task in Slurm&apos;s forms: MM, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS (04:00 is four minutes)</source>
        <translation>Zeitlimit pro Task in Slurms Formen: MM, MM:SS, HH:MM:SS, D-HH, D-HH:MM oder D-HH:MM:SS (04:00 sind vier Minuten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>the cluster&apos;s default</source>
        <translation>Standard des Clusters</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Memory per task (#SBATCH --mem), e.g. 16G</source>
        <translation>Speicher pro Task (#SBATCH --mem), z. B. 16G</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder for the job</source>
        <translation>Ordner für den Job</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Array tasks</source>
        <translation>Array-Tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPUs per task</source>
        <translation>GPUs pro Task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPUs per task</source>
        <translation>CPUs pro Task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes a folder to copy to the cluster: config.json, sweep.sbatch, submit.sh (run it there) and runs/. Copy runs/ back into the workspace and open it here: the heat map reads it like a local sweep.</source>
        <translation>Schreibt einen Ordner zum Kopieren auf den Cluster: config.json, sweep.sbatch, submit.sh (dort ausführen) und runs/. Kopieren Sie runs/ zurück in den Arbeitsbereich und öffnen Sie ihn hier: die Heatmap liest ihn wie einen lokalen Sweep.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>aclwb::gui::SweepDialog</name>
    <message>
        <location filename="../app/gui/SweepDialog.cpp" line="+42"/>
        <source>New sweep</source>
        <translation>Neuer Sweep</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Values of gamma (focusing), separated by commas</source>
        <translation>Werte für gamma (Fokussierung), durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values of eta (the asymmetric term&apos;s weight), separated by commas</source>
        <translation>Werte für eta (Gewicht des asymmetrischen Terms), durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>not swept (%1)</source>
        <translation>nicht variiert (%1)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Optional: values of the temperature</source>
        <translation>Optional: Werte für die Temperatur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: values of the imbalance ratio</source>
        <translation>Optional: Werte für das Ungleichgewichtsverhältnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every point is repeated with each seed: the heat map shows mean ± std over them</source>
        <translation>Jeder Punkt wird mit jedem Seed wiederholt: Die Heatmap zeigt Mittelwert ± Standardabweichung über die Seeds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs at a time inside the app; the cores are shared out between them</source>
        <translation>Gleichzeitige Läufe innerhalb der Anwendung; die Kerne werden auf sie verteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside the workspace; a sweep reopened from it continues where it stopped</source>
        <translation>Innerhalb des Arbeitsbereichs; ein daraus erneut geöffneter Sweep macht dort weiter, wo er aufgehört hat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create</source>
        <translation>Erstellen</translation>
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
        <translation>tau (Temperatur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imbalance ratio</source>
        <translation>Ungleichgewichtsverhältnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel runs</source>
        <translation>Parallele Läufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every combination of the values below is trained with the current experiment&apos;s other settings (%1 loss).</source>
        <translation>Jede Kombination der folgenden Werte wird mit den übrigen Einstellungen des aktuellen Experiments trainiert (Verlust %1).</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>; about %1 in all (%2 per run, measured on %n similar finished run(s) of the workspace)</source>
        <translation>
            <numerusform>; insgesamt etwa %1 (%2 pro Lauf, gemessen an %n ähnlichen abgeschlossenen Lauf des Arbeitsbereichs)</numerusform>
            <numerusform>; insgesamt etwa %1 (%2 pro Lauf, gemessen an %n ähnlichen abgeschlossenen Läufen des Arbeitsbereichs)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; no similar finished run in the workspace to estimate the time from: the estimate appears when the first point finishes</source>
        <translation>; kein ähnlicher abgeschlossener Lauf im Arbeitsbereich, aus dem sich die Dauer schätzen ließe: Die Schätzung erscheint, sobald der erste Punkt abgeschlossen ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a folder for the sweep.</source>
        <translation>Wählen Sie einen Ordner für den Sweep.</translation>
    </message>
</context>
<context>
    <name>aclwb::gui::SweepView</name>
    <message>
        <location filename="../app/gui/SweepView.cpp" line="+107"/>
        <source>Open a sweep folder (with sweep.json)</source>
        <translation>Sweep-Ordner öffnen (mit sweep.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open the sweep</source>
        <translation>Der Sweep kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote the Slurm job to %1: copy it to the cluster and run ./submit.sh there.</source>
        <translation>Slurm-Job nach %1 geschrieben: auf den Cluster kopieren und dort ./submit.sh ausführen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slurm job written</source>
        <translation>Slurm-Job geschrieben</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No finished run in this cell yet.</source>
        <translation>In dieser Zelle gibt es noch keinen abgeschlossenen Lauf.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Point %1 failed: %2</source>
        <translation>Punkt %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Point %1 skipped: %2</source>
        <translation>Punkt %1 übersprungen: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>New sweep...</source>
        <translation>Neuer Sweep...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sweep gamma and eta (and optionally tau, ratio, seeds) of the current experiment</source>
        <translation>Einen Sweep über gamma und eta (optional auch tau, Verhältnis, Seeds) des aktuellen Experiments ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open sweep...</source>
        <translation>Sweep öffnen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a sweep folder: one started here, by aclwb-cli sweep, or copied back from a cluster</source>
        <translation>Einen Sweep-Ordner anzeigen: hier gestartet, mit aclwb-cli sweep erstellt oder von einem Cluster zurückkopiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export for Slurm...</source>
        <translation>Für Slurm exportieren...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a folder that runs this sweep on a cluster with sbatch (one task per run or fewer)</source>
        <translation>Einen Ordner schreiben, der diesen Sweep mit sbatch auf einem Cluster ausführt (ein Task pro Lauf oder weniger)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the sweep: running points keep their last checkpoint; Continue picks up from there</source>
        <translation>Den Sweep stoppen: Laufende Punkte behalten ihren letzten Checkpoint; „Weiter“ macht dort weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>balanced accuracy</source>
        <translation>balancierte Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minority-class accuracy</source>
        <translation>Genauigkeit der Minderheitsklasse</translation>
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
        <translation>Parallele Läufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs at a time inside the app; the cores are shared out between them</source>
        <translation>Gleichzeitige Läufe innerhalb der Anwendung; die Kerne werden auf sie verteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean over seeds (± std); the best cell is outlined, &quot;≈ best&quot; marks cells the seeds cannot tell from it. Click a cell to compare its runs; Ctrl+click another cell to add its runs to the comparison.</source>
        <translation>Mittelwert über die Seeds (± Standardabweichung); die beste Zelle ist umrandet, „≈ beste“ markiert Zellen, die sich anhand der Seeds nicht von ihr unterscheiden lassen. Klicken Sie auf eine Zelle, um ihre Läufe zu vergleichen; Ctrl+Klick auf eine weitere Zelle fügt deren Läufe dem Vergleich hinzu.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the points that are not finished (finished ones are skipped)</source>
        <translation>Die noch nicht abgeschlossenen Punkte ausführen (abgeschlossene werden übersprungen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot create the sweep</source>
        <translation>Der Sweep kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A sweep is running: stop it first.</source>
        <translation>Ein Sweep läuft: Stoppen Sie ihn zuerst.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Open or create a sweep first.</source>
        <translation>Öffnen oder erstellen Sie zuerst einen Sweep.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The heat map shows one value of each other swept key</source>
        <translation>Die Heatmap zeigt je einen Wert jedes weiteren variierten Schlüssels</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No sweep open. New sweep... sweeps the current experiment; Open sweep... shows one from a folder.</source>
        <translation>Kein Sweep geöffnet. „Neuer Sweep...“ führt einen Sweep über das aktuelle Experiment aus; „Sweep öffnen...“ zeigt einen aus einem Ordner.</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%1: %n run(s)</source>
        <translation>
            <numerusform>%1: %n Lauf</numerusform>
            <numerusform>%1: %n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 of %2 runs finished, %3 running, %4 failed</source>
        <translation>%1 von %2 Läufen abgeschlossen, %3 laufen, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; about %1 left (%2 per run, %3 at a time)</source>
        <translation>; noch etwa %1 (%2 pro Lauf, %3 gleichzeitig)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; paused</source>
        <translation>; pausiert</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>; %n point(s) left to the process already running them</source>
        <translation>
            <numerusform>; %n Punkt dem Prozess überlassen, der ihn bereits ausführt</numerusform>
            <numerusform>; %n Punkte dem Prozess überlassen, der sie bereits ausführt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aclwb::gui::TrainingPanel</name>
    <message>
        <location filename="../app/gui/TrainingPanel.cpp" line="+21"/>
        <source>study (Adam, batch 64, tau 0.1: the recipe of docs/RESULTS.md)</source>
        <translation>Studie (Adam, Batch 64, tau 0.1: das Rezept aus docs/RESULTS.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paper (Adam, tau 0.1, one view)</source>
        <translation>Paper (Adam, tau 0.1, eine Ansicht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supcon (SGD, warm-up, two views)</source>
        <translation>supcon (SGD, Aufwärmphase, zwei Ansichten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply preset</source>
        <translation>Voreinstellung anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets the optimiser, learning rates, schedule, temperature and views of the preset; the data and the loss family stay as they are</source>
        <translation>Setzt Optimierer, Lernraten, Lernratenplan, Temperatur und Ansichten der Voreinstellung; Daten und Verlustfamilie bleiben unverändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
</context>
<context>
    <name>aclwb::gui::Translations</name>
    <message>
        <location filename="../app/gui/Translations.cpp" line="+28"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>aclwb::widgets::ClassCountHistogram</name>
    <message>
        <location filename="../widgets/ClassCountHistogram.cpp" line="+30"/>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
</context>
<context>
    <name>aclwb::widgets::ConfusionMatrixView</name>
    <message>
        <location filename="../widgets/ConfusionMatrixView.cpp" line="+25"/>
        <source>predicted class</source>
        <translation>vorhergesagte Klasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true class</source>
        <translation>wahre Klasse</translation>
    </message>
</context>
<context>
    <name>aclwb::widgets::CurvesView</name>
    <message>
        <location filename="../widgets/CurvesView.cpp" line="+66"/>
        <source>loss per step</source>
        <translation>Verlust pro Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epoch mean</source>
        <translation>Epochenmittel</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+39"/>
        <location line="+16"/>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+39"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>validation accuracy</source>
        <translation>Validierungsgenauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation balanced accuracy</source>
        <translation>balancierte Validierungsgenauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epoch (whole run)</source>
        <translation>Epoche (gesamter Lauf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stage 1</source>
        <translation>Stufe 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stage 2 (linear classifier)</source>
        <translation>Stufe 2 (linearer Klassifikator)</translation>
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
        <translation>falsch vorhergesagt (%1)</translation>
    </message>
</context>
<context>
    <name>aclwb::widgets::GroupedBars</name>
    <message>
        <location filename="../widgets/GroupedBars.cpp" line="+26"/>
        <source>per-class accuracy (test set)</source>
        <translation>Genauigkeit pro Klasse (Testmenge)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy (recall)</source>
        <translation>Genauigkeit (Recall)</translation>
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
        <translation>beste</translation>
    </message>
</context>
<context>
    <name>aclwb::widgets::LossShapePlot</name>
    <message>
        <location filename="../widgets/LossShapePlot.cpp" line="+19"/>
        <source>positive weight (1-p)^γ</source>
        <translation>positives Gewicht (1-p)^γ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>negative penalty −η log(1−p)</source>
        <translation>negative Strafe −η log(1−p)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p (probability of the pair)</source>
        <translation>p (Wahrscheinlichkeit des Paares)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>penalty</source>
        <translation>Strafe</translation>
    </message>
</context>
<context>
    <name>aclwb::widgets::MetricsTable</name>
    <message>
        <location filename="../widgets/MetricsTable.cpp" line="+25"/>
        <source>metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>aclwb::widgets::PerClassBars</name>
    <message>
        <location filename="../widgets/PerClassBars.cpp" line="+30"/>
        <source>per-class accuracy</source>
        <translation>Genauigkeit pro Klasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minority class</source>
        <translation>Minderheitsklasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy (recall)</source>
        <translation>Genauigkeit (Recall)</translation>
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
        <translation>Als PNG, SVG oder PDF exportieren...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
</context>
<context>
    <name>aclwb::widgets::SampleGallery</name>
    <message numerus="yes">
        <location filename="../widgets/SampleGallery.cpp" line="+77"/>
        <source>%n sample(s) selected; %1 predicted wrong (red)</source>
        <translation>
            <numerusform>%n Beispiel ausgewählt; %1 falsch vorhergesagt (rot)</numerusform>
            <numerusform>%n Beispiele ausgewählt; %1 falsch vorhergesagt (rot)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aclwb::widgets::ThumbnailStrip</name>
    <message>
        <location filename="../widgets/ThumbnailStrip.cpp" line="+33"/>
        <source>%1, sample %2</source>
        <translation>%1, Beispiel %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+25"/>
        <source>Show the versions of the app, Qt and LibTorch, and the device.</source>
        <translation>Die Versionen der Anwendung, von Qt und LibTorch sowie das Gerät anzeigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Load this experiment config (config.json format).</source>
        <translation>Diese Experimentkonfiguration laden (config.json-Format).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start training the experiment right away.</source>
        <translation>Das Training des Experiments sofort starten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ACL Workbench: contrastive learning on imbalanced image data (the AFCL loss family).</source>
        <translation>ACL Workbench: kontrastives Lernen auf unbalancierten Bilddaten (die AFCL-Verlustfamilie).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open this run directory (curves, results, config).</source>
        <translation>Dieses Laufverzeichnis öffnen (Kurven, Ergebnisse, Konfiguration).</translation>
    </message>
</context>
</TS>
