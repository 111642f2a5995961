// SPDX-License-Identifier: MIT
// aclwb-cli where several processes and machines meet: one writer per run folder (a second trainer is refused,
// exit 4, and the first's files are intact), run status that is true for another host's runs (fresh and stale
// heartbeats), sweeps that leave held points alone and pin each parallel point to its own GPU, and a Slurm export
// without silent failures (started from another directory, Slurm's time formats, paths the nodes may not see).
#include "run/RunDirectory.h"
#include "run/RunHolder.h"
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

namespace {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject readJson(const QString& path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

} // namespace

class TestCliCluster : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void secondTrainerIsRefused();
    void runsTellRemoteAndStaleHolders();
    void sweepLeavesHeldPointsAlone();
    void sweepPinsOneGpuPerParallelRun();
    void slurmScriptWorksFromAnotherDirectory();
    void slurmTimeFormats_data();
    void slurmTimeFormats();
    void slurmPathsAndOptions();
    void divergenceHasItsOwnExitCode();

private:
    QStringList tinyRun(const QString& out) const;
    QTemporaryDir m_dir;
    QString m_data;
    QString m_run;
};

QStringList TestCliCluster::tinyRun(const QString& out) const
{
    return test::tinyTrainArgs(m_data, out);
}

void TestCliCluster::initTestCase()
{
    m_data = m_dir.filePath(QStringLiteral("idx"));
    QVERIFY(QDir().mkpath(m_data));
    QVERIFY(test::writeTinyIdxDataset(m_data, 32, true));
    m_run = m_dir.filePath(QStringLiteral("run"));
    const auto run = runCli(tinyRun(m_run));
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestCliCluster::secondTrainerIsRefused()
{
    // A long run trains; a second `train --out` and a `train --resume` on its folder are refused while it lives.
    const QString out = m_dir.filePath(QStringLiteral("shared"));
    const QStringList longRun
        = test::withFlag(tinyRun(out), QStringLiteral("--epochs-contrastive"), QStringLiteral("20000")); // stopped below
    QProcess first;
    first.start(test::cliPath(), longRun);
    QVERIFY(first.waitForStarted());
    QByteArray err;
    while (!err.contains("[contrastive] epoch 1:") && first.state() == QProcess::Running) {
        first.waitForReadyRead(1000);
        err += first.readAllStandardError();
    }
    QVERIFY2(first.state() == QProcess::Running, err.constData());
    const QByteArray configBefore = readFile(out + QStringLiteral("/config.json"));
    QVERIFY(!configBefore.isEmpty());
    const QString pid = QString::number(first.processId());

    const QStringList other = test::withFlag(tinyRun(out), QStringLiteral("--gamma"), QStringLiteral("3"));
    const auto second = runCli(other);
    QCOMPARE(second.exitCode, 4);
    QVERIFY2(second.err.contains("is in use"), second.err.constData());
    const auto resume = runCli({ QStringLiteral("train"), QStringLiteral("--resume"), out });
    QCOMPARE(resume.exitCode, 4);
    QVERIFY2(QString::fromUtf8(resume.err).contains(QStringLiteral("pid ") + pid), resume.err.constData());
    QVERIFY2(resume.err.contains(currentHostName().c_str()), resume.err.constData());
    // `runs` names the holder too.
    const auto listing
        = runCli({ QStringLiteral("runs"), m_dir.path(), QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(listing.exitCode == 0, listing.err.constData());
    bool seen = false;
    for (const QJsonValue& v : listing.json().value(QStringLiteral("runs")).toArray()) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("run")).toString() == QStringLiteral("shared")) {
            seen = true;
            QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("running"));
            QVERIFY(r.value(QStringLiteral("reason")).toString().contains(QStringLiteral("pid ") + pid));
        }
    }
    QVERIFY(seen);
    // In another pid namespace (where permitted: root or user namespaces) our pid means nothing, the lock still does.
    QProcess isolated;
    isolated.start(QStringLiteral("unshare"),
                   { QStringLiteral("--pid"), QStringLiteral("--fork"), QStringLiteral("--mount-proc"), test::cliPath(),
                     QStringLiteral("runs"), m_dir.path() });
    if (isolated.waitForFinished(60000) && isolated.exitStatus() == QProcess::NormalExit && isolated.exitCode() == 0) {
        const QByteArray table = isolated.readAllStandardOutput();
        QByteArray row;
        for (const QByteArray& line : table.split('\n')) {
            row = line.startsWith("shared") ? line : row;
        }
        QVERIFY2(row.contains("running"), table.constData());
    } else {
        qInfo("unshare --pid is not permitted here; the pid-namespace case is covered by tst_runlock's probe");
    }

    // The first run's files are its own: same config, no `failed`, and it stops cleanly and is resumable.
    QCOMPARE(readFile(out + QStringLiteral("/config.json")), configBefore);
    QVERIFY(!QFile::exists(out + QStringLiteral("/failed")));
    ::kill(static_cast<pid_t>(first.processId()), SIGINT);
    QVERIFY(first.waitForFinished(60000));
    QCOMPARE(first.exitCode(), 130);
    QVERIFY(!QFile::exists(out + QStringLiteral("/running")));
    QCOMPARE(QString::fromStdString(statusName(inspectRun(out.toStdString()).status)), QStringLiteral("cancelled"));
}

