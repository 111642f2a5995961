// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace aclwb {

/// Who writes a run folder, as its `running` marker records it. A bare pid says nothing a reader on another host,
/// in another pid namespace or after the pid was reused can trust; host, boot id, the process's start time and a
/// heartbeat let every reader (aclwb-cli runs, the Runs tab, sweeps) reach the same verdict.
struct RunHolder {
    std::string host;
    int64_t pid = 0;
    /// The process's start time in clock ticks since boot (/proc/PID/stat, field 22): a reused pid has another.
    int64_t startTicks = 0;
    /// /proc/sys/kernel/random/boot_id: pids and start times mean nothing across a reboot.
    std::string bootId;
    /// /proc/self/ns/pid ("pid:[4026531836]"): a pid means something only inside its own pid namespace.
    std::string pidNamespace;
    double startedAt = 0.0; // seconds since the epoch
    double heartbeat = 0.0; // seconds since the epoch, refreshed every heartbeatInterval by the writer
    double heartbeatInterval = 30.0;
    /// "flock" (the folder's lock file is held) or "file" (flock unavailable: the marker itself is the lock).
    std::string lock = "flock";

    /// This process, now.
    static RunHolder current(double heartbeatInterval);
    std::string toJson() const;
    /// Parses a marker; a legacy marker holding only a pid gives a holder with only the pid. nullopt when unreadable.
    static std::optional<RunHolder> parse(const std::string& text);
};

/// What a reader concludes about a holder.
struct HolderVerdict {
    enum class State {
        Alive, // verified on this host, or a fresh heartbeat from another host
        Dead,  // on this host, and no process with that pid and start time exists (or the machine rebooted)
        Stale, // another host, and its heartbeat is older than three intervals: probably killed there
    };
    State state = State::Dead;
    /// For a person: "pid 4242 on node-17 since 2026-12-05 12:03:10, heartbeat 4 s ago", or
    /// "stale: probably killed on node-17 (last heartbeat 12 min ago)".
    std::string description;
};

/// The one rule for every reader. `lockHeld`: the folder's lock file is held by someone (a local probe; true also
/// across pid namespaces, and across hosts where the file system propagates flock). Only a holder with this host
/// name, boot id and pid namespace is checked by its pid and start time; any other (another machine, a container
/// with the same host name, a reboot) lives by its heartbeat.
HolderVerdict judgeHolder(const RunHolder& holder, bool lockHeld, double now);

/// This machine's host name and boot id, this process's pid namespace, and a process's start time in clock ticks
/// (nullopt when it does not exist).
std::string currentHostName();
std::string currentBootId();
std::string currentPidNamespace();
std::optional<int64_t> processStartTicks(int64_t pid);
/// Seconds since the epoch.
double wallClockSeconds();

} // namespace aclwb
