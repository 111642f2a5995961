// SPDX-License-Identifier: MIT
#pragma once

#include "data/ImageDataset.h"

#include <ATen/core/Tensor.h>

#include <string>
#include <vector>

namespace aclwb {

class RunControl;

/// Images larger than this are refused from their header, before any pixel is decoded (a 60-byte JPEG can claim
/// 65500 x 65500 and make the decoder allocate gigabytes). ISIC's largest images are about 24 megapixels.
constexpr int64_t kMaxImagePixels = 100'000'000;

/// How image files become tensors.
struct DecodeOptions {
    /// Output side in pixels: the shorter side is resized to this, then the centre square is kept.
    int64_t side = 64;
    /// false: any unreadable image is an error (the default: class counts must not change behind the user's
    /// back). true: unreadable images are skipped and reported as a warning with their count.
    bool skipUnreadable = false;
    /// Where decoded tensors are cached; empty = defaultCacheDir(); "none" disables the cache.
    std::string cacheDir;
    /// Checked before every image (pause blocks, cancel throws RunCancelled); may be null.
    const RunControl* control = nullptr;
};

/// Whether this build decodes image files (OpenCV); builds for GPU servers may leave it out (-DACLWB_WITH_OPENCV=OFF).
#ifdef ACLWB_NO_OPENCV
constexpr bool kImageDecoding = false;
#else
constexpr bool kImageDecoding = true;
#endif
/// What a build without OpenCV says when images are asked for.
constexpr const char* kNoImageDecoding
    = "this build of ACL Workbench cannot decode image files (built with -DACLWB_WITH_OPENCV=OFF, as "
      "packaging/build-gpu-server.sh does): image folders and ISIC 2018 need a build with OpenCV; fmnist and mnist "
      "work here";

/// $ACLWB_CACHE_DIR, else $XDG_CACHE_HOME/aclwb, else ~/.cache/aclwb.
std::string defaultCacheDir();

/// The decoded images, in input order, of the files that could be read.
struct DecodedImages {
    at::Tensor images;               // uint8 [K, 3, side, side], RGB
    std::vector<int64_t> kept;       // for each of the K images, its index in the input list
    std::vector<std::string> failed; // files that could not be decoded (only with skipUnreadable)
    bool fromCache = false;
    std::string cacheNote; // why the cache was not used or written, when that happened
};

/// Decodes `paths` in parallel with OpenCV. A file is unreadable when it cannot be read, is not a JPEG, PNG, BMP,
/// TIFF or WebP by its first bytes (other decoders are never tried), is above kMaxImagePixels, is a truncated JPEG
/// (no end-of-image marker after the scan, or less data than its declared size needs: libjpeg would fill the rest
/// with grey) or PNG (no IEND), or does not decode. The result is cached under a hash of
/// (paths, their sizes and modification times, side, format version), so a second load of the same files only reads one
/// tensor file. Throws InputError listing the unreadable files unless options.skipUnreadable.
DecodedImages decodeImages(const std::vector<std::string>& paths, const DecodeOptions& options);

/// decodeImages for labelled files: returns the decoded images with the labels of those kept, and records in
/// `splits` (warnings, fromCache) what the user should hear about. `source` names the files in warnings.
ImageDataset decodeLabelledImages(const std::vector<std::string>& paths, const std::vector<int64_t>& labels,
                                  const DecodeOptions& options, const std::string& source, DatasetSplits& splits);

/// Lower-case image extensions we decode: .jpg .jpeg .png .bmp .tif .tiff .webp
bool hasImageExtension(const std::string& path);

} // namespace aclwb