void TestCliCluster::runsTellRemoteAndStaleHolders()
{
    // A login node lists runs that train on compute nodes: a fresh heartbeat is "running", an old one "stale".
    const QString root = m_dir.filePath(QStringLiteral("cluster-runs"));
    RunHolder h = RunHolder::current(30);
    h.host = "node-17.cluster.invalid";
    h.pid = 12345;
    for (const char* name : { "fresh", "stale" }) {
        const QString dir = root + QLatin1Char('/') + QString::fromLatin1(name);
        QVERIFY(QDir().mkpath(dir));
        for (const char* file : { "config.json", "checkpoint.pt", "metrics.csv" }) {
            QVERIFY(QFile::copy(m_run + QLatin1Char('/') + QString::fromLatin1(file),
                                dir + QLatin1Char('/') + QString::fromLatin1(file)));
        }
        RunHolder marker = h;
        if (QByteArray(name) == "stale") {
            marker.heartbeat -= 7200;
        }
        writeRunMarker(dir.toStdString(), kRunningMarker, marker.toJson());
    }
    const auto table = runCli({ QStringLiteral("runs"), root });
    QVERIFY2(table.exitCode == 0, table.err.constData());
    const QList<QByteArray> lines = table.out.split('\n');
    const auto lineOf = [&](const char* run) {
        for (const QByteArray& l : lines) {
            if (l.startsWith(run)) {
                return l;
            }
        }
        return QByteArray();
    };
    QVERIFY2(lineOf("fresh").contains("running") && lineOf("fresh").contains("on node-17.cluster.invalid"),
             table.out.constData());
    QVERIFY2(lineOf("stale").contains("incomplete") && lineOf("stale").contains("stale: probably killed on node-17"),
             table.out.constData());
}

void TestCliCluster::sweepLeavesHeldPointsAlone()
{
    // A second submission of the same sweep while a point trains elsewhere: the point is skipped and said so.
    const QString sweep = m_dir.filePath(QStringLiteral("held-sweep"));
    const QString point = sweep + QStringLiteral("/gamma=0");
    QVERIFY(QDir().mkpath(point));
    QVERIFY(QFile::copy(m_run + QStringLiteral("/config.json"), m_dir.filePath(QStringLiteral("held-base.json"))));
    const auto prepare = runCli(
        { QStringLiteral("sweep"), QStringLiteral("--config"), m_dir.filePath(QStringLiteral("held-base.json")),
          QStringLiteral("--grid"), QStringLiteral("gamma=0,1"), QStringLiteral("--out"), sweep,
          QStringLiteral("--index"), QStringLiteral("1"), QStringLiteral("--count"), QStringLiteral("2") });
    QVERIFY2(prepare.exitCode == 0, prepare.err.constData()); // gamma=1 trained; gamma=0 not yet
    QJsonObject config = readJson(m_dir.filePath(QStringLiteral("held-base.json")));
    config.insert(QStringLiteral("gamma"), 0.0);
    QVERIFY(test::writeText(point + QStringLiteral("/config.json"), QJsonDocument(config).toJson()));
    RunHolder h = RunHolder::current(30);
    h.host = "node-2.cluster.invalid";
    writeRunMarker(point.toStdString(), kRunningMarker, h.toJson());
    const auto again = runCli({ QStringLiteral("sweep"), QStringLiteral("--config"),
                                m_dir.filePath(QStringLiteral("held-base.json")), QStringLiteral("--grid"),
                                QStringLiteral("gamma=0,1"), QStringLiteral("--out"), sweep });
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(again.json().value(QStringLiteral("started")).toInt(), 0);
    QCOMPARE(again.json().value(QStringLiteral("skipped_in_use")).toInt(), 1);
    QVERIFY2(again.err.contains("is in use") && again.err.contains("node-2.cluster.invalid"), again.err.constData());
    QVERIFY(!QFile::exists(point + QStringLiteral("/train.log")));
}

