// SPDX-License-Identifier: MIT
#include "run/RunDirectory.h"

#include "io/AtomicFile.h"
#include "io/RegularFile.h"
#include "run/RunHolder.h"
#include "run/RunLock.h"
#include "train/ConfigSchema.h"
#include "train/RunFiles.h"
#include "util/InputError.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>

namespace aclwb {
namespace fs = std::filesystem;
namespace {

/// A marker's text. InputError for anything but a regular file: opening a FIFO would block the whole listing.
std::string readSmallFile(const fs::path& path)
{
    requireRegularFile(path.string(), "run marker");
    std::ifstream in(path, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) {
        text.pop_back();
    }
    return text;
}

/// A LibTorch archive is a zip file: a truncated one has lost its end-of-central-directory record.
bool zipLooksComplete(const fs::path& path)
{
    requireRegularFile(path.string(), "LibTorch archive");
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return false;
    }
    char head[4] = {};
    if (!in.read(head, 4) || std::string(head, 4) != std::string("PK\x03\x04", 4)) {
        return false;
    }
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    const std::streamoff tail = std::min<std::streamoff>(size, 65557);
    std::string bytes(static_cast<size_t>(tail), '\0');
    in.seekg(size - tail);
    in.read(bytes.data(), tail);
    return bytes.find(std::string("PK\x05\x06", 4)) != std::string::npos;
}

/// A cheap check of a large CSV a listing should not parse whole (snapshots): it ends with a line break and its
/// last line has as many columns as its header. InputError naming the file otherwise.
void checkCsvTail(const fs::path& path)
{
    requireRegularFile(path.string(), "snapshot");
    std::ifstream in(path, std::ios::binary);
    std::string header;
    if (!in || !std::getline(in, header)) {
        throw InputError(path.string() + ": empty or unreadable");
    }
    in.clear();
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    const std::streamoff tail = std::min<std::streamoff>(size, 1 << 16);
    std::string bytes(static_cast<size_t>(tail), '\0');
    in.seekg(size - tail);
    in.read(bytes.data(), tail);
    if (bytes.empty() || bytes.back() != '\n') {
        throw InputError(path.string() + ": truncated (the last line has no end)");
    }
    bytes.pop_back();
    const std::string last
        = bytes.substr(bytes.find_last_of('\n') == std::string::npos ? 0 : bytes.find_last_of('\n') + 1);
    if (std::count(last.begin(), last.end(), ',') != std::count(header.begin(), header.end(), ',')) {
        throw InputError(path.string() + ": truncated (its last line does not have the header's columns)");
    }
}

/// Reads results.json into the listing; InputError naming the file for anything missing or mistyped.
void readResults(const fs::path& file, RunListing& r, RunSummary* summary)
{
    const nlohmann::json j = readJsonFileStrict(file.string());
    try {
        r.classNames = j.at("class_names").get<std::vector<std::string>>();
        r.trainCounts = j.at("train_class_counts").get<std::vector<int64_t>>();
        r.test = j.at("test").get<ClassificationMetrics>();
        r.seconds = j.at("seconds").get<double>();
        r.device = j.at("device").get<std::string>();
        const auto history = j.at("history").get<std::vector<EpochSummary>>();
        r.epochsDone = static_cast<int64_t>(history.size());
        if (summary != nullptr) {
            summary->history = history;
            summary->validationCounts = j.at("val_class_counts").get<std::vector<int64_t>>();
            summary->testCounts = j.at("test_class_counts").get<std::vector<int64_t>>();
            summary->imagesPerSecond = j.at("images_per_second").get<double>();
            summary->threads = j.at("threads").get<int>();
            summary->imageShape = j.at("image_shape").get<std::vector<int64_t>>();
        }
    } catch (const nlohmann::json::exception& e) {
        throw InputError(file.string() + ": damaged (" + e.what() + ")");
    } catch (const InputError& e) {
        throw InputError(file.string() + ": " + e.what());
    }
    if (r.test->perClassAccuracy.size() != r.classNames.size() || r.trainCounts.size() != r.classNames.size()) {
        throw InputError(file.string() + ": damaged (class counts and names disagree)");
    }
}

} // namespace

std::vector<int64_t> listSnapshotEpochs(const std::string& runDir)
{
    const fs::path dir(runDir);
    std::vector<int64_t> epochs;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir / "snapshots", ec)) {
        long long epoch = 0;
        char tail = 0;
        if (std::sscanf(entry.path().filename().string().c_str(), "epoch-%lld.cs%c", &epoch, &tail) == 2
            && tail == 'v') {
            epochs.push_back(epoch);
        }
    }
    std::sort(epochs.begin(), epochs.end());
    return epochs;
}

