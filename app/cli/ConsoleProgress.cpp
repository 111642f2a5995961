// SPDX-License-Identifier: MIT
#include "ConsoleProgress.h"

#include <cstdio>

#include <unistd.h>

namespace aclwb::cli {
namespace {

std::string duration(double seconds)
{
    char buffer[32];
    const int s = static_cast<int>(seconds + 0.5);
    if (s >= 3600) {
        std::snprintf(buffer, sizeof buffer, "%dh%02dm", s / 3600, (s / 60) % 60);
    } else {
        std::snprintf(buffer, sizeof buffer, "%dm%02ds", s / 60, s % 60);
    }
    return buffer;
}

} // namespace

ConsoleProgress::ConsoleProgress()
    : m_terminal(::isatty(STDERR_FILENO) == 1)
{ }

void ConsoleProgress::onStep(const TrainingProgress& p)
{
    if (!m_terminal) {
        return;
    }
    const auto now = std::chrono::steady_clock::now();
    if (now - m_lastDraw < std::chrono::milliseconds(100) && p.step + 1 < p.stepsPerEpoch) {
        return;
    }
    m_lastDraw = now;
    std::fprintf(stderr, "\r\033[K[%s] epoch %lld/%lld step %lld/%lld loss %.4f lr %.2e %.0f img/s ETA %s",
                 p.stage.c_str(), static_cast<long long>(p.epoch + 1), static_cast<long long>(p.epochs),
                 static_cast<long long>(p.step + 1), static_cast<long long>(p.stepsPerEpoch), p.loss, p.lr,
                 p.imagesPerSecond, duration(p.etaSeconds).c_str());
    std::fflush(stderr);
}

void ConsoleProgress::onEpoch(const EpochSummary& s)
{
    if (m_terminal) {
        std::fprintf(stderr, "\r\033[K");
    }
    std::fprintf(stderr, "[%s] epoch %lld: loss %.4f (%.1f s)", s.stage.c_str(), static_cast<long long>(s.epoch + 1),
                 s.meanLoss, s.seconds);
    if (s.validation && s.validation->samples > 0) {
        std::fprintf(stderr, ", validation accuracy %.4f, balanced %.4f", s.validation->accuracy,
                     s.validation->balancedAccuracy);
    }
    std::fprintf(stderr, "\n");
}

} // namespace aclwb::cli