void TestCliCluster::sweepPinsOneGpuPerParallelRun()
{
    // Two GPUs, two points at a time, each with its own CUDA_VISIBLE_DEVICES (the runs here are on the CPU: what is
    // checked is what each worker is given, from its log's attempt header).
    const QString sweep = m_dir.filePath(QStringLiteral("gpu-sweep"));
    const auto run
        = runCli({ QStringLiteral("sweep"), QStringLiteral("--config"), m_run + QStringLiteral("/config.json"),
                   QStringLiteral("--grid"), QStringLiteral("gamma=0,1"), QStringLiteral("--out"), sweep,
                   QStringLiteral("--gpus"), QStringLiteral("3,5") });
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // Both started before either finished: two at a time (--jobs defaults to one per GPU).
    const QString err = QString::fromUtf8(run.err);
    const int secondStart
        = err.indexOf(QStringLiteral("started on GPU"), err.indexOf(QStringLiteral("started on GPU")) + 1);
    QVERIFY2(secondStart > 0, run.err.constData());
    QVERIFY2(secondStart < err.indexOf(QStringLiteral(" finished")), run.err.constData());
    QSet<QString> gpus;
    for (const char* point : { "gamma=0", "gamma=1" }) {
        const QByteArray log
            = readFile(sweep + QLatin1Char('/') + QString::fromLatin1(point) + QStringLiteral("/train.log"));
        const int at = log.indexOf("CUDA_VISIBLE_DEVICES=");
        QVERIFY2(at >= 0, log.constData());
        gpus.insert(QString::fromUtf8(log.mid(at + 21, 1)));
    }
    QCOMPARE(gpus, (QSet<QString> { QStringLiteral("3"), QStringLiteral("5") }));
    // More parallel runs than GPUs is refused; the Slurm script asks for one run per GPU.
    const auto tooMany
        = runCli({ QStringLiteral("sweep"), QStringLiteral("--config"), m_run + QStringLiteral("/config.json"),
                   QStringLiteral("--grid"), QStringLiteral("gamma=0,1"), QStringLiteral("--out"), sweep,
                   QStringLiteral("--gpus"), QStringLiteral("0"), QStringLiteral("--jobs"), QStringLiteral("2") });
    QCOMPARE(tooMany.exitCode, 2);
    const QString job = m_dir.filePath(QStringLiteral("slurm-2gpu"));
    const auto exported
        = runCli({ QStringLiteral("sweep"), QStringLiteral("--config"), m_run + QStringLiteral("/config.json"),
                   QStringLiteral("--grid"), QStringLiteral("gamma=0,1,2,3"), QStringLiteral("--slurm"), job,
                   QStringLiteral("--slurm-gpus"), QStringLiteral("2"), QStringLiteral("--slurm-tasks"),
                   QStringLiteral("2"), QStringLiteral("--slurm-cpus"), QStringLiteral("8") });
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const QByteArray script = readFile(job + QStringLiteral("/sweep.sbatch"));
    QVERIFY2(script.contains("--jobs 2 --gpus auto"), script.constData());
    QCOMPARE(readJson(job + QStringLiteral("/config.json")).value(QStringLiteral("threads")).toInt(), 4);
}