namespace {

/// The verdict on the folder's `running` marker (nullopt: none, or no holder can be read from it). A marker that
/// vanishes while we look (its run just ended) is no holder, not damage; a FIFO in its place is damage.
std::optional<HolderVerdict> runHolderOf(const fs::path& dir, RunListing* r)
{
    const fs::path marker = dir / kRunningMarker;
    std::error_code ec;
    const fs::file_status st = fs::symlink_status(marker, ec);
    if (!fs::exists(st)) {
        return std::nullopt;
    }
    std::optional<RunHolder> h;
    if (fs::is_regular_file(st)) {
        std::ifstream in(marker, std::ios::binary);
        h = RunHolder::parse(std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()));
    } else if (fs::exists(marker, ec)) {
        requireRegularFile(marker.string(), "run marker");
    }
    const bool held = runLockHeld(dir.string());
    if (h) {
        const HolderVerdict v = judgeHolder(*h, held, wallClockSeconds());
        r->holderHost = h->host;
        r->staleHolder = v.state == HolderVerdict::State::Stale;
        return v;
    }
    if (held) {
        return HolderVerdict { HolderVerdict::State::Alive, "a process whose running marker is unreadable" };
    }
    return std::nullopt;
}

/// Fills `r` (and `summary`); throws InputError for damage, naming the file.
void inspect(const fs::path& dir, RunListing& r, RunSummary* summary)
{
    std::error_code ec;
    TrainConfig config;
    try {
        from_json(readJsonFileStrict((dir / "config.json").string()), config);
    } catch (const InputError& e) {
        const std::string what = e.what();
        throw InputError(what.find("config.json") == std::string::npos ? (dir / "config.json").string() + ": " + what
                                                                       : what);
    }
    r.config = config;
    r.epochsTotal = totalEpochsOf(config);

    const bool hasResults = fs::exists(dir / "results.json", ec);
    if (hasResults) {
        readResults(dir / "results.json", r, summary);
    }
    // Damage anywhere in the run's files is found before its status is decided.
    std::vector<EpochSummary> metrics;
    if (fs::exists(dir / "metrics.csv", ec)) {
        metrics = readMetricsCsv((dir / "metrics.csv").string());
    }
    std::vector<StepRecord> steps;
    if (fs::exists(dir / "steps.csv", ec)) {
        steps = readStepsCsv((dir / "steps.csv").string());
    }
    const std::vector<int64_t> snapshots = listSnapshotEpochs(dir.string());
    if (fs::exists(dir / "snapshots" / "knn.csv", ec)) {
        readKnnCsv((dir / "snapshots" / "knn.csv").string());
    }
    for (int64_t epoch : snapshots) {
        const fs::path file = dir / "snapshots" / snapshotFileName(epoch);
        if (summary != nullptr) {
            readSnapshotCsv(file.string());
        } else {
            checkCsvTail(file);
        }
    }
    if (fs::exists(dir / "checkpoint.pt", ec) && !zipLooksComplete(dir / "checkpoint.pt")) {
        throw InputError((dir / "checkpoint.pt").string() + ": truncated or not a LibTorch archive");
    }
    if (!hasResults) {
        r.epochsDone = static_cast<int64_t>(metrics.size());
    }
    if (summary != nullptr) {
        if (!hasResults) {
            summary->history = metrics;
        }
        summary->steps = std::move(steps);
        summary->snapshotEpochs = snapshots;
    }

    // The one rule every reader shares (judgeHolder): this host checks the pid's start time, another host's run
    // lives by its heartbeat, and a held lock file speaks for itself.
    const std::optional<HolderVerdict> holder = runHolderOf(dir, &r);
    if (holder && holder->state == HolderVerdict::State::Alive) {
        r.status = RunStatus::Running;
        r.reason = holder->description;
    } else if (hasResults && fs::exists(dir / "model.pt", ec)) {
        if (!zipLooksComplete(dir / "model.pt")) {
            throw InputError((dir / "model.pt").string() + ": truncated or not a LibTorch archive");
        }
        r.status = RunStatus::Finished;
    } else if (fs::exists(dir / kFailedMarker, ec)) {
        r.status = RunStatus::Failed;
        r.reason = readSmallFile(dir / kFailedMarker);
    } else if (fs::exists(dir / kCancelledMarker, ec)) {
        r.status = RunStatus::Cancelled;
        r.reason = readSmallFile(dir / kCancelledMarker);
    } else {
        r.status = RunStatus::Incomplete;
        r.reason = hasResults                       ? "model.pt is missing: resume to export again"
            : fs::exists(dir / "checkpoint.pt", ec) ? "interrupted: resumable from checkpoint.pt"
                                                    : "interrupted before the first epoch";
        if (holder && holder->state == HolderVerdict::State::Stale) {
            r.reason = holder->description + "; " + r.reason;
        }
    }
}

} // namespace

void writeRunMarker(const std::string& runDir, const char* marker, const std::string& text)
{
    try {
        writeFileAtomically((fs::path(runDir) / marker).string(), text + "\n");
    } catch (const std::exception&) { }
}

void removeRunMarker(const std::string& runDir, const char* marker)
{
    std::error_code ec;
    fs::remove(fs::path(runDir) / marker, ec);
}

