// SPDX-License-Identifier: MIT
// The config schema: one table drives JSON reading/writing, validation and the CLI's flags; values are checked
// strictly (nothing coerced), duplicate JSON keys are refused, and every refusal names the key and what it expects.
#include "train/ConfigSchema.h"
#include "train/TrainConfig.h"
#include "util/InputError.h"

#include <QtTest/QtTest>

using namespace aclwb;

namespace {

QString refusal(const std::function<void()>& body)
{
    try {
        body();
    } catch (const InputError& e) {
        return QString::fromUtf8(e.what());
    }
    return QStringLiteral("<no exception>");
}

} // namespace

class TestConfigSchema : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void schemaListsEveryKeyOnce();
    void everyKeyRoundTrips();
    void strictValues_data();
    void strictValues();
    void refusedConfigLeavesTargetUntouched();
    void duplicateJsonKeysRefused();
    void commandLineText_data();
    void commandLineText();
    void crossKeyRules_data();
    void crossKeyRules();
};

void TestConfigSchema::schemaListsEveryKeyOnce()
{
    const nlohmann::json j = TrainConfig();
    QCOMPARE(j.size(), configSchema().size());
    std::set<std::string> names;
    for (const ConfigKey& key : configSchema()) {
        QVERIFY2(names.insert(key.name).second, key.name.c_str());
        QVERIFY2(!key.help.empty() && !key.group.empty(), key.name.c_str());
        QVERIFY(j.contains(key.name));
        QCOMPARE(findConfigKey(key.name), &key);
        // The default itself passes the key's own check.
        checkConfigValue(key, j.at(key.name));
    }
    QCOMPARE(findConfigKey("gama"), static_cast<const ConfigKey*>(nullptr));
    QCOMPARE(findConfigKey("epochs_linear")->flag(), std::string("--epochs-linear"));
}

void TestConfigSchema::everyKeyRoundTrips()
{
    // A non-default value for every key, through JSON and back.
    TrainConfig c;
    c.dataset = "folder";
    c.dataDir = "/data";
    c.classes = { 3, 1 };
    c.imbalanceRatio = 50;
    c.profile = "exponential";
    c.maxPerClass = 500;
    c.test = "balanced";
    c.valFraction = 0.2;
    c.testFraction = 0.3;
    c.imageSize = 32;
    c.skipUnreadable = true;
    c.cacheDir = "none";
    c.loss = "ce-weighted"; // validate() ties gamma/eta only to the contrastive losses
    c.gamma = 1.5;
    c.eta = 30;
    c.temperature = 0.2;
    c.normalization = "positives";
    c.views = 2;
    c.augment = false;
    c.encoder = "resnet18";
    c.encoderWeights = "w.pt";
    c.epochsContrastive = 7;
    c.epochsLinear = 4;
    c.batchSize = 48;
    c.lr = 0.05;
    c.lrLinear = 0.5;
    c.optimizer = "sgd";
    c.momentum = 0.8;
    c.weightDecay = 0.001;
    c.schedule = "constant";
    c.warmupEpochs = 2;
    c.balancedSampler = true;
    c.seed = 18446744073709551615ULL;
    c.device = "cuda:1";
    c.threads = 3;
    c.embedding = "projection";
    c.snapshotEvery = 2;
    c.snapshotPoints = 500;
    c.linearSolver = "minibatch";
    c.linearMaxIter = 50;
    c.linearL2 = 0.01;
    validate(c);
    const nlohmann::json j = c;
    const nlohmann::json defaults = TrainConfig();
    for (const ConfigKey& key : configSchema()) {
        if (key.name == "linear_balanced") {
            continue; // refused with ce-weighted (stage 2 only): covered below with a contrastive loss
        }
        QVERIFY2(j.at(key.name) != defaults.at(key.name), key.name.c_str()); // the test covers every key
    }
    TrainConfig back;
    from_json(j, back);
    QCOMPARE(nlohmann::json(back).dump(), j.dump());
    TrainConfig probe;
    probe.linearBalanced = true;
    validate(probe);
    TrainConfig probeBack;
    from_json(nlohmann::json(probe), probeBack);
    QVERIFY(probeBack.linearBalanced);
}

