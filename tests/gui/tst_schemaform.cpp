// SPDX-License-Identifier: MIT
// Forms generated from the config schema: every key has a control somewhere in the panels, the two directions of
// the binding agree, a config survives GUI -> JSON -> GUI unchanged, and contradictions are shown, not fixed.
#include "ExperimentModel.h"
#include "LossPanel.h"
#include "SchemaForm.h"
#include "train/ConfigSchema.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QtTest/QtTest>

using namespace aclwb;
using namespace aclwb::gui;

namespace {

/// The keys the workbench's three panels show (as MainWindow builds them).
std::vector<std::string> panelKeys()
{
    std::vector<std::string> keys { "dataset",         "data_dir",     "profile",       "test",
                                    "max_per_class",   "val_fraction", "test_fraction", "image_size",
                                    "skip_unreadable", "cache_dir",    "seed" };
    for (const std::string& k : SchemaForm::keysOfGroups({ QStringLiteral("Loss") })) {
        keys.push_back(k);
    }
    for (const std::string& k : SchemaForm::keysOfGroups(
             { QStringLiteral("Model"), QStringLiteral("Optimisation"), QStringLiteral("Execution") },
             { QStringLiteral("seed") })) {
        keys.push_back(k);
    }
    keys.push_back("classes");         // the class check boxes
    keys.push_back("imbalance_ratio"); // the log slider and its spin box
    return keys;
}

} // namespace

class TestSchemaForm : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyKeyHasAControl();
    void bothDirectionsAgree();
    void configRoundTripsThroughTheGui();
    void contradictionsAreShownInline();
};

void TestSchemaForm::everyKeyHasAControl()
{
    const std::vector<std::string> shown = panelKeys();
    for (const ConfigKey& key : configSchema()) {
        QVERIFY2(std::count(shown.begin(), shown.end(), key.name) == 1, key.name.c_str());
    }
    // A form over all keys builds a control of the right kind for each, with the key's help as tooltip.
    ExperimentModel model;
    std::vector<std::string> all;
    for (const ConfigKey& key : configSchema()) {
        all.push_back(key.name);
    }
    SchemaForm form(&model, all);
    for (const ConfigKey& key : configSchema()) {
        QWidget* c = form.control(key.name);
        QVERIFY2(c != nullptr, key.name.c_str());
        QVERIFY(c->toolTip().contains(QString::fromStdString(key.help).toHtmlEscaped().left(10)));
        switch (key.type) {
        case ConfigType::Bool: QVERIFY(qobject_cast<QCheckBox*>(c)); break;
        case ConfigType::Integer: QVERIFY(qobject_cast<QSpinBox*>(c)); break;
        case ConfigType::Real: QVERIFY(qobject_cast<QDoubleSpinBox*>(c)); break;
        case ConfigType::Choice: QVERIFY(qobject_cast<QComboBox*>(c)); break;
        default: QVERIFY(qobject_cast<QLineEdit*>(c)); break;
        }
    }
}

void TestSchemaForm::bothDirectionsAgree()
{
    ExperimentModel model;
    SchemaForm form(&model, { "gamma", "epochs_linear", "loss", "augment", "classes", "seed" });
    // UI -> model
    qobject_cast<QDoubleSpinBox*>(form.control("gamma"))->setValue(3.5);
    QCOMPARE(model.config().gamma, 3.5);
    qobject_cast<QSpinBox*>(form.control("epochs_linear"))->setValue(12);
    QCOMPARE(model.config().epochsLinear, int64_t(12));
    qobject_cast<QComboBox*>(form.control("loss"))->setCurrentText(QStringLiteral("ce"));
    QCOMPARE(model.config().loss, std::string("ce"));
    auto* classes = qobject_cast<QLineEdit*>(form.control("classes"));
    classes->setText(QStringLiteral("2,4,7"));
    Q_EMIT classes->editingFinished();
    QCOMPARE(model.config().classes, (std::vector<int64_t> { 2, 4, 7 }));
    // model -> UI
    model.setValue("eta", 20.0);
    model.setValue("augment", false);
    QVERIFY(!qobject_cast<QCheckBox*>(form.control("augment"))->isChecked());
    model.setValue("seed", uint64_t(18446744073709551615ULL));
    QCOMPARE(qobject_cast<QLineEdit*>(form.control("seed"))->text(), QStringLiteral("18446744073709551615"));
    // A value the schema refuses is not taken: the control shows the model's value again.
    QVERIFY(!model.setValue("gamma", -1.0).isEmpty());
    QCOMPARE(model.config().gamma, 3.5);
}

void TestSchemaForm::configRoundTripsThroughTheGui()
{
    // Set through the controls, saved as JSON, loaded into a fresh model and form: every control shows the same.
    ExperimentModel model;
    std::vector<std::string> all;
    for (const ConfigKey& key : configSchema()) {
        all.push_back(key.name);
    }
    SchemaForm form(&model, all);
    qobject_cast<QComboBox*>(form.control("normalization"))->setCurrentText(QStringLiteral("positives"));
    qobject_cast<QDoubleSpinBox*>(form.control("temperature"))->setValue(0.25);
    qobject_cast<QSpinBox*>(form.control("batch_size"))->setValue(64);
    qobject_cast<QCheckBox*>(form.control("balanced_sampler"))->setChecked(true);
    const QString json = model.toJsonText();

    ExperimentModel again;
    TrainConfig loaded;
    from_json(nlohmann::json::parse(json.toStdString()), loaded);
    again.setConfig(loaded);
    SchemaForm second(&again, all);
    QCOMPARE(again.toJsonText(), json);
    QCOMPARE(qobject_cast<QComboBox*>(second.control("normalization"))->currentText(), QStringLiteral("positives"));
    QCOMPARE(qobject_cast<QDoubleSpinBox*>(second.control("temperature"))->value(), 0.25);
    QCOMPARE(qobject_cast<QSpinBox*>(second.control("batch_size"))->value(), 64);
    QVERIFY(qobject_cast<QCheckBox*>(second.control("balanced_sampler"))->isChecked());
}

void TestSchemaForm::contradictionsAreShownInline()
{
    ExperimentModel model;
    LossPanel panel(&model);
    QVERIFY(panel.problemText().isEmpty()); // the default AFCL experiment is fine
    qobject_cast<QComboBox*>(panel.form()->control("loss"))->setCurrentText(QStringLiteral("cl"));
    // CL with the default's eta = 10: stated, and nothing changed behind the user's back.
    QVERIFY2(panel.problemText().contains(QStringLiteral("must be 0 for loss cl")), qPrintable(panel.problemText()));
    QCOMPARE(model.config().eta, 10.0);
    model.setValue("gamma", 0.0);
    model.setValue("eta", 0.0);
    QVERIFY(panel.problemText().isEmpty());
}

QTEST_MAIN(TestSchemaForm)
#include "tst_schemaform.moc"
