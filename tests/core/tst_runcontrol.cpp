// SPDX-License-Identifier: MIT
// Run control, the progress throttle and the ETA: the small pieces every long job and every front end share.
#include "train/EtaEstimator.h"
#include "train/ProgressThrottle.h"
#include "util/ErrorText.h"
#include "util/InputError.h"
#include "util/RunControl.h"
#include "util/Threads.h"

#include <QtTest/QtTest>

#include <ATen/ATen.h>
#include <ATen/Parallel.h>

#include <atomic>
#include <chrono>
#include <new>
#include <thread>

using namespace aclwb;
using namespace std::chrono_literals;

class TestRunControl : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void proceedsUntilCancelled();
    void pauseBlocksWithoutSpinningAndResumes();
    void cancelWakesAPausedJob();
    void safeFromAnyThreadAtAnyMoment();
    void throttleCoalescesEvents();
    void etaPricesEachStageByItsOwnSteps();
    void callingThreadThreadsLeaveTheProcessAlone();
    void outOfMemoryIsExplained();
};

void TestRunControl::proceedsUntilCancelled()
{
    RunControl c;
    QVERIFY(c.proceed());
    QVERIFY(!c.isCancelled());
    c.cancelFromSignalHandler();
    QVERIFY(c.isCancelled());
    QVERIFY(!c.proceed());
    QVERIFY_EXCEPTION_THROWN(c.checkpoint(), RunCancelled);
    QVERIFY(proceed(nullptr)); // an absent control never stops anything
}

void TestRunControl::pauseBlocksWithoutSpinningAndResumes()
{
    RunControl c;
    c.pause();
    std::atomic<int> passed { 0 };
    std::thread job([&] {
        const auto cpuStart = std::clock();
        if (c.proceed()) {
            ++passed;
        }
        // Waiting on the condition variable costs no CPU: far below the 300 ms the job waited.
        passed += (std::clock() - cpuStart) < CLOCKS_PER_SEC / 20 ? 10 : 0;
    });
    std::this_thread::sleep_for(300ms);
    QCOMPARE(passed.load(), 0); // still paused
    QVERIFY(c.isPaused());
    c.resume();
    job.join();
    QCOMPARE(passed.load(), 11);
}

void TestRunControl::cancelWakesAPausedJob()
{
    RunControl c;
    c.pause();
    std::atomic<bool> result { true };
    std::thread job([&] { result = c.proceed(); });
    std::this_thread::sleep_for(100ms);
    c.cancel();
    job.join();
    QVERIFY(!result.load());
}

void TestRunControl::safeFromAnyThreadAtAnyMoment()
{
    // Many threads pausing, resuming and proceeding at once, then a cancel: every job ends, nothing deadlocks.
    RunControl c;
    std::atomic<bool> stop { false };
    std::vector<std::thread> threads;
    std::atomic<long> steps { 0 };
    for (int t = 0; t < 3; ++t) {
        threads.emplace_back([&] {
            while (c.proceed()) {
                ++steps;
            }
        });
    }
    threads.emplace_back([&] {
        for (int k = 0; k < 2000 && !stop; ++k) {
            (k % 2 == 0) ? c.pause() : c.resume();
        }
    });
    std::this_thread::sleep_for(100ms);
    stop = true;
    threads.back().join();
    threads.pop_back();
    c.cancel();
    for (std::thread& t : threads) {
        t.join();
    }
    QVERIFY(steps.load() > 0);
    c.pause(); // after the end: harmless
    c.resume();
    QVERIFY(!c.proceed());
}

void TestRunControl::throttleCoalescesEvents()
{
    ProgressThrottle throttle(10.0); // one per 100 ms
    const auto t0 = ProgressThrottle::Clock::now();
    QVERIFY(throttle.admit(t0));
    int admitted = 0;
    for (int ms = 1; ms <= 1000; ++ms) {
        admitted += throttle.admit(t0 + std::chrono::milliseconds(ms)) ? 1 : 0;
    }
    QCOMPARE(admitted, 10);                               // 1000 events in a second -> 10
    QVERIFY(throttle.admit(t0 + 1001ms, /*force=*/true)); // the last step of an epoch always shows
    QVERIFY(!throttle.admit(t0 + 1002ms));
    QCOMPARE(throttle.dropped(), 1LL);
}

