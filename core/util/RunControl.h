// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <condition_variable>
#include <exception>
#include <mutex>

namespace aclwb {

/// Thrown by long work (data loading, image decoding, feature extraction, evaluation, t-SNE) when its RunControl
/// was cancelled; the job that owns the work catches it and reports a cancelled run.
struct RunCancelled : std::exception {
    const char* what() const noexcept override { return "cancelled"; }
};

/// Pause, resume and cancel for a long job, from any thread, at any moment (before it starts, while paused,
/// after it finished). The job calls proceed() at safe points (every training step, every image, every
/// feature-extraction batch, every t-SNE iteration): it blocks on a condition variable while paused, so a paused
/// run holds its state in memory without burning a core, and continues exactly where it stopped.
class RunControl {
public:
    void pause();
    void resume();
    /// Also wakes a paused job, which then sees the cancel.
    void cancel();
    /// Only sets the flag: safe in a signal handler (no lock, no notify), for jobs that are never paused (the CLI).
    void cancelFromSignalHandler() noexcept { m_cancelled.store(true, std::memory_order_relaxed); }

    bool isPaused() const { return m_paused.load(); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    /// Blocks while paused; returns false once cancelled (the caller stops), true to go on.
    bool proceed() const;
    /// proceed(), throwing RunCancelled instead of returning false.
    void checkpoint() const;

private:
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_wake;
    std::atomic<bool> m_paused { false };
    std::atomic<bool> m_cancelled { false };
};

/// proceed() on a control that may be absent.
inline bool proceed(const RunControl* control)
{
    return control == nullptr || control->proceed();
}

/// checkpoint() on a control that may be absent.
inline void checkpoint(const RunControl* control)
{
    if (control != nullptr) {
        control->checkpoint();
    }
}

} // namespace aclwb
