// SPDX-License-Identifier: MIT
#include "train/ProgressThrottle.h"

#include <algorithm>

namespace aclwb {

ProgressThrottle::ProgressThrottle(double perSecond)
    : m_interval(
        std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(1.0 / std::max(perSecond, 1e-6))))
{ }

bool ProgressThrottle::admit(Clock::time_point now, bool force)
{
    if (force || !m_any || now - m_last >= m_interval) {
        m_any = true;
        m_last = now;
        m_dropped = 0;
        return true;
    }
    ++m_dropped;
    return false;
}

} // namespace aclwb
