// SPDX-License-Identifier: MIT
#pragma once

#include "GuiEvents.h"

#include <QObject>

#include <atomic>

namespace aclwb::gui {

/// Computes 2-D layouts of embedding snapshots on the thread it lives on (Qt's worker pattern, moved to its own
/// QThread by EmbeddingExplorer: never the GUI thread, never the training thread). A t-SNE advances a few
/// iterations at a time and sends a frame at most every request.frameMilliseconds, so the view animates; the
/// final frame carries the trust indicators. A newer request supersedes the running one within a few iterations:
/// supersede() is called directly from the GUI thread (this thread is busy and would not see a queued call).
class EmbeddingWorker : public QObject {
    Q_OBJECT

public:
    explicit EmbeddingWorker(QObject* parent = nullptr);

    /// Thread-safe: requests with an id below `id` stop (at the next few iterations) or are skipped.
    void supersede(quint64 id) { m_latest.store(id); }
    /// Thread-safe: stops everything (the window is closing).
    void stop() { m_latest.store(~quint64(0)); }

public Q_SLOTS:
    void compute(const aclwb::gui::LayoutRequest& request);
    /// Lets other threads (a training run) have the cores first; call on the worker's thread, once.
    void lowerPriority();

Q_SIGNALS:
    void frame(const aclwb::gui::LayoutFrame& frame);
    void finished(const aclwb::gui::LayoutFrame& frame);

private:
    bool current(quint64 id) const { return id >= m_latest.load(); }

    std::atomic<quint64> m_latest { 0 };
};

} // namespace aclwb::gui