void TestCliCluster::slurmScriptWorksFromAnotherDirectory()
{
    // `cd elsewhere && sbatch job/sweep.sbatch`: the task still finds its folder and writes its runs and logs; a
    // folder that lost its empty logs/ (git drops empty folders) still works, because logs/ is never empty.
    const QString job = m_dir.filePath(QStringLiteral("slurm-elsewhere"));
    const auto exported = runCli(
        { QStringLiteral("sweep"), QStringLiteral("--config"), m_run + QStringLiteral("/config.json"),
          QStringLiteral("--grid"), QStringLiteral("gamma=0,1"), QStringLiteral("--slurm"), job,
          QStringLiteral("--slurm-tasks"), QStringLiteral("1"), QStringLiteral("--slurm-cpus"), QStringLiteral("1") });
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QVERIFY(QFile::exists(job + QStringLiteral("/logs/.keep")));
    QVERIFY(QFile::exists(job + QStringLiteral("/submit.sh")));
    const QByteArray script = readFile(job + QStringLiteral("/sweep.sbatch"));
    const QByteArray chdir = QByteArray("#SBATCH --chdir=") + QDir(job).absolutePath().toUtf8() + QByteArray("\n");
    QVERIFY2(script.contains(chdir), script.constData());
    QVERIFY(script.contains("#SBATCH --output=logs/"));
    const QString elsewhere = m_dir.filePath(QStringLiteral("elsewhere"));
    QVERIFY(QDir().mkpath(elsewhere));
    QProcess task;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SLURM_ARRAY_TASK_ID"), QStringLiteral("0"));
    env.insert(QStringLiteral("SLURM_ARRAY_JOB_ID"), QStringLiteral("4711"));
    env.insert(QStringLiteral("SLURM_JOB_ID"), QStringLiteral("4712"));
    env.insert(QStringLiteral("SLURM_SUBMIT_DIR"), elsewhere);
    env.insert(QStringLiteral("ACLWB_CLI"), test::cliPath());
    task.setProcessEnvironment(env);
    task.setWorkingDirectory(elsewhere);
    task.start(QStringLiteral("bash"), { QStringLiteral("../slurm-elsewhere/sweep.sbatch") });
    QVERIFY(task.waitForFinished(300000));
    const QByteArray out = task.readAllStandardOutput() + task.readAllStandardError();
    QVERIFY2(task.exitCode() == 0, out.constData());
    // The pre-flight line names node, CLI version and data before any work.
    QVERIFY2(out.contains("aclwb: task 0 of job 4711 on ") && out.contains("aclwb-cli ") && out.contains("data "),
             out.constData());
    for (const char* point : { "gamma=0", "gamma=1" }) {
        QVERIFY2(QFile::exists(job + QStringLiteral("/runs/") + QString::fromLatin1(point)
                               + QStringLiteral("/results.json")),
                 point);
        QVERIFY(readFile(job + QStringLiteral("/runs/") + QString::fromLatin1(point) + QStringLiteral("/train.log"))
                    .contains("=== aclwb-cli train: attempt started"));
    }
    QVERIFY(QDir(elsewhere).isEmpty()); // nothing landed where it was started from
    // A directory that is not the job folder and cannot find it: a clear message and exit 2, never exit 0.
    const QString stray = m_dir.filePath(QStringLiteral("stray"));
    QVERIFY(QDir().mkpath(stray));
    QVERIFY(QFile::copy(job + QStringLiteral("/sweep.sbatch"), stray + QStringLiteral("/copied.sbatch")));
    QVERIFY(QDir(job).removeRecursively());
    QProcess lost;
    lost.setProcessEnvironment(env);
    lost.setWorkingDirectory(stray);
    lost.start(QStringLiteral("bash"), { QStringLiteral("copied.sbatch") });
    QVERIFY(lost.waitForFinished(60000));
    QCOMPARE(lost.exitCode(), 2);
    QVERIFY(lost.readAllStandardError().contains("is not the sweep's job folder"));
}

void TestCliCluster::slurmTimeFormats_data()
{
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("words"); // empty: refused
    QTest::newRow("MM") << QStringLiteral("90") << QStringLiteral("1 hour 30 minutes");
    QTest::newRow("MM:SS") << QStringLiteral("04:00") << QStringLiteral("4 minutes");
    QTest::newRow("HH:MM:SS") << QStringLiteral("04:00:00") << QStringLiteral("4 hours");
    QTest::newRow("HH:MM:SS over a day") << QStringLiteral("100:00:00") << QStringLiteral("4 days 4 hours");
    QTest::newRow("D-HH") << QStringLiteral("2-12") << QStringLiteral("2 days 12 hours");
    QTest::newRow("D-HH:MM") << QStringLiteral("1-00:30") << QStringLiteral("1 day 30 minutes");
    QTest::newRow("D-HH:MM:SS") << QStringLiteral("0-01:02:03") << QStringLiteral("1 hour 2 minutes 3 seconds");
    QTest::newRow("seconds over 59") << QStringLiteral("10:75") << QString();
    QTest::newRow("words") << QStringLiteral("forever") << QString();
    QTest::newRow("zero") << QStringLiteral("0") << QString();
    QTest::newRow("hours over a day after days") << QStringLiteral("1-30") << QString();
    QTest::newRow("four fields") << QStringLiteral("1:2:3:4") << QString();
}

