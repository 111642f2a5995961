// SPDX-License-Identifier: MIT
#include "run/RunLock.h"

#include "io/AtomicFile.h"
#include "run/RunDirectory.h"
#include "util/InputError.h"

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace aclwb {
namespace fs = std::filesystem;
namespace {

std::string readMarker(const fs::path& path)
{
    struct stat st { };
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
        return {}; // never open a FIFO someone left there: it would block
    }
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

/// "pid 4242 on node-17 since ..., heartbeat 4 s ago", for the refusal.
std::string describeHolderOf(const std::string& runDir)
{
    const std::optional<RunHolder> h = RunHolder::parse(readMarker(fs::path(runDir) / kRunningMarker));
    if (!h) {
        return "another process (it has not written its running marker yet)";
    }
    return judgeHolder(*h, true, wallClockSeconds()).description;
}

[[noreturn]] void refuse(const std::string& runDir, const std::string& holder)
{
    throw RunFolderInUse(
        runDir + " is in use: " + holder
        + "; one run folder has one writer (wait for it to finish, stop it, or choose another folder)");
}

bool flockUnsupported(int error)
{
    return error == ENOLCK || error == EOPNOTSUPP || error == ENOSYS || error == EINVAL;
}

bool markerModeRequested()
{
    const char* mode = std::getenv("ACLWB_RUN_LOCK");
    return mode != nullptr && std::strcmp(mode, "marker") == 0;
}

} // namespace

double RunLock::defaultHeartbeatSeconds()
{
    if (const char* text = std::getenv("ACLWB_HEARTBEAT_SECONDS")) {
        char* end = nullptr;
        const double v = std::strtod(text, &end);
        if (end != text && *end == '\0' && v > 0.0 && v < 1e6) {
            return v;
        }
    }
    return 30.0;
}

RunLock::RunLock(const std::string& runDir, double heartbeatSeconds)
    : m_dir(runDir)
    , m_holder(RunHolder::current(heartbeatSeconds > 0.0 ? heartbeatSeconds : defaultHeartbeatSeconds()))
{
    const std::string lockPath = (fs::path(runDir) / kRunLockFile).string();
    if (!markerModeRequested()) {
        m_fd = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0644);
        if (m_fd < 0) {
            throw InputError("cannot create the lock file " + lockPath + ": " + std::strerror(errno));
        }
        struct stat st { };
        if (::fstat(m_fd, &st) != 0 || !S_ISREG(st.st_mode)) {
            ::close(m_fd);
            m_fd = -1;
            throw InputError(lockPath + " is not a regular file; remove it");
        }
    }
    bool locked = false;
    if (m_fd >= 0) {
        // Readers probe the lock for a moment (runLockHeld): a few tries over a second tell them from a writer.
        for (int attempt = 0; attempt < 20; ++attempt) {
            if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0) {
                // The file we locked must still be the folder's lock file (a creator that gave up may have
                // unlinked it while we waited): else lock the one there now.
                struct stat mine {
                }, there {};
                if (::fstat(m_fd, &mine) == 0 && ::stat(lockPath.c_str(), &there) == 0 && mine.st_dev == there.st_dev
                    && mine.st_ino == there.st_ino) {
                    locked = true;
                    break;
                }
                ::close(m_fd);
                m_fd = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0644);
                if (m_fd < 0) {
                    throw InputError("cannot create the lock file " + lockPath + ": " + std::strerror(errno));
                }
                continue;
            }
            const int error = errno;
            if (flockUnsupported(error)) {
                ::close(m_fd);
                m_fd = -1;
                break;
            }
            if (error != EWOULDBLOCK && error != EINTR) {
                ::close(m_fd);
                m_fd = -1;
                throw InputError("cannot lock " + lockPath + ": " + std::strerror(error));
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        if (!locked && m_fd >= 0) {
            ::close(m_fd);
            m_fd = -1;
            refuse(runDir, describeHolderOf(runDir));
        }
    }
    try {
        if (locked) {
            // flock can be local to one client (NFS local_lock, Lustre localflock), and a holder may use the marker
            // lock: a live holder's marker is respected even when our flock succeeded.
            const std::optional<RunHolder> other = RunHolder::parse(readMarker(fs::path(runDir) / kRunningMarker));
            if (other) {
                const HolderVerdict v = judgeHolder(*other, false, wallClockSeconds());
                if (v.state == HolderVerdict::State::Alive) {
                    refuse(runDir, v.description);
                }
            }
            writeMarker();
        } else {
            m_holder.lock = "file";
            acquireMarkerFile();
        }
        m_held = true;
        m_heartbeat = std::thread([this] { beat(); });
    } catch (...) {
        if (m_held) {
            removeRunMarker(m_dir, kRunningMarker);
            m_held = false;
        }
        if (m_fd >= 0) {
            ::close(m_fd);
            m_fd = -1;
        }
        throw;
    }
}

