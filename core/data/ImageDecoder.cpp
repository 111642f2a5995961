// SPDX-License-Identifier: MIT
#include "data/ImageDecoder.h"

#include "util/Fingerprint.h"
#include "util/InputError.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <torch/serialize.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

namespace aclwb {
namespace fs = std::filesystem;
namespace {

constexpr const char* kCacheFormat = "aclwb-decoded-images-v2";

/// Width and height from a JPEG's start-of-frame marker, or {0, 0} when the file is not a JPEG we can parse.
std::pair<int, int> jpegSize(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    unsigned char b[2] = {};
    if (!in.read(reinterpret_cast<char*>(b), 2) || b[0] != 0xFF || b[1] != 0xD8) {
        return { 0, 0 };
    }
    while (in.read(reinterpret_cast<char*>(b), 2)) {
        if (b[0] != 0xFF) {
            return { 0, 0 };
        }
        const unsigned char marker = b[1];
        unsigned char len[2] = {};
        if (!in.read(reinterpret_cast<char*>(len), 2)) {
            return { 0, 0 };
        }
        const int length = (len[0] << 8) | len[1];
        const bool startOfFrame
            = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (startOfFrame) {
            unsigned char sof[5] = {};
            if (!in.read(reinterpret_cast<char*>(sof), 5)) {
                return { 0, 0 };
            }
            return { (sof[3] << 8) | sof[4], (sof[1] << 8) | sof[2] };
        }
        if (length < 2) {
            return { 0, 0 };
        }
        in.seekg(length - 2, std::ios::cur);
    }
    return { 0, 0 };
}

/// The imread flag that lets libjpeg decode at 1/2, 1/4 or 1/8 scale (much faster) while the shorter side still
/// reaches `side`; full-size decoding for other formats or when the size is unknown.
int readFlag(const std::string& path, int64_t side)
{
    const auto [width, height] = jpegSize(path);
    const int shorter = std::min(width, height);
    if (shorter <= 0) {
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

/// Shorter side to `side`, centre square, BGR -> RGB, HWC -> CHW into `out` (3 * side * side bytes).
bool decodeOne(const std::string& path, int64_t side, uint8_t* out)
{
    cv::Mat image;
    try {
        image = cv::imread(path, readFlag(path, side));
    } catch (const cv::Exception&) {
        return false;
    }
    if (image.empty() || image.channels() != 3) {
        return false;
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
    return true;
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

bool loadCache(const fs::path& file, DecodedImages& out, std::string& note)
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
        archive.read("images", images);
        archive.read("kept", kept);
        archive.read("failed", failed);
        out.images = images;
        const at::Tensor k = kept.to(at::kLong).contiguous();
        out.kept.assign(k.data_ptr<int64_t>(), k.data_ptr<int64_t>() + k.numel());
        out.failed.clear();
        const std::string text = tensorToText(failed);
        size_t start = 0;
        while (start < text.size()) {
            const size_t end = text.find('\n', start);
            out.failed.push_back(text.substr(start, end - start));
            start = end == std::string::npos ? text.size() : end + 1;
        }
        out.fromCache = true;
        return true;
    } catch (const std::exception&) {
        note = "ignored unreadable cache file " + file.string() + " and decoded the images again";
        return false;
    }
}

void saveCache(const fs::path& file, const DecodedImages& decoded, std::string& note)
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
        archive.save_to(temp.string());
        fs::rename(temp, file);
    } catch (const std::exception& e) {
        fs::remove(temp, ec);
        note = "could not write the decode cache " + file.string() + " (" + e.what() + "); the next load decodes again";
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
    const fs::path cacheFile = useCache ? fs::path(options.cacheDir.empty() ? defaultCacheDir() : options.cacheDir)
            / ("decoded-" + cacheKey(paths, options) + ".pt")
                                        : fs::path();
    if (useCache && loadCache(cacheFile, out, out.cacheNote)) {
        return out;
    }

    const int64_t n = static_cast<int64_t>(paths.size());
    const int64_t side = options.side;
    at::Tensor all = at::empty({ n, 3, side, side }, at::kByte);
    std::vector<char> ok(static_cast<size_t>(n), 0);
    cv::setNumThreads(1); // we parallelise over images; OpenCV's own pool would only oversubscribe
    uint8_t* base = all.data_ptr<uint8_t>();
    at::parallel_for(0, n, 4, [&](int64_t begin, int64_t end) {
        for (int64_t i = begin; i < end; ++i) {
            ok[static_cast<size_t>(i)] = decodeOne(paths[static_cast<size_t>(i)], side, base + i * 3 * side * side);
        }
    });
    for (int64_t i = 0; i < n; ++i) {
        if (ok[static_cast<size_t>(i)]) {
            out.kept.push_back(i);
        } else {
            out.failed.push_back(paths[static_cast<size_t>(i)]);
        }
    }
    if (!out.failed.empty() && !options.skipUnreadable) {
        std::string list;
        for (size_t k = 0; k < out.failed.size() && k < 5; ++k) {
            list += (k ? ", " : "") + out.failed[k];
        }
        throw InputError(std::to_string(out.failed.size()) + " image file(s) could not be decoded: " + list
                         + (out.failed.size() > 5 ? ", ..." : "")
                         + " (fix or remove them, or pass --skip-unreadable to leave them out)");
    }
    out.images = out.failed.empty() ? all : all.index_select(0, at::tensor(out.kept, at::kLong));
    if (useCache) {
        saveCache(cacheFile, out, out.cacheNote);
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
