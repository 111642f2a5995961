// SPDX-License-Identifier: MIT
#include "run/RunHolder.h"

#include "train/ConfigSchema.h"
#include "util/InputError.h"
#include "util/Timing.h"

#include <climits>
#include <nlohmann/json.hpp>

#include <cerrno>
#include <chrono>
#include <cmath>
#include <ctime>
#include <fstream>
#include <sstream>

#include <signal.h>
#include <unistd.h>

namespace aclwb {
namespace {

std::string localTime(double seconds)
{
    const std::time_t t = static_cast<std::time_t>(seconds);
    std::tm tm {};
    localtime_r(&t, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M:%S", &tm);
    return buffer;
}

std::string firstLine(const std::string& path)
{
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    return line;
}

/// A pid this system can have: positive and within pid_t (a huge number must not wrap onto a live process).
bool plausiblePid(int64_t pid)
{
    return pid > 0 && pid <= INT_MAX;
}

/// A legacy marker (a pid alone): only "does a process with this pid exist" can be asked.
bool legacyAlive(int64_t pid)
{
    return plausiblePid(pid) && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

} // namespace

double wallClockSeconds()
{
    return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string currentHostName()
{
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) != 0) {
        return "localhost";
    }
    return name;
}

std::string currentBootId()
{
    return firstLine("/proc/sys/kernel/random/boot_id");
}

std::string currentPidNamespace()
{
    char buffer[128] = {};
    const ssize_t n = ::readlink("/proc/self/ns/pid", buffer, sizeof buffer - 1);
    return n > 0 ? std::string(buffer, static_cast<size_t>(n)) : std::string();
}

std::optional<int64_t> processStartTicks(int64_t pid)
{
    if (!plausiblePid(pid)) {
        return std::nullopt;
    }
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string stat;
    if (!in || !std::getline(in, stat)) {
        return std::nullopt;
    }
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so count fields after the last ')'.
    const size_t close = stat.rfind(')');
    if (close == std::string::npos) {
        return std::nullopt;
    }
    std::istringstream fields(stat.substr(close + 1));
    std::string field;
    for (int k = 3; k <= 22; ++k) {
        if (!(fields >> field)) {
            return std::nullopt;
        }
    }
    try {
        return std::stoll(field);
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

RunHolder RunHolder::current(double heartbeatInterval)
{
    RunHolder h;
    h.host = currentHostName();
    h.pid = static_cast<int64_t>(::getpid());
    h.startTicks = processStartTicks(h.pid).value_or(0);
    h.bootId = currentBootId();
    h.pidNamespace = currentPidNamespace();
    h.startedAt = wallClockSeconds();
    h.heartbeat = h.startedAt;
    h.heartbeatInterval = heartbeatInterval;
    return h;
}

std::string RunHolder::toJson() const
{
    const nlohmann::json j = { { "host", host },
                               { "pid", pid },
                               { "start_ticks", startTicks },
                               { "boot_id", bootId },
                               { "pid_namespace", pidNamespace },
                               { "started_at", startedAt },
                               { "heartbeat", heartbeat },
                               { "heartbeat_interval", heartbeatInterval },
                               { "lock", lock } };
    return j.dump();
}

std::optional<RunHolder> RunHolder::parse(const std::string& text)
{
    RunHolder h;
    const size_t begin = text.find_first_not_of(" \t\r\n");
    if (begin != std::string::npos && text[begin] != '{') {
        char* end = nullptr;
        errno = 0;
        const long long pid = std::strtoll(text.c_str() + begin, &end, 10);
        if (errno != 0 || end == text.c_str() + begin
            || text.find_first_not_of(" \t\r\n", end - text.c_str()) != std::string::npos) {
            return std::nullopt;
        }
        h.pid = pid;
        h.lock.clear(); // legacy: no host, no lock
        return h;
    }
    try {
        const nlohmann::json j = parseJsonStrict(text, "running marker"); // depth-bounded, like every JSON we read
        h.host = j.at("host").get<std::string>();
        h.pid = j.at("pid").get<int64_t>();
        h.startTicks = j.at("start_ticks").get<int64_t>();
        h.bootId = j.at("boot_id").get<std::string>();
        h.pidNamespace = j.value("pid_namespace", std::string());
        h.startedAt = j.at("started_at").get<double>();
        h.heartbeat = j.at("heartbeat").get<double>();
        h.heartbeatInterval = j.at("heartbeat_interval").get<double>();
        h.lock = j.at("lock").get<std::string>();
        // Values from another machine are data: anything a clock or a pid cannot be makes the marker unreadable.
        const auto time = [](double t) { return std::isfinite(t) && t >= 0.0 && t < 1e11; };
        if (!time(h.startedAt) || !time(h.heartbeat) || !std::isfinite(h.heartbeatInterval)
            || h.heartbeatInterval <= 0.0 || h.heartbeatInterval > 1e6 || h.pid <= 0 || h.pid > INT_MAX) {
            return std::nullopt;
        }
    } catch (const nlohmann::json::exception&) {
        return std::nullopt;
    } catch (const InputError&) {
        return std::nullopt;
    }
    return h;
}

HolderVerdict judgeHolder(const RunHolder& holder, bool lockHeld, double now)
{
    HolderVerdict v;
    const std::string pid = "pid " + std::to_string(holder.pid);
    if (holder.host.empty()) { // legacy marker: this host assumed
        v.state = lockHeld || legacyAlive(holder.pid) ? HolderVerdict::State::Alive : HolderVerdict::State::Dead;
        v.description = pid;
        return v;
    }
    const double age = std::max(0.0, now - holder.heartbeat);
    v.description = pid + " on " + holder.host + " since " + localTime(holder.startedAt) + ", heartbeat "
        + formatDuration(age) + " ago";
    if (lockHeld) {
        v.state = HolderVerdict::State::Alive;
        return v;
    }
    if (holder.host == currentHostName() && holder.bootId == currentBootId()
        && holder.pidNamespace == currentPidNamespace()) {
        // This machine, this boot, this pid namespace: the process itself decides. A reused pid has another start
        // time.
        const std::optional<int64_t> ticks = processStartTicks(holder.pid);
        v.state = ticks && *ticks == holder.startTicks ? HolderVerdict::State::Alive : HolderVerdict::State::Dead;
        return v;
    }
    // Another host (or one we cannot see into: another boot, another pid namespace): its heartbeat speaks for it.
    if (age <= 3.0 * std::max(1.0, holder.heartbeatInterval)) {
        v.state = HolderVerdict::State::Alive;
    } else {
        v.state = HolderVerdict::State::Stale;
        v.description = "stale: probably killed on " + holder.host + " (" + pid + ", last heartbeat "
            + formatDuration(age) + " ago)";
    }
    return v;
}

} // namespace aclwb
