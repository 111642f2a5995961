// SPDX-License-Identifier: MIT
#include "ConfigSchemaText.h"

#include "train/ConfigSchema.h"

#include <QCoreApplication>
#include <QSet>

namespace aclwb::gui {
namespace {

/// Every label and help text of the schema, for lupdate. tst_translations fails (and prints the lines to add)
/// when the schema has a text this list lacks.
const char* const kSchemaTexts[] = {
    QT_TRANSLATE_NOOP("ConfigSchema", "Dataset"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Dataset to read"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Data dir"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Dataset directory (fmnist: $ACLWB_DATA_DIR or the Debian path when empty)"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Classes"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Source class indices, majority first, e.g. 0,6 (empty: all)"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Imbalance ratio"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Majority/minority ratio R >= 1; 0 keeps the source's counts"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Profile"),
    QT_TRANSLATE_NOOP("ConfigSchema", "How counts fall from the first class to the last"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Max per class"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Cap on the majority class (0: none)"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Test"),
    QT_TRANSLATE_NOOP("ConfigSchema", "matched: test set as imbalanced as training; balanced: as is"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Val fraction"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Stratified validation fraction of training"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Test fraction"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Stratified test fraction when the dataset has no test split"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Image size"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Image side in pixels for isic2018/folder"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Skip unreadable"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Leave out undecodable images, counted in a warning, instead of stopping"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Cache dir"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Decoded-image cache (empty: ~/.cache/aclwb; none: no cache)"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Loss"),
    QT_TRANSLATE_NOOP("ConfigSchema", "cl, fcl, acl, afcl (two stages) or ce, ce-weighted (end to end)"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Gamma"),
    QT_TRANSLATE_NOOP("ConfigSchema",
                      "Focusing parameter: down-weights positive pairs that are already close (fcl, afcl)"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Eta"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Weight of the asymmetric term that pushes negatives apart (acl, afcl)"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Temperature"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Softmax temperature tau: lower sharpens the similarity distribution"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Normalization"),
    QT_TRANSLATE_NOOP("ConfigSchema", "batch: divide by N (the authors' code); positives: by |P(i)| and |N(i)|"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Views"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Augmented views per image (2: SupCon style)"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Augment"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Random crop and flip of training images"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Encoder"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Encoder network"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Encoder weights"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Start the encoder from this state dict (model.pt or a PyTorch state_dict)"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Epochs contrastive"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Stage-1 epochs (ce: added to epochs_linear)"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Epochs linear"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Stage-2 epochs with linear_solver minibatch (ce: added to epochs_contrastive)"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Linear solver"),
    QT_TRANSLATE_NOOP("ConfigSchema",
                      "Stage 2: lbfgs solves the linear probe on the frozen features to convergence; minibatch trains "
                      "it for epochs_linear epochs with the optimizer and lr_linear"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Linear max iter"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Most L-BFGS iterations of the linear probe (it stops earlier once converged)"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Linear l2"),
    QT_TRANSLATE_NOOP("ConfigSchema", "L2 penalty on the linear probe's weights (lbfgs; on standardised features)"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Linear balanced"),
    QT_TRANSLATE_NOOP("ConfigSchema",
                      "Weight stage 2's cross-entropy by inverse class frequency (each class counts equally)"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Batch size"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Images per batch"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Lr"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Learning rate of stage 1 (or of ce)"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Lr linear"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Learning rate of the linear classifier (linear_solver minibatch)"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Optimizer"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Optimiser"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Momentum"),
    QT_TRANSLATE_NOOP("ConfigSchema", "SGD momentum, in [0, 1)"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Weight decay"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Weight decay (stage 1)"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Schedule"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Learning-rate schedule"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Warmup epochs"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Linear warm-up epochs (at most the stage's epochs)"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Balanced sampler"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Draw batches class-balanced"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Seed"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Seed for data selection, initialisation, augmentation, shuffling"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Device"),
    QT_TRANSLATE_NOOP("ConfigSchema", "cpu, cuda, cuda:N or auto"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Threads"),
    QT_TRANSLATE_NOOP("ConfigSchema", "CPU threads (0: one per hardware thread)"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Embedding"),
    QT_TRANSLATE_NOOP("ConfigSchema", "What embeddings.csv holds"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Snapshot every"),
    QT_TRANSLATE_NOOP("ConfigSchema",
                      "Embedding snapshots of validation points every K epochs and at the end (0: off)"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Snapshot points"),
    QT_TRANSLATE_NOOP("ConfigSchema", "Points per snapshot (class-stratified; minority classes kept whole)"),
};

QString englishLabel(const std::string& key)
{
    QString text = QString::fromStdString(key);
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

} // namespace

QString schemaLabel(const std::string& key)
{
    return QCoreApplication::translate("ConfigSchema", englishLabel(key).toUtf8().constData());
}

QString schemaHelp(const ConfigKey& key)
{
    return QCoreApplication::translate("ConfigSchema", key.help.c_str());
}

QStringList schemaTextsMissingFromList()
{
    QSet<QString> listed;
    for (const char* text : kSchemaTexts) {
        listed.insert(QString::fromUtf8(text));
    }
    QStringList missing;
    for (const ConfigKey& k : configSchema()) {
        for (const QString& text : { englishLabel(k.name), QString::fromStdString(k.help) }) {
            if (!listed.contains(text)) {
                missing << QStringLiteral("    QT_TRANSLATE_NOOP(\"ConfigSchema\", \"%1\"),").arg(text);
            }
        }
    }
    return missing;
}

} // namespace aclwb::gui
