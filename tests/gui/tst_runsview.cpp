// SPDX-License-Identifier: MIT
// The Runs tab and the Compare tab on real runs (trained here on generated images): every status listed as the
// core names it and updated when a run finishes; filter, sort, columns, names, tags, delete to the trash; and a
// comparison that overlays one curve per run, lists exactly the differing keys and carries the seed spreads.
#include "CompareView.h"
#include "GroupedBars.h"
#include "OverlayCurves.h"
#include "RunComparison.h"
#include "RunNotes.h"
#include "RunsView.h"
#include "run/RunDirectory.h"
#include "run/RunHolder.h"
#include "run/TrainingRun.h"
#include "support/GeneratedImages.h"
#include "support/TestData.h"

#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <unistd.h>

using namespace aclwb;
using namespace aclwb::gui;


class TestRunsView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsEveryStatusAndFollowsAFinishingRun();
    void showsHoldersOnOtherHostsAndStaleOnes();
    void filterSortAndColumns();
    void namesTagsAndDeleteToTheTrash();
    void compareOverlaysRunsWithSpreads();
    void notesThatAreNoFileNeitherBlockNorNest();

private:
    QString train(const QString& name, double gamma, uint64_t seed);
    QString statusOf(RunsView& view, const QString& folder) const;

    QTemporaryDir m_dir;
    QString m_workspace;
    TrainConfig m_config;
};

