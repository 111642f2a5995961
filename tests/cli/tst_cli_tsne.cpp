// SPDX-License-Identifier: MIT
// aclwb-cli tsne as a user runs it: a labelled CSV with a header in, a layout CSV and JSON out, clear refusals.
#include "io/CsvTable.h"
#include "support/CliRunner.h"
#include "support/TestData.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <torch/torch.h>

using namespace aclwb;
using test::runCli;

class TestCliTsne : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void layoutWithLabelsAndMetrics();
    void errorsExitWithCodeTwo_data();
    void errorsExitWithCodeTwo();
    void outDanglingSymlinkIsRefused();

private:
    QTemporaryDir m_dir;
};

void TestCliTsne::layoutWithLabelsAndMetrics()
{
    // Three well separated clusters of 40 points in 16-d, label in the last column, header as in embeddings.csv.
    torch::manual_seed(3);
    const torch::Tensor labels = torch::arange(3).repeat_interleave(40);
    const torch::Tensor x = torch::randn({ 120, 16 }, torch::kDouble) + labels.unsqueeze(1).to(torch::kDouble) * 8.0;
    const torch::Tensor table = torch::cat({ x, labels.unsqueeze(1).to(torch::kDouble) }, 1).contiguous();
    QByteArray text = "e0";
    for (int k = 1; k < 16; ++k) {
        text += ",e" + QByteArray::number(k);
    }
    text += ",label\n" + QByteArray::fromStdString(formatCsv(table.data_ptr<double>(), 120, 17));
    const QString input = m_dir.filePath(QStringLiteral("e.csv"));
    const QString output = m_dir.filePath(QStringLiteral("y.csv"));
    QVERIFY(test::writeText(input, text));
    const auto run = runCli({ QStringLiteral("tsne"), QStringLiteral("--input"), input, QStringLiteral("--out"), output,
                              QStringLiteral("--perplexity"), QStringLiteral("10"), QStringLiteral("--iterations"),
                              QStringLiteral("400"), QStringLiteral("--label-column"), QStringLiteral("last"),
                              QStringLiteral("--metrics"), QStringLiteral("--threads"), QStringLiteral("2") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject j = run.json();
    QCOMPARE(j.value(QStringLiteral("n")).toInt(), 120);
    QCOMPARE(j.value(QStringLiteral("dim")).toInt(), 16);
    QCOMPARE(j.value(QStringLiteral("method")).toString(), QStringLiteral("exact"));
    QVERIFY(j.value(QStringLiteral("kl_divergence")).toDouble() > 0);
    QVERIFY(j.value(QStringLiteral("trustworthiness")).toDouble() > 0.9);
    QVERIFY(j.value(QStringLiteral("knn_accuracy_layout")).toDouble() > 0.95);
    QVERIFY(j.value(QStringLiteral("knn_accuracy_original")).toDouble() > 0.95);
    const CsvTable layout = readNumericCsv(output.toStdString(), true);
    QCOMPARE(layout.header, (std::vector<std::string> { "x", "y", "label" }));
    QCOMPARE(layout.rows, int64_t(120));
    QCOMPARE(layout.at(119, 2), 2.0); // labels carried through
}

void TestCliTsne::errorsExitWithCodeTwo_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("mentions");
    QByteArray twenty;
    for (int i = 0; i < 20; ++i) {
        twenty += QByteArray::number(i) + "," + QByteArray::number(i * i % 7) + "\n";
    }
    QTest::newRow("ragged") << QByteArray("1,2\n3\n4,5\n6,7\n") << QStringList() << QStringLiteral("e.csv:2");
    QTest::newRow("nan") << QByteArray("1,2\n3,nan\n4,5\n6,7\n5,5\n") << QStringList() << QStringLiteral("finite");
    QTest::newRow("three points") << QByteArray("1,2\n3,4\n5,6\n") << QStringList()
                                  << QStringLiteral("at least 4 rows");
    QTest::newRow("perplexity too large") << twenty << QStringList() << QStringLiteral("perplexity");
    QTest::newRow("fft") << twenty
                         << QStringList { QStringLiteral("--method"), QStringLiteral("fft"),
                                          QStringLiteral("--perplexity"), QStringLiteral("3") }
                         << QStringLiteral("not implemented");
    QTest::newRow("label not integer") << QByteArray("1,2.5\n3,4\n5,6\n7,8\n9,1\n")
                                       << QStringList { QStringLiteral("--label-column"), QStringLiteral("last"),
                                                        QStringLiteral("--perplexity"), QStringLiteral("1") }
                                       << QStringLiteral("integer labels");
    QTest::newRow("bad pca") << twenty << QStringList { QStringLiteral("--pca"), QStringLiteral("one") }
                             << QStringLiteral("pca");
    // Each of these ran and exited 0 with a value nobody gave: "-1" wrapped to 2^64 - 1, 2^64 was saturated to it,
    // an empty theta or thread count became 0 and std::stoll read "5x" as 5.
    const auto with = [](const char* flag, const QString& value) {
        return QStringList { QStringLiteral("--perplexity"), QStringLiteral("3"),       QStringLiteral("--iterations"),
                             QStringLiteral("100"),          QString::fromLatin1(flag), value };
    };
    QTest::newRow("seed -1") << twenty << with("--seed", QStringLiteral("-1"))
                             << QStringLiteral("invalid value for --seed: '-1' (expected a non-negative integer in "
                                               "[0, 2^64-1])");
    QTest::newRow("seed 2^64") << twenty << with("--seed", QStringLiteral("18446744073709551616"))
                               << QStringLiteral("--seed: '18446744073709551616'");
    QTest::newRow("seed empty") << twenty << with("--seed", QString()) << QStringLiteral("--seed: ''");
    QTest::newRow("threads empty") << twenty << with("--threads", QString()) << QStringLiteral("--threads: ''");
    QTest::newRow("theta empty") << twenty << with("--theta", QString()) << QStringLiteral("--theta: ''");
    QTest::newRow("pca trailing text") << twenty << with("--pca", QStringLiteral("5x")) << QStringLiteral("pca = 5x");
}

void TestCliTsne::errorsExitWithCodeTwo()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, extra);
    QFETCH(QString, mentions);
    const QString input = m_dir.filePath(QStringLiteral("e.csv"));
    QVERIFY(test::writeText(input, content));
    const auto run = runCli(QStringList { QStringLiteral("tsne"), QStringLiteral("--input"), input,
                                          QStringLiteral("--out"), m_dir.filePath(QStringLiteral("y.csv")) }
                            + extra);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
}

void TestCliTsne::outDanglingSymlinkIsRefused()
{
    // A dangling link has no target for the atomic write to follow: the link itself was replaced by the layout.
    QByteArray twenty;
    for (int i = 0; i < 20; ++i) {
        twenty += QByteArray::number(i) + "," + QByteArray::number(i * i % 7) + "\n";
    }
    const QString input = m_dir.filePath(QStringLiteral("d.csv"));
    QVERIFY(test::writeText(input, twenty));
    const QString target = m_dir.filePath(QStringLiteral("missing/layout.csv"));
    const QString link = m_dir.filePath(QStringLiteral("layout-link.csv"));
    QVERIFY(QFile::link(target, link));
    const auto run = runCli({ QStringLiteral("tsne"), QStringLiteral("--input"), input, QStringLiteral("--out"), link,
                              QStringLiteral("--perplexity"), QStringLiteral("3"), QStringLiteral("--iterations"),
                              QStringLiteral("100") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("--out ") + link
                                                 + QStringLiteral(": the output path is a symbolic link")),
             run.err.constData());
    QVERIFY(QFileInfo(link).isSymLink());
    QVERIFY(!QFileInfo::exists(target));
}

QTEST_MAIN(TestCliTsne)
#include "tst_cli_tsne.moc"
