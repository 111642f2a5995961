// SPDX-License-Identifier: MIT
// The embedding tab under load (docs/PERFORMANCE.md): the redraw time of one scatter frame at 5,000 and 20,000
// points, and a t-SNE of a snapshot animated in the real EmbeddingView (worker thread -> frames -> redraws) with
// the GUI thread's event-loop lateness measured meanwhile by a 10 ms probe timer. Synthetic snapshot: 128-d
// Gaussian clusters, 10 classes with sizes falling 10:1 (as bench/run-tsne-bench.py). Usage:
//   QT_QPA_PLATFORM=offscreen bench_embedding [points ...]    (default 5000 20000; one JSON line per size)
#include "EmbeddingExplorer.h"
#include "EmbeddingScatter.h"
#include "EmbeddingView.h"
#include "EmbeddingWorker.h"
#include "GuiEvents.h"
#include "util/MemoryTuning.h"
#include "util/ThreadingEnvironment.h"
#include "util/Threads.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <random>
#include <vector>

namespace {

double percentile(std::vector<double> v, double q)
{
    if (v.empty()) {
        return 0.0;
    }
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<size_t>(q * static_cast<double>(v.size())))];
}

aclwb::gui::SnapshotEvent syntheticSnapshot(int n)
{
    constexpr int kClasses = 10;
    constexpr int kDims = 128;
    std::mt19937 rng(7);
    std::normal_distribution<float> noise(0.0F, 1.0F);
    std::vector<std::vector<float>> centres(kClasses, std::vector<float>(kDims));
    for (auto& c : centres) {
        for (float& v : c) {
            v = 3.0F * noise(rng);
        }
    }
    // Sizes falling 10:1 geometrically.
    std::vector<double> weight(kClasses);
    double total = 0.0;
    for (int c = 0; c < kClasses; ++c) {
        weight[c] = std::pow(0.1, static_cast<double>(c) / (kClasses - 1));
        total += weight[c];
    }
    aclwb::gui::SnapshotEvent s;
    s.globalEpoch = 1;
    s.stage = QStringLiteral("contrastive");
    s.split = QStringLiteral("validation");
    s.projectionDim = kDims;
    s.featureDim = kDims;
    for (int c = 0, row = 0; c < kClasses; ++c) {
        const int count = c + 1 == kClasses ? n - row : static_cast<int>(std::round(n * weight[c] / total));
        for (int k = 0; k < count; ++k, ++row) {
            s.indices.push_back(row);
            s.labels.push_back(c);
            for (int d = 0; d < kDims; ++d) {
                s.projections.push_back(centres[c][d] + noise(rng));
            }
        }
    }
    s.features = s.projections;
    s.points = static_cast<int>(s.labels.size());
    return s;
}

} // namespace

