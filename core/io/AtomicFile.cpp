// SPDX-License-Identifier: MIT
#include "io/AtomicFile.h"

#include "util/InputError.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>

#include <fcntl.h>
#include <unistd.h>

namespace aclwb {
namespace {

std::string describeErrno()
{
    return std::strerror(errno);
}

} // namespace

void writeFileAtomically(const std::string& path, const std::string& contents)
{
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        throw InputError("cannot write " + path + ": directory " + dir.string() + " does not exist");
    }
    std::random_device rd;
    const fs::path temp = dir / ("." + target.filename().string() + ".tmp-" + std::to_string(rd()));
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) {
        throw InputError("cannot write " + path + ": " + describeErrno());
    }
    size_t written = 0;
    while (written < contents.size()) {
        const ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            const std::string reason = describeErrno();
            ::close(fd);
            ::unlink(temp.c_str());
            throw InputError("cannot write " + path + ": " + reason);
        }
        written += static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const std::string reason = describeErrno();
        ::unlink(temp.c_str());
        throw InputError("cannot write " + path + ": " + reason);
    }
    if (::rename(temp.c_str(), target.c_str()) != 0) {
        const std::string reason = describeErrno();
        ::unlink(temp.c_str());
        throw InputError("cannot write " + path + ": " + reason);
    }
}

} // namespace aclwb