const char* statusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Finished: return "finished";
    case RunStatus::Running: return "running";
    case RunStatus::Incomplete: return "incomplete";
    case RunStatus::Cancelled: return "cancelled";
    case RunStatus::Failed: return "failed";
    case RunStatus::Damaged: return "damaged";
    }
    return "unknown";
}

std::optional<double> RunListing::minorityAccuracy() const
{
    if (!test || trainCounts.empty() || test->perClassAccuracy.size() != trainCounts.size()) {
        return std::nullopt;
    }
    const auto minority = std::min_element(trainCounts.begin(), trainCounts.end()) - trainCounts.begin();
    return test->perClassAccuracy[static_cast<size_t>(minority)];
}

RunListing inspectRun(const std::string& runDir)
{
    RunListing r;
    r.path = runDir;
    r.name = fs::path(runDir).filename().string();
    try {
        inspect(fs::path(runDir), r, nullptr);
    } catch (const std::exception& e) {
        r.status = RunStatus::Damaged;
        r.reason = e.what();
    }
    return r;
}

RunSummary readRunSummary(const std::string& runDir)
{
    std::error_code ec;
    if (!fs::is_regular_file(fs::path(runDir) / "config.json", ec)) {
        throw InputError(runDir + " is not a run directory (it has no config.json)");
    }
    RunSummary s;
    s.listing.path = runDir;
    s.listing.name = fs::path(runDir).filename().string();
    try {
        inspect(fs::path(runDir), s.listing, &s);
    } catch (const std::exception& e) {
        s.listing.status = RunStatus::Damaged;
        s.listing.reason = e.what();
    }
    return s;
}

std::vector<RunListing> listRuns(const std::string& folder)
{
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) {
        throw InputError("runs folder " + folder + " does not exist or is not a directory");
    }
    // Files only a run writes: a folder holding one of them but no config.json is a damaged run, not nothing.
    static const char* const kRunFiles[] = { "results.json", "checkpoint.pt", "model.pt", "metrics.csv", kRunningMarker };
    std::vector<RunListing> runs;
    std::vector<std::pair<fs::path, int>> pending { { fs::path(folder), 0 } };
    while (!pending.empty()) {
        const auto [dir, depth] = pending.back();
        pending.pop_back();
        for (const auto& entry : fs::directory_iterator(dir, fs::directory_options::skip_permission_denied, ec)) {
            // Symbolic links are not followed: a link to a run (or a loop) would list the same run again.
            if (entry.is_symlink(ec) || !entry.is_directory(ec) || entry.path().filename().string().rfind('.', 0) == 0) {
                continue;
            }
            const fs::path& path = entry.path();
            // A Slurm job folder (SlurmExport) has the sweep's base config.json beside sweep.sbatch: its runs are below.
            const bool jobFolder = fs::exists(path / "sweep.sbatch", ec);
            if (fs::exists(path / "config.json", ec) && !jobFolder) {
                RunListing r = inspectRun(path.string());
                r.name = fs::relative(path, folder, ec).string();
                runs.push_back(std::move(r));
                continue;
            }
            const bool runFiles = !jobFolder && std::any_of(std::begin(kRunFiles), std::end(kRunFiles), [&](const char* f) {
                return fs::exists(path / f, ec);
            });
            if (runFiles) {
                RunListing r;
                r.path = path.string();
                r.name = fs::relative(path, folder, ec).string();
                std::optional<HolderVerdict> holder;
                try {
                    holder = runHolderOf(path, &r);
                } catch (const InputError&) {
                }
                if (holder && holder->state == HolderVerdict::State::Alive) {
                    // A new run loading its data has written no config.json yet.
                    r.status = RunStatus::Running;
                    r.reason = holder->description + " (loading data)";
                } else {
                    r.status = RunStatus::Damaged;
                    r.reason = (path / "config.json").string()
                        + " is missing (the folder holds run files without their config)";
                }
                runs.push_back(std::move(r));
            } else if (depth < 2 || jobFolder) {
                pending.emplace_back(path, depth + 1);
            }
        }
    }
    std::sort(runs.begin(), runs.end(), [](const RunListing& a, const RunListing& b) { return a.name < b.name; });
    return runs;
}

EmbeddingSnapshot readRunSnapshot(const std::string& runDir, int64_t globalEpoch)
{
    const fs::path dir = fs::path(runDir) / "snapshots";
    EmbeddingSnapshot s = readSnapshotCsv((dir / snapshotFileName(globalEpoch)).string());
    s.globalEpoch = globalEpoch;
    std::error_code ec;
    if (fs::exists(dir / "knn.csv", ec)) {
        for (const EmbeddingSnapshot& k : readKnnCsv((dir / "knn.csv").string())) {
            if (k.globalEpoch == globalEpoch) {
                s.stage = k.stage;
                s.epoch = k.epoch;
                s.split = k.split;
                s.featureKnnAccuracy = k.featureKnnAccuracy;
                s.projectionKnnAccuracy = k.projectionKnnAccuracy;
            }
        }
    }
    return s;
}

} // namespace aclwb