int main(int argc, char** argv)
{
    aclwb::preferPassiveOpenMpWait(argv);
    aclwb::keepFreedMemoryForReuse();
    QApplication app(argc, argv);
    aclwb::gui::registerGuiEventTypes();
    const int threads = aclwb::configureThreads(0);
    std::vector<int> sizes;
    for (int k = 1; k < argc; ++k) {
        sizes.push_back(std::atoi(argv[k]));
    }
    if (sizes.empty()) {
        sizes = { 5000, 20000 };
    }
    QStringList names;
    for (int c = 0; c < 10; ++c) {
        names << QStringLiteral("class %1").arg(c);
    }
    for (int n : sizes) {
        const aclwb::gui::SnapshotEvent snapshot = syntheticSnapshot(n);

        // 1. One frame's redraw, as an animation frame does it (the same rows at new positions).
        aclwb::widgets::EmbeddingScatter plot;
        plot.resize(900, 650);
        plot.show();
        std::mt19937 rng(1);
        std::normal_distribution<double> where(0.0, 20.0);
        QVector<double> xy(2 * n);
        for (double& v : xy) {
            v = where(rng);
        }
        plot.setPoints(names, xy, snapshot.labels);
        plot.replot(QCustomPlot::rpImmediateRefresh);
        std::vector<double> redraw;
        for (int frame = 0; frame < 40; ++frame) {
            for (double& v : xy) {
                v += 0.1 * where(rng) / 20.0;
            }
            QElapsedTimer t;
            t.start();
            plot.movePoints(xy);
            plot.replot(QCustomPlot::rpImmediateRefresh);
            redraw.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        }
        plot.hide();

        // 2. The baseline: the same t-SNE in the same worker code, called directly (no view, no frames drawn).
        double aloneSeconds = 0.0;
        {
            aclwb::gui::EmbeddingWorker worker;
            aclwb::gui::LayoutRequest r;
            r.id = 1;
            r.rows = n;
            r.dims = snapshot.projectionDim;
            r.data = snapshot.projections;
            r.indices = snapshot.indices;
            r.labels = snapshot.labels;
            r.trust = false;
            r.frameMilliseconds = 1000000;
            QObject::connect(&worker, &aclwb::gui::EmbeddingWorker::finished,
                             [&](const aclwb::gui::LayoutFrame& f) { aloneSeconds = f.seconds; });
            worker.compute(r);
        }

        // 3. The animated t-SNE in the real view, with the event loop probed.
        aclwb::gui::EmbeddingExplorer explorer(nullptr);
        aclwb::gui::EmbeddingView view(&explorer);
        view.resize(1280, 800);
        view.show();
        int frames = 0;
        double firstFrame = -1.0;
        double lastFrame = 0.0;
        double lastMoving = 0.0;
        double worstAt = 0.0;
        aclwb::gui::LayoutFrame last;
        QElapsedTimer wall;
        QEventLoop done;
        QObject::connect(&explorer, &aclwb::gui::EmbeddingExplorer::frameReady,
                         [&](const aclwb::gui::LayoutFrame& f) {
                             ++frames;
                             const double at = static_cast<double>(wall.nsecsElapsed()) / 1e9;
                             firstFrame = firstFrame < 0.0 ? at : firstFrame;
                             lastFrame = at;
                             if (!f.final) {
                                 lastMoving = at;
                             }
                             if (f.final) {
                                 last = f;
                                 done.quit();
                             }
                         });
        std::vector<double> lateness;
        QElapsedTimer clock;
        clock.start();
        qint64 previous = clock.nsecsElapsed();
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        probe.setInterval(10);
        QObject::connect(&probe, &QTimer::timeout, [&] {
            const qint64 now = clock.nsecsElapsed();
            lateness.push_back(std::max(0.0, static_cast<double>(now - previous) / 1e6 - 10.0));
            if (lateness.back() >= *std::max_element(lateness.begin(), lateness.end())) {
                worstAt = static_cast<double>(wall.nsecsElapsed()) / 1e9;
            }
            previous = now;
        });
        int paints = 0;
        QObject::connect(view.scatter(), &QCustomPlot::afterReplot, [&] { ++paints; });
        // Let the window paint once first: the measure is the animation, not the first show.
        QEventLoop settle;
        QTimer::singleShot(300, &settle, &QEventLoop::quit);
        settle.exec();
        wall.start();
        previous = clock.nsecsElapsed();
        probe.start();
        QElapsedTimer add;
        add.start();
        explorer.addSnapshot(snapshot); // not live: the layout thread takes every hardware thread
        const double addMs = static_cast<double>(add.nsecsElapsed()) / 1e6;
        done.exec();
        probe.stop();
        const double wallSeconds = static_cast<double>(wall.elapsed()) / 1000.0;
        std::printf("{\"points\": %d, \"tsne_alone_seconds\": %.2f, \"add_snapshot_ms\": %.1f, \"threads\": %d, \"redraw_ms\": {\"mean\": %.2f, \"p95\": %.2f}, "
                    "\"tsne_seconds\": %.2f, \"method\": \"%s\", \"iterations\": %d, \"kl\": %.3f, "
                    "\"frames_sent\": %d, \"redraws\": %d, \"first_frame_s\": %.2f, \"last_moving_frame_s\": %.2f, \"final_s\": %.2f, \"worst_lateness_at_s\": %.2f, \"redraws_per_second\": %.1f, \"wall_with_trust_seconds\": %.2f, "
                    "\"trustworthiness\": %.4f, \"trust_points\": %d, \"knn_layout\": %.4f, \"knn_original\": %.4f, "
                    "\"event_loop_lateness_ms\": {\"samples\": %zu, \"p50\": %.2f, \"p99\": %.2f, \"max\": %.2f}}\n",
                    n, aloneSeconds, addMs, threads, std::accumulate(redraw.begin(), redraw.end(), 0.0) / redraw.size(),
                    percentile(redraw, 0.95), last.seconds, last.method.toUtf8().constData(), last.iteration, last.kl,
                    frames, paints, firstFrame, lastMoving, lastFrame, worstAt,
                    (paints - 2) / std::max(1e-9, lastMoving - firstFrame),
                    wallSeconds, last.trustworthiness,
                    last.trustPoints, last.knnLayout, last.knnOriginal, lateness.size(), percentile(lateness, 0.5),
                    percentile(lateness, 0.99),
                    lateness.empty() ? 0.0 : *std::max_element(lateness.begin(), lateness.end()));
        std::fflush(stdout);
    }
    return 0;
}