void TestRunsView::initTestCase()
{
    // Settings and the trash of this test only (Qt's test mode would put the trash under ~/.qttest).
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("xdg-config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("xdg-data")).toUtf8());
    const QString idx = m_dir.filePath(QStringLiteral("idx"));
    QVERIFY(QDir().mkpath(idx));
    QVERIFY(test::writeTinyIdxDataset(idx, 40, false));
    m_config = test::tinyIdxConfig(idx);
    m_config.epochsContrastive = 2; // two points on the loss curves
    m_workspace = m_dir.filePath(QStringLiteral("workspace"));
    QVERIFY(!train(QStringLiteral("runs/a-finished"), 0.0, 1).isEmpty());
}

QString TestRunsView::train(const QString& name, double gamma, uint64_t seed)
{
    TrainConfig c = m_config;
    c.gamma = gamma;
    c.seed = seed;
    const QString dir = m_workspace + QLatin1Char('/') + name;
    TrainingRun run(c, dir.toStdString(), false);
    return run.execute() == RunOutcome::Finished ? dir : QString();
}

QString TestRunsView::statusOf(RunsView& view, const QString& folder) const
{
    for (const RunRow& r : view.model()->runs()) {
        if (r.folder == folder) {
            return r.status;
        }
    }
    return QStringLiteral("(not listed)");
}

void TestRunsView::listsEveryStatusAndFollowsAFinishingRun()
{
    const QString finished = m_workspace + QStringLiteral("/runs/a-finished");
    const QString cancelled = m_workspace + QStringLiteral("/runs/b-cancelled");
    QVERIFY(test::copyDirectory(finished, cancelled));
    QFile::remove(cancelled + QStringLiteral("/results.json"));
    writeRunMarker(cancelled.toStdString(), kCancelledMarker, "cancelled; resumable from checkpoint.pt");
    const QString live = m_workspace + QStringLiteral("/runs/c-live");
    QVERIFY(test::copyDirectory(finished, live));
    QVERIFY(QFile::rename(live + QStringLiteral("/results.json"), m_dir.filePath(QStringLiteral("results.json"))));
    writeRunMarker(live.toStdString(), kRunningMarker, std::to_string(::getpid()));
    const QString damaged = m_workspace + QStringLiteral("/runs/d-damaged");
    QVERIFY(test::copyDirectory(finished, damaged));
    QFile broken(damaged + QStringLiteral("/results.json"));
    QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write("{\"config\": ");
    broken.close();

    RunsView view;
    QSignalSpy refreshed(&view, &RunsView::refreshed);
    view.setWorkspace(m_workspace); // reads in the background
    QVERIFY(refreshed.wait(30000));
    QCOMPARE(view.model()->rowCount(), 4);
    QCOMPARE(statusOf(view, QStringLiteral("runs/a-finished")), QStringLiteral("finished"));
    QCOMPARE(statusOf(view, QStringLiteral("runs/b-cancelled")), QStringLiteral("cancelled"));
    QCOMPARE(statusOf(view, QStringLiteral("runs/c-live")), QStringLiteral("running"));
    QCOMPARE(statusOf(view, QStringLiteral("runs/d-damaged")), QStringLiteral("damaged"));
    const RunRow* row = view.model()->runAt(view.model()->rowOf(damaged));
    QVERIFY(row->reason.contains(QStringLiteral("results.json")));
    const RunRow* done = view.model()->runAt(view.model()->rowOf(finished));
    QVERIFY(done->balanced >= 0.0 && done->balanced <= 1.0);
    QCOMPARE(view.model()->data(view.model()->index(view.model()->rowOf(finished), RunsTableModel::Balanced)).toString(),
             QLocale().toString(done->balanced, 'f', 4));
    // The live run finishes: its results.json appears and the marker goes; the next refresh says so.
    QVERIFY(QFile::rename(m_dir.filePath(QStringLiteral("results.json")), live + QStringLiteral("/results.json")));
    QFile::remove(live + QStringLiteral("/running"));
    view.refresh();
    QVERIFY(refreshed.wait(30000));
    QCOMPARE(statusOf(view, QStringLiteral("runs/c-live")), QStringLiteral("finished"));
}

void TestRunsView::showsHoldersOnOtherHostsAndStaleOnes()
{
    // As `aclwb-cli runs` does: a run training on a compute node is "running on NODE", one whose node stopped its
    // heartbeat is "stale (NODE)", with the reason in the tooltip.
    const QString workspace = m_dir.filePath(QStringLiteral("cluster-workspace"));
    RunHolder remote = RunHolder::current(30);
    remote.host = "node-17.cluster.invalid";
    remote.pid = 4242;
    for (const char* name : { "fresh", "stale" }) {
        const QString dir = workspace + QStringLiteral("/runs/") + QString::fromLatin1(name);
        QVERIFY(test::copyDirectory(m_workspace + QStringLiteral("/runs/a-finished"), dir));
        QFile::remove(dir + QStringLiteral("/results.json"));
        RunHolder h = remote;
        h.heartbeat -= QByteArray(name) == "stale" ? 3600 : 0;
        writeRunMarker(dir.toStdString(), kRunningMarker, h.toJson());
    }
    RunsView view;
    view.setWorkspace(workspace);
    view.refreshNow();
    RunsTableModel* model = view.model();
    const int fresh = model->rowOf(workspace + QStringLiteral("/runs/fresh"));
    const int stale = model->rowOf(workspace + QStringLiteral("/runs/stale"));
    QVERIFY(fresh >= 0 && stale >= 0);
    const QString freshText = model->data(model->index(fresh, RunsTableModel::Status)).toString();
    QVERIFY2(freshText.startsWith(QStringLiteral("running on node-17.cluster.invalid")), qPrintable(freshText));
    QVERIFY(model->data(model->index(fresh, RunsTableModel::Status), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("pid 4242 on node-17.cluster.invalid")));
    QCOMPARE(model->data(model->index(stale, RunsTableModel::Status)).toString(),
             QStringLiteral("stale (node-17.cluster.invalid)"));
    QVERIFY(model->data(model->index(stale, RunsTableModel::Status), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("stale: probably killed on node-17.cluster.invalid")));
    QCOMPARE(model->runAt(stale)->status, QStringLiteral("incomplete")); // resumable, as the core says
}

void TestRunsView::filterSortAndColumns()
{
    RunsView view;
    view.setWorkspace(m_workspace);
    view.refreshNow();
    const int all = view.proxy()->rowCount();
    QVERIFY(all >= 2);
    view.filterEdit()->setText(QStringLiteral("damaged"));
    QCOMPARE(view.proxy()->rowCount(), 1);
    view.filterEdit()->clear();
    QCOMPARE(view.proxy()->rowCount(), all);
    // Numbers sort as numbers: the balanced accuracy column, ascending, puts unknown (-1) first.
    view.table()->sortByColumn(RunsTableModel::Balanced, Qt::AscendingOrder);
    double previous = -2.0;
    for (int r = 0; r < view.proxy()->rowCount(); ++r) {
        const double v = view.proxy()->data(view.proxy()->index(r, RunsTableModel::Balanced), Qt::UserRole).toDouble();
        QVERIFY(v >= previous);
        previous = v;
    }
    view.setColumnVisible(RunsTableModel::Tau, false);
    QVERIFY(view.table()->isColumnHidden(RunsTableModel::Tau));
    RunsView again; // the choice is remembered
    QVERIFY(again.table()->isColumnHidden(RunsTableModel::Tau));
    again.setColumnVisible(RunsTableModel::Tau, true);
}

void TestRunsView::namesTagsAndDeleteToTheTrash()
{
    RunsView view;
    view.setWorkspace(m_workspace);
    view.refreshNow();
    const QString finished = m_workspace + QStringLiteral("/runs/a-finished");
    RunNotes notes;
    notes.name = QStringLiteral("AFCL baseline");
    notes.tags = QStringList { QStringLiteral("baseline"), QStringLiteral("fmnist") };
    notes.note = QStringLiteral("first try");
    QString error;
    QVERIFY2(view.setNotes(finished, notes, &error), qPrintable(error));
    const RunRow* row = view.model()->runAt(view.model()->rowOf(finished));
    QCOMPARE(row->displayName(), QStringLiteral("AFCL baseline"));
    QCOMPARE(row->notes.tags, notes.tags);
    QVERIFY(QFile::exists(finished + QStringLiteral("/notes.json")));
    QCOMPARE(inspectRun(finished.toStdString()).status, RunStatus::Finished); // the run itself is untouched
    view.filterEdit()->setText(QStringLiteral("fmnist"));
    QCOMPARE(view.proxy()->rowCount(), 1);
    view.filterEdit()->clear();
    // A running run is never deleted; others go to the trash (restorable), not away for good.
    const QString live = m_workspace + QStringLiteral("/runs/e-running");
    QVERIFY(test::copyDirectory(finished, live));
    QFile::remove(live + QStringLiteral("/results.json"));
    writeRunMarker(live.toStdString(), kRunningMarker, std::to_string(::getpid()));
    view.refreshNow();
    QVERIFY(!view.deleteRuns({ live }, false, &error));
    QVERIFY(error.contains(QStringLiteral("running")));
    QVERIFY(QDir(live).exists());
    const QString doomed = m_workspace + QStringLiteral("/runs/d-damaged");
    QStringList trashed;
    QVERIFY2(view.deleteRuns({ doomed }, false, &error, &trashed), qPrintable(error));
    QVERIFY(!QDir(doomed).exists());
    QCOMPARE(trashed.size(), 1);
    QVERIFY2(QFile::exists(trashed.front() + QStringLiteral("/config.json")), qPrintable(trashed.front()));
    QVERIFY2(trashed.front().startsWith(m_dir.filePath(QStringLiteral("xdg-data/Trash/files/"))),
             qPrintable(trashed.front()));
    QCOMPARE(view.model()->rowOf(doomed), -1);
    QFile::remove(live + QStringLiteral("/running"));
}

void TestRunsView::compareOverlaysRunsWithSpreads()
{
    // gamma 0 with seeds 1 and 2, gamma 3 with seeds 1 and 2: two settings, two seeds each.
    const QString a1 = m_workspace + QStringLiteral("/runs/a-finished");
    const QString a2 = train(QStringLiteral("cmp/g0-s2"), 0.0, 2);
    const QString b1 = train(QStringLiteral("cmp/g3-s1"), 3.0, 1);
    const QString b2 = train(QStringLiteral("cmp/g3-s2"), 3.0, 2);
    QVERIFY(!a2.isEmpty() && !b1.isEmpty() && !b2.isEmpty());
    CompareView view;
    QString error;
    QVERIFY2(view.compare({ a1, b1 }, m_workspace, &error), qPrintable(error));
    const RunComparison& c = *view.comparison();
    QCOMPARE(c.differingKeys(), QStringList { QStringLiteral("gamma") }); // exactly the key that differs
    QCOMPARE(c.valueText(1, QStringLiteral("gamma")), QStringLiteral("3.0"));
    // One curve per run, the validation balanced accuracy of each epoch that had one.
    QCOMPARE(view.balancedCurves()->seriesCount(), 2);
    QCOMPARE(view.lossCurves()->seriesCount(), 2);
    QCOMPARE(view.lossCurves()->drawn(0).size(), 2); // two contrastive epochs
    QCOMPARE(view.perClass()->barCount(), 2);
    QCOMPARE(view.perClass()->groupCount(), 2);
    QCOMPARE(view.confusionCount(), 2);
    QCOMPARE(view.perClass()->value(1, 0), c.runs()[1].test.perClass[0]);
    // Seed spreads: each setting has its two seeds; the verdict against the first run uses them.
    QCOMPARE(c.runs()[0].balanced.n, 2);
    QCOMPARE(c.runs()[1].balanced.n, 2);
    QCOMPARE(c.withinReference(1), withinSpread(c.runs()[1].balanced, c.runs()[0].balanced));
    const QString cell = view.table()->item(0, 2)->text();
    QVERIFY2(cell.contains(QStringLiteral("2 seeds")), qPrintable(cell));
    // The differing key is a highlighted column of the table.
    QCOMPARE(view.table()->horizontalHeaderItem(4)->text(), QStringLiteral("gamma"));
    QCOMPARE(view.table()->item(1, 4)->text(), QStringLiteral("3.0"));
    // The CSV has one row per run with the spreads.
    QTemporaryDir out;
    QVERIFY(view.exportCsv(out.filePath(QStringLiteral("c.csv")), &error));
    QFile f(out.filePath(QStringLiteral("c.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith("run,path,status,gamma,test_accuracy"));
    QVERIFY(lines[1].contains(",2,")); // two seeds
}

void TestRunsView::notesThatAreNoFileNeitherBlockNorNest()
{
    // A named pipe called notes.json blocked the listing forever (QFile::open waits for a writer); notes nested past
    // the bound every JSON reader keeps are refused like the rest. Both read as empty notes with the reason.
    const QString piped = m_dir.filePath(QStringLiteral("notes-fifo"));
    QVERIFY(QDir().mkpath(piped));
    const QString fifo = piped + QStringLiteral("/notes.json");
    QVERIFY(test::makeFifo(fifo));
    QString error;
    RunNotes notes;
    QVERIFY2(test::returnsWithoutWriter(fifo, [&] { notes = RunNotes::read(piped, &error); }),
             "RunNotes::read opened the FIFO and blocked");
    QVERIFY(notes.isEmpty());
    QVERIFY2(error.contains(fifo + QStringLiteral(": is a named pipe (FIFO)")), qPrintable(error));

    const QString deep = m_dir.filePath(QStringLiteral("notes-deep"));
    QVERIFY(QDir().mkpath(deep));
    QVERIFY(test::writeText(deep + QStringLiteral("/notes.json"),
                            "{\"name\": \"x\", \"tags\": " + QByteArray(100, '[') + QByteArray(100, ']') + "}"));
    error.clear();
    QVERIFY(RunNotes::read(deep, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("nested deeper than 64 levels (line 1)")), qPrintable(error));
}

QTEST_MAIN(TestRunsView)
#include "tst_runsview.moc"
