// SPDX-License-Identifier: MIT
// The worker on its thread, driven from the GUI thread as the window drives it: start, pause (nothing moves),
// resume, stop; events arrive queued, in order, as small value types.
#include "GuiEvents.h"
#include "RunController.h"
#include "TrainingWorker.h"
#include "support/GeneratedImages.h"
#include "train/TrainConfig.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <nlohmann/json.hpp>

using namespace aclwb;
using namespace aclwb::gui;

class TestTrainingWorker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eventsArriveInOrder();
    void pauseHoldsAndResumeContinues();
    void stopCancelsAndCanBeResumed();
    void badDataFailsWithTheCoresMessage();

private:
    QString config(int contrastiveEpochs) const;
    QTemporaryDir m_dir;
    QString m_idx;
};

void TestTrainingWorker::initTestCase()
{
    registerGuiEventTypes();
    m_idx = m_dir.filePath(QStringLiteral("idx"));
    QVERIFY(QDir().mkpath(m_idx));
    QVERIFY(test::writeTinyIdxDataset(m_idx, 40, false));
}

QString TestTrainingWorker::config(int contrastiveEpochs) const
{
    TrainConfig c;
    c.dataDir = m_idx.toStdString();
    c.classes = { 0, 6 };
    c.imbalanceRatio = 4;
    c.loss = "afcl";
    c.gamma = 1;
    c.eta = 2;
    c.epochsContrastive = contrastiveEpochs;
    c.epochsLinear = 2;
    c.batchSize = 16;
    c.snapshotEvery = 1;
    c.snapshotPoints = 30;
    c.threads = 2;
    return QString::fromStdString(nlohmann::json(c).dump());
}

void TestTrainingWorker::eventsArriveInOrder()
{
    RunController controller;
    QStringList order;
    TrainingWorker* w = controller.worker();
    int steps = 0;
    QThread* workerThread = w->thread();
    connect(w, &TrainingWorker::runStarted, this, [&](const RunStartedEvent& e) {
        order << QStringLiteral("started");
        QCOMPARE(e.classNames, (QStringList { QStringLiteral("T-shirt/top"), QStringLiteral("Shirt") }));
        QCOMPARE(e.stages, (QStringList { QStringLiteral("contrastive"), QStringLiteral("linear") }));
    });
    connect(w, &TrainingWorker::steps, this, [&](const StepBatch& b) {
        QCOMPARE(QThread::currentThread(), thread()); // delivered on the GUI thread, not the worker's
        steps += static_cast<int>(b.losses.size());
        if (order.isEmpty() || order.back() != QStringLiteral("steps")) {
            order << QStringLiteral("steps");
        }
    });
    connect(w, &TrainingWorker::epochFinished, this,
            [&](const EpochEvent& e) { order << QStringLiteral("epoch %1 %2").arg(e.stage).arg(e.epoch + 1); });
    connect(w, &TrainingWorker::snapshot, this, [&](const SnapshotEvent& e) {
        order << QStringLiteral("snapshot %1").arg(e.globalEpoch);
        QCOMPARE(e.projectionKnn.size(), 2);
    });
    connect(w, &TrainingWorker::finished, this, [&](const FinishedEvent& e) {
        order << QStringLiteral("finished");
        QVERIFY(e.test.valid);
        QCOMPARE(e.test.confusion.size(), 2);
    });
    QSignalSpy idle(w, &TrainingWorker::idle);
    QTemporaryDir out;
    controller.start(config(2), out.filePath(QStringLiteral("run")), false);
    QCOMPARE(controller.state(), RunController::State::Running);
    QVERIFY(idle.wait(120000));
    QCOMPARE(controller.state(), RunController::State::Idle);
    QVERIFY(workerThread != thread());
    const QStringList want {
        QStringLiteral("started"),    QStringLiteral("steps"),          QStringLiteral("epoch contrastive 1"),
        QStringLiteral("snapshot 1"), QStringLiteral("steps"),          QStringLiteral("epoch contrastive 2"),
        QStringLiteral("snapshot 2"), QStringLiteral("steps"),          QStringLiteral("epoch linear 1"),
        QStringLiteral("snapshot 3"), QStringLiteral("finished")
    };
    QCOMPARE(order, want);
    QVERIFY(steps > 0);
    QVERIFY(QFile::exists(out.filePath(QStringLiteral("run/results.json"))));
}