void TestRunControl::etaPricesEachStageByItsOwnSteps()
{
    EtaEstimator eta;
    eta.plan({ 10, 10 }, { 0, 10 }, true);
    QCOMPARE(eta.remainingSeconds(), 0.0); // nothing measured yet
    eta.stepDone(0, 1.0);
    // Stage 1 at 1 s a step; stage 2 not measured: priced at the last measured step time.
    QCOMPARE(eta.remainingSeconds(), 9.0 + 10.0);
    for (int k = 0; k < 9; ++k) {
        eta.stepDone(0, 1.0);
    }
    eta.stepDone(1, 0.01); // a linear-probe step is far cheaper: stage 2 is repriced by its own steps
    QCOMPARE(eta.remainingSeconds(), 9 * 0.01);
    eta.evaluationDone(1, 0.5, 2.0); // validation passes and the test pass (twice the size) are counted
    QCOMPARE(eta.remainingSeconds(), 9 * 0.01 + 9 * 0.5 + 2 * 0.5);
    QVERIFY(eta.fractionDone() > 0.6 && eta.fractionDone() < 0.7);
    for (int k = 0; k < 9; ++k) {
        eta.stepDone(1, 0.01);
        eta.evaluationDone(1, 0.5, 2.0);
    }
    eta.testDone();
    QCOMPARE(eta.remainingSeconds(), 0.0);
    QCOMPARE(eta.fractionDone(), 1.0);
}

void TestRunControl::callingThreadThreadsLeaveTheProcessAlone()
{
    // The GUI's t-SNE thread limits itself to one thread beside a training run; the run (and every thread started
    // later, which takes the process-wide count) must keep the configured count.
    const int process = configureThreads(2);
    QCOMPARE(process, 2);
    int helper = 0;
    int helperAfterLoop = 0;
    std::thread([&] {
        helper = setCallingThreadThreads(1);
        at::parallel_for(0, 100, 1, [](int64_t, int64_t) {});
        helperAfterLoop = at::get_num_threads();
    }).join();
    QCOMPARE(helper, 1);
    QCOMPARE(helperAfterLoop, 1);
    QCOMPARE(currentThreads(), 2);
    int later = 0;
    std::thread([&] {
        at::init_num_threads(); // as Trainer::run does
        later = at::get_num_threads();
    }).join();
    QCOMPARE(later, 2);
    QVERIFY_EXCEPTION_THROWN(setCallingThreadThreads(0), InputError);
    configureThreads(0);
}

void TestRunControl::outOfMemoryIsExplained()
{
    // A failed allocation reached the user as a bare "std::bad_alloc": now it says what happened and what to change.
    const QString badAlloc = QString::fromStdString(describeException(std::bad_alloc()));
    QVERIFY2(badAlloc.startsWith(QStringLiteral("out of memory: ")), qPrintable(badAlloc));
    QVERIFY2(badAlloc.contains(QStringLiteral("batch_size")) && badAlloc.contains(QStringLiteral("snapshot_points")),
             qPrintable(badAlloc));
    // LibTorch's own refusal (a c10::Error) keeps its text and gets the same advice.
    QString torchText;
    try {
        at::empty({ int64_t(1) << 62 }, at::kByte);
        QFAIL("allocating 4 EiB succeeded");
    } catch (const std::exception& e) {
        torchText = QString::fromStdString(describeException(e));
    }
    QVERIFY2(torchText.contains(QStringLiteral("(out of memory: try a smaller batch_size")), qPrintable(torchText));
    // Other errors are left as they were.
    QCOMPARE(QString::fromStdString(describeException(std::runtime_error("disk full.\nmore"))),
             QStringLiteral("disk full"));
}

QTEST_MAIN(TestRunControl)
#include "tst_runcontrol.moc"
