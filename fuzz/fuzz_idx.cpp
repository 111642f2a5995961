// SPDX-License-Identifier: MIT
/// readIdxFile on the input as a plain file (zlib reads it transparently, or as gzip when the input is one) and on
/// the input gzip-compressed into a .gz file: the two must agree, since the .gz holds exactly the same bytes.
#include "FuzzSupport.h"
#include "data/IdxFile.h"

#include <optional>
#include <vector>

#include <zlib.h>

namespace {

using aclwb::fuzz::require;

/// The input as a gzip stream (windowBits 31 = deflate with a gzip header), as MNIST's .gz files are.
std::vector<unsigned char> gzipped(const uint8_t* data, size_t size)
{
    z_stream zs {};
    if (deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        aclwb::fuzz::fail("zlib", "deflateInit2 failed");
    }
    std::vector<unsigned char> out(deflateBound(&zs, static_cast<uLong>(size)) + 64);
    zs.next_in = const_cast<Bytef*>(data);
    zs.avail_in = static_cast<uInt>(size);
    zs.next_out = out.data();
    zs.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    deflateEnd(&zs);
    if (rc != Z_STREAM_END) {
        aclwb::fuzz::fail("zlib", "deflate did not finish");
    }
    out.resize(zs.total_out);
    return out;
}

/// The array, or nothing when the reader refused the file with an InputError; checks what every accepted file has.
std::optional<aclwb::IdxArray> read(const std::string& path, int rank)
{
    std::optional<aclwb::IdxArray> array;
    aclwb::fuzz::expectOnlyInputError([&] { array = aclwb::readIdxFile(path, rank); });
    if (array) {
        require(array->dims.size() == static_cast<size_t>(rank), "one dimension per declared rank");
        uint64_t elements = 1;
        for (const int64_t d : array->dims) {
            require(d > 0, "every dimension > 0");
            elements *= static_cast<uint64_t>(d);
        }
        require(elements == array->data.size(), "data size is the product of the dimensions");
    }
    return array;
}

bool same(const std::optional<aclwb::IdxArray>& a, const std::optional<aclwb::IdxArray>& b)
{
    return a.has_value() == b.has_value() && (!a || (a->dims == b->dims && a->data == b->data));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    aclwb::fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const aclwb::fuzz::ScratchFile plain("input.idx");
    static const aclwb::fuzz::ScratchFile gz("input.idx.gz");
    plain.write(data, size);
    const std::vector<unsigned char> compressed = gzipped(data, size);
    gz.write(compressed.data(), compressed.size());

    // When the input is itself gzip, the plain read decompresses it and the .gz read does not: no agreement then.
    const bool inputIsGzip = size >= 2 && data[0] == 0x1f && data[1] == 0x8b;
    for (const int rank : { 1, 3 }) {
        const auto fromPlain = read(plain.path(), rank);
        const auto fromGz = read(gz.path(), rank);
        require(inputIsGzip || same(fromPlain, fromGz), "plain and gzip-compressed copies of a file read alike");
    }
    return 0;
}
