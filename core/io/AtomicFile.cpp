// SPDX-License-Identifier: MIT
#include "io/AtomicFile.h"

#include "util/InputError.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace aclwb {
namespace {

std::string describeErrno()
{
    return std::strerror(errno);
}

/// Writes all of `contents` to `fd`; returns an empty string or the reason it failed.
std::string writeAll(int fd, const std::string& contents)
{
    size_t written = 0;
    while (written < contents.size()) {
        const ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return n < 0 ? describeErrno() : std::string("short write");
        }
        written += static_cast<size_t>(n);
    }
    return {};
}

/// A device, FIFO or socket is written in place: replacing it by a regular file would destroy it (as root,
/// `--grad-out /dev/null` would otherwise replace the system's /dev/null).
void writeInPlace(const std::string& path, const std::string& contents)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) {
        throw InputError("cannot write " + path + ": " + describeErrno());
    }
    const std::string reason = writeAll(fd, contents);
    ::close(fd);
    if (!reason.empty()) {
        throw InputError("cannot write " + path + ": " + reason);
    }
}

} // namespace

void writeFileAtomically(const std::string& path, const std::string& contents)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path target(path);
    // A symlink is followed: its target is what gets replaced, and the link itself stays.
    if (fs::is_symlink(fs::symlink_status(target, ec))) {
        const fs::path resolved = fs::weakly_canonical(target, ec);
        if (ec) {
            throw InputError("cannot write " + path + ": cannot resolve the symbolic link (" + ec.message() + ")");
        }
        target = resolved;
    }
    struct stat st { };
    if (::stat(target.c_str(), &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            throw InputError("cannot write " + path + ": it is a directory");
        }
        if (!S_ISREG(st.st_mode)) {
            writeInPlace(target.string(), contents);
            return;
        }
    }
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    if (!fs::is_directory(dir, ec)) {
        throw InputError("cannot write " + path + ": directory " + dir.string() + " does not exist");
    }
    std::random_device rd;
    const fs::path temp = dir / ("." + target.filename().string() + ".tmp-" + std::to_string(rd()));
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        throw InputError("cannot write " + path + ": " + describeErrno());
    }
    const std::string reason = writeAll(fd, contents);
    if (!reason.empty()) {
        ::close(fd);
        ::unlink(temp.c_str());
        throw InputError("cannot write " + path + ": " + reason);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const std::string why = describeErrno();
        ::unlink(temp.c_str());
        throw InputError("cannot write " + path + ": " + why);
    }
    if (::rename(temp.c_str(), target.c_str()) != 0) {
        const std::string why = describeErrno();
        ::unlink(temp.c_str());
        throw InputError("cannot write " + path + ": " + why);
    }
    // Make the rename itself durable, so a crash right after cannot bring the old file back.
    const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
}

} // namespace aclwb