void TestTrainingWorker::pauseHoldsAndResumeContinues()
{
    RunController controller;
    TrainingWorker* w = controller.worker();
    int steps = 0;
    bool paused = false;
    connect(w, &TrainingWorker::steps, this, [&](const StepBatch& b) {
        steps += static_cast<int>(b.losses.size());
        if (!paused) {
            paused = true;
            controller.pause();
        }
    });
    QSignalSpy idle(w, &TrainingWorker::idle);
    QTemporaryDir out;
    controller.start(config(40), out.filePath(QStringLiteral("run")), false);
    QTRY_VERIFY_WITH_TIMEOUT(paused, 60000);
    QCOMPARE(controller.state(), RunController::State::Paused);
    QTest::qWait(300); // what was in flight arrives
    const int held = steps;
    QTest::qWait(700);
    QCOMPARE(steps, held); // nothing moves while paused
    controller.resume();
    QCOMPARE(controller.state(), RunController::State::Running);
    QTRY_VERIFY_WITH_TIMEOUT(steps > held, 30000);
    controller.stop();
    QVERIFY(idle.wait(60000));
}

void TestTrainingWorker::stopCancelsAndCanBeResumed()
{
    RunController controller;
    TrainingWorker* w = controller.worker();
    QSignalSpy cancelled(w, &TrainingWorker::cancelled);
    QSignalSpy idle(w, &TrainingWorker::idle);
    int completed = 0;
    // Paused as soon as the first epoch is reported (the tiny epochs are fast), then stopped while paused.
    connect(w, &TrainingWorker::epochFinished, this, [&](const EpochEvent&) {
        ++completed;
        controller.pause();
    });
    QTemporaryDir out;
    const QString runDir = out.filePath(QStringLiteral("run"));
    controller.start(config(40), runDir, false);
    QTRY_VERIFY_WITH_TIMEOUT(controller.state() == RunController::State::Paused, 60000);
    controller.stop();
    QVERIFY(idle.wait(60000));
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(cancelled.front().front().toBool()); // checkpointed
    QVERIFY(QFile::exists(runDir + QStringLiteral("/cancelled")));
    QVERIFY(completed >= 1 && completed < 40);
    disconnect(w, &TrainingWorker::epochFinished, this, nullptr);

    // Resumed from the GUI: the restored epochs come back first (replayed), then training goes on to the end.
    QSignalSpy restored(w, &TrainingWorker::stepsRestored);
    QSignalSpy epochs(w, &TrainingWorker::epochFinished);
    QSignalSpy finished(w, &TrainingWorker::finished);
    controller.start(config(40), runDir, true);
    QVERIFY(idle.wait(120000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(epochs.count(), 41); // 40 contrastive + the linear probe
    int replayed = 0;
    for (const QList<QVariant>& e : epochs) {
        replayed += e.front().value<EpochEvent>().replayed ? 1 : 0;
    }
    QCOMPARE(replayed, completed);
    QVERIFY(epochs.front().front().value<EpochEvent>().replayed);
    QVERIFY(restored.count() >= 1);
}

void TestTrainingWorker::badDataFailsWithTheCoresMessage()
{
    RunController controller;
    QSignalSpy failed(controller.worker(), &TrainingWorker::failed);
    QSignalSpy idle(controller.worker(), &TrainingWorker::idle);
    nlohmann::json c = nlohmann::json::parse(config(1).toStdString());
    c["data_dir"] = m_dir.filePath(QStringLiteral("absent")).toStdString();
    QTemporaryDir out;
    controller.start(QString::fromStdString(c.dump()), out.filePath(QStringLiteral("run")), false);
    QVERIFY(idle.wait(60000));
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.front().front().toString().contains(QStringLiteral("absent")),
             qPrintable(failed.front().front().toString()));
}

QTEST_MAIN(TestTrainingWorker)
#include "tst_trainingworker.moc"
