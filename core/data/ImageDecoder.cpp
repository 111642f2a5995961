// SPDX-License-Identifier: MIT
#include "data/ImageDecoder.h"

#include "util/ErrorText.h"
#include "util/Fingerprint.h"
#include "util/InputError.h"
#include "util/RunControl.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#ifndef ACLWB_NO_OPENCV
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#endif
#include <torch/serialize.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>

namespace aclwb {
namespace fs = std::filesystem;
namespace {

// v3: truncated images refused, key stored; v4: JPEGs whose data is too short for their declared size refused (a v3
// cache may hold such an image decoded mostly grey).
constexpr const char* kCacheFormat = "aclwb-decoded-images-v4";

/// What the decoder learns from a file's header before decoding it.
struct ImageHeader {
    bool known = false; // a format we hand to OpenCV (by its magic bytes, not the file name)
    bool jpeg = false;
    bool png = false;
    int64_t width = 0; // 0 when the header does not say (other formats)
    int64_t height = 0;
    bool truncated = false; // JPEG without an end-of-image marker after its data, PNG without IEND
    /// JPEG (Huffman-coded DCT): bytes from the first scan to the end-of-image marker, and the fewest bytes a scan
    /// of the declared size can take (0: not checked).
    int64_t dataBytes = 0;
    int64_t minimumDataBytes = 0;
};

int64_t bigEndian16(const std::vector<uint8_t>& b, size_t at)
{
    return (static_cast<int64_t>(b[at]) << 8) | b[at + 1];
}

int64_t bigEndian32(const std::vector<uint8_t>& b, size_t at)
{
    return (bigEndian16(b, at) << 16) | bigEndian16(b, at + 2);
}

constexpr std::array<uint8_t, 2> kEndOfImage { 0xFF, 0xD9 };

bool containsFrom(const std::vector<uint8_t>& bytes, size_t from, std::initializer_list<uint8_t> pattern)
{
    return from <= bytes.size()
        && std::search(bytes.begin() + static_cast<std::ptrdiff_t>(from), bytes.end(), pattern.begin(), pattern.end())
        != bytes.end();
}

/// The fewest bytes of entropy-coded data a Huffman-coded DCT JPEG of this size needs. Every 8x8 block of a
/// component is coded in some scan with at least one Huffman code (a baseline block: its DC difference and an
/// end-of-block, two codes; a progressive file's first DC scan: one code per block, no runs), and a Huffman code is
/// at least one bit long. So the component with the most blocks needs at least one bit per block. A file whose data
/// is shorter cannot hold the image its header declares: libjpeg decodes it with only a warning on stderr and fills
/// the rest with grey (a 32 x 32 image's data behind a header declaring 9000 x 9000 ends with a valid marker, so the
/// end-of-image check alone lets it through). Arithmetic-coded and lossless files are not checked.
int64_t minimumJpegDataBytes(int64_t width, int64_t height, const std::vector<std::pair<int, int>>& sampling)
{
    int hMax = 1;
    int vMax = 1;
    for (const auto& [h, v] : sampling) {
        hMax = std::max(hMax, h);
        vMax = std::max(vMax, v);
    }
    int64_t blocks = 0;
    for (const auto& [h, v] : sampling) {
        if (h < 1 || v < 1) {
            return 0; // a damaged frame header: left to the decoder
        }
        // The component's own size in pixels (rounded up, as the standard does), in whole 8 x 8 blocks.
        const int64_t columns = (width * h + hMax - 1) / hMax;
        const int64_t rows = (height * v + vMax - 1) / vMax;
        blocks = std::max(blocks, ((columns + 7) / 8) * ((rows + 7) / 8));
    }
    return blocks / 8;
}

/// Walks a JPEG's markers to its start-of-frame (the size) and start-of-scan; the file is complete when an
/// end-of-image marker follows the scan data (an EXIF thumbnail's own marker sits before the scan) and that data is
/// long enough for the declared size (minimumJpegDataBytes).
ImageHeader jpegHeader(const std::vector<uint8_t>& b)
{
    ImageHeader h;
    h.jpeg = true;
    size_t pos = 2;
    size_t scanStart = 0;
    bool huffmanDct = false;
    std::vector<std::pair<int, int>> sampling; // (horizontal, vertical) factors of each component
    while (pos + 4 <= b.size() && b[pos] == 0xFF) {
        const uint8_t marker = b[pos + 1];
        if (marker == 0xFF) {
            ++pos; // fill byte
            continue;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
            pos += 2; // markers without a length
            continue;
        }
        const auto length = static_cast<size_t>(bigEndian16(b, pos + 2));
        if (length < 2) {
            break;
        }
        const bool startOfFrame
            = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (startOfFrame && pos + 9 <= b.size()) {
            h.height = bigEndian16(b, pos + 5);
            h.width = bigEndian16(b, pos + 7);
            // Baseline, extended and progressive Huffman-coded DCT: the frames whose data the bound applies to.
            huffmanDct = marker == 0xC0 || marker == 0xC1 || marker == 0xC2;
            sampling.clear();
            const size_t components = pos + 10 <= b.size() ? b[pos + 9] : 0;
            for (size_t c = 0; c < components && pos + 13 + 3 * c <= b.size(); ++c) {
                const uint8_t factors = b[pos + 11 + 3 * c];
                sampling.emplace_back(factors >> 4, factors & 0x0F);
            }
        }
        if (marker == 0xDA) {
            scanStart = pos + 2 + length;
            break;
        }
        pos += 2 + length;
    }
    const auto eoi = scanStart == 0 || scanStart > b.size()
        ? b.end()
        : std::search(b.begin() + static_cast<std::ptrdiff_t>(scanStart), b.end(), kEndOfImage.begin(),
                      kEndOfImage.end());
    h.truncated = eoi == b.end();
    if (!h.truncated && huffmanDct && !sampling.empty()) {
        h.dataBytes = static_cast<int64_t>(eoi - (b.begin() + static_cast<std::ptrdiff_t>(scanStart)));
        h.minimumDataBytes = minimumJpegDataBytes(h.width, h.height, sampling);
    }
    return h;
}

ImageHeader readHeader(const std::vector<uint8_t>& b)
{
    if (b.size() >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF) {
        ImageHeader h = jpegHeader(b);
        h.known = true;
        return h;
    }
    ImageHeader h;
    const auto startsWith = [&](std::initializer_list<uint8_t> magic, size_t at = 0) {
        return b.size() >= at + magic.size()
            && std::equal(magic.begin(), magic.end(), b.begin() + static_cast<std::ptrdiff_t>(at));
    };
    // TIFF and WebP go to OpenCV as they are (its pixel limit applies); anything else never reaches a decoder,
    // so OpenCV's more exotic ones (DICOM via GDCM asserts and aborts on a damaged file) cannot be triggered.
    h.known = startsWith({ 'I', 'I', 42, 0 }) || startsWith({ 'M', 'M', 0, 42 })
        || (startsWith({ 'R', 'I', 'F', 'F' }) && startsWith({ 'W', 'E', 'B', 'P' }, 8));
    static const uint8_t kPng[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
    if (b.size() >= 24 && std::equal(kPng, kPng + 8, b.begin())) {
        h.known = true;
        h.png = true;
        h.width = bigEndian32(b, 16);
        h.height = bigEndian32(b, 20);
        h.truncated = !containsFrom(b, 33, { 'I', 'E', 'N', 'D' });
    } else if (b.size() >= 26 && b[0] == 'B' && b[1] == 'M') {
        h.known = true;
        const auto le32 = [&](size_t at) {
            return static_cast<int32_t>(static_cast<uint32_t>(b[at]) | (static_cast<uint32_t>(b[at + 1]) << 8)
                                        | (static_cast<uint32_t>(b[at + 2]) << 16)
                                        | (static_cast<uint32_t>(b[at + 3]) << 24));
        };
        h.width = std::abs(static_cast<int64_t>(le32(18)));
        h.height = std::abs(static_cast<int64_t>(le32(22)));
    }
    return h;
}

#ifndef ACLWB_NO_OPENCV
/// The imread flag that lets libjpeg decode at 1/2, 1/4 or 1/8 scale (much faster) while the shorter side still
/// reaches `side`; full-size decoding for other formats or when the size is unknown.
int readFlag(const ImageHeader& header, int64_t side)
{
    const int64_t shorter = std::min(header.width, header.height);
    if (!header.jpeg || shorter <= 0) {
        return cv::IMREAD_COLOR;
    }
    if (shorter / 8 >= side) {
        return cv::IMREAD_REDUCED_COLOR_8;
    }
    if (shorter / 4 >= side) {
        return cv::IMREAD_REDUCED_COLOR_4;
    }
    if (shorter / 2 >= side) {
        return cv::IMREAD_REDUCED_COLOR_2;
    }
    return cv::IMREAD_COLOR;
}

/// OpenCV's own pixel limit for formats whose header we do not parse (TIFF, WebP); read once by OpenCV, so it is
/// set before the first decode unless the user chose one.
void limitOpenCvImageSize()
{
    static const bool done = [] {
        ::setenv("OPENCV_IO_MAX_IMAGE_PIXELS", std::to_string(kMaxImagePixels).c_str(), /*overwrite=*/0);
        return true;
    }();
    (void)done;
}
#endif

/// Reads, checks and decodes one file: shorter side to `side`, centre square, BGR -> RGB, HWC -> CHW into `out`
/// (3 * side * side bytes). Returns why the file was refused, or an empty string.
std::string decodeOne(const std::string& path, int64_t side, uint8_t* out)
{
    std::vector<uint8_t> bytes;
    {
        std::error_code ec;
        if (!fs::is_regular_file(path, ec)) {
            // Opening a named pipe would block the whole load; a folder or a device is no image either.
            return fs::is_directory(path, ec) ? "is a directory, not an image" : "is not a regular file (a named pipe, "
                                                                                 "a device or a broken link)";
        }
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            return "cannot be opened";
        }
        bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        if (in.bad()) {
            return "cannot be read";
        }
    }
    const ImageHeader header = readHeader(bytes);
    if (!header.known) {
        return "is not a JPEG, PNG, BMP, TIFF or WebP image (by its first bytes)";
    }
    // Each side is checked first: two 32-bit sides could overflow the product.
    if (header.width > kMaxImagePixels || header.height > kMaxImagePixels
        || header.width * header.height > kMaxImagePixels) {
        return "is " + std::to_string(header.width) + " x " + std::to_string(header.height)
            + " pixels, above the limit of " + std::to_string(kMaxImagePixels / 1000000) + " megapixels";
    }
    if (header.truncated) {
        return header.jpeg ? "is truncated (no end-of-image marker after the image data)"
                           : "is truncated (no IEND chunk)";
    }
    if (header.dataBytes < header.minimumDataBytes) {
        return "is truncated (its header declares " + std::to_string(header.width) + " x "
            + std::to_string(header.height) + " pixels, which need at least " + std::to_string(header.minimumDataBytes)
            + " bytes of image data; the file holds " + std::to_string(header.dataBytes) + ")";
    }
#ifndef ACLWB_NO_OPENCV
    cv::Mat image;
    try {
        image = cv::imdecode(cv::Mat(1, static_cast<int>(bytes.size()), CV_8U, bytes.data()), readFlag(header, side));
    } catch (const cv::Exception&) {
        return "is not an image OpenCV can decode";
    }
    if (image.empty() || image.channels() != 3) {
        return "is not an image OpenCV can decode";
    }
    const double scale = static_cast<double>(side) / std::min(image.cols, image.rows);
    const int width = std::max<int>(static_cast<int>(side), static_cast<int>(std::lround(image.cols * scale)));
    const int height = std::max<int>(static_cast<int>(side), static_cast<int>(std::lround(image.rows * scale)));
    cv::Mat resized;
    cv::resize(image, resized, cv::Size(width, height), 0, 0, scale < 1.0 ? cv::INTER_AREA : cv::INTER_LINEAR);
    const cv::Rect centre((width - static_cast<int>(side)) / 2, (height - static_cast<int>(side)) / 2,
                          static_cast<int>(side), static_cast<int>(side));
    const cv::Mat square = resized(centre);
    const int64_t plane = side * side;
    for (int y = 0; y < square.rows; ++y) {
        const auto* row = square.ptr<cv::Vec3b>(y);
        for (int x = 0; x < square.cols; ++x) {
            const int64_t p = y * side + x;
            out[p] = row[x][2];
            out[plane + p] = row[x][1];
            out[2 * plane + p] = row[x][0];
        }
    }
    return {};
#else
    (void)side;
    (void)out;
    return "cannot be decoded: " + std::string(kNoImageDecoding);
#endif
}

std::string cacheKey(const std::vector<std::string>& paths, const DecodeOptions& options)
{
    Fingerprint fp;
    fp.add(std::string_view(kCacheFormat)).add(options.side).add(static_cast<int64_t>(options.skipUnreadable));
    for (const std::string& p : paths) {
        std::error_code ec;
        const auto size = fs::file_size(p, ec);
        const auto time = fs::last_write_time(p, ec);
        fp.add(std::string_view(p))
            .add(static_cast<int64_t>(ec ? -1 : static_cast<int64_t>(size)))
            .add(static_cast<int64_t>(time.time_since_epoch().count()));
    }
    return fp.hex();
}

at::Tensor textToTensor(const std::string& text)
{
    return at::from_blob(const_cast<char*>(text.data()), { static_cast<int64_t>(text.size()) }, at::kByte).clone();
}

std::string tensorToText(const at::Tensor& t)
{
    const at::Tensor c = t.contiguous();
    return std::string(reinterpret_cast<const char*>(c.data_ptr<uint8_t>()), static_cast<size_t>(c.numel()));
}

/// Loads a cache file only when it is the one asked for: its stored key, image count and shape must match the
/// request, so a foreign or damaged file (copied in, or a hash collision) is decoded again instead of trusted.
bool loadCache(const fs::path& file, const std::string& key, int64_t n, int64_t side, DecodedImages& out,
               std::string& note)
{
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) {
        return false;
    }
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(file.string());
        at::Tensor images;
        at::Tensor kept;
        at::Tensor failed;
        at::Tensor storedKey;
        archive.read("images", images);
        archive.read("kept", kept);
        archive.read("failed", failed);
        archive.read("key", storedKey);
        const at::Tensor k = kept.to(at::kLong).contiguous();
        std::vector<int64_t> keptList(k.data_ptr<int64_t>(), k.data_ptr<int64_t>() + k.numel());
        std::vector<std::string> failedList;
        const std::string text = tensorToText(failed);
        size_t start = 0;
        while (start < text.size()) {
            const size_t end = text.find('\n', start);
            failedList.push_back(text.substr(start, end - start));
            start = end == std::string::npos ? text.size() : end + 1;
        }
        const auto count = static_cast<int64_t>(keptList.size());
        const bool ordered = std::is_sorted(keptList.begin(), keptList.end())
            && std::adjacent_find(keptList.begin(), keptList.end()) == keptList.end();
        const bool matches = tensorToText(storedKey) == key && images.scalar_type() == at::kByte
            && images.sizes() == at::IntArrayRef({ count, 3, side, side }) && ordered
            && (keptList.empty() || (keptList.front() >= 0 && keptList.back() < n))
            && count + static_cast<int64_t>(failedList.size()) == n;
        if (!matches) {
            note = "ignored the decode cache file " + file.string()
                + " (it does not match these images) and decoded them again";
            return false;
        }
        out.images = images;
        out.kept = std::move(keptList);
        out.failed = std::move(failedList);
        out.fromCache = true;
        return true;
    } catch (const std::exception&) {
        note = "ignored unreadable cache file " + file.string() + " and decoded the images again";
        return false;
    }
}

