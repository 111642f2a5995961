// SPDX-License-Identifier: MIT
#pragma once

#include "run/RunHolder.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace aclwb {

/// The lock file in every run folder. It is never deleted while the folder lives: deleting a lock file lets two
/// processes lock two different files of the same name.
inline constexpr const char* kRunLockFile = ".aclwb-lock";

/// One writer per run folder. The CLI, the GUI, in-app sweeps and Slurm tasks all train through TrainingRun, which
/// holds this for the run's life, so none of them can share a folder with another.
///
/// The lock is `flock` on `.aclwb-lock`, released by the kernel when the process dies however it dies. Where the
/// file system refuses flock (some NFS mounts), the `running` marker itself becomes the lock: created with link(2),
/// which is atomic on NFS too, and taken over only from a holder judged dead or stale (judgeHolder). Either way the
/// `running` marker names the holder (host, pid, start time, boot id) and a heartbeat the holder refreshes every
/// interval from its own thread, so a reader on another host can tell a live run from a killed one.
///
///     RunLock lock(runDir);          // RunFolderInUse naming the holder when another process has it
///     ...train...                    // the heartbeat runs meanwhile
///     lock.release();                // or the destructor: `running` removed, then the lock released
class RunLock {
public:
    /// Takes the lock of an existing folder or throws RunFolderInUse ("DIR is in use: pid ... on HOST since ...").
    /// Writes nothing into the folder before the lock is held. `heartbeatSeconds` <= 0: the default (30 s, or
    /// ACLWB_HEARTBEAT_SECONDS).
    explicit RunLock(const std::string& runDir, double heartbeatSeconds = 0.0);
    ~RunLock();
    RunLock(const RunLock&) = delete;
    RunLock& operator=(const RunLock&) = delete;

    /// Removes the `running` marker, stops the heartbeat and releases the lock. Idempotent. `removeLockFile`: the
    /// folder is about to be removed (nothing was written into it), so its lock file goes too, while still held.
    void release(bool removeLockFile = false);
    const RunHolder& holder() const { return m_holder; }
    /// true when flock was unavailable and the marker file is the lock.
    bool usesMarkerFile() const { return m_holder.lock == "file"; }

    /// The heartbeat interval in force: ACLWB_HEARTBEAT_SECONDS when set to a positive number, else 30 s.
    static double defaultHeartbeatSeconds();

private:
    void acquireMarkerFile();
    void writeMarker();
    void beat();

    std::string m_dir;
    int m_fd = -1;
    bool m_held = false;
    RunHolder m_holder;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_heartbeat;
};

/// Throws RunFolderInUse, naming the holder, when another process holds `runDir` (its lock file, or a live holder's
/// marker where the marker is the lock). Touches nothing: a refusal must come before the first write.
void refuseIfHeld(const std::string& runDir);

/// Whether someone holds the folder's lock file right now (a momentary shared probe; false when there is no lock
/// file or the file system has no flock). Works across pid namespaces, which a pid check cannot.
bool runLockHeld(const std::string& runDir);

} // namespace aclwb
