// SPDX-License-Identifier: MIT
#include "data/IdxFile.h"

#include "io/RegularFile.h"
#include "util/InputError.h"

#include <algorithm>
#include <filesystem>
#include <memory>

#include <zlib.h>

namespace aclwb {
namespace {

struct GzCloser {
    void operator()(gzFile_s* f) const { gzclose(f); }
};
using GzHandle = std::unique_ptr<gzFile_s, GzCloser>;

/// Reads up to `bytes` bytes; returns how many were read, throws on a decompression error.
size_t readSome(gzFile file, void* out, size_t bytes, const std::string& path)
{
    size_t total = 0;
    auto* p = static_cast<unsigned char*>(out);
    while (total < bytes) {
        const unsigned chunk = static_cast<unsigned>(std::min<size_t>(bytes - total, 1u << 30));
        const int n = gzread(file, p + total, chunk);
        if (n < 0) {
            int code = 0;
            const char* message = gzerror(file, &code);
            throw InputError(path + ": corrupt gzip data (" + std::string(message ? message : "unknown error") + ")");
        }
        if (n == 0) {
            break;
        }
        total += static_cast<size_t>(n);
    }
    if (total < bytes) {
        int code = 0;
        const char* message = gzerror(file, &code);
        if (code != Z_OK && code != Z_BUF_ERROR) {
            throw InputError(path + ": corrupt gzip data (" + std::string(message ? message : "unknown error") + ")");
        }
    }
    return total;
}

} // namespace

std::string findIdxFile(const std::string& dir, const std::string& name)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        throw InputError("data directory " + dir + " does not exist or is not a directory");
    }
    const fs::path gz = fs::path(dir) / (name + ".gz");
    const fs::path plain = fs::path(dir) / name;
    if (fs::is_regular_file(gz, ec)) {
        return gz.string();
    }
    if (fs::is_regular_file(plain, ec)) {
        return plain.string();
    }
    // Something by either name that is not a regular file (a directory, a FIFO, a broken link) is named as what it
    // is: "missing" would send the user looking for a file that is there.
    for (const fs::path& candidate : { gz, plain }) {
        if (fs::exists(fs::symlink_status(candidate, ec))) {
            requireRegularFile(candidate.string());
        }
    }
    throw InputError("missing file: neither " + gz.string() + " nor " + plain.string() + " exists");
}

IdxArray readIdxFile(const std::string& path, int expectedRank)
{
    requireRegularFile(path); // before gzopen: opening a FIFO would wait for a writer forever
    GzHandle file(gzopen(path.c_str(), "rb"));
    if (!file) {
        throw InputError("cannot open " + path + ": not readable");
    }
    gzbuffer(file.get(), 1 << 20);
    unsigned char magic[4] = {};
    if (readSome(file.get(), magic, 4, path) != 4) {
        throw InputError(path + ": truncated IDX file (no complete header)");
    }
    if (magic[0] != 0 || magic[1] != 0) {
        throw InputError(path + ": not an IDX file (wrong magic number)");
    }
    if (magic[2] != 0x08) {
        throw InputError(path + ": IDX element type " + std::to_string(magic[2]) + " is not unsigned byte (8)");
    }
    if (magic[3] != expectedRank) {
        throw InputError(path + ": IDX file has " + std::to_string(magic[3]) + " dimensions, expected "
                         + std::to_string(expectedRank));
    }
    IdxArray out;
    uint64_t elements = 1;
    for (int d = 0; d < expectedRank; ++d) {
        unsigned char b[4] = {};
        if (readSome(file.get(), b, 4, path) != 4) {
            throw InputError(path + ": truncated IDX file (incomplete header)");
        }
        const uint32_t size = (uint32_t(b[0]) << 24) | (uint32_t(b[1]) << 16) | (uint32_t(b[2]) << 8) | uint32_t(b[3]);
        if (size == 0) {
            throw InputError(path + ": IDX dimension " + std::to_string(d) + " is 0");
        }
        elements *= size;
        if (elements > (uint64_t(1) << 36)) {
            throw InputError(path + ": IDX header declares an implausibly large array");
        }
        out.dims.push_back(static_cast<int64_t>(size));
    }
    // The header is not trusted with the allocation: a 13-byte file may declare 4 GB. Data is read in chunks, so
    // memory only grows with what the file really holds.
    constexpr size_t kChunk = size_t(16) << 20;
    const auto declared = static_cast<size_t>(elements);
    size_t got = 0;
    while (got < declared) {
        const size_t want = std::min(kChunk, declared - got);
        out.data.resize(got + want);
        const size_t n = readSome(file.get(), out.data.data() + got, want, path);
        got += n;
        if (n < want) {
            break;
        }
    }
    if (got != declared) {
        throw InputError(path + ": truncated IDX file: header declares " + std::to_string(declared)
                         + " bytes of data, found " + std::to_string(got));
    }
    unsigned char extra = 0;
    if (readSome(file.get(), &extra, 1, path) != 0) {
        throw InputError(path + ": unexpected data after the " + std::to_string(out.data.size())
                         + " bytes the IDX header declares");
    }
    return out;
}

} // namespace aclwb