void TestConfigSchema::strictValues_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("string for a number") << QStringLiteral(R"({"gamma": "two"})")
                                         << QStringLiteral("gamma (--gamma) = \"two\": expected a number in [0, 1000]");
    QTest::newRow("fractional batch size") << QStringLiteral(R"({"batch_size": 16.7})")
                                           << QStringLiteral("batch_size (--batch-size) = 16.7: expected an integer");
    QTest::newRow("integer written as float")
        << QStringLiteral(R"({"epochs_linear": 5.0})") << QStringLiteral("expected an integer");
    QTest::newRow("negative seed") << QStringLiteral(R"({"seed": -1})")
                                   << QStringLiteral("seed (--seed) = -1: expected a non-negative integer");
    QTest::newRow("seed above 2^64-1") << QStringLiteral(R"({"seed": 18446744073709551616})")
                                       << QStringLiteral("expected a non-negative integer");
    QTest::newRow("number for a bool") << QStringLiteral(R"({"augment": 1})")
                                       << QStringLiteral("augment (--augment) = 1: expected true or false");
    QTest::newRow("string in class list")
        << QStringLiteral(R"({"classes": [0, "6"]})") << QStringLiteral("expected a list of integers");
    QTest::newRow("unknown profile") << QStringLiteral(R"({"profile": "expo"})")
                                     << QStringLiteral("expected one of step, exponential");
    QTest::newRow("negative threads") << QStringLiteral(R"({"threads": -1})")
                                      << QStringLiteral("threads (--threads) = -1: expected an integer in [0, 4096]");
    QTest::newRow("val fraction 1.5") << QStringLiteral(R"({"val_fraction": 1.5})") << QStringLiteral("val_fraction");
    QTest::newRow("image size 2") << QStringLiteral(R"({"image_size": 2})") << QStringLiteral("image_size");
    QTest::newRow("lr zero") << QStringLiteral(R"({"lr": 0})")
                             << QStringLiteral("lr (--lr) = 0: expected a number in (0");
    QTest::newRow("momentum one") << QStringLiteral(R"({"momentum": 1})") << QStringLiteral("in [0, 1)");
    QTest::newRow("null") << QStringLiteral(R"({"dataset": null})") << QStringLiteral("dataset");
    QTest::newRow("unknown key") << QStringLiteral(R"({"gama": 2})") << QStringLiteral("unknown config key 'gama'");
    QTest::newRow("not an object") << QStringLiteral("[1, 2]") << QStringLiteral("must be a JSON object");
}

void TestConfigSchema::strictValues()
{
    QFETCH(QString, json);
    QFETCH(QString, mentions);
    TrainConfig c;
    const QString message = refusal([&] { from_json(parseJsonStrict(json.toStdString(), "c.json"), c); });
    QVERIFY2(message.contains(mentions), qPrintable(message));
}

void TestConfigSchema::refusedConfigLeavesTargetUntouched()
{
    TrainConfig c;
    c.gamma = 3;
    QVERIFY(refusal([&] {
                from_json(nlohmann::json { { "gamma", 1 }, { "views", 5 } }, c);
            }).contains(QStringLiteral("views")));
    QCOMPARE(c.gamma, 3.0);
}

void TestConfigSchema::duplicateJsonKeysRefused()
{
    QVERIFY(refusal([] {
                parseJsonStrict(R"({"gamma": 1, "eta": 2, "gamma": 3})", "run/config.json");
            }).contains(QStringLiteral("run/config.json: key 'gamma' appears twice")));
    // The same key in two different objects is fine; twice inside a nested object is not.
    QCOMPARE(parseJsonStrict(R"({"a": {"x": 1}, "b": {"x": 2}})", "f").at("b").at("x").get<int>(), 2);
    QVERIFY(refusal([] { parseJsonStrict(R"({"a": {"x": 1, "x": 2}})", "f"); }).contains(QStringLiteral("'x'")));
    QVERIFY(refusal([] { parseJsonStrict("{\"a\": ", "half.json"); }).contains(QStringLiteral("half.json: not valid")));
}

