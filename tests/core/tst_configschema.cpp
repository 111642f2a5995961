// SPDX-License-Identifier: MIT
// The config schema: one table drives JSON reading/writing, validation and the CLI's flags; values are checked
// strictly (nothing coerced), duplicate JSON keys are refused, and every refusal names the key and what it expects.
#include "support/TestData.h"
#include "train/ConfigSchema.h"
#include "train/TrainConfig.h"
#include "util/InputError.h"

#include <QTemporaryDir>
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
    void deepNestingRefused();
    void longValuesQuotedShort();
    void nonRegularConfigFileRefused();
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

void TestConfigSchema::deepNestingRefused()
{
    // {"gamma": [[[...]]]} 65,000 levels deep crashed (stack overflow) while the error message dumped the value.
    // Anything deeper than 64 levels is refused before it is parsed, with the line where the 65th level opens.
    const auto nested = [](int levels) {
        return std::string(static_cast<size_t>(levels), '[') + std::string(static_cast<size_t>(levels), ']');
    };
    const std::string deep = "{\n  \"gamma\": " + nested(100000) + "\n}\n";
    QCOMPARE(refusal([&] { parseJsonStrict(deep, "c.json"); }),
             QStringLiteral("c.json: nested deeper than 64 levels (line 2)"));
    // 64 levels (the object and 63 arrays) are accepted, 65 are not; brackets inside strings do not count.
    QCOMPARE(parseJsonStrict("{\"a\": " + nested(63) + "}", "f").at("a").size(), size_t(1));
    QCOMPARE(refusal([&] { parseJsonStrict("{\"a\": " + nested(64) + "}", "f"); }),
             QStringLiteral("f: nested deeper than 64 levels (line 1)"));
    const std::string bracketsInText = "{\"a\": \"" + std::string(100, '[') + "\\\"{\"}";
    QCOMPARE(parseJsonStrict(bracketsInText, "f").at("a").get<std::string>().size(), size_t(102));
    // The same through a file, as train --config reads it.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("deep.json"));
    QVERIFY(test::writeText(file, QByteArray::fromStdString(deep)));
    const QString message = refusal([&] { readJsonFileStrict(file.toStdString()); });
    QCOMPARE(message, file + QStringLiteral(": nested deeper than 64 levels (line 2)"));
}

void TestConfigSchema::longValuesQuotedShort()
{
    // A wrong-typed value is quoted in the message, cut to about 60 characters, and never walked to its end: a value
    // 100,000 levels deep (built in memory, so no parser bound applies) is shown without a deep recursion.
    nlohmann::json deep = 1.5;
    for (int k = 0; k < 100000; ++k) {
        nlohmann::json outer = nlohmann::json::array();
        outer.push_back(std::move(deep));
        deep = std::move(outer);
    }
    const ConfigKey& gamma = *findConfigKey("gamma");
    const QString deepMessage = refusal([&] { checkConfigValue(gamma, deep); });
    QVERIFY2(deepMessage.startsWith(QStringLiteral("invalid config gamma (--gamma) = [[[[")), qPrintable(deepMessage));
    QVERIFY2(deepMessage.contains(QStringLiteral("...: expected a number")), qPrintable(deepMessage));
    QVERIFY2(deepMessage.size() < 160, qPrintable(deepMessage));
    QCOMPARE(QString::fromStdString(shortJson(deep)).size(), 60);

    const ConfigKey& dataset = *findConfigKey("dataset");
    const QString longMessage = refusal([&] { checkConfigValue(dataset, std::string(1000000, 'x')); });
    QVERIFY2(longMessage.size() < 200 && longMessage.contains(QStringLiteral("\"xxx")), qPrintable(longMessage));
    // Cut between characters, never inside one: the message stays valid UTF-8.
    std::string euros;
    for (int k = 0; k < 100; ++k) {
        euros += "\u20ac";
    }
    QByteArray raw;
    try {
        checkConfigValue(dataset, euros);
    } catch (const InputError& e) {
        raw = QByteArray(e.what());
    }
    QVERIFY(!raw.isEmpty());
    QCOMPARE(QString::fromUtf8(raw).toUtf8(), raw);
    QVERIFY(raw.contains("...: expected one of"));
    // Unknown keys, duplicate keys and command-line text are cut too.
    TrainConfig c;
    const std::string longKey(100000, 'k');
    QVERIFY(refusal([&] { from_json(nlohmann::json { { longKey, 1 } }, c); }).size() < 200);
    QVERIFY(refusal([&] { parseJsonStrict("{\"" + longKey + "\": 1, \"" + longKey + "\": 2}", "f"); }).size() < 200);
    QVERIFY(refusal([&] { parseConfigText(gamma, std::string(100000, '9') + "x", "--gamma"); }).size() < 200);
}

void TestConfigSchema::nonRegularConfigFileRefused()
{
    // train --config FIFO blocked forever in open(); a directory gave "cannot open" with no reason.
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("config.json"));
    QVERIFY(test::makeFifo(fifo));
    QString message;
    QVERIFY2(
        test::returnsWithoutWriter(fifo, [&] { message = refusal([&] { readJsonFileStrict(fifo.toStdString()); }); }),
        "readJsonFileStrict opened the FIFO and blocked");
    QCOMPARE(message, fifo + QStringLiteral(": is a named pipe (FIFO), not a regular file"));
    QCOMPARE(refusal([&] { readJsonFileStrict(dir.path().toStdString()); }),
             dir.path() + QStringLiteral(": is a directory, not a file"));
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
