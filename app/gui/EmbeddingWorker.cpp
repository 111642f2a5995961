// SPDX-License-Identifier: MIT
#include "EmbeddingWorker.h"

#include "embed/EmbeddingQuality.h"
#include "embed/Pca.h"
#include "embed/Tsne.h"
#include "util/ErrorText.h"
#include "util/Threads.h"

#include <torch/torch.h>

#include <QElapsedTimer>
#include <QThread>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>

namespace aclwb::gui {
namespace {

/// Trustworthiness is O(N^2 log N): above this many rows the indicators use an evenly spaced subsample.
constexpr int64_t kTrustPoints = 5000;
/// Above this many rows the final KL is the Barnes-Hut estimate too.
constexpr int64_t kExactKlPoints = 5000;

QVector<double> toXy(const std::vector<double>& coordinates)
{
    return QVector<double>(coordinates.begin(), coordinates.end());
}

void addTrust(LayoutFrame& out, const at::Tensor& original, const at::Tensor& layout, const at::Tensor& labels)
{
    const int64_t n = original.size(0);
    at::Tensor rows = torch::arange(n, torch::kLong);
    if (n > kTrustPoints) {
        rows = torch::linspace(0, static_cast<double>(n - 1), kTrustPoints, torch::kDouble).round().to(torch::kLong);
    }
    const at::Tensor o = original.index_select(0, rows);
    const at::Tensor l = layout.index_select(0, rows);
    const at::Tensor y = labels.index_select(0, rows);
    out.trustPoints = static_cast<int>(rows.size(0));
    if (rows.size(0) > 21) { // k = 10 needs k < N / 2
        out.trustworthiness = trustworthiness(o, l, 10);
    }
    if (rows.size(0) > 10) { // k = 10 neighbours need more than 10 points
        out.knnLayout = knnAccuracy(l, y, 10);
        out.knnOriginal = knnAccuracy(o, y, 10);
    }
}

} // namespace

EmbeddingWorker::EmbeddingWorker(QObject* parent)
    : QObject(parent)
{
}

void EmbeddingWorker::lowerPriority()
{
    // Linux schedules threads, not processes: a nice value of 10 on this thread (and the OpenMP threads it starts,
    // which inherit it) lets a training run have the cores first. An idle machine still gives the layout all of
    // them. QThread::LowPriority does nothing under Linux's default scheduler.
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 10);
}

void EmbeddingWorker::compute(const LayoutRequest& r)
{
    if (!current(r.id)) {
        return; // a newer request is queued behind this one
    }
    QElapsedTimer clock;
    clock.start();
    LayoutFrame out;
    out.id = r.id;
    try {
        if (r.rows <= 0 || r.dims <= 0 || r.data.size() != qsizetype(r.rows) * r.dims || r.labels.size() != r.rows) {
            throw std::invalid_argument("the snapshot's points and labels do not match");
        }
        setCallingThreadThreads(r.threads > 0 ? r.threads : std::max(1, QThread::idealThreadCount()));
        const at::Tensor data
            = torch::from_blob(const_cast<float*>(r.data.data()), { r.rows, r.dims }, torch::kFloat).clone();
        std::vector<int64_t> labelValues(r.labels.begin(), r.labels.end());
        const at::Tensor labels = torch::tensor(labelValues, torch::kLong);
        if (r.method == QStringLiteral("pca")) {
            const at::Tensor layout = pcaProject(data, 2).contiguous();
            out.method = QStringLiteral("pca");
            out.xy = QVector<double>(layout.data_ptr<double>(), layout.data_ptr<double>() + layout.numel());
            out.final = true;
            if (r.trust) {
                addTrust(out, data, layout, labels);
            }
            out.seconds = static_cast<double>(clock.elapsed()) / 1000.0;
            Q_EMIT finished(out);
            return;
        }
        TsneOptions options;
        options.perplexity(r.perplexity).iterations(r.iterations).theta(r.theta).seed(r.seed);
        options.pca_dimensions(r.pcaDimensions);
        const bool warm = !r.warmIndices.isEmpty();
        std::unique_ptr<Tsne> tsne;
        if (warm) {
            TsneWarmStart start;
            start.previousIndices.assign(r.warmIndices.begin(), r.warmIndices.end());
            start.previousLayout.assign(r.warmLayout.begin(), r.warmLayout.end());
            start.indices.assign(r.indices.begin(), r.indices.end());
            // The clusters already exist: no early exaggeration, so the points move smoothly from where they were.
            options.early_exaggeration_iterations(0);
            tsne = std::make_unique<Tsne>(data, options, start);
        } else {
            tsne = std::make_unique<Tsne>(data, options);
        }
        out.method = tsne->method() == TsneMethod::Exact ? QStringLiteral("exact") : QStringLiteral("barnes-hut");
        out.iterations = static_cast<int>(r.iterations);
        QElapsedTimer sinceFrame;
        sinceFrame.start();
        while (!tsne->finished()) {
            tsne->step(2); // a frame is due within two iterations (a few ms at 5,000 points)
            if (!current(r.id)) {
                return; // superseded or stopped: nobody wants this layout any more
            }
            if (sinceFrame.elapsed() >= r.frameMilliseconds && !tsne->finished()) {
                out.iteration = static_cast<int>(tsne->iteration());
                out.kl = tsne->klDivergenceEstimate(); // O(nnz(P)): cheap enough for every frame
                out.klEstimated = true;
                out.klIteration = out.iteration;
                out.xy = toXy(tsne->coordinates());
                out.seconds = static_cast<double>(clock.elapsed()) / 1000.0;
                Q_EMIT frame(out);
                sinceFrame.restart();
            }
        }
        out.final = true;
        out.iteration = static_cast<int>(tsne->iteration());
        // The exact KL is O(N^2): seconds at 20,000 points, so larger layouts keep the estimate.
        out.klEstimated = tsne->size() > kExactKlPoints;
        out.kl = out.klEstimated ? tsne->klDivergenceEstimate() : tsne->klDivergence();
        out.klIteration = out.iteration;
        out.xy = toXy(tsne->coordinates());
        out.seconds = static_cast<double>(clock.elapsed()) / 1000.0;
        if (r.trust) {
            addTrust(out, data, tsne->layout(), labels);
        }
        if (!current(r.id)) {
            return;
        }
        Q_EMIT finished(out);
    } catch (const std::exception& e) {
        out.final = true;
        out.error = QString::fromStdString(describeException(e));
        Q_EMIT finished(out);
    }
}

} // namespace aclwb::gui