RunLock::~RunLock()
{
    release();
}

void RunLock::acquireMarkerFile()
{
    const fs::path marker = fs::path(m_dir) / kRunningMarker;
    const std::string suffix = "." + std::to_string(m_holder.pid) + "." + std::to_string(m_holder.startTicks);
    const fs::path temp = fs::path(m_dir) / (std::string(kRunningMarker) + ".new" + suffix);
    const fs::path judged = fs::path(m_dir) / (std::string(kRunningMarker) + ".dead" + suffix);
    std::error_code ec;
    for (int attempt = 0; attempt < 3; ++attempt) {
        {
            std::ofstream out(temp, std::ios::binary | std::ios::trunc);
            out << m_holder.toJson() << "\n";
            if (!out.flush()) {
                throw InputError("cannot write " + temp.string());
            }
        }
        // link(2) fails when the name exists, atomically, on NFS as well as on local disks.
        const int rc = ::link(temp.c_str(), marker.c_str());
        const int error = errno;
        fs::remove(temp, ec);
        if (rc == 0) {
            return;
        }
        if (error != EEXIST) {
            throw InputError("cannot create " + marker.string() + ": " + std::strerror(error));
        }
        const std::string text = readMarker(marker);
        const std::optional<RunHolder> other = RunHolder::parse(text);
        if (other) {
            const HolderVerdict v = judgeHolder(*other, false, wallClockSeconds());
            if (v.state == HolderVerdict::State::Alive) {
                refuse(m_dir, v.description);
            }
        }
        // A dead or stale holder's (or an unreadable) marker. rename(2) moves it aside atomically, so of two
        // processes taking over only one moves the marker it judged; the other may move the winner's fresh marker,
        // sees that it is not what it judged, and puts it back.
        if (::rename(marker.c_str(), judged.c_str()) != 0) {
            continue; // someone else moved it first: look again
        }
        if (readMarker(judged) != text) {
            ::rename(judged.c_str(), marker.c_str());
            refuse(m_dir, describeHolderOf(m_dir));
        }
        fs::remove(judged, ec);
    }
    refuse(m_dir, describeHolderOf(m_dir));
}

void RunLock::writeMarker()
{
    writeFileAtomically((fs::path(m_dir) / kRunningMarker).string(), m_holder.toJson() + "\n");
}

void RunLock::beat()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    const auto interval = std::chrono::duration<double>(m_holder.heartbeatInterval);
    while (!m_wake.wait_for(lock, interval, [this] { return m_stop; })) {
        m_holder.heartbeat = wallClockSeconds();
        try {
            writeMarker();
        } catch (const std::exception&) {
            // A full disk must not end the run; readers on other hosts will call it stale, which is the truth.
        }
    }
}

void RunLock::release(bool removeLockFile)
{
    if (!m_held) {
        return;
    }
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_heartbeat.joinable()) {
        m_heartbeat.join();
    }
    // The marker goes first: a process that takes the lock next writes its own, which must not be removed.
    removeRunMarker(m_dir, kRunningMarker);
    if (removeLockFile) {
        // Unlinked while still held: a process waiting on the old file sees it is gone (the inode check) and
        // locks whatever the folder holds then.
        std::error_code ec;
        fs::remove(fs::path(m_dir) / kRunLockFile, ec);
    }
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    m_held = false;
}

void refuseIfHeld(const std::string& runDir)
{
    if (runLockHeld(runDir)) {
        refuse(runDir, describeHolderOf(runDir));
    }
    // Without a held lock, a live holder's marker still counts (the marker lock, or a flock another client of a
    // network file system cannot see).
    const std::optional<RunHolder> h = RunHolder::parse(readMarker(fs::path(runDir) / kRunningMarker));
    if (h) {
        const HolderVerdict v = judgeHolder(*h, false, wallClockSeconds());
        if (v.state == HolderVerdict::State::Alive) {
            refuse(runDir, v.description);
        }
    }
}

bool runLockHeld(const std::string& runDir)
{
    const std::string lockPath = (fs::path(runDir) / kRunLockFile).string();
    const int fd = ::open(lockPath.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0) {
        return false;
    }
    struct stat st { };
    bool held = false;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        if (::flock(fd, LOCK_SH | LOCK_NB) == 0) {
            ::flock(fd, LOCK_UN);
        } else {
            held = errno == EWOULDBLOCK;
        }
    }
    ::close(fd);
    return held;
}

} // namespace aclwb