void TestConfigSchema::commandLineText_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("parsed"); // JSON of the result, or empty when refused
    QTest::newRow("seed -1") << QStringLiteral("seed") << QStringLiteral("-1") << QString();
    QTest::newRow("seed 2^64") << QStringLiteral("seed") << QStringLiteral("18446744073709551616") << QString();
    QTest::newRow("seed 2^64-1") << QStringLiteral("seed") << QStringLiteral("18446744073709551615")
                                 << QStringLiteral("18446744073709551615");
    QTest::newRow("batch 16.7") << QStringLiteral("batch_size") << QStringLiteral("16.7") << QString();
    QTest::newRow("batch 64") << QStringLiteral("batch_size") << QStringLiteral("64") << QStringLiteral("64");
    QTest::newRow("lr 1e-3") << QStringLiteral("lr") << QStringLiteral("1e-3") << QStringLiteral("0.001");
    QTest::newRow("gamma two") << QStringLiteral("gamma") << QStringLiteral("two") << QString();
    QTest::newRow("gamma 2x") << QStringLiteral("gamma") << QStringLiteral("2x") << QString();
    QTest::newRow("bool yes") << QStringLiteral("augment") << QStringLiteral("yes") << QString();
    QTest::newRow("bool off") << QStringLiteral("augment") << QStringLiteral("off") << QStringLiteral("false");
    QTest::newRow("classes") << QStringLiteral("classes") << QStringLiteral("0,6") << QStringLiteral("[0,6]");
    QTest::newRow("classes 0,x") << QStringLiteral("classes") << QStringLiteral("0,x") << QString();
    QTest::newRow("threads -1") << QStringLiteral("threads") << QStringLiteral("-1") << QString();
    QTest::newRow("profile expo") << QStringLiteral("profile") << QStringLiteral("expo") << QString();
}

void TestConfigSchema::commandLineText()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(QString, parsed);
    const ConfigKey& k = *findConfigKey(key.toStdString());
    if (parsed.isEmpty()) {
        const QString message = refusal([&] { parseConfigText(k, text.toStdString(), k.flag()); });
        QVERIFY2(message.contains(QString::fromStdString("invalid value for " + k.flag())), qPrintable(message));
    } else {
        QCOMPARE(QString::fromStdString(parseConfigText(k, text.toStdString(), k.flag()).dump()), parsed);
    }
}

void TestConfigSchema::crossKeyRules_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("warm-up longer than the run")
        << QStringLiteral(R"({"epochs_contrastive": 3, "warmup_epochs": 5})")
        << QStringLiteral("warmup_epochs (--warmup-epochs): 5 is longer than the stage it warms up (3 epochs)");
    QTest::newRow("ce warm-up counts both budgets")
        << QStringLiteral(R"({"loss": "ce", "epochs_contrastive": 1, "epochs_linear": 1, "warmup_epochs": 3})")
        << QStringLiteral("(2 epochs)");
    QTest::newRow("class twice") << QStringLiteral(R"({"classes": [0, 6, 0]})")
                                 << QStringLiteral("classes (--classes): a class is listed twice");
    QTest::newRow("one class") << QStringLiteral(R"({"classes": [4]})") << QStringLiteral("at least 2 classes");
    QTest::newRow("ratio 0.5") << QStringLiteral(R"({"imbalance_ratio": 0.5})")
                               << QStringLiteral("imbalance_ratio (--imbalance-ratio)");
    QTest::newRow("device") << QStringLiteral(R"({"device": "gpu"})") << QStringLiteral("'gpu' is not one of cpu");
    QTest::newRow("cl with eta") << QStringLiteral(R"({"loss": "cl", "eta": 1})") << QStringLiteral("eta (--eta)");
}

void TestConfigSchema::crossKeyRules()
{
    QFETCH(QString, json);
    QFETCH(QString, mentions);
    TrainConfig c;
    from_json(parseJsonStrict(json.toStdString(), "c.json"), c);
    const QString message = refusal([&] { validate(c); });
    QVERIFY2(message.contains(mentions), qPrintable(message));
}

QTEST_MAIN(TestConfigSchema)
#include "tst_configschema.moc"
