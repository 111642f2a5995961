// SPDX-License-Identifier: MIT
// aclwb-cli data as a user runs it: counts and fingerprints in JSON, the cache, and exit code 2 with a clear
// message for every bad input.
#include "support/CliRunner.h"
#include "support/GeneratedImages.h"
#include "support/TestData.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace aclwb;
using test::runCli;

namespace {

QList<int> ints(const QJsonValue& v)
{
    QList<int> out;
    for (const QJsonValue& x : v.toArray()) {
        out.append(x.toInt());
    }
    return out;
}

} // namespace

class TestCliData : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tinyIdxCountsAndFingerprint();
    void dataDirFromEnvironment();
    void isicFolderAndCache();
    void realFashionMnistDoneWhen();
    void errorsExitWithCodeTwo_data();
    void errorsExitWithCodeTwo();

private:
    QTemporaryDir m_dir;
    QString m_idx;
};

void TestCliData::initTestCase()
{
    m_idx = m_dir.filePath(QStringLiteral("idx"));
    QVERIFY(QDir().mkpath(m_idx));
    QVERIFY(test::writeTinyIdxDataset(m_idx, 40, true));
}

void TestCliData::tinyIdxCountsAndFingerprint()
{
    const QStringList args
        = { QStringLiteral("data"),      QStringLiteral("--data-dir"), m_idx,
            QStringLiteral("--classes"), QStringLiteral("0,6"),        QStringLiteral("--imbalance-ratio"),
            QStringLiteral("10") };
    const auto a = runCli(args);
    QVERIFY2(a.exitCode == 0, a.err.constData());
    const QJsonObject j = a.json();
    QCOMPARE(ints(j.value(QStringLiteral("selected_train_class_counts"))), (QList<int> { 40, 4 }));
    QCOMPARE(ints(j.value(QStringLiteral("train_class_counts"))), (QList<int> { 36, 4 })); // 10% of 4 rounds to 0
    QCOMPARE(ints(j.value(QStringLiteral("val_class_counts"))), (QList<int> { 4, 0 }));
    QCOMPARE(ints(j.value(QStringLiteral("test_class_counts"))), (QList<int> { 21, 2 }));
    QCOMPARE(ints(j.value(QStringLiteral("image_shape"))), (QList<int> { 1, 6, 6 }));
    QCOMPARE(j.value(QStringLiteral("class_names")).toArray().at(1).toString(), QStringLiteral("Shirt"));
    const auto b = runCli(args);
    QCOMPARE(b.json().value(QStringLiteral("fingerprint")), j.value(QStringLiteral("fingerprint")));
    const auto c = runCli(args + QStringList { QStringLiteral("--seed"), QStringLiteral("9") });
    QVERIFY(c.json().value(QStringLiteral("fingerprint")) != j.value(QStringLiteral("fingerprint")));
}

void TestCliData::dataDirFromEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ACLWB_DATA_DIR"), m_idx);
    const auto run = runCli({ QStringLiteral("data") }, env);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(ints(run.json().value(QStringLiteral("image_shape"))), (QList<int> { 1, 6, 6 }));
}

void TestCliData::isicFolderAndCache()
{
    const QString isic = m_dir.filePath(QStringLiteral("isic"));
    QVERIFY(test::writeTinyIsic(isic, { 6, 12, 3, 3, 3, 3, 3 }));
    const QStringList args = { QStringLiteral("data"),
                               QStringLiteral("--dataset"),
                               QStringLiteral("isic2018"),
                               QStringLiteral("--data-dir"),
                               isic,
                               QStringLiteral("--image-size"),
                               QStringLiteral("16"),
                               QStringLiteral("--cache-dir"),
                               m_dir.filePath(QStringLiteral("cache")),
                               QStringLiteral("--classes"),
                               QStringLiteral("1,0") };
    const auto first = runCli(args);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const QJsonObject j = first.json();
    QCOMPARE(j.value(QStringLiteral("from_cache")).toBool(), false);
    QCOMPARE(ints(j.value(QStringLiteral("image_shape"))), (QList<int> { 3, 16, 16 }));
    // No official test split: 20% of each class is carved out (12 -> 2, 6 -> 1), the rest is training.
    QCOMPARE(ints(j.value(QStringLiteral("test_class_counts"))), (QList<int> { 2, 1 }));
    QCOMPARE(ints(j.value(QStringLiteral("selected_train_class_counts"))), (QList<int> { 10, 5 }));
    const auto second = runCli(args);
    QCOMPARE(second.json().value(QStringLiteral("from_cache")).toBool(), true);
    QCOMPARE(second.json().value(QStringLiteral("fingerprint")), j.value(QStringLiteral("fingerprint")));
}

