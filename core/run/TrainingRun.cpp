// SPDX-License-Identifier: MIT
#include "run/TrainingRun.h"

#include "io/AtomicFile.h"
#include "run/RunDirectory.h"
#include "train/ExperimentSetup.h"
#include "train/RunExport.h"
#include "util/DeviceSelection.h"
#include "util/ErrorText.h"
#include "util/InputError.h"
#include "util/RunControl.h"

#include <ATen/Parallel.h>

#include <filesystem>

#include <unistd.h>

namespace aclwb {
namespace fs = std::filesystem;

TrainingRun::TrainingRun(TrainConfig config, std::string runDir, bool resume)
    : m_config(std::move(config))
    , m_runDir(std::move(runDir))
    , m_resume(resume)
{ }

TrainingRun::~TrainingRun() = default;

RunOutcome TrainingRun::execute()
{
    try {
        return executeSteps();
    } catch (const RunCancelled&) {
        // Cancelled while the data was loading: nothing was trained, nothing to resume.
        removeRunMarker(m_runDir, kRunningMarker);
        if (m_observer != nullptr) {
            m_observer->onCancelled(false);
        }
        return RunOutcome::Cancelled;
    } catch (const std::exception& e) {
        const std::string message = describeException(e);
        std::error_code ec;
        if (fs::is_regular_file(fs::path(m_runDir) / "config.json", ec)) {
            // The directory stays, marked: listings show it as failed with the reason.
            writeRunMarker(m_runDir, kFailedMarker, message);
        } else if (m_createdDir) {
            fs::remove(m_runDir, ec); // nothing was written into it: leave nothing behind
        }
        removeRunMarker(m_runDir, kRunningMarker);
        if (m_observer != nullptr) {
            m_observer->onFailed(message);
        }
        throw;
    }
}

RunOutcome TrainingRun::executeSteps()
{
    validate(m_config);
    if (m_runDir.empty()) {
        throw InputError("a run needs an output directory (--out DIR, or --resume DIR to continue a run)");
    }
    std::error_code ec;
    const fs::path dir(m_runDir);
    if (!m_resume && (fs::exists(dir / "checkpoint.pt", ec) || fs::exists(dir / "results.json", ec))) {
        throw InputError(m_runDir + " already holds a run; pass --resume " + m_runDir
                         + " to continue it or choose another --out");
    }
    m_createdDir = !fs::exists(dir, ec);
    fs::create_directories(dir, ec);
    if (!fs::is_directory(dir, ec)) {
        throw InputError("cannot create output directory " + m_runDir);
    }
    const c10::Device device = parseDevice(m_config.device);

    if (m_observer != nullptr) {
        m_observer->onLoadingData(m_config.dataset + (m_config.dataDir.empty() ? "" : " from " + m_config.dataDir));
    }
    std::vector<std::string> warnings;
    ImbalancedDataset data = loadExperimentData(m_config, &warnings, m_control);
    for (const std::string& w : warnings) {
        if (m_observer != nullptr) {
            m_observer->onWarning(w);
        }
    }
    writeRunConfig(m_runDir, m_config);
    removeRunMarker(m_runDir, kFailedMarker);
    removeRunMarker(m_runDir, kCancelledMarker);
    writeRunMarker(m_runDir, kRunningMarker, std::to_string(::getpid()));

    m_trainer = std::make_unique<Trainer>(m_config, std::move(data), device);
    m_trainer->setObserver(m_observer);
    m_trainer->setRunControl(m_control);
    m_result = m_trainer->run(m_runDir, m_resume);
    if (m_result.cancelled) {
        writeRunMarker(m_runDir, kCancelledMarker,
                       m_result.checkpointed ? "cancelled; resumable from checkpoint.pt" : "cancelled before an epoch");
        removeRunMarker(m_runDir, kRunningMarker);
        if (m_observer != nullptr) {
            m_observer->onCancelled(m_result.checkpointed);
        }
        return RunOutcome::Cancelled;
    }
    if (m_observer != nullptr) {
        m_observer->onExporting();
    }
    exportRun(m_runDir, *m_trainer, m_result, at::get_num_threads());
    removeRunMarker(m_runDir, kRunningMarker);
    if (m_observer != nullptr) {
        m_observer->onFinished(m_result.test);
    }
    return RunOutcome::Finished;
}

} // namespace aclwb
