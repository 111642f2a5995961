// SPDX-License-Identifier: MIT
// aclwb-cli train / predict / sweep / bench-train as a user runs them, on a tiny generated IDX dataset.
#include "support/CliRunner.h"
#include "support/GeneratedImages.h"
#include "support/TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <csignal>

#include <sys/types.h>

using namespace aclwb;
using test::runCli;

class TestCliTrain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void trainWritesEveryExport();
    void modelPtLoadsInPython();
    void predictMatchesRunTestMetrics();
    void predictRefusesClassNamesThatContradictTheRun();
    void exportWritesModelAndCard();
    void existingRunNeedsResume();
    void configFileReproducesRun();
    void sweepRunsGridAndResumes();
    void sweepResumesPointKilledWhileExporting();
    void slurmExportRunsAsAJobArray();
    void failedRunIsMarked();
    void corruptFilesGiveOneLineErrors();
    void unreadableImagesRefusedOrSkipped();
    void snapshotsAndRunsListing();
    void runsListsWhatTheLossComputes();
    void benchTrainReportsThroughput();
    void errorsExitWithCodeTwo_data();
    void errorsExitWithCodeTwo();
    void nonRegularFilesRefusedPromptly();

private:
    QStringList tinyRun(const QString& out) const;
    QTemporaryDir m_dir;
    QString m_data;
    QString m_run;
};

QStringList TestCliTrain::tinyRun(const QString& out) const
{
    return test::tinyTrainArgs(m_data, out);
}