void saveCache(const fs::path& file, const std::string& key, const DecodedImages& decoded, std::string& note)
{
    std::error_code ec;
    fs::create_directories(file.parent_path(), ec);
    std::random_device rd;
    const fs::path temp = file.parent_path() / (file.filename().string() + ".tmp-" + std::to_string(rd()));
    try {
        torch::serialize::OutputArchive archive;
        archive.write("images", decoded.images);
        archive.write("kept", at::tensor(decoded.kept, at::kLong));
        std::string failed;
        for (const std::string& f : decoded.failed) {
            failed += (failed.empty() ? "" : "\n") + f;
        }
        archive.write("failed", textToTensor(failed));
        archive.write("key", textToTensor(key));
        archive.save_to(temp.string());
        fs::rename(temp, file);
    } catch (const std::exception& e) {
        fs::remove(temp, ec);
        note = "could not write the decode cache " + file.string() + " (" + describeException(e)
            + "); the next load decodes again";
    }
}

} // namespace

bool hasImageExtension(const std::string& path)
{
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext == ".jpg" || ext == ".jpeg" || ext == ".png" || ext == ".bmp" || ext == ".tif" || ext == ".tiff"
        || ext == ".webp";
}

std::string defaultCacheDir()
{
    if (const char* dir = std::getenv("ACLWB_CACHE_DIR"); dir != nullptr && *dir != '\0') {
        return dir;
    }
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg != '\0') {
        return (fs::path(xdg) / "aclwb").string();
    }
    if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0') {
        return (fs::path(home) / ".cache" / "aclwb").string();
    }
    return (fs::temp_directory_path() / "aclwb-cache").string();
}

