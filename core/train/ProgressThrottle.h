// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>

namespace aclwb {

/// Coalesces step events to at most `perSecond` a second: a fast run (thousands of steps a second on small data)
/// must not flood a console or a GUI event loop. The last step of an epoch is always let through.
class ProgressThrottle {
public:
    using Clock = std::chrono::steady_clock;

    explicit ProgressThrottle(double perSecond = 20.0);
    /// True when this event should be shown: the first one, a forced one, or one at least 1/perSecond after the
    /// last shown.
    bool admit(Clock::time_point now = Clock::now(), bool force = false);
    /// How many events admit() turned away since the last admitted one.
    long long dropped() const { return m_dropped; }

private:
    Clock::duration m_interval;
    Clock::time_point m_last {};
    bool m_any = false;
    long long m_dropped = 0;
};

} // namespace aclwb
