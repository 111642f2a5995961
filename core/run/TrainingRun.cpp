// SPDX-License-Identifier: MIT
#include "run/TrainingRun.h"

#include "io/AtomicFile.h"
#include "run/RunDirectory.h"
#include "run/RunLock.h"
#include "train/ConfigSchema.h"
#include "train/ExperimentSetup.h"
#include "train/RunExport.h"
#include "util/DeviceSelection.h"
#include "util/ErrorText.h"
#include "util/InputError.h"
#include "util/RunControl.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <filesystem>
#include <set>

namespace aclwb {
namespace fs = std::filesystem;
namespace {

/// What a run folder may hold when a new run starts in it: the files of an aclwb run that never trained (a refused
/// or failed start, a sweep point prepared but not started).
bool onlyUntrainedRunFiles(const fs::path& dir)
{
    static const std::set<std::string> allowed
        = { kRunLockFile, "config.json", kRunningMarker, kFailedMarker, kCancelledMarker, "train.log" };
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        if (allowed.count(entry.path().filename().string()) == 0) {
            return false;
        }
    }
    return true;
}

/// The keys whose run-defining values differ (runIdentity), for a refused resume.
std::string differingIdentityKeys(const TrainConfig& stored, const TrainConfig& asked)
{
    const nlohmann::json a = runIdentity(stored);
    const nlohmann::json b = runIdentity(asked);
    std::string keys;
    for (const auto& [key, value] : b.items()) {
        if (!a.contains(key) || a.at(key) != value) {
            keys += (keys.empty() ? "" : ", ") + key + " (" + (a.contains(key) ? a.at(key).dump() : "unset") + " -> "
                + value.dump() + ")";
        }
    }
    return keys;
}

} // namespace

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
        cleanUpAfterFailure({});
        if (m_observer != nullptr) {
            m_observer->onCancelled(false);
        }
        return RunOutcome::Cancelled;
    } catch (const std::exception& e) {
        const std::string message = describeException(e);
        cleanUpAfterFailure(message);
        if (m_observer != nullptr) {
            m_observer->onFailed(message);
        }
        throw;
    }
}

void TrainingRun::cleanUpAfterFailure(const std::string& message)
{
    if (m_lock == nullptr) {
        return; // never owned the folder: not a byte of it is ours to change
    }
    std::error_code ec;
    const fs::path dir(m_runDir);
    const bool hasConfig = fs::is_regular_file(dir / "config.json", ec);
    if (m_checksPassed && hasConfig && !message.empty()) {
        // The directory stays, marked: listings show it as failed with the reason.
        writeRunMarker(m_runDir, kFailedMarker, message);
    }
    // Nothing was written into a folder this run created: leave nothing behind (a refused start makes no empty run
    // folder), up to the first folder that did not exist before.
    const bool removeFolder = !m_createdFrom.empty() && !hasConfig;
    m_lock->release(removeFolder);
    m_lock.reset();
    if (removeFolder) {
        for (fs::path d = dir; !d.empty(); d = d.parent_path()) {
            if (!fs::remove(d, ec) || d == m_createdFrom) {
                break; // not empty (someone else's files), or the first folder this run made
            }
        }
    }
}

void TrainingRun::checkFolder(bool locked) const
{
    std::error_code ec;
    const fs::path dir(m_runDir);
    if (!fs::exists(dir, ec)) {
        return;
    }
    if (!fs::is_directory(dir, ec)) {
        throw InputError(m_runDir + " exists and is not a directory");
    }
    if (!locked) {
        refuseIfHeld(m_runDir); // a live writer is named first: "in use" says more than "already holds a run"
    }
    const bool hasConfig = fs::is_regular_file(dir / "config.json", ec);
    if (!m_resume && (fs::exists(dir / "checkpoint.pt", ec) || fs::exists(dir / "results.json", ec))) {
        throw InputError(m_runDir + " already holds a run; pass --resume " + m_runDir
                         + " to continue it or choose another --out");
    }
    if (m_resume && hasConfig) {
        TrainConfig stored;
        from_json(readJsonFileStrict((dir / "config.json").string()), stored);
        const std::string keys = differingIdentityKeys(stored, m_config);
        if (!keys.empty()) {
            throw InputError("cannot resume " + m_runDir + " with other settings: " + keys
                             + "; a resume continues the same experiment (only device, threads, cache_dir and "
                               "snapshots may change), so start a new run with --out for these");
        }
        return;
    }
    if (!m_allowForeignFolder && !onlyUntrainedRunFiles(dir)) {
        throw InputError(m_runDir + " is not empty and is not an aclwb run folder (it holds other files, which a run "
                         "would overwrite); choose a new or empty folder, or pass --into-existing to write into it");
    }
    if (hasConfig) {
        TrainConfig stored; // an untrained run's config must at least be ours
        try {
            from_json(readJsonFileStrict((dir / "config.json").string()), stored);
        } catch (const InputError& e) {
            if (!m_allowForeignFolder) {
                throw InputError(std::string(e.what()) + "; this folder's config.json is not an aclwb run's: choose "
                                 "a new or empty folder, or pass --into-existing to overwrite it");
            }
        }
    }
}

RunOutcome TrainingRun::executeSteps()
{
    validate(m_config);
    if (m_runDir.empty()) {
        throw InputError("a run needs an output directory (--out DIR, or --resume DIR to continue a run)");
    }
    // Everything that can be refused without the lock is refused before the folder is touched.
    const c10::Device device = parseDevice(m_config.device);
    checkFolder(false);
    std::error_code ec;
    const fs::path dir = fs::absolute(m_runDir, ec).lexically_normal();
    // The first folder of the path that does not exist yet: what a refused or failed start removes again.
    fs::path missing;
    for (fs::path d = dir; !d.empty() && !fs::exists(d, ec); d = d.parent_path()) {
        missing = d;
        if (d == d.parent_path()) {
            break;
        }
    }
    fs::create_directories(dir, ec);
    if (!fs::is_directory(dir, ec)) {
        throw InputError("cannot create output directory " + m_runDir + (ec ? ": " + ec.message() : ""));
    }
    m_lock = std::make_unique<RunLock>(m_runDir);
    m_createdFrom = missing;
    checkFolder(true); // again under the lock: another process may have finished a run here in between
    m_checksPassed = true;
    if (m_onLocked) {
        m_onLocked();
    }

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

    m_trainer = std::make_unique<Trainer>(m_config, std::move(data), device);
    m_trainer->setObserver(m_observer);
    m_trainer->setRunControl(m_control);
    m_result = m_trainer->run(m_runDir, m_resume);
    if (m_result.cancelled) {
        writeRunMarker(m_runDir, kCancelledMarker,
                       m_result.checkpointed ? "cancelled; resumable from checkpoint.pt" : "cancelled before an epoch");
        m_lock->release();
        if (m_observer != nullptr) {
            m_observer->onCancelled(m_result.checkpointed);
        }
        return RunOutcome::Cancelled;
    }
    if (m_observer != nullptr) {
        m_observer->onExporting();
    }
    exportRun(m_runDir, *m_trainer, m_result, at::get_num_threads());
    m_lock->release();
    if (m_observer != nullptr) {
        m_observer->onFinished(m_result.test);
    }
    return RunOutcome::Finished;
}

} // namespace aclwb