void TestCliTrain::initTestCase()
{
    m_data = m_dir.filePath(QStringLiteral("idx"));
    QVERIFY(QDir().mkpath(m_data));
    QVERIFY(test::writeTinyIdxDataset(m_data, 48, true));
    m_run = m_dir.filePath(QStringLiteral("run"));
    const auto run = runCli(tinyRun(m_run));
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestCliTrain::trainWritesEveryExport()
{
    for (const char* name :
         { "config.json", "results.json", "metrics.csv", "embeddings.csv", "model.pt", "checkpoint.pt" }) {
        QVERIFY2(QFile::exists(m_run + QLatin1Char('/') + QString::fromLatin1(name)), name);
    }
    QFile results(m_run + QStringLiteral("/results.json"));
    QVERIFY(results.open(QIODevice::ReadOnly));
    const QJsonObject r = QJsonDocument::fromJson(results.readAll()).object();
    QCOMPARE(r.value(QStringLiteral("class_names")).toArray().at(1).toString(), QStringLiteral("Shirt"));
    QCOMPARE(r.value(QStringLiteral("history")).toArray().size(), 3); // 2 contrastive epochs + the linear probe solved in one
    // The tiny images are constant per class: the run must separate them.
    QVERIFY(r.value(QStringLiteral("test")).toObject().value(QStringLiteral("balanced_accuracy")).toDouble() > 0.9);
}

void TestCliTrain::modelPtLoadsInPython()
{
    // The documented Python loader (docs/examples/load_model.py) must rebuild the model from model.pt and give the
    // same logits as aclwb-cli predict for the same (all-black) image.
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 { QStringLiteral(ACLWB_SOURCE_DIR "/docs/examples/load_model.py"), m_run + QStringLiteral("/model.pt"),
                   QStringLiteral("1"), QStringLiteral("6"), QStringLiteral("6") });
    if (!python.waitForFinished(120000) || python.exitCode() != 0) {
        const QByteArray err = python.readAllStandardError();
        if (err.contains("No module named 'torch'") || python.error() == QProcess::FailedToStart) {
            QSKIP("python3-torch is not installed");
        }
        QFAIL(err.constData());
    }
    const QJsonArray pythonLogits = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    QCOMPARE(pythonLogits.size(), 2);
    const QString black = m_dir.filePath(QStringLiteral("black.png"));
    QVERIFY(test::writeSolidImage(black, 6, 6, 0, 0, 0));
    const auto run = runCli({ QStringLiteral("predict"), QStringLiteral("--model"), m_run, QStringLiteral("--images"),
                              black, QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray cppLogits = run.json()
                                     .value(QStringLiteral("predictions"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("logits"))
                                     .toArray();
    for (int k = 0; k < 2; ++k) {
        QVERIFY2(
            std::abs(cppLogits.at(k).toDouble() - pythonLogits.at(k).toDouble()) < 1e-4,
            qPrintable(QStringLiteral("%1 vs %2").arg(cppLogits.at(k).toDouble()).arg(pythonLogits.at(k).toDouble())));
    }
}

void TestCliTrain::predictMatchesRunTestMetrics()
{
    const QString csv = m_dir.filePath(QStringLiteral("pred.csv"));
    const auto run
        = runCli({ QStringLiteral("predict"), QStringLiteral("--model"), m_run, QStringLiteral("--out"), csv });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile results(m_run + QStringLiteral("/results.json"));
    QVERIFY(results.open(QIODevice::ReadOnly));
    const QJsonObject test
        = QJsonDocument::fromJson(results.readAll()).object().value(QStringLiteral("test")).toObject();
    const QJsonObject metrics = run.json().value(QStringLiteral("metrics")).toObject();
    QCOMPARE(metrics.value(QStringLiteral("confusion_matrix")), test.value(QStringLiteral("confusion_matrix")));
    QCOMPARE(metrics.value(QStringLiteral("accuracy")).toDouble(), test.value(QStringLiteral("accuracy")).toDouble());
    QFile predictions(csv);
    QVERIFY(predictions.open(QIODevice::ReadOnly));
    QCOMPARE(predictions.readAll().trimmed().count('\n'), qsizetype(test.value(QStringLiteral("samples")).toInt()));
    // The run's data keys can be overridden: the untouched (balanced) test set has 25 + 25 images.
    const auto balanced
        = runCli({ QStringLiteral("predict"), QStringLiteral("--model"), m_run, QStringLiteral("--test"),
                   QStringLiteral("balanced"), QStringLiteral("--out"), csv });
    QVERIFY2(balanced.exitCode == 0, balanced.err.constData());
    QCOMPARE(balanced.json().value(QStringLiteral("n")).toInt(), 50);
    const auto wrongClasses = runCli({ QStringLiteral("predict"), QStringLiteral("--model"), m_run,
                                       QStringLiteral("--classes"), QStringLiteral("0,6,7") });
    QCOMPARE(wrongClasses.exitCode, 2);
    QVERIFY(wrongClasses.err.contains("classes"));
    // The same classes in the other order are matched by name: the same images get the same scores.
    const auto swapped = runCli({ QStringLiteral("predict"), QStringLiteral("--model"), m_run, QStringLiteral("--test"),
                                  QStringLiteral("balanced"), QStringLiteral("--classes"), QStringLiteral("6,0"),
                                  QStringLiteral("--out"), csv });
    QVERIFY2(swapped.exitCode == 0, swapped.err.constData());
    const QJsonObject a = balanced.json().value(QStringLiteral("metrics")).toObject();
    const QJsonObject b = swapped.json().value(QStringLiteral("metrics")).toObject();
    QCOMPARE(b.value(QStringLiteral("accuracy")).toDouble(), a.value(QStringLiteral("accuracy")).toDouble());
    QCOMPARE(b.value(QStringLiteral("confusion_matrix")), a.value(QStringLiteral("confusion_matrix")));
    QVERIFY(b.value(QStringLiteral("accuracy")).toDouble() > 0.9);
    // Classes the model never saw are refused, not scored as if they were its own.
    const auto otherClasses = runCli({ QStringLiteral("predict"), QStringLiteral("--model"), m_run,
                                       QStringLiteral("--classes"), QStringLiteral("1,2") });
    QCOMPARE(otherClasses.exitCode, 2);
    QVERIFY2(otherClasses.err.contains("is not one of the model's classes"), otherClasses.err.constData());
    // Image files: one written as the constant class-6 image of the tiny set (pixel 120).
    const QString image = m_dir.filePath(QStringLiteral("shirt.png"));
    QVERIFY(test::writeSolidImage(image, 6, 6, 120, 120, 120));
    const auto files = runCli({ QStringLiteral("predict"), QStringLiteral("--model"), m_run, QStringLiteral("--images"),
                                image, QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(files.exitCode == 0, files.err.constData());
    const QJsonArray rows = files.json().value(QStringLiteral("predictions")).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("predicted_name")).toString(), QStringLiteral("Shirt"));
}

void TestCliTrain::predictRefusesClassNamesThatContradictTheRun()
{
    // results.json's class_names label every prediction: with the list reversed, predict named every image after the
    // other class and exited 0. They are checked against config.json's classes and Fashion-MNIST's own names.
    const QString copy = m_dir.filePath(QStringLiteral("renamed"));
    QVERIFY(QDir().mkpath(copy));
    for (const char* name : { "config.json", "results.json", "model.pt" }) {
        QVERIFY(QFile::copy(m_run + QLatin1Char('/') + QString::fromLatin1(name),
                            copy + QLatin1Char('/') + QString::fromLatin1(name)));
    }
    QFile original(m_run + QStringLiteral("/results.json"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QJsonObject results = QJsonDocument::fromJson(original.readAll()).object();
    original.close();
    const QString resultsPath = copy + QStringLiteral("/results.json");
    const auto rewrite = [&](const QString& key, const QJsonArray& value) {
        QJsonObject changed = results;
        changed.insert(key, value);
        return test::writeText(resultsPath, QJsonDocument(changed).toJson());
    };
    const QString image = m_dir.filePath(QStringLiteral("shirt-for-names.png"));
    QVERIFY(test::writeSolidImage(image, 6, 6, 120, 120, 120)); // the constant class-6 (Shirt) image
    const auto predict = [&] {
        return runCli({ QStringLiteral("predict"), QStringLiteral("--model"), copy, QStringLiteral("--images"), image,
                        QStringLiteral("--format"), QStringLiteral("json") });
    };

    // The copy as it is (results.json rewritten unchanged) predicts as the run does.
    QVERIFY(rewrite(QStringLiteral("class_names"), results.value(QStringLiteral("class_names")).toArray()));
    const auto same = predict();
    QVERIFY2(same.exitCode == 0, same.err.constData());
    QCOMPARE(same.json()
                 .value(QStringLiteral("predictions"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("predicted_name"))
                 .toString(),
             QStringLiteral("Shirt"));

    const QList<QPair<QPair<QString, QJsonArray>, QString>> cases {
        { { QStringLiteral("class_names"), QJsonArray { QStringLiteral("Shirt"), QStringLiteral("T-shirt/top") } },
          resultsPath
              + QStringLiteral(": class_names (Shirt, T-shirt/top) are not the names of the run's classes (dataset "
                               "fmnist, classes 0, 6: T-shirt/top, Shirt)") },
        { { QStringLiteral("source_classes"), QJsonArray { 0, 7 } },
          resultsPath + QStringLiteral(": source_classes (0, 7) are not the classes ") + copy
              + QStringLiteral("/config.json names (0, 6)") },
        { { QStringLiteral("class_names"),
            QJsonArray { QStringLiteral("T-shirt/top"), QStringLiteral("Shirt"), QStringLiteral("Bag") } },
          resultsPath + QStringLiteral(": lists 3 class names (T-shirt/top, Shirt, Bag) for the run's 2 classes") },
    };
    for (const auto& [change, mentions] : cases) {
        QVERIFY(rewrite(change.first, change.second));
        const auto run = predict();
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
}

void TestCliTrain::exportWritesModelAndCard()
{
    const QString onnx = m_dir.filePath(QStringLiteral("export/model.onnx"));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("export"))));
    const auto run = runCli({ QStringLiteral("export"), m_run, QStringLiteral("--out"), onnx,
                              QStringLiteral("--with-projection") });
    if (run.exitCode == 2 && run.err.contains("no ONNX support")) {
        QSKIP("this build has no ONNX (libonnx-dev)");
    }
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value(QStringLiteral("outputs")).toArray().size(), 2);
    QVERIFY(QFileInfo(onnx).size() > 100000);
    // The card beside it carries the run's own test results, class by class.
    QFile card(m_dir.filePath(QStringLiteral("export/model.card.json")));
    QVERIFY(card.open(QIODevice::ReadOnly));
    const QJsonObject c = QJsonDocument::fromJson(card.readAll()).object();
    QFile results(m_run + QStringLiteral("/results.json"));
    QVERIFY(results.open(QIODevice::ReadOnly));
    const QJsonObject test
        = QJsonDocument::fromJson(results.readAll()).object().value(QStringLiteral("test")).toObject();
    QCOMPARE(c.value(QStringLiteral("test")).toObject().value(QStringLiteral("accuracy")).toDouble(),
             test.value(QStringLiteral("accuracy")).toDouble());
    const QJsonArray classes = c.value(QStringLiteral("classes")).toArray();
    QCOMPARE(classes.size(), 2);
    QCOMPARE(classes.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Shirt"));
    QCOMPARE(classes.at(1).toObject().value(QStringLiteral("test_accuracy")).toDouble(),
             test.value(QStringLiteral("per_class_accuracy")).toArray().at(1).toDouble());
    QCOMPARE(c.value(QStringLiteral("outputs")).toArray().size(), 2);
    QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("export/model.card.md"))));
    // The state dict is model.pt, byte for byte.
    const QString pt = m_dir.filePath(QStringLiteral("export/weights.pt"));
    const auto dict
        = runCli({ QStringLiteral("export"), m_run, QStringLiteral("--format"), QStringLiteral("state-dict"),
                   QStringLiteral("--out"), pt });
    QVERIFY2(dict.exitCode == 0, dict.err.constData());
    QFile a(pt);
    QFile b(m_run + QStringLiteral("/model.pt"));
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QVERIFY(a.readAll() == b.readAll());
    // Impossible requests exit 2 and write nothing.
    const auto both = runCli({ QStringLiteral("export"), m_run, QStringLiteral("--format"),
                               QStringLiteral("state-dict"), QStringLiteral("--with-projection"),
                               QStringLiteral("--out"), m_dir.filePath(QStringLiteral("export/x.pt")) });
    QCOMPARE(both.exitCode, 2);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("export/x.pt"))));
    const auto folder = runCli({ QStringLiteral("export"), m_run, QStringLiteral("--out"),
                                 m_dir.filePath(QStringLiteral("export")) });
    QCOMPARE(folder.exitCode, 2);
    QVERIFY2(folder.err.contains("is a directory"), folder.err.constData());
    const auto notRun = runCli({ QStringLiteral("export"), m_data, QStringLiteral("--out"),
                                 m_dir.filePath(QStringLiteral("export/y.onnx")) });
    QCOMPARE(notRun.exitCode, 2);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("export/y.onnx"))));
}

