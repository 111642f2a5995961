// SPDX-License-Identifier: MIT
#include "data/ImageFolder.h"

#include "util/InputError.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <filesystem>

namespace aclwb {
namespace fs = std::filesystem;
namespace {

std::vector<std::string> sortedClassFolders(const fs::path& root)
{
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(root, ec)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_directory(ec) && name.rfind('.', 0) != 0) {
            names.push_back(name);
        }
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::vector<std::string> sortedImages(const fs::path& folder)
{
    std::vector<std::string> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        const std::string path = entry.path().string();
        if (entry.path().filename().string().rfind('.', 0) == 0 || !hasImageExtension(path)) {
            continue;
        }
        if (entry.is_symlink(ec) && !fs::exists(entry.path(), ec)) {
            // Dropping it would change the class counts behind the user's back.
            throw InputError(path + ": broken symbolic link (its target does not exist)");
        }
        if (entry.is_regular_file(ec)) {
            files.push_back(path);
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

/// With root/train and root/test, everything a user puts beside them is in neither split: a class folder there (or
/// a "val" folder, or images) would be left out without a word, so the counts would not be the ones the user laid
/// out. Hidden entries, other files (README, CSV) and the decode cache's own folder are fine.
void refuseStrayEntries(const fs::path& root, const DecodeOptions& options)
{
    std::vector<std::string> stray;
    std::error_code ec;
    fs::path cache; // none: no cache folder to allow
    if (options.cacheDir != "none") {
        cache = options.cacheDir.empty() ? fs::path(defaultCacheDir()) : fs::path(options.cacheDir);
    }
    for (const auto& entry : fs::directory_iterator(root, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind('.', 0) == 0 || name == "train" || name == "test") {
            continue;
        }
        if (!cache.empty() && fs::equivalent(entry.path(), cache, ec)) {
            continue;
        }
        if (entry.is_directory(ec)) {
            stray.push_back(name + "/");
        } else if (hasImageExtension(name)) {
            stray.push_back(name);
        }
    }
    if (stray.empty()) {
        return;
    }
    std::sort(stray.begin(), stray.end());
    std::string list;
    for (size_t i = 0; i < stray.size() && i < 5; ++i) {
        list += (i == 0 ? "" : ", ") + (root / stray[i]).string();
    }
    throw InputError(root.string() + ": has train/ and test/ folders, so " + list + (stray.size() > 5 ? ", ..." : "")
                     + (stray.size() == 1 ? " is" : " are")
                     + " in neither split and would be left out; put each class folder in " + (root / "train").string()
                     + "/ and " + (root / "test").string() + "/, or move " + (stray.size() == 1 ? "it" : "them")
                     + " out of " + root.string());
}

ImageDataset loadSplit(const fs::path& root, const std::vector<std::string>& classNames, bool requireAll,
                       const DecodeOptions& options, DatasetSplits& splits)
{
    std::vector<std::string> paths;
    std::vector<int64_t> labels;
    for (const std::string& folder : sortedClassFolders(root)) {
        const auto found = std::find(classNames.begin(), classNames.end(), folder);
        if (found == classNames.end()) {
            throw InputError((root / folder).string() + ": class '" + folder
                             + "' does not exist in the training split");
        }
        const std::vector<std::string> images = sortedImages(root / folder);
        if (images.empty() && requireAll) {
            throw InputError((root / folder).string() + ": class folder contains no images");
        }
        for (const std::string& image : images) {
            paths.push_back(image);
            labels.push_back(static_cast<int64_t>(found - classNames.begin()));
        }
    }
    if (paths.empty()) {
        throw InputError(root.string() + ": no images found");
    }
    return decodeLabelledImages(paths, labels, options, root.string(), splits);
}

} // namespace

DatasetSplits loadImageFolder(const std::string& rootText, const DecodeOptions& options)
{
    const fs::path root(rootText);
    std::error_code ec;
    if (!fs::is_directory(root, ec)) {
        throw InputError("data directory " + rootText + " does not exist or is not a directory");
    }
    const bool hasTrain = fs::is_directory(root / "train", ec);
    const bool hasTest = fs::is_directory(root / "test", ec);
    if (hasTrain != hasTest) {
        throw InputError(rootText + " has a " + (hasTrain ? "train/" : "test/") + " folder but no "
                         + (hasTrain ? "test/" : "train/") + " folder: use " + rootText + "/train/<class>/ and "
                         + rootText + "/test/<class>/ together, or put the class folders directly in " + rootText);
    }
    const bool official = hasTrain && hasTest;
    if (official) {
        refuseStrayEntries(root, options);
    }
    const fs::path trainRoot = official ? root / "train" : root;
    DatasetSplits splits;
    splits.name = "folder";
    splits.classNames = sortedClassFolders(trainRoot);
    if (splits.classNames.empty()) {
        throw InputError(trainRoot.string() + ": no class sub-folders (expected " + trainRoot.string()
                         + "/<class>/<images>)");
    }
    splits.train = loadSplit(trainRoot, splits.classNames, true, options, splits);
    bool cached = splits.fromCache;
    if (official) {
        splits.test = loadSplit(root / "test", splits.classNames, false, options, splits);
        cached = cached && splits.fromCache;
    }
    splits.fromCache = cached;
    return splits;
}

} // namespace aclwb
