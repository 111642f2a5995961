// SPDX-License-Identifier: MIT
#include "data/Isic2018.h"

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

struct Row {
    std::string image;
    int64_t label = 0;
};

std::vector<Row> readGroundTruth(const std::string& path)
{
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    std::vector<Row> rows;
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
            try {
                size_t used = 0;
                v = std::stod(parts[static_cast<size_t>(c + 1)], &used);
            } catch (const std::exception&) {
                throw InputError(where + ": column " + isic2018ClassNames()[static_cast<size_t>(c)]
                                 + " is not a number: '" + parts[static_cast<size_t>(c + 1)] + "'");
            }
            if (std::abs(v - 1.0) < 1e-6) {
                if (hot >= 0) {
                    throw InputError(where + ": row is not one-hot (more than one class is 1)");
                }
                hot = c;
            } else if (std::abs(v) > 1e-6) {
                throw InputError(where + ": row is not one-hot (value " + parts[static_cast<size_t>(c + 1)] + ")");
            }
        }
        if (hot < 0) {
            throw InputError(where + ": row is not one-hot (no class is 1)");
        }
        rows.push_back({ parts[0], hot });
    }
    if (rows.empty()) {
        throw InputError(path + ": ground-truth CSV has no rows");
    }
    return rows;
}

ImageDataset decodeSplit(const std::vector<Row>& rows, const std::string& csv,
                         const std::map<std::string, std::string>& imagesByStem, const DecodeOptions& options,
                         DatasetSplits& splits)
{
    std::vector<std::string> paths;
    std::vector<int64_t> labels;
    for (size_t k = 0; k < rows.size(); ++k) {
        const auto found = imagesByStem.find(rows[k].image);
        if (found == imagesByStem.end()) {
            throw InputError(csv + ": image " + rows[k].image + " (row " + std::to_string(k + 2)
                             + ") has no image file in the data directory");
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
        if (it->is_regular_file(ec) && it->path().filename().string().rfind('.', 0) != 0) {
            files.push_back(it->path().string());
        }
    }
    std::sort(files.begin(), files.end()); // deterministic choice when a stem appears twice
    for (const std::string& file : files) {
        const fs::path p(file);
        if (hasImageExtension(file)) {
            imagesByStem.emplace(p.stem().string(), file);
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
                                 + trimmed(header) + "'");
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
    auto load = [&](const std::string& split) {
        const std::string& csv = csvBySplit.at(split);
        ImageDataset part = decodeSplit(readGroundTruth(csv), csv, imagesByStem, options, splits);
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
