// SPDX-License-Identifier: MIT
#include "io/RegularFile.h"

#include "util/InputError.h"

#include <cerrno>
#include <system_error>

#include <sys/stat.h>

namespace aclwb {
namespace {

/// What a path that is not a regular file is, in words.
std::string kindOf(mode_t mode)
{
    if (S_ISDIR(mode)) {
        return "is a directory, not a file";
    }
    if (S_ISFIFO(mode)) {
        return "is a named pipe (FIFO), not a regular file";
    }
    if (S_ISSOCK(mode)) {
        return "is a socket, not a regular file";
    }
    if (S_ISCHR(mode) || S_ISBLK(mode)) {
        return "is a device, not a regular file";
    }
    return "is not a regular file";
}

} // namespace

void requireRegularFile(const std::string& path, const std::string& what)
{
    if (path.empty()) {
        throw InputError((what.empty() ? std::string("a file name") : what) + " is empty: no file given");
    }
    const std::string name = (what.empty() ? std::string() : what + " ") + path;
    struct stat info { };
    if (::stat(path.c_str(), &info) == 0) {
        if (!S_ISREG(info.st_mode)) {
            throw InputError(name + ": " + kindOf(info.st_mode));
        }
        return;
    }
    const int error = errno;
    struct stat link { };
    if (error == ENOENT && ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
        throw InputError(name + ": is a broken symbolic link (its target does not exist)");
    }
    if (error == ENOENT || error == ENOTDIR) {
        throw InputError(name + ": does not exist");
    }
    throw InputError(name + ": cannot be examined (" + std::generic_category().message(error) + ")");
}

} // namespace aclwb
