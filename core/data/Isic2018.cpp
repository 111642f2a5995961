// SPDX-License-Identifier: MIT
#include "data/Isic2018.h"

#include "io/RegularFile.h"
#include "util/ErrorText.h"
#include "util/InputError.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace aclwb {
namespace fs = std::filesystem;
namespace {

constexpr const char* kHeader = "image,MEL,NV,BCC,AKIEC,BKL,DF,VASC";

std::string trimmed(std::string s)
{
    if (s.size() >= 3 && static_cast<unsigned char>(s[0]) == 0xEF && static_cast<unsigned char>(s[1]) == 0xBB
        && static_cast<unsigned char>(s[2]) == 0xBF) {
        s.erase(0, 3); // UTF-8 byte-order mark
    }
    while (!s.empty() && (s.back() == '\r' || s.back() == ' ' || s.back() == '\t')) {
        s.pop_back();
    }
    return s;
}

using Row = IsicGroundTruthRow;

} // namespace

std::vector<IsicGroundTruthRow> readIsic2018GroundTruth(const std::string& path)
{
    requireRegularFile(path);
    std::ifstream in(path);
    if (!in) {
        throw InputError("cannot read " + path);
    }
    std::string line;
    std::getline(in, line);
    if (trimmed(line) != kHeader) {
        throw InputError(path + ":1: wrong header: expected '" + std::string(kHeader) + "', found '"
                         + shortText(trimmed(line)) + "'");
    }
    std::vector<Row> rows;
    std::map<std::string, int64_t> lineOfImage;
    int64_t number = 1;
    while (std::getline(in, line)) {
        ++number;
        line = trimmed(line);
        if (line.empty()) {
            continue;
        }
        std::stringstream cells(line);
        std::string cell;
        std::vector<std::string> parts;
        while (std::getline(cells, cell, ',')) {
            parts.push_back(cell);
        }
        const std::string where = path + ":" + std::to_string(number);
        if (parts.size() != 8) {
            throw InputError(where + ": expected 8 columns (" + kHeader + "), found " + std::to_string(parts.size()));
        }
        int64_t hot = -1;
        for (int64_t c = 0; c < 7; ++c) {
            double v = 0;
            const std::string& text = parts[static_cast<size_t>(c + 1)];
            size_t used = 0;
            try {
                v = std::stod(text, &used);
            } catch (const std::exception&) {
                used = 0;
            }
            if (used == 0 || used != text.size() || !std::isfinite(v)) {
                throw InputError(where + ": column " + isic2018ClassNames()[static_cast<size_t>(c)]
                                 + " is not a finite number: '" + shortText(text) + "'");
            }
            if (std::abs(v - 1.0) < 1e-6) {
                if (hot >= 0) {
                    throw InputError(where + ": row is not one-hot (more than one class is 1)");
                }
                hot = c;
            } else if (std::abs(v) > 1e-6) {
                throw InputError(where + ": row is not one-hot (value " + shortText(parts[static_cast<size_t>(c + 1)])
                                 + ")");
            }
        }
        if (hot < 0) {
            throw InputError(where + ": row is not one-hot (no class is 1)");
        }
        if (parts[0].empty()) {
            throw InputError(where + ": the image column is empty");
        }
        // A repeated image would be counted twice and could land in both training and test.
        const auto [seen, fresh] = lineOfImage.emplace(parts[0], number);
        if (!fresh) {
            throw InputError(where + ": image " + shortText(parts[0]) + " is listed again (first on line "
                             + std::to_string(seen->second) + ")");
        }
        rows.push_back({ parts[0], hot, number });
    }
    if (rows.empty()) {
        throw InputError(path + ": ground-truth CSV has no rows");
    }
    return rows;
}