void TestCliTrain::existingRunNeedsResume()
{
    const auto again = runCli(tinyRun(m_run));
    QCOMPARE(again.exitCode, 2);
    QVERIFY(again.err.contains("--resume"));
    const auto resumed = runCli({ QStringLiteral("train"), QStringLiteral("--resume"), m_run });
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
}

void TestCliTrain::configFileReproducesRun()
{
    const QString copy = m_dir.filePath(QStringLiteral("copy"));
    const auto run = runCli({ QStringLiteral("train"), QStringLiteral("--config"),
                              m_run + QStringLiteral("/config.json"), QStringLiteral("--out"), copy });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile a(m_run + QStringLiteral("/results.json"));
    QFile b(copy + QStringLiteral("/results.json"));
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QJsonObject ra = QJsonDocument::fromJson(a.readAll()).object();
    const QJsonObject rb = QJsonDocument::fromJson(b.readAll()).object();
    QCOMPARE(ra.value(QStringLiteral("test")), rb.value(QStringLiteral("test")));
    QCOMPARE(ra.value(QStringLiteral("data_fingerprint")), rb.value(QStringLiteral("data_fingerprint")));
}

void TestCliTrain::sweepRunsGridAndResumes()
{
    const QString sweep = m_dir.filePath(QStringLiteral("sweep"));
    const QStringList args
        = { QStringLiteral("sweep"),   QStringLiteral("--config"),  m_run + QStringLiteral("/config.json"),
            QStringLiteral("--grid"),  QStringLiteral("gamma=0,2"), QStringLiteral("--grid"),
            QStringLiteral("eta=0,5"), QStringLiteral("--out"),     sweep,
            QStringLiteral("--jobs"),  QStringLiteral("2") };
    // Slice 0 of 2 first (a job array's first task), then the whole grid: only the rest runs.
    const auto slice = runCli(args
                              + QStringList { QStringLiteral("--index"), QStringLiteral("0"), QStringLiteral("--count"),
                                              QStringLiteral("2") });
    QVERIFY2(slice.exitCode == 0, slice.err.constData());
    QCOMPARE(slice.json().value(QStringLiteral("started")).toInt(), 2);
    const auto all = runCli(args);
    QVERIFY2(all.exitCode == 0, all.err.constData());
    QCOMPARE(all.json().value(QStringLiteral("started")).toInt(), 2);
    QFile csv(sweep + QStringLiteral("/sweep.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.at(0).startsWith("run,status,gamma,eta,test_accuracy"));
    for (int k = 1; k < 5; ++k) {
        QVERIFY2(lines.at(k).contains(",done,"), lines.at(k).constData());
    }
    const auto again = runCli(args);
    QCOMPARE(again.json().value(QStringLiteral("started")).toInt(), 0);
}

void TestCliTrain::slurmExportRunsAsAJobArray()
{
    // The folder a cluster gets: config, sbatch script, runs/sweep.json. Checked with bash -n, then two of its
    // array tasks run here with SLURM_ARRAY_TASK_ID set, as Slurm would start them.
    const QString job = m_dir.filePath(QStringLiteral("slurm"));
    const auto exported = runCli({ QStringLiteral("sweep"), QStringLiteral("--config"), m_run + QStringLiteral("/config.json"),
                                   QStringLiteral("--grid"), QStringLiteral("gamma=0,2"), QStringLiteral("--seeds"),
                                   QStringLiteral("1,2"), QStringLiteral("--slurm"), job, QStringLiteral("--slurm-tasks"),
                                   QStringLiteral("2"), QStringLiteral("--slurm-cpus"), QStringLiteral("2") });
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QCOMPARE(exported.json().value(QStringLiteral("points")).toInt(), 4);
    const QString script = job + QStringLiteral("/sweep.sbatch");
    QFile f(script);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("#SBATCH --array=0-1\n"));
    QVERIFY(text.contains("--index \"$SLURM_ARRAY_TASK_ID\" --count 2"));
    QVERIFY(!text.contains("--gres")); // no GPU asked for
    QVERIFY(QDir(job + QStringLiteral("/logs")).exists());
    QVERIFY(QFile::exists(job + QStringLiteral("/runs/sweep.json")));
    QProcess check;
    check.start(QStringLiteral("bash"), { QStringLiteral("-n"), script });
    QVERIFY(check.waitForFinished(30000));
    QCOMPARE(check.exitCode(), 0);
    for (int task : { 0, 1 }) {
        QProcess run;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SLURM_ARRAY_TASK_ID"), QString::number(task));
        env.insert(QStringLiteral("ACLWB_CLI"), test::cliPath());
        env.remove(QStringLiteral("SLURM_SUBMIT_DIR"));
        run.setProcessEnvironment(env);
        run.start(QStringLiteral("bash"), { script });
        QVERIFY(run.waitForFinished(300000));
        QVERIFY2(run.exitCode() == 0, run.readAllStandardError().constData());
    }
    // Every point of the grid ran, in the folder the workbench reads as this sweep.
    for (const char* point : { "gamma=0_seed=1", "gamma=0_seed=2", "gamma=2_seed=1", "gamma=2_seed=2" }) {
        QVERIFY2(QFile::exists(job + QStringLiteral("/runs/") + QString::fromLatin1(point) + QStringLiteral("/results.json")),
                 point);
    }
    // A GPU job asks for the GPU and runs on cuda; an impossible time is refused.
    const auto gpu = runCli({ QStringLiteral("sweep"), QStringLiteral("--config"), m_run + QStringLiteral("/config.json"),
                              QStringLiteral("--seeds"), QStringLiteral("1,2,3"), QStringLiteral("--slurm"),
                              m_dir.filePath(QStringLiteral("slurm-gpu")), QStringLiteral("--slurm-gpus"),
                              QStringLiteral("1") });
    QVERIFY2(gpu.exitCode == 0, gpu.err.constData());
    QFile g(m_dir.filePath(QStringLiteral("slurm-gpu/sweep.sbatch")));
    QVERIFY(g.open(QIODevice::ReadOnly));
    const QByteArray gtext = g.readAll();
    QVERIFY(gtext.contains("#SBATCH --gres=gpu:1\n"));
    QVERIFY(gtext.contains("#SBATCH --array=0-2\n"));
    QFile gc(m_dir.filePath(QStringLiteral("slurm-gpu/config.json")));
    QVERIFY(gc.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(gc.readAll()).object().value(QStringLiteral("device")).toString(),
             QStringLiteral("cuda"));
    const auto bad = runCli({ QStringLiteral("sweep"), QStringLiteral("--config"), m_run + QStringLiteral("/config.json"),
                              QStringLiteral("--seeds"), QStringLiteral("1,2"), QStringLiteral("--slurm"),
                              m_dir.filePath(QStringLiteral("slurm-bad")), QStringLiteral("--slurm-time"),
                              QStringLiteral("forever") });
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("time"));
}