DecodedImages decodeImages(const std::vector<std::string>& paths, const DecodeOptions& options)
{
    if (options.side < 4 || options.side > 1024) {
        throw InputError("invalid parameter image-size = " + std::to_string(options.side) + ": must be in [4, 1024]");
    }
    DecodedImages out;
    const bool useCache = options.cacheDir != "none";
    const fs::path cacheDir = options.cacheDir.empty() ? fs::path(defaultCacheDir()) : fs::path(options.cacheDir);
    std::error_code ec;
    if (useCache && fs::exists(cacheDir, ec) && !fs::is_directory(cacheDir, ec)) {
        throw InputError("invalid parameter cache-dir = " + cacheDir.string()
                         + ": it exists and is not a directory (choose a folder, or none to disable the cache)");
    }
    const std::string key = useCache ? cacheKey(paths, options) : std::string();
    const fs::path cacheFile = useCache ? cacheDir / ("decoded-" + key + ".pt") : fs::path();
    if (useCache && loadCache(cacheFile, key, static_cast<int64_t>(paths.size()), options.side, out, out.cacheNote)) {
        return out;
    }

    const int64_t n = static_cast<int64_t>(paths.size());
    const int64_t side = options.side;
    at::Tensor all = at::empty({ n, 3, side, side }, at::kByte);
    std::vector<std::string> problem(static_cast<size_t>(n));
    std::atomic<bool> stopped { false };
#ifndef ACLWB_NO_OPENCV
    cv::setNumThreads(1); // we parallelise over images; OpenCV's own pool would only oversubscribe
    limitOpenCvImageSize();
#else
    throw InputError(kNoImageDecoding);
#endif
    uint8_t* base = all.data_ptr<uint8_t>();
    at::parallel_for(0, n, 4, [&](int64_t begin, int64_t end) {
        for (int64_t i = begin; i < end; ++i) {
            if (stopped.load() || !proceed(options.control)) {
                stopped.store(true);
                return;
            }
            problem[static_cast<size_t>(i)]
                = decodeOne(paths[static_cast<size_t>(i)], side, base + i * 3 * side * side);
        }
    });
    if (stopped.load()) {
        throw RunCancelled();
    }
    std::string list;
    for (int64_t i = 0; i < n; ++i) {
        if (problem[static_cast<size_t>(i)].empty()) {
            out.kept.push_back(i);
        } else {
            if (out.failed.size() < 5) {
                list += (out.failed.empty() ? "" : ", ") + paths[static_cast<size_t>(i)] + " "
                    + problem[static_cast<size_t>(i)];
            }
            out.failed.push_back(paths[static_cast<size_t>(i)]);
        }
    }
    if (!out.failed.empty() && !options.skipUnreadable) {
        throw InputError(std::to_string(out.failed.size()) + " image file(s) could not be decoded: " + list
                         + (out.failed.size() > 5 ? ", ..." : "")
                         + " (fix or remove them, or pass --skip-unreadable to leave them out)");
    }
    out.images = out.failed.empty() ? all : all.index_select(0, at::tensor(out.kept, at::kLong));
    if (useCache) {
        saveCache(cacheFile, key, out, out.cacheNote);
    }
    return out;
}

ImageDataset decodeLabelledImages(const std::vector<std::string>& paths, const std::vector<int64_t>& labels,
                                  const DecodeOptions& options, const std::string& source, DatasetSplits& splits)
{
    DecodedImages decoded = decodeImages(paths, options);
    std::vector<int64_t> keptLabels;
    keptLabels.reserve(decoded.kept.size());
    for (int64_t i : decoded.kept) {
        keptLabels.push_back(labels[static_cast<size_t>(i)]);
    }
    if (!decoded.failed.empty()) {
        splits.warnings.push_back("skipped " + std::to_string(decoded.failed.size()) + " unreadable image(s) in "
                                  + source + " (first: " + decoded.failed.front() + ")");
    }
    if (!decoded.cacheNote.empty()) {
        splits.warnings.push_back(decoded.cacheNote);
    }
    splits.fromCache = decoded.fromCache;
    return { decoded.images, at::tensor(keptLabels, at::kLong) };
}

} // namespace aclwb
