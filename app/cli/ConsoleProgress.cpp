// SPDX-License-Identifier: MIT
#include "ConsoleProgress.h"

#include "loss/LossVariant.h"
#include "util/Timing.h"

#include <cstdio>

#include <unistd.h>

namespace aclwb::cli {
namespace {

long long total(const std::vector<int64_t>& counts)
{
    long long n = 0;
    for (int64_t c : counts) {
        n += c;
    }
    return n;
}

} // namespace

ConsoleProgress::ConsoleProgress(std::string runDir)
    : m_runDir(std::move(runDir))
    , m_terminal(::isatty(STDERR_FILENO) == 1)
{ }

void ConsoleProgress::clearLine()
{
    if (m_terminal) {
        std::fprintf(stderr, "\r\033[K");
    }
}

void ConsoleProgress::onWarning(const std::string& message)
{
    clearLine();
    std::fprintf(stderr, "aclwb-cli: warning: %s\n", message.c_str());
}

void ConsoleProgress::onRunStarted(const RunInfo& info)
{
    m_classNames = info.classNames;
    const TrainConfig& c = info.config;
    std::string lossText = c.loss;
    if (c.isContrastive()) {
        // Say which member of the family the parameters make it (afcl with gamma = eta = 0 is plain cl).
        const std::string variant = toString(classifyVariant(c.gamma, c.eta));
        char parameters[128];
        std::snprintf(parameters, sizeof parameters, " (gamma %g, eta %g, tau %g%s%s)", c.gamma, c.eta, c.temperature,
                      variant != c.loss ? ": effectively " : "", variant != c.loss ? variant.c_str() : "");
        lossText += parameters;
    }
    std::fprintf(stderr,
                 "aclwb-cli: %s%s on %s (%s), %lld train / %lld val / %lld test images, %d threads, device %s\n",
                 info.resumed ? "resuming " : "", lossText.c_str(), info.datasetName.c_str(), info.fingerprint.c_str(),
                 total(info.trainCounts), total(info.validationCounts), total(info.testCounts), info.threads,
                 info.device.c_str());
}

void ConsoleProgress::onStep(const TrainingProgress& p)
{
    if (!m_terminal || !m_throttle.admit(ProgressThrottle::Clock::now(), p.step + 1 == p.stepsPerEpoch)) {
        return;
    }
    std::fprintf(stderr, "\r\033[K[%s] epoch %lld/%lld step %lld/%lld loss %.4f lr %.2e %.0f img/s %3.0f%% ETA %s",
                 stageName(p.stage), static_cast<long long>(p.epoch + 1), static_cast<long long>(p.epochs),
                 static_cast<long long>(p.step + 1), static_cast<long long>(p.stepsPerEpoch), p.loss, p.lr,
                 p.imagesPerSecond, 100.0 * p.fractionDone, formatDuration(p.etaSeconds).c_str());
    std::fflush(stderr);
}

void ConsoleProgress::onEpoch(const EpochSummary& s)
{
    clearLine();
    std::fprintf(stderr, "[%s] epoch %lld: loss %.4f (%.1f s)", stageName(s.stage), static_cast<long long>(s.epoch + 1),
                 s.meanLoss, s.seconds);
    if (s.validation && s.validation->samples > 0) {
        std::fprintf(stderr, ", validation accuracy %.4f, balanced %.4f", s.validation->accuracy,
                     s.validation->balancedAccuracy);
    }
    std::fprintf(stderr, "%s\n", s.replayed ? " (restored)" : "");
}

void ConsoleProgress::onSnapshot(const EmbeddingSnapshot& s)
{
    clearLine();
    std::fprintf(stderr, "[snapshot] epoch %lld: %lld %s points; 10-NN accuracy per class:",
                 static_cast<long long>(s.globalEpoch), static_cast<long long>(s.size()), s.split.c_str());
    for (size_t c = 0; c < s.projectionKnnAccuracy.size(); ++c) {
        std::fprintf(stderr, " %s %.3f", c < m_classNames.size() ? m_classNames[c].c_str() : "?",
                     s.projectionKnnAccuracy[c]);
    }
    std::fprintf(stderr, "\n");
}

void ConsoleProgress::onEvaluating()
{
    clearLine();
}

void ConsoleProgress::onCancelled(bool checkpointed)
{
    clearLine();
    if (checkpointed) {
        std::fprintf(stderr,
                     "aclwb-cli: interrupted; the last completed epoch is checkpointed: resume with --resume %s\n",
                     m_runDir.c_str());
    } else {
        std::fprintf(stderr,
                     "aclwb-cli: interrupted before the first epoch completed; nothing is checkpointed (--resume %s "
                     "starts it from the beginning)\n",
                     m_runDir.c_str());
    }
}

} // namespace aclwb::cli
