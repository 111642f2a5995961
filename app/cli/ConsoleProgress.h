// SPDX-License-Identifier: MIT
#pragma once

#include "train/ProgressThrottle.h"
#include "train/TrainingEvents.h"

#include <string>

namespace aclwb::cli {

/// Training progress on stderr: a live line rewritten at most 10 times a second on a terminal; on a pipe or file
/// only one line per epoch and per lifecycle event (logs stay readable).
class ConsoleProgress : public TrainingObserver {
public:
    explicit ConsoleProgress(std::string runDir);
    void onWarning(const std::string& message) override;
    void onRunStarted(const RunInfo& info) override;
    void onStep(const TrainingProgress& p) override;
    void onEpoch(const EpochSummary& s) override;
    void onSnapshot(const EmbeddingSnapshot& s) override;
    void onEvaluating() override;
    void onCancelled(bool checkpointed) override;

private:
    void clearLine();

    std::string m_runDir;
    bool m_terminal = false;
    ProgressThrottle m_throttle { 10.0 };
    std::vector<std::string> m_classNames;
};

} // namespace aclwb::cli