void TestCliData::realFashionMnistDoneWhen()
{
    if (!QFileInfo::exists(QStringLiteral("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz"))) {
        QSKIP("dataset-fashion-mnist is not installed");
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ACLWB_DATA_DIR"));
    const auto run = runCli({ QStringLiteral("data"), QStringLiteral("--dataset"), QStringLiteral("fmnist"),
                              QStringLiteral("--classes"), QStringLiteral("0,6"), QStringLiteral("--imbalance-ratio"),
                              QStringLiteral("100") },
                            env);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject j = run.json();
    QCOMPARE(ints(j.value(QStringLiteral("selected_train_class_counts"))), (QList<int> { 6000, 60 }));
    QCOMPARE(ints(j.value(QStringLiteral("train_class_counts"))), (QList<int> { 5400, 54 }));
    QCOMPARE(ints(j.value(QStringLiteral("test_class_counts"))), (QList<int> { 1000, 10 }));
    QCOMPARE(ints(j.value(QStringLiteral("image_shape"))), (QList<int> { 1, 28, 28 }));
}

void TestCliData::errorsExitWithCodeTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QString idx = m_dir.filePath(QStringLiteral("idx"));
    QTest::newRow("missing dir") << QStringList { QStringLiteral("--data-dir"), QStringLiteral("/no/such/dir") }
                                 << QStringLiteral("/no/such/dir");
    QTest::newRow("ratio below one") << QStringList { QStringLiteral("--data-dir"), idx,
                                                      QStringLiteral("--imbalance-ratio"), QStringLiteral("0.5") }
                                     << QStringLiteral("imbalance-ratio");
    QTest::newRow("unknown class") << QStringList { QStringLiteral("--data-dir"), idx, QStringLiteral("--classes"),
                                                    QStringLiteral("0,10") }
                                   << QStringLiteral("unknown class index 10");
    QTest::newRow("zero samples") << QStringList { QStringLiteral("--data-dir"), idx,
                                                   QStringLiteral("--imbalance-ratio"), QStringLiteral("100") }
                                  << QStringLiteral("zero samples");
    QTest::newRow("bad profile") << QStringList { QStringLiteral("--data-dir"), idx, QStringLiteral("--profile"),
                                                  QStringLiteral("linear") }
                                 << QStringLiteral("profile");
    QTest::newRow("bad test mode") << QStringList { QStringLiteral("--data-dir"), idx, QStringLiteral("--test"),
                                                    QStringLiteral("all") }
                                   << QStringLiteral("test");
    QTest::newRow("unknown dataset") << QStringList { QStringLiteral("--dataset"), QStringLiteral("cifar") }
                                     << QStringLiteral("dataset");
    QTest::newRow("folder without dir") << QStringList { QStringLiteral("--dataset"), QStringLiteral("folder") }
                                        << QStringLiteral("data-dir");
    QTest::newRow("mnist without dir") << QStringList { QStringLiteral("--dataset"), QStringLiteral("mnist") }
                                       << QStringLiteral("data-dir is required for dataset mnist");
    QTest::newRow("class not a number") << QStringList { QStringLiteral("--classes"), QStringLiteral("0,x") }
                                        << QStringLiteral("classes");
    // An empty boolean was read as true (the config flags' numbers and seeds were already strict: tst_cli_train);
    // data's own --threads went through CLI11, which turned an empty value into 0.
    QTest::newRow("empty bool") << QStringList { QStringLiteral("--data-dir"), idx, QStringLiteral("--skip-unreadable"),
                                                 QString() }
                                << QStringLiteral("invalid value for --skip-unreadable: ''");
    QTest::newRow("empty number") << QStringList { QStringLiteral("--data-dir"), idx,
                                                   QStringLiteral("--imbalance-ratio"), QString() }
                                  << QStringLiteral("invalid value for --imbalance-ratio: ''");
    QTest::newRow("threads empty") << QStringList { QStringLiteral("--data-dir"), idx, QStringLiteral("--threads"),
                                                    QString() }
                                   << QStringLiteral("invalid value for --threads: ''");
}

void TestCliData::errorsExitWithCodeTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const auto run = runCli(QStringList { QStringLiteral("data") } + args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

QTEST_MAIN(TestCliData)
#include "tst_cli_data.moc"