namespace {

ImageDataset decodeSplit(const std::vector<Row>& rows, const std::string& csv,
                         const std::map<std::string, std::string>& imagesByStem, const DecodeOptions& options,
                         DatasetSplits& splits)
{
    std::vector<std::string> paths;
    std::vector<int64_t> labels;
    for (size_t k = 0; k < rows.size(); ++k) {
        const auto found = imagesByStem.find(rows[k].image);
        if (found == imagesByStem.end()) {
            throw InputError(csv + ":" + std::to_string(rows[k].line) + ": image " + rows[k].image
                             + " has no image file in the data directory");
        }
        paths.push_back(found->second);
        labels.push_back(rows[k].label);
    }
    return decodeLabelledImages(paths, labels, options, csv, splits);
}

} // namespace

const std::vector<std::string>& isic2018ClassNames()
{
    static const std::vector<std::string> names = { "MEL", "NV", "BCC", "AKIEC", "BKL", "DF", "VASC" };
    return names;
}

DatasetSplits loadIsic2018(const std::string& dir, const DecodeOptions& options)
{
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        throw InputError("data directory " + dir + " does not exist or is not a directory");
    }
    std::map<std::string, std::string> imagesByStem;
    std::map<std::string, std::string> csvBySplit;
    std::vector<std::string> files;
    for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->path().filename().string().rfind('.', 0) == 0) {
            continue;
        }
        if (it->is_symlink(ec) && !fs::exists(it->path(), ec) && hasImageExtension(it->path().string())) {
            throw InputError(it->path().string() + ": broken symbolic link (its target does not exist)");
        }
        if (it->is_regular_file(ec)) {
            files.push_back(it->path().string());
        }
    }
    std::sort(files.begin(), files.end()); // deterministic order of the messages below
    for (const std::string& file : files) {
        const fs::path p(file);
        if (hasImageExtension(file)) {
            const auto [existing, fresh] = imagesByStem.emplace(p.stem().string(), file);
            if (!fresh) {
                throw InputError("two image files for ISIC id " + p.stem().string() + ": " + existing->second + " and "
                                 + file + " (keep one)");
            }
            continue;
        }
        if (p.extension() != ".csv") {
            continue;
        }
        std::ifstream in(file);
        std::string header;
        std::getline(in, header);
        const std::string name = p.filename().string();
        if (trimmed(header) != kHeader) {
            if (name.find("GroundTruth") != std::string::npos) {
                throw InputError(file + ":1: wrong header: expected '" + std::string(kHeader) + "', found '"
                                 + shortText(trimmed(header)) + "'");
            }
            continue; // some other CSV (e.g. lesion metadata)
        }
        const std::string split = name.find("Validation") != std::string::npos ? "validation"
            : name.find("Test") != std::string::npos                           ? "test"
                                                                               : "train";
        if (!csvBySplit.emplace(split, file).second) {
            throw InputError("two ground-truth CSVs for the " + split + " split: " + csvBySplit[split] + " and "
                             + file);
        }
    }
    if (csvBySplit.count("train") == 0) {
        throw InputError(dir + ": no training ground-truth CSV with header '" + std::string(kHeader) + "' found");
    }

    DatasetSplits splits;
    splits.name = "isic2018";
    splits.classNames = isic2018ClassNames();
    bool allCached = true;
    // An image listed in two splits would leak between training and evaluation.
    std::map<std::string, std::string> splitOfImage;
    auto load = [&](const std::string& split) {
        const std::string& csv = csvBySplit.at(split);
        const std::vector<Row> rows = readIsic2018GroundTruth(csv);
        for (const Row& row : rows) {
            const auto [other, fresh] = splitOfImage.emplace(row.image, csv);
            if (!fresh) {
                throw InputError(csv + ":" + std::to_string(row.line) + ": image " + row.image + " is also listed in "
                                 + other->second);
            }
        }
        ImageDataset part = decodeSplit(rows, csv, imagesByStem, options, splits);
        allCached = allCached && splits.fromCache;
        return part;
    };
    splits.train = load("train");
    if (csvBySplit.count("validation")) {
        splits.validation = load("validation");
    }
    if (csvBySplit.count("test")) {
        splits.test = load("test");
    }
    splits.fromCache = allCached;
    return splits;
}

} // namespace aclwb