void TestCliTrain::sweepResumesPointKilledWhileExporting()
{
    // A point whose run was killed after results.json but before model.pt (the old write order) or that lost its
    // model: it is not finished, so the sweep resumes it from its checkpoint instead of skipping it forever.
    const QString sweep = m_dir.filePath(QStringLiteral("killed"));
    const QString point = sweep + QStringLiteral("/seed=1");
    QVERIFY(QDir().mkpath(point));
    for (const char* name : { "config.json", "checkpoint.pt", "results.json", "metrics.csv", "embeddings.csv" }) {
        QVERIFY(QFile::copy(m_run + QLatin1Char('/') + QString::fromLatin1(name),
                            point + QLatin1Char('/') + QString::fromLatin1(name)));
    }
    const auto run
        = runCli({ QStringLiteral("sweep"), QStringLiteral("--config"), m_run + QStringLiteral("/config.json"),
                   QStringLiteral("--seeds"), QStringLiteral("1"), QStringLiteral("--out"), sweep });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value(QStringLiteral("started")).toInt(), 1);
    QVERIFY(QFile::exists(point + QStringLiteral("/model.pt")));
    QFile log(point + QStringLiteral("/train.log"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    // Every epoch line is a restored one: nothing was trained again, only evaluated and exported.
    int epochLines = 0;
    for (const QByteArray& line : log.readAll().split('\n')) {
        if (line.contains("] epoch")) {
            ++epochLines;
            QVERIFY2(line.contains("(restored)"), line.constData());
        }
    }
    QCOMPARE(epochLines, 3);
}

void TestCliTrain::failedRunIsMarked()
{
    // A run that fails leaves its directory marked with the reason, not a bare config.json.
    const QString out = m_dir.filePath(QStringLiteral("diverged"));
    const auto run
        = runCli({ QStringLiteral("train"), QStringLiteral("--data-dir"), m_data, QStringLiteral("--loss"),
                   QStringLiteral("ce"), QStringLiteral("--optimizer"), QStringLiteral("sgd"), QStringLiteral("--lr"),
                   QStringLiteral("1e35"), QStringLiteral("--epochs-contrastive"), QStringLiteral("1"),
                   QStringLiteral("--epochs-linear"), QStringLiteral("1"), QStringLiteral("--batch-size"),
                   QStringLiteral("256"), QStringLiteral("--out"), out });
    QCOMPARE(run.exitCode, 3); // diverged: its own exit code
    // One step per epoch (430 images, batch 256, the last partial batch dropped): epoch 1 completes, epoch 2 diverges.
    QVERIFY2(run.err.contains("The last checkpoint is kept"), run.err.constData()); // epoch 1 completed
    QFile failed(out + QStringLiteral("/failed"));
    QVERIFY(failed.open(QIODevice::ReadOnly));
    QVERIFY(failed.readAll().contains("training diverged"));
}

void TestCliTrain::corruptFilesGiveOneLineErrors()
{
    // Damaged model, checkpoint and weights files: exit 2 with one line naming the file, no LibTorch stack trace.
    const QString copy = m_dir.filePath(QStringLiteral("damaged"));
    QVERIFY(QDir().mkpath(copy));
    for (const char* name : { "config.json", "results.json", "checkpoint.pt" }) {
        QVERIFY(QFile::copy(m_run + QLatin1Char('/') + QString::fromLatin1(name),
                            copy + QLatin1Char('/') + QString::fromLatin1(name)));
    }
    QVERIFY(test::writeText(copy + QStringLiteral("/model.pt"), QByteArray(300, 'x')));
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.pt"));
    QVERIFY(test::writeText(garbage, "PK\x03\x04 not really a zip archive"));
    QFile checkpoint(copy + QStringLiteral("/checkpoint.pt"));
    QVERIFY(checkpoint.open(QIODevice::ReadWrite));
    checkpoint.resize(checkpoint.size() / 2);
    checkpoint.close();
    const QList<QPair<QStringList, QString>> cases {
        { { QStringLiteral("predict"), QStringLiteral("--model"), copy }, QStringLiteral("model.pt") },
        { { QStringLiteral("train"), QStringLiteral("--resume"), copy }, QStringLiteral("checkpoint.pt") },
        { tinyRun(m_dir.filePath(QStringLiteral("w"))) + QStringList { QStringLiteral("--encoder-weights"), garbage },
          QStringLiteral("garbage.pt") },
    };
    for (const auto& [args, mentions] : cases) {
        const auto run = runCli(args);
        QCOMPARE(run.exitCode, 2);
        const QByteArray error = run.err.mid(run.err.indexOf("aclwb-cli: error:"));
        QVERIFY2(error.contains(mentions.toUtf8()), run.err.constData());
        QVERIFY2(error.trimmed().count('\n') == 0, error.constData());
        QVERIFY2(!error.contains("Exception raised from") && !error.contains("frame #"), error.constData());
    }
}

void TestCliTrain::unreadableImagesRefusedOrSkipped()
{
    // An ISIC-style folder with one corrupt JPEG: train stops with exit 2 naming it, unless told to skip it.
    const QString isic = m_dir.filePath(QStringLiteral("isic"));
    QVERIFY(test::writeTinyIsic(isic, { 12, 12, 2, 2, 2, 2, 2 }));
    QVERIFY(test::writeText(isic + QStringLiteral("/ISIC2018_Task3_Training_Input/ISIC_0000003.jpg"), "not a JPEG"));
    const QStringList args = { QStringLiteral("train"),
                               QStringLiteral("--dataset"),
                               QStringLiteral("isic2018"),
                               QStringLiteral("--data-dir"),
                               isic,
                               QStringLiteral("--classes"),
                               QStringLiteral("1,0"),
                               QStringLiteral("--image-size"),
                               QStringLiteral("8"),
                               QStringLiteral("--cache-dir"),
                               QStringLiteral("none"),
                               QStringLiteral("--epochs-contrastive"),
                               QStringLiteral("1"),
                               QStringLiteral("--epochs-linear"),
                               QStringLiteral("1"),
                               QStringLiteral("--batch-size"),
                               QStringLiteral("8") };
    const auto refused
        = runCli(args + QStringList { QStringLiteral("--out"), m_dir.filePath(QStringLiteral("isic-a")) });
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("ISIC_0000003.jpg"), refused.err.constData());
    const auto skipped = runCli(args
                                + QStringList { QStringLiteral("--skip-unreadable"), QStringLiteral("true"),
                                                QStringLiteral("--out"), m_dir.filePath(QStringLiteral("isic-b")) });
    QVERIFY2(skipped.exitCode == 0, skipped.err.constData());
    QVERIFY(skipped.err.contains("skipped 1 unreadable"));
}

