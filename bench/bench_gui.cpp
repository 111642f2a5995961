// SPDX-License-Identifier: MIT
// The workbench under load: launch time to the first painted window, memory of the idle app, the GUI thread's
// event-loop latency while the default experiment trains (a 10 ms probe timer: how late does it fire?), and the
// run's training throughput (images/s), to compare with aclwb-cli on the same config (bench/run-gui-bench.sh).
#include "ExperimentModel.h"
#include "ExperimentPanel.h"
#include "GuiEvents.h"
#include "MainWindow.h"
#include "TrainingWorker.h"
#include "util/MemoryTuning.h"
#include "util/ThreadingEnvironment.h"
#include "util/Threads.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

long rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').front().toLong();
        }
    }
    return -1;
}

/// Paints are what the user sees: the first one ends the launch.
class FirstPaint : public QObject {
public:
    bool painted = false;
    bool eventFilter(QObject* object, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            painted = true;
        }
        return QObject::eventFilter(object, event);
    }
};

double percentile(std::vector<double> v, double q)
{
    if (v.empty()) {
        return 0.0;
    }
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<size_t>(q * static_cast<double>(v.size())))];
}

} // namespace

int main(int argc, char** argv)
{
    // As aclwb's own main does (and aclwb-cli's): passive OpenMP waits and glibc keeping freed memory.
    aclwb::preferPassiveOpenMpWait(argv);
    aclwb::keepFreedMemoryForReuse();
    QElapsedTimer launch;
    launch.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ACL Workbench bench"));
    aclwb::gui::registerGuiEventTypes();
    aclwb::configureThreads(0);
    aclwb::gui::MainWindow window;
    FirstPaint paint;
    window.installEventFilter(&paint);
    window.show();
    while (!paint.painted) {
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    const double launchMs = static_cast<double>(launch.nsecsElapsed()) / 1e6;
    // Idle: the data preview has read Fashion-MNIST; then let it settle.
    QElapsedTimer idle;
    idle.start();
    while (window.experimentPanel()->lastPreview().classNames.isEmpty() && idle.elapsed() < 30000) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    QEventLoop settle;
    QTimer::singleShot(1000, &settle, &QEventLoop::quit);
    settle.exec();
    const long idleKiB = rssKiB();
    timespec idleCpu {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &idleCpu);

    std::vector<double> lateness;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        lateness.push_back(std::max(0.0, static_cast<double>(now - last) / 1e6 - 10.0));
        last = now;
    });
    double imagesPerSecond = 0.0;
    double seconds = 0.0;
    QObject::connect(window.controller()->worker(), &aclwb::gui::TrainingWorker::finished,
                     [&](const aclwb::gui::FinishedEvent& e) {
                         imagesPerSecond = e.imagesPerSecond;
                         seconds = e.seconds;
                     });
    bool ended = false;
    QObject::connect(&window, &aclwb::gui::MainWindow::runEnded, [&] { ended = true; });
    if (!window.startRun()) {
        return 1;
    }
    last = clock.nsecsElapsed();
    probe.start();
    QEventLoop running;
    QObject::connect(&window, &aclwb::gui::MainWindow::runEnded, &running, &QEventLoop::quit);
    if (!ended) {
        running.exec();
    }
    probe.stop();
    timespec guiCpu {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &guiCpu);
    std::printf("{\"launch_to_first_paint_ms\": %.1f, \"idle_rss_mib\": %.1f, \"probe_samples\": %zu, "
                "\"event_loop_lateness_ms\": {\"p50\": %.2f, \"p99\": %.2f, \"max\": %.2f}, "
                "\"gui_images_per_second\": %.1f, \"run_seconds\": %.2f, \"gui_thread_cpu_seconds\": %.2f, "
                "\"threads\": %d, \"config\": %s}\n",
                launchMs, static_cast<double>(idleKiB) / 1024.0, lateness.size(), percentile(lateness, 0.5),
                percentile(lateness, 0.99),
                lateness.empty() ? 0.0 : *std::max_element(lateness.begin(), lateness.end()), imagesPerSecond, seconds,
                static_cast<double>(guiCpu.tv_sec - idleCpu.tv_sec)
                    + static_cast<double>(guiCpu.tv_nsec - idleCpu.tv_nsec) / 1e9,
                aclwb::currentThreads(), window.model()->toJsonText().simplified().toUtf8().constData());
    return 0;
}
