// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace aclwb {

/// The contents of an IDX file of unsigned bytes (the MNIST / Fashion-MNIST format).
struct IdxArray {
    std::vector<int64_t> dims;
    std::vector<uint8_t> data;
};

/// Reads an IDX file of type ubyte with `expectedRank` dimensions, gzip-compressed or plain (zlib reads both).
/// Errors name the file: missing, not a regular file (a FIFO is refused before it is opened) or unreadable, corrupt
/// gzip, wrong magic number, wrong type or rank, truncated data, trailing bytes after the data.
IdxArray readIdxFile(const std::string& path, int expectedRank);

/// `dir/name.gz` if it is a regular file, else `dir/name` if it is, else InputError: naming what is there instead
/// (a directory, a named pipe, ...) when either path exists, or listing both paths tried.
std::string findIdxFile(const std::string& dir, const std::string& name);

} // namespace aclwb
