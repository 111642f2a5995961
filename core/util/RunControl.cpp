// SPDX-License-Identifier: MIT
#include "util/RunControl.h"

namespace aclwb {

void RunControl::pause()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_paused.store(true);
}

void RunControl::resume()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_paused.store(false);
    }
    m_wake.notify_all();
}

void RunControl::cancel()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_cancelled.store(true);
    }
    m_wake.notify_all();
}

bool RunControl::proceed() const
{
    if (m_paused.load()) {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_wake.wait(lock, [this] { return !m_paused.load() || m_cancelled.load(); });
    }
    return !m_cancelled.load(std::memory_order_relaxed);
}

void RunControl::checkpoint() const
{
    if (!proceed()) {
        throw RunCancelled();
    }
}

} // namespace aclwb
