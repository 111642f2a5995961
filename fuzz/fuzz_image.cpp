// SPDX-License-Identifier: MIT
/// decodeImages on the input saved as one image file (.jpg, or .png when the first byte is odd, as users name
/// them; the format is read from the bytes, not the name), with the cache off so every run decodes.
/// Strict mode must refuse an unreadable file with an InputError; skip mode must never throw for one.
#include "FuzzSupport.h"
#include "data/ImageDecoder.h"

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    aclwb::fuzz::initialize();
    // OpenCV logs a warning for every file it cannot decode, which floods the log and slows every run.
    ::setenv("OPENCV_LOG_LEVEL", "ERROR", /*overwrite=*/0);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using aclwb::fuzz::require;
    static const aclwb::fuzz::ScratchFile jpg("image.jpg");
    static const aclwb::fuzz::ScratchFile png("image.png");
    const aclwb::fuzz::ScratchFile& file = size > 0 && (data[0] & 1) ? png : jpg;
    file.write(data, size);

    aclwb::DecodeOptions options;
    options.side = 32;
    options.cacheDir = "none";
    for (const bool skip : { false, true }) {
        options.skipUnreadable = skip;
        const bool decoded = aclwb::fuzz::expectOnlyInputError([&] {
            const aclwb::DecodedImages out = aclwb::decodeImages({ file.path() }, options);
            require(out.kept.size() + out.failed.size() == 1, "the file is either kept or failed");
            require(skip || out.failed.empty(), "strict mode fails with an InputError, not a failed list");
            require(out.images.dim() == 4 && out.images.size(0) == static_cast<int64_t>(out.kept.size())
                        && out.images.size(1) == 3 && out.images.size(2) == 32 && out.images.size(3) == 32,
                    "images are [kept, 3, side, side]");
            require(!out.fromCache, "cacheDir none never reads a cache");
        });
        require(decoded || !skip, "skipUnreadable never throws for an unreadable image");
    }
    return 0;
}