void TestCliTrain::snapshotsAndRunsListing()
{
    // `runs` lists a finished run (with snapshots), a run stopped with Ctrl-C, and a damaged one, correctly.
    const QString root = m_dir.filePath(QStringLiteral("listing"));
    using test::withFlag;
    QStringList finished = tinyRun(root + QStringLiteral("/finished"));
    finished << QStringLiteral("--snapshot-every") << QStringLiteral("1");
    const auto done = runCli(finished);
    QVERIFY2(done.exitCode == 0, done.err.constData());
    for (const char* name : { "epoch-001.csv", "epoch-002.csv", "epoch-003.csv", "knn.csv" }) {
        QVERIFY2(QFile::exists(root + QStringLiteral("/finished/snapshots/") + QString::fromLatin1(name)), name);
    }
    QVERIFY(done.err.contains("[snapshot] epoch 1"));

    // Ctrl-C during the second contrastive epoch of a long run.
    QProcess interrupted;
    const QStringList longRun = withFlag(tinyRun(root + QStringLiteral("/cancelled")),
                                         QStringLiteral("--epochs-contrastive"), QStringLiteral("200"));
    interrupted.start(test::cliPath(), longRun);
    QVERIFY(interrupted.waitForStarted());
    QByteArray err;
    while (!err.contains("[contrastive] epoch 1:") && interrupted.state() == QProcess::Running) {
        interrupted.waitForReadyRead(1000);
        err += interrupted.readAllStandardError();
    }
    ::kill(static_cast<pid_t>(interrupted.processId()), SIGINT);
    QVERIFY(interrupted.waitForFinished(60000));
    err += interrupted.readAllStandardError();
    QCOMPARE(interrupted.exitCode(), 130);
    QVERIFY2(err.contains("resume with --resume"), err.constData());

    QVERIFY(QDir().mkpath(root + QStringLiteral("/damaged")));
    for (const char* name : { "config.json", "results.json", "model.pt" }) {
        QVERIFY(QFile::copy(m_run + QLatin1Char('/') + QString::fromLatin1(name),
                            root + QStringLiteral("/damaged/") + QString::fromLatin1(name)));
    }
    QFile results(root + QStringLiteral("/damaged/results.json"));
    QVERIFY(results.open(QIODevice::ReadWrite));
    results.resize(results.size() / 3);
    results.close();

    const auto listing = runCli({ QStringLiteral("runs"), root, QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(listing.exitCode == 0, listing.err.constData());
    const QJsonArray runs = listing.json().value(QStringLiteral("runs")).toArray();
    QCOMPARE(runs.size(), 3);
    QCOMPARE(runs.at(0).toObject().value(QStringLiteral("run")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(runs.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    QVERIFY(runs.at(0).toObject().value(QStringLiteral("epochs_done")).toInt() >= 1);
    QCOMPARE(runs.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("damaged"));
    QVERIFY(runs.at(1).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("results.json")));
    const QJsonObject ok = runs.at(2).toObject();
    QCOMPARE(ok.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
    QCOMPARE(ok.value(QStringLiteral("gamma")).toDouble(), 1.5);
    QVERIFY(ok.value(QStringLiteral("test_balanced_accuracy")).toDouble() > 0.9);
    QVERIFY(ok.contains(QStringLiteral("minority_accuracy")));
    const auto table = runCli({ QStringLiteral("runs"), root });
    QVERIFY2(table.exitCode == 0, table.err.constData());
    QVERIFY(table.out.contains("finished") && table.out.contains("cancelled") && table.out.contains("damaged"));

    // Resuming with another config is refused, not silently mixed.
    const auto resumed
        = runCli({ QStringLiteral("train"), QStringLiteral("--resume"), root + QStringLiteral("/cancelled"),
                   QStringLiteral("--epochs-contrastive"), QStringLiteral("2") });
    QCOMPARE(resumed.exitCode, 2);
    QVERIFY2(resumed.err.contains("with other settings: epochs_contrastive (200 -> 2)"), resumed.err.constData());
}

void TestCliTrain::runsListsWhatTheLossComputes()
{
    // afcl with gamma = eta = 0 computes plain CL; `runs` listed it as afcl, so a table compared the wrong losses.
    const QString root = m_dir.filePath(QStringLiteral("plain-cl"));
    QStringList args = tinyRun(root + QStringLiteral("/afcl-zero"));
    args[args.indexOf(QStringLiteral("--gamma")) + 1] = QStringLiteral("0");
    args[args.indexOf(QStringLiteral("--eta")) + 1] = QStringLiteral("0");
    const auto trained = runCli(args);
    QVERIFY2(trained.exitCode == 0, trained.err.constData());
    const auto table = runCli({ QStringLiteral("runs"), root });
    QVERIFY2(table.exitCode == 0, table.err.constData());
    QVERIFY2(table.out.contains("afcl (= CL)"), table.out.constData());
    const auto listing = runCli({ QStringLiteral("runs"), root, QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(listing.exitCode == 0, listing.err.constData());
    const QJsonObject run = listing.json().value(QStringLiteral("runs")).toArray().at(0).toObject();
    QCOMPARE(run.value(QStringLiteral("loss")).toString(), QStringLiteral("afcl")); // the config's key, as it is
    QCOMPARE(run.value(QStringLiteral("effective_loss")).toString(), QStringLiteral("afcl (= CL)"));
}

void TestCliTrain::benchTrainReportsThroughput()
{
    const auto run = runCli({ QStringLiteral("bench-train"), QStringLiteral("--batch-size"), QStringLiteral("16"),
                              QStringLiteral("--steps"), QStringLiteral("2"), QStringLiteral("--image-size"),
                              QStringLiteral("12"), QStringLiteral("--threads"), QStringLiteral("1") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.json().value(QStringLiteral("images_per_s")).toDouble() > 0);
    QCOMPARE(run.json().value(QStringLiteral("threads")).toInt(), 1);
}

void TestCliTrain::errorsExitWithCodeTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QString out = m_dir.filePath(QStringLiteral("bad"));
    QTest::newRow("cl with gamma") << QStringList { QStringLiteral("train"),
                                                    QStringLiteral("--loss"),
                                                    QStringLiteral("cl"),
                                                    QStringLiteral("--gamma"),
                                                    QStringLiteral("2"),
                                                    QStringLiteral("--out"),
                                                    out }
                                   << QStringLiteral("gamma");
    QTest::newRow("gamma not a number") << QStringList { QStringLiteral("train"), QStringLiteral("--gamma"),
                                                         QStringLiteral("two"), QStringLiteral("--out"), out }
                                        << QStringLiteral("--gamma");
    QTest::newRow("unknown preset") << QStringList { QStringLiteral("train"), QStringLiteral("--preset"),
                                                     QStringLiteral("imagenet"), QStringLiteral("--out"), out }
                                    << QStringLiteral("preset");
    QTest::newRow("no out") << QStringList { QStringLiteral("train") } << QStringLiteral("--out");
    QTest::newRow("missing config") << QStringList { QStringLiteral("train"), QStringLiteral("--config"),
                                                     QStringLiteral("/no/such.json"), QStringLiteral("--out"), out }
                                    << QStringLiteral("/no/such.json");
    QTest::newRow("predict on a non-run")
        << QStringList { QStringLiteral("predict"), QStringLiteral("--model"), out } << QStringLiteral("config.json");
    QTest::newRow("bad grid") << QStringList { QStringLiteral("sweep"),
                                               QStringLiteral("--config"),
                                               m_dir.filePath(QStringLiteral("run/config.json")),
                                               QStringLiteral("--grid"),
                                               QStringLiteral("gama=1,2"),
                                               QStringLiteral("--out"),
                                               out }
                              << QStringLiteral("gama");
    const QString config = m_dir.filePath(QStringLiteral("run/config.json"));
    const QString dupConfig = m_dir.filePath(QStringLiteral("dup.json"));
    test::writeText(dupConfig, R"({"gamma": 1, "loss": "afcl", "gamma": 2})");
    const QString typeConfig = m_dir.filePath(QStringLiteral("type.json"));
    test::writeText(typeConfig, R"({"gamma": "two"})");
    const QString file = m_dir.filePath(QStringLiteral("afile"));
    test::writeText(file, "x");
    const auto sweep = [&](const QStringList& extra) {
        return QStringList { QStringLiteral("sweep"), QStringLiteral("--config"), config } + extra;
    };
    QTest::newRow("seed -1") << QStringList { QStringLiteral("train"), QStringLiteral("--seed"), QStringLiteral("-1"),
                                              QStringLiteral("--out"), out }
                             << QStringLiteral("invalid value for --seed: '-1'");
    QTest::newRow("seed 2^64") << QStringList { QStringLiteral("train"), QStringLiteral("--seed"),
                                                QStringLiteral("18446744073709551616"), QStringLiteral("--out"), out }
                               << QStringLiteral("--seed");
    QTest::newRow("threads -1") << QStringList { QStringLiteral("train"), QStringLiteral("--threads"),
                                                 QStringLiteral("-1"), QStringLiteral("--out"), out }
                                << QStringLiteral("--threads");
    QTest::newRow("threads -1 (loss)") << QStringList { QStringLiteral("bench-loss"), QStringLiteral("--threads"),
                                                        QStringLiteral("-1") }
                                       << QStringLiteral("threads = -1");
    QTest::newRow("warm-up longer than the run")
        << QStringList { QStringLiteral("train"), QStringLiteral("--warmup-epochs"), QStringLiteral("20"),
                         QStringLiteral("--out"), out }
        << QStringLiteral("warmup_epochs");
    QTest::newRow("duplicate key in config")
        << QStringList { QStringLiteral("train"), QStringLiteral("--config"), dupConfig, QStringLiteral("--out"), out }
        << QStringLiteral("key 'gamma' appears twice");
    QTest::newRow("wrong type in config")
        << QStringList { QStringLiteral("train"), QStringLiteral("--config"), typeConfig, QStringLiteral("--out"), out }
        << QStringLiteral("gamma (--gamma) = \"two\": expected a number");
    QTest::newRow("grid key twice") << sweep({ QStringLiteral("--grid"), QStringLiteral("gamma=0"),
                                               QStringLiteral("--grid"), QStringLiteral("gamma=1"),
                                               QStringLiteral("--out"), out })
                                    << QStringLiteral("'gamma' is swept twice");
    QTest::newRow("grid value twice") << sweep(
        { QStringLiteral("--grid"), QStringLiteral("gamma=1,1"), QStringLiteral("--out"), out })
                                      << QStringLiteral("listed twice");
    QTest::newRow("sweep without grid") << sweep({ QStringLiteral("--out"), out })
                                        << QStringLiteral("nothing to sweep");
    QTest::newRow("sweep out is a file") << sweep(
        { QStringLiteral("--grid"), QStringLiteral("gamma=0,1"), QStringLiteral("--out"), file })
                                         << QStringLiteral("is not a directory");
    QTest::newRow("grid value out of the schema")
        << sweep({ QStringLiteral("--grid"), QStringLiteral("profile=expo"), QStringLiteral("--out"), out })
        << QStringLiteral("--grid profile");
    // A diverging run is not bad input: exit 3 (failedRunIsMarked, tst_cli_cluster).
}

void TestCliTrain::errorsExitWithCodeTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const auto run = runCli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
}

void TestCliTrain::nonRegularFilesRefusedPromptly()
{
    // A named pipe without a writer blocked train --config, predict --images and the run files forever; a directory
    // given as --images ended in "basic_filebuf::underflow ... Is a directory" with exit 1. Each is now an exit 2
    // naming the path, within seconds (a hang shows as exit -1 after a minute instead of ctest's timeout).
    const QString fifo = m_dir.filePath(QStringLiteral("pipe.json"));
    QVERIFY(test::makeFifo(fifo));
    const QString folder = m_dir.filePath(QStringLiteral("a-folder"));
    QVERIFY(QDir().mkpath(folder));
    const QString out = m_dir.filePath(QStringLiteral("never"));
    const QString pipe = QStringLiteral(": is a named pipe (FIFO), not a regular file");
    const QString directory = QStringLiteral(": is a directory, not a file");
    const QList<QPair<QStringList, QString>> cases {
        { { QStringLiteral("train"), QStringLiteral("--config"), fifo, QStringLiteral("--out"), out }, fifo + pipe },
        { { QStringLiteral("train"), QStringLiteral("--config"), folder, QStringLiteral("--out"), out },
          folder + directory },
        { { QStringLiteral("predict"), QStringLiteral("--model"), m_run, QStringLiteral("--images"), folder },
          QStringLiteral("--images ") + folder + directory },
        { { QStringLiteral("predict"), QStringLiteral("--model"), m_run, QStringLiteral("--images"), fifo },
          QStringLiteral("--images ") + fifo + pipe },
        { { QStringLiteral("tsne"), QStringLiteral("--input"), fifo, QStringLiteral("--out"),
            m_dir.filePath(QStringLiteral("layout.csv")) },
          fifo + pipe },
    };
    for (const auto& [args, mentions] : cases) {
        const auto run = runCli(args, QProcessEnvironment::systemEnvironment(), 60000);
        QVERIFY2(run.exitCode == 2,
                 qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" exited with ")
                            + QString::number(run.exitCode) + QStringLiteral(": ") + QString::fromUtf8(run.err)));
        QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
    }
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_MAIN(TestCliTrain)
#include "tst_cli_train.moc"
