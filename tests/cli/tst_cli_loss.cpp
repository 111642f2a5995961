// SPDX-License-Identifier: MIT
// aclwb-cli loss / bench-loss as a user runs them: real processes, real files, JSON on stdout, exit codes.
#include "io/CsvTable.h"
#include "support/CliRunner.h"
#include "support/ReferenceLoss.h"
#include "support/TestData.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <torch/torch.h>

using namespace aclwb;

using Run = test::CliRun;
using test::runCli;

class TestCliLoss : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void helpAndVersion();
    void lossMatchesReference_data();
    void lossMatchesReference();
    void errorsExitWithCodeTwo_data();
    void errorsExitWithCodeTwo();
    void extremeRowsAgreeAcrossDtypes();
    void byteOrderMarkIsAccepted();
    void benchLossReportsTimings();
    void benchLossRefusesBadNumbers_data();
    void benchLossRefusesBadNumbers();
    void gradOutDanglingSymlinkIsRefused();

private:
    QTemporaryDir m_dir;
    QString file(const QString& name) const { return m_dir.filePath(name); }
};

void TestCliLoss::helpAndVersion()
{
    const Run help = runCli({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("loss"));
    QVERIFY(help.out.contains("bench-loss"));
    const Run version = runCli({ QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("aclwb-cli "));
    const Run nothing = runCli({});
    QCOMPARE(nothing.exitCode, 2);
}

void TestCliLoss::lossMatchesReference_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("dim");
    QTest::addColumn<int>("classes");
    QTest::addColumn<double>("gamma");
    QTest::addColumn<double>("eta");
    QTest::addColumn<double>("tau");
    QTest::addColumn<QString>("normalization");
    QTest::newRow("cl") << 12 << 4 << 3 << 0.0 << 0.0 << 0.1 << QStringLiteral("batch");
    QTest::newRow("fcl-positives") << 30 << 9 << 4 << 2.0 << 0.0 << 0.2 << QStringLiteral("positives");
    QTest::newRow("acl") << 17 << 2 << 2 << 0.0 << 30.0 << 0.5 << QStringLiteral("batch");
    QTest::newRow("afcl-gamma-1.3") << 45 << 16 << 5 << 1.3 << 10.0 << 0.07 << QStringLiteral("positives");
    QTest::newRow("afcl-n2") << 2 << 3 << 1 << 2.0 << 10.0 << 0.1 << QStringLiteral("batch");
}

void TestCliLoss::lossMatchesReference()
{
    QFETCH(int, n);
    QFETCH(int, dim);
    QFETCH(int, classes);
    QFETCH(double, gamma);
    QFETCH(double, eta);
    QFETCH(double, tau);
    QFETCH(QString, normalization);
    const auto data = test::randomLabelledFeatures(n, dim, classes, static_cast<uint64_t>(n + dim));
    QVERIFY(test::writeTensorCsv(file(QStringLiteral("f.csv")), data.features));
    QVERIFY(test::writeTensorCsv(file(QStringLiteral("l.csv")), data.labels));
    const Run run = runCli({ QStringLiteral("loss"), QStringLiteral("--features"), file(QStringLiteral("f.csv")),
                             QStringLiteral("--labels"), file(QStringLiteral("l.csv")), QStringLiteral("--gamma"),
                             QString::number(gamma, 'g', 17), QStringLiteral("--eta"), QString::number(eta, 'g', 17),
                             QStringLiteral("--temperature"), QString::number(tau, 'g', 17),
                             QStringLiteral("--normalization"), normalization, QStringLiteral("--grad-out"),
                             file(QStringLiteral("g.csv")), QStringLiteral("--threads"), QStringLiteral("2") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = run.json();
    QCOMPARE(json.value(QStringLiteral("n")).toInt(), n);
    QCOMPARE(json.value(QStringLiteral("threads")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("dtype")).toString(), QStringLiteral("float64"));

    torch::Tensor x = data.features.clone().requires_grad_(true);
    torch::Tensor want
        = test::referenceLoss(x, data.labels, gamma, eta, tau, normalization == QStringLiteral("positives"));
    want.backward();
    const double loss = json.value(QStringLiteral("loss")).toDouble();
    QVERIFY2(std::abs(loss - want.item<double>()) <= 1e-6 * std::max(1e-300, std::abs(want.item<double>()))
                 || (want.item<double>() == 0.0 && loss == 0.0),
             qPrintable(QStringLiteral("%1 vs %2").arg(loss, 0, 'g', 17).arg(want.item<double>(), 0, 'g', 17)));

    const CsvTable grad = readNumericCsv(file(QStringLiteral("g.csv")).toStdString());
    QCOMPARE(grad.rows, int64_t(n));
    QCOMPARE(grad.columns, int64_t(dim));
    const torch::Tensor got = torch::from_blob(const_cast<double*>(grad.values.data()), { n, dim }, torch::kDouble);
    QVERIFY2(test::relativeMaxError(got, x.grad()) <= 1e-6, "gradient differs from the reference");
}

void TestCliLoss::errorsExitWithCodeTwo_data()
{
    QTest::addColumn<QByteArray>("features");
    QTest::addColumn<QByteArray>("labels");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("mentions");
    const QByteArray good = "1,0\n0,1\n1,1\n";
    const QByteArray labels = "0\n1\n0\n";
    QTest::newRow("ragged csv") << QByteArray("1,0\n0\n1,1\n") << labels << QStringList() << QStringLiteral("f.csv:2");
    QTest::newRow("non-numeric") << QByteArray("1,0\n0,x\n1,1\n") << labels << QStringList()
                                 << QStringLiteral("f.csv:2");
    QTest::newRow("label mismatch") << good << QByteArray("0\n1\n") << QStringList() << QStringLiteral("l.csv");
    QTest::newRow("bad label") << good << QByteArray("0\nA\n1\n") << QStringList() << QStringLiteral("l.csv:2");
    QTest::newRow("tau zero") << good << labels << QStringList { QStringLiteral("--temperature"), QStringLiteral("0") }
                              << QStringLiteral("temperature");
    QTest::newRow("gamma negative") << good << labels << QStringList { QStringLiteral("--gamma"), QStringLiteral("-1") }
                                    << QStringLiteral("gamma");
    QTest::newRow("eta negative") << good << labels << QStringList { QStringLiteral("--eta=-2") }
                                  << QStringLiteral("eta");
    QTest::newRow("gamma not a number") << good << labels
                                        << QStringList { QStringLiteral("--gamma"), QStringLiteral("two") }
                                        << QStringLiteral("gamma");
    QTest::newRow("normalization") << good << labels
                                   << QStringList { QStringLiteral("--normalization"), QStringLiteral("mean") }
                                   << QStringLiteral("normalization");
    QTest::newRow("dtype") << good << labels << QStringList { QStringLiteral("--dtype"), QStringLiteral("int8") }
                           << QStringLiteral("dtype");
    QTest::newRow("missing features file") << QByteArray() << labels << QStringList() << QStringLiteral("f.csv");
    QTest::newRow("one row") << QByteArray("1,2\n") << QByteArray("0\n") << QStringList() << QStringLiteral("2 rows");
    const auto flag = [](const char* name, const char* value) {
        return QStringList { QString::fromLatin1(name), QString::fromLatin1(value) };
    };
    QTest::newRow("tau denormal") << good << labels << flag("--temperature", "1e-310")
                                  << QStringLiteral("temperature = 1e-310: must be a finite number in [1e-6, 1e6]");
    QTest::newRow("tau float32 overflow")
        << good << labels << flag("--temperature", "1e-39") + flag("--dtype", "float32")
        << QStringLiteral("temperature");
    QTest::newRow("eta huge") << good << labels << flag("--eta", "1e300") + flag("--dtype", "float32")
                              << QStringLiteral("eta = 1e+300: must be a finite number in [0, 1e6]");
    QTest::newRow("gamma huge") << good << labels << flag("--gamma", "1e300") << QStringLiteral("gamma = 1e+300");
    QTest::newRow("all-zero row") << QByteArray("1,0\n0,0\n1,1\n") << labels << QStringList()
                                  << QStringLiteral("f.csv:2: the row is all zeros");
    // Was "features contain NaN or infinite values (first in row 1)": no file, a 0-based row, no cause.
    QTest::newRow("float32 overflow") << QByteArray("1,0\n0.5,1e39\n1,1\n") << labels << flag("--dtype", "float32")
                                      << QStringLiteral("f.csv:2: column 2 = 1e+39 overflows float32");
    // CLI11 turned an empty value into 0 and read "0x2" as 2: the loss ran with parameters nobody gave.
    QTest::newRow("gamma empty") << good << labels << flag("--gamma", "")
                                 << QStringLiteral("invalid value for --gamma: '' (expected a finite number)");
    QTest::newRow("gamma hex") << good << labels << flag("--gamma", "0x2") << QStringLiteral("--gamma: '0x2'");
    QTest::newRow("gamma trailing text") << good << labels << flag("--gamma", "2x") << QStringLiteral("--gamma: '2x'");
    QTest::newRow("tau empty") << good << labels << flag("--tau", "") << QStringLiteral("--temperature: ''");
    QTest::newRow("threads empty") << good << labels << flag("--threads", "")
                                   << QStringLiteral("invalid value for --threads: ''");
    QTest::newRow("threads not a number")
        << good << labels << flag("--threads", "two") << QStringLiteral("--threads: 'two'");
    QTest::newRow("grad-out dir missing")
        << good << labels << QStringList { QStringLiteral("--grad-out"), QStringLiteral("/nonexistent/d/g.csv") }
        << QStringLiteral("/nonexistent/d/g.csv");
}

void TestCliLoss::errorsExitWithCodeTwo()
{
    QFETCH(QByteArray, features);
    QFETCH(QByteArray, labels);
    QFETCH(QStringList, extra);
    QFETCH(QString, mentions);
    QFile::remove(file(QStringLiteral("f.csv")));
    if (!features.isNull()) {
        QVERIFY(test::writeText(file(QStringLiteral("f.csv")), features));
    }
    QVERIFY(test::writeText(file(QStringLiteral("l.csv")), labels));
    const Run run
        = runCli(QStringList { QStringLiteral("loss"), QStringLiteral("--features"), file(QStringLiteral("f.csv")),
                               QStringLiteral("--labels"), file(QStringLiteral("l.csv")) }
                 + extra);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCliLoss::extremeRowsAgreeAcrossDtypes()
{
    // A row like 1e20,0 once overflowed in float32 (loss 0.554 against float64's 0.0753); near-zero rows were left
    // unnormalised. Both dtypes must now give the reference value and gradient of the normalised problem.
    const QByteArray features = "1e20,0\n0,1\n1,0\n1,1\n1e-30,-3e-30\n";
    QVERIFY(test::writeText(file(QStringLiteral("f.csv")), features));
    QVERIFY(test::writeText(file(QStringLiteral("l.csv")), "0\n1\n0\n1\n1\n"));
    double losses[2] = {};
    for (int k = 0; k < 2; ++k) {
        const Run run
            = runCli({ QStringLiteral("loss"), QStringLiteral("--features"), file(QStringLiteral("f.csv")),
                       QStringLiteral("--labels"), file(QStringLiteral("l.csv")), QStringLiteral("--gamma"),
                       QStringLiteral("2"), QStringLiteral("--eta"), QStringLiteral("10"), QStringLiteral("--dtype"),
                       k == 0 ? QStringLiteral("float64") : QStringLiteral("float32") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        losses[k] = run.json().value(QStringLiteral("loss")).toDouble();
    }
    const torch::Tensor unit
        = torch::tensor({ 1.0, 0.0, 0.0, 1.0, 1.0, 0.0, 1.0, 1.0, 1.0, -3.0 }, torch::kDouble).reshape({ 5, 2 });
    const torch::Tensor want
        = test::referenceLoss(unit / unit.norm(2, 1, true), torch::tensor({ 0, 1, 0, 1, 1 }), 2.0, 10.0, 0.1, false);
    QVERIFY2(std::abs(losses[0] - want.item<double>()) < 1e-9 * std::abs(want.item<double>()),
             qPrintable(QString::number(losses[0], 'g', 17)));
    QVERIFY2(std::abs(losses[1] - want.item<double>()) < 1e-5 * std::abs(want.item<double>()),
             qPrintable(QString::number(losses[1], 'g', 17)));
}

void TestCliLoss::byteOrderMarkIsAccepted()
{
    QVERIFY(test::writeText(file(QStringLiteral("f.csv")),
                            "\xEF\xBB\xBF"
                            "1,0\n0,1\n1,1\n"));
    QVERIFY(test::writeText(file(QStringLiteral("l.csv")),
                            "\xEF\xBB\xBF"
                            "0\n1\n0\n"));
    const Run run = runCli({ QStringLiteral("loss"), QStringLiteral("--features"), file(QStringLiteral("f.csv")),
                             QStringLiteral("--labels"), file(QStringLiteral("l.csv")) });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value(QStringLiteral("n")).toInt(), 3);
}

void TestCliLoss::benchLossReportsTimings()
{
    const Run run
        = runCli({ QStringLiteral("bench-loss"), QStringLiteral("--n"), QStringLiteral("64"), QStringLiteral("--dim"),
                   QStringLiteral("16"), QStringLiteral("--classes"), QStringLiteral("3"), QStringLiteral("--threads"),
                   QStringLiteral("1"), QStringLiteral("--repeats"), QStringLiteral("2"), QStringLiteral("--warmup"),
                   QStringLiteral("1") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject json = run.json();
    QVERIFY(json.value(QStringLiteral("forward_backward_ms")).toDouble() > 0);
    QVERIFY(json.value(QStringLiteral("matmuls_ms")).toDouble() > 0);
    QCOMPARE(json.value(QStringLiteral("threads")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("n")).toInt(), 64);
    const Run bad = runCli({ QStringLiteral("bench-loss"), QStringLiteral("--n"), QStringLiteral("1") });
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("n = 1"));
}

void TestCliLoss::benchLossRefusesBadNumbers_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("mentions");
    const auto flag = [](const char* name, const char* value) {
        return QStringList { QString::fromLatin1(name), QString::fromLatin1(value) };
    };
    // -1 wrapped around to 2^64 - 1 and 2^64 was saturated to it: both ran as a seed nobody asked for.
    QTest::newRow("seed -1") << flag("--seed", "-1")
                             << QStringLiteral("invalid value for --seed: '-1' (expected a non-negative integer in "
                                               "[0, 2^64-1])");
    QTest::newRow("seed 2^64") << flag("--seed", "18446744073709551616")
                               << QStringLiteral("--seed: '18446744073709551616' (expected a non-negative integer");
    QTest::newRow("seed empty") << flag("--seed", "") << QStringLiteral("--seed: ''");
    QTest::newRow("seed fraction") << flag("--seed", "1.5") << QStringLiteral("--seed: '1.5'");
    QTest::newRow("gamma empty") << flag("--gamma", "") << QStringLiteral("--gamma: ''");
    QTest::newRow("threads empty") << flag("--threads", "") << QStringLiteral("--threads: ''");
    QTest::newRow("warmup empty") << flag("--warmup", "") << QStringLiteral("--warmup: ''");
    // strtoll saturated this to 2^63 - 1 instead of refusing it.
    QTest::newRow("dim beyond int64") << flag("--dim", "9223372036854775808") << QStringLiteral("--dim: ");
}

void TestCliLoss::benchLossRefusesBadNumbers()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, mentions);
    // A small, valid benchmark otherwise: without the checks it ran and exited 0.
    const Run run = runCli(QStringList { QStringLiteral("bench-loss"), QStringLiteral("--n"), QStringLiteral("16"),
                                         QStringLiteral("--repeats"), QStringLiteral("1") }
                           + extra);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCliLoss::gradOutDanglingSymlinkIsRefused()
{
    // writeFileAtomically follows a link to its target, but a dangling link has none to resolve: the link itself was
    // replaced by a regular file and the gradient never reached the path the link named.
    QVERIFY(test::writeText(file(QStringLiteral("f.csv")), "1,0\n0,1\n1,1\n"));
    QVERIFY(test::writeText(file(QStringLiteral("l.csv")), "0\n1\n0\n"));
    const QString target = file(QStringLiteral("nowhere/g.csv"));
    const QString link = file(QStringLiteral("g-link.csv"));
    QFile::remove(link);
    QVERIFY(QFile::link(target, link));
    const Run run
        = runCli({ QStringLiteral("loss"), QStringLiteral("--features"), file(QStringLiteral("f.csv")),
                   QStringLiteral("--labels"), file(QStringLiteral("l.csv")), QStringLiteral("--grad-out"), link });
    QCOMPARE(run.exitCode, 2);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(QStringLiteral("--grad-out ") + link), run.err.constData());
    QVERIFY2(err.contains(QStringLiteral("symbolic link whose target does not exist")), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(QFileInfo(link).isSymLink()); // the link is left as it was
    QVERIFY(!QFileInfo::exists(target));

    // A link to an existing file is still followed: the target gets the gradient, the link stays.
    const QString existing = file(QStringLiteral("g-target.csv"));
    QVERIFY(test::writeText(existing, "old\n"));
    const QString good = file(QStringLiteral("g-good-link.csv"));
    QFile::remove(good);
    QVERIFY(QFile::link(existing, good));
    const Run ok
        = runCli({ QStringLiteral("loss"), QStringLiteral("--features"), file(QStringLiteral("f.csv")),
                   QStringLiteral("--labels"), file(QStringLiteral("l.csv")), QStringLiteral("--grad-out"), good });
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
    QVERIFY(QFileInfo(good).isSymLink());
    QCOMPARE(readNumericCsv(existing.toStdString()).rows, int64_t(3));
}

QTEST_MAIN(TestCliLoss)
#include "tst_cli_loss.moc"