void TestCliCluster::slurmTimeFormats()
{
    QFETCH(QString, time);
    QFETCH(QString, words);
    const QString job
        = m_dir.filePath(QStringLiteral("slurm-time-")
                         + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    const auto run
        = runCli({ QStringLiteral("sweep"), QStringLiteral("--config"), m_run + QStringLiteral("/config.json"),
                   QStringLiteral("--grid"), QStringLiteral("gamma=0,1"), QStringLiteral("--slurm"), job,
                   QStringLiteral("--slurm-time"), time });
    if (words.isEmpty()) {
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("Slurm time"), run.err.constData());
        QVERIFY(!QFile::exists(job + QStringLiteral("/sweep.sbatch")));
        return;
    }
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json().value(QStringLiteral("time_limit")).toString(), words);
    QVERIFY2(run.err.contains(
                 QString(QStringLiteral("time limit per task: ") + time + QStringLiteral(" = ") + words).toUtf8()),
             run.err.constData());
    QVERIFY(readFile(job + QStringLiteral("/sweep.sbatch"))
                .contains(QString(QStringLiteral("#SBATCH --time=") + time + QStringLiteral("\n")).toUtf8()));
}

void TestCliCluster::slurmPathsAndOptions()
{
    // A relative data_dir is named at export (the nodes would not find it); --slurm-data-dir rewrites it; --slurm-mem
    // asks for memory; more tasks than runs is said, not silently reduced.
    QJsonObject config = readJson(m_run + QStringLiteral("/config.json"));
    config.insert(QStringLiteral("data_dir"), QStringLiteral("data/idx"));
    const QString relative = m_dir.filePath(QStringLiteral("relative.json"));
    QVERIFY(test::writeText(relative, QJsonDocument(config).toJson()));
    const QString job = m_dir.filePath(QStringLiteral("slurm-paths"));
    const QStringList args = { QStringLiteral("sweep"),  QStringLiteral("--config"),    relative,
                               QStringLiteral("--grid"), QStringLiteral("gamma=0,1"),   QStringLiteral("--slurm-tasks"),
                               QStringLiteral("6"),      QStringLiteral("--slurm-mem"), QStringLiteral("16G") };
    const auto warned = runCli(args + QStringList { QStringLiteral("--slurm"), job });
    QVERIFY2(warned.exitCode == 0, warned.err.constData());
    QVERIFY2(warned.err.contains("data_dir 'data/idx' is relative"), warned.err.constData());
    QVERIFY2(warned.err.contains("6 tasks asked for, but the sweep has only 2 runs"), warned.err.constData());
    QCOMPARE(warned.json().value(QStringLiteral("tasks")).toInt(), 2);
    const QByteArray script = readFile(job + QStringLiteral("/sweep.sbatch"));
    QVERIFY(script.contains("#SBATCH --mem=16G\n"));
    QVERIFY(script.contains("#SBATCH --array=0-1\n"));
    QVERIFY(readFile(job + QStringLiteral("/README.txt")).contains("is relative"));

    const QString rewritten = m_dir.filePath(QStringLiteral("slurm-paths-2"));
    const auto fixed = runCli(args
                              + QStringList { QStringLiteral("--slurm"), rewritten, QStringLiteral("--slurm-data-dir"),
                                              QStringLiteral("/shared/datasets/idx") });
    QVERIFY2(fixed.exitCode == 0, fixed.err.constData());
    QVERIFY(!fixed.err.contains("is relative"));
    QVERIFY2(fixed.err.contains("data_dir '/shared/datasets/idx' must exist on every node"), fixed.err.constData());
    QCOMPARE(readJson(rewritten + QStringLiteral("/config.json")).value(QStringLiteral("data_dir")).toString(),
             QStringLiteral("/shared/datasets/idx"));
    // The task stops before any work when the data folder is not on its node.
    const QByteArray rewrittenScript = readFile(rewritten + QStringLiteral("/sweep.sbatch"));
    QVERIFY2(rewrittenScript.contains("data='/shared/datasets/idx'\n")
                 && rewrittenScript.contains("if [ ! -e \"$data\" ]"),
             rewrittenScript.constData());
    // A data_dir a shell would read as code is quoted, never run: the pre-flight stops on the missing folder.
    QJsonObject hostile = config;
    hostile.insert(QStringLiteral("data_dir"), QStringLiteral("/no/such/it's $(touch PWNED) `touch PWNED2`"));
    const QString hostileConfig = m_dir.filePath(QStringLiteral("hostile.json"));
    QVERIFY(test::writeText(hostileConfig, QJsonDocument(hostile).toJson()));
    const QString hostileJob = m_dir.filePath(QStringLiteral("slurm-hostile"));
    const auto exportedHostile
        = runCli({ QStringLiteral("sweep"), QStringLiteral("--config"), hostileConfig, QStringLiteral("--grid"),
                   QStringLiteral("gamma=0,1"), QStringLiteral("--slurm"), hostileJob });
    QVERIFY2(exportedHostile.exitCode == 0, exportedHostile.err.constData());
    QProcess task;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SLURM_ARRAY_TASK_ID"), QStringLiteral("0"));
    env.insert(QStringLiteral("ACLWB_CLI"), test::cliPath());
    task.setProcessEnvironment(env);
    task.setWorkingDirectory(hostileJob);
    task.start(QStringLiteral("bash"), { QStringLiteral("sweep.sbatch") });
    QVERIFY(task.waitForFinished(60000));
    QCOMPARE(task.exitCode(), 2);
    QVERIFY(task.readAllStandardError().contains("does not exist on"));
    QVERIFY(!QFile::exists(hostileJob + QStringLiteral("/PWNED"))
            && !QFile::exists(hostileJob + QStringLiteral("/PWNED2")));
    // A folder of the user's own files is not an export target.
    const QString own = m_dir.filePath(QStringLiteral("own-folder"));
    QVERIFY(QDir().mkpath(own));
    QVERIFY(test::writeText(own + QStringLiteral("/config.json"), "{\"mine\": true}"));
    const auto intoOwn = runCli(args + QStringList { QStringLiteral("--slurm"), own });
    QCOMPARE(intoOwn.exitCode, 2);
    QVERIFY(intoOwn.err.contains("not an earlier Slurm export"));
    QCOMPARE(readFile(own + QStringLiteral("/config.json")), QByteArray("{\"mine\": true}"));
    QStringList lots = args;
    lots[lots.indexOf(QStringLiteral("16G"))] = QStringLiteral("lots");
    const auto badMem
        = runCli(lots + QStringList { QStringLiteral("--slurm"), m_dir.filePath(QStringLiteral("slurm-mem")) });
    QCOMPARE(badMem.exitCode, 2);
    QVERIFY(badMem.err.contains("memory"));
}

void TestCliCluster::divergenceHasItsOwnExitCode()
{
    // Bad input is 2; a run that diverged is 3, so a script can tell "fix the file" from "lower the learning rate".
    const QString out = m_dir.filePath(QStringLiteral("diverges"));
    const auto run
        = runCli({ QStringLiteral("train"), QStringLiteral("--data-dir"), m_data, QStringLiteral("--loss"),
                   QStringLiteral("ce"), QStringLiteral("--optimizer"), QStringLiteral("sgd"), QStringLiteral("--lr"),
                   QStringLiteral("1e35"), QStringLiteral("--epochs-contrastive"), QStringLiteral("2"),
                   QStringLiteral("--epochs-linear"), QStringLiteral("1"), QStringLiteral("--out"), out });
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("training diverged"), run.err.constData());
    const auto bad = runCli({ QStringLiteral("train"), QStringLiteral("--data-dir"), m_data, QStringLiteral("--gamma"),
                              QStringLiteral("-1"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("bad")) });
    QCOMPARE(bad.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliCluster)
#include "tst_cli_cluster.moc"
