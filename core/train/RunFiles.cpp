// SPDX-License-Identifier: MIT
#include "train/RunFiles.h"

#include "io/RegularFile.h"
#include "util/ErrorText.h"
#include "util/InputError.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace aclwb {
namespace {

struct TextCsv {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<int64_t> lines; // 1-based line of each row
};

std::vector<std::string> splitCells(const std::string& line)
{
    std::vector<std::string> cells;
    std::string cell;
    std::stringstream in(line);
    while (std::getline(in, cell, ',')) {
        cells.push_back(cell);
    }
    if (!line.empty() && line.back() == ',') {
        cells.emplace_back();
    }
    return cells;
}

/// A header and rectangular rows; a truncated last line (no newline at the end) counts as damage, because our
/// writers always end files with one.
TextCsv readTextCsv(const std::string& path)
{
    requireRegularFile(path); // a FIFO named metrics.csv would block the reader forever
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw InputError("cannot open " + path);
    }
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (text.empty() || text.back() != '\n') {
        throw InputError(path + ": truncated (empty, or the last line has no end)");
    }
    TextCsv csv;
    std::stringstream lines(text);
    std::string line;
    int64_t number = 0;
    while (std::getline(lines, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        if (number == 1) {
            csv.header = splitCells(line);
            continue;
        }
        std::vector<std::string> cells = splitCells(line);
        if (cells.size() != csv.header.size()) {
            throw InputError(path + ":" + std::to_string(number) + ": " + std::to_string(cells.size())
                             + " columns, the header has " + std::to_string(csv.header.size()));
        }
        csv.rows.push_back(std::move(cells));
        csv.lines.push_back(number);
    }
    return csv;
}

double number(const std::string& cell, const std::string& path, int64_t line)
{
    double v = 0.0;
    const auto [ptr, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), v);
    if (cell.empty() || ec != std::errc() || ptr != cell.data() + cell.size() || !std::isfinite(v)) {
        throw InputError(path + ":" + std::to_string(line) + ": '" + shortText(cell) + "' is not a finite number");
    }
    return v;
}

int64_t integer(const std::string& cell, const std::string& path, int64_t line)
{
    int64_t v = 0;
    const auto [ptr, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), v);
    if (cell.empty() || ec != std::errc() || ptr != cell.data() + cell.size()) {
        throw InputError(path + ":" + std::to_string(line) + ": '" + shortText(cell) + "' is not an integer");
    }
    return v;
}

void expectHeader(const TextCsv& csv, const std::string& path, const std::vector<std::string>& first)
{
    for (size_t k = 0; k < first.size(); ++k) {
        if (k >= csv.header.size() || csv.header[k] != first[k]) {
            throw InputError(path + ":1: unexpected header (expected it to start with " + first[0] + ")");
        }
    }
}

void append(std::string& out, double v)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, ",%.9g", v);
    out += buffer;
}

} // namespace

std::string formatMetricsCsv(const std::vector<EpochSummary>& history, size_t classes)
{
    std::string out = "stage,epoch,loss,lr,seconds,val_accuracy,val_balanced_accuracy,val_macro_f1";
    for (size_t c = 0; c < classes; ++c) {
        out += ",val_class_" + std::to_string(c) + "_accuracy";
    }
    out += "\n";
    for (const EpochSummary& e : history) {
        out += std::string(stageName(e.stage)) + "," + std::to_string(e.epoch + 1);
        append(out, e.meanLoss);
        append(out, e.lr);
        append(out, e.seconds);
        if (e.validation && e.validation->perClassAccuracy.size() == classes) {
            append(out, e.validation->accuracy);
            append(out, e.validation->balancedAccuracy);
            append(out, e.validation->macroF1);
            for (double a : e.validation->perClassAccuracy) {
                append(out, a);
            }
        } else {
            out += std::string(3 + classes, ',');
        }
        out += "\n";
    }
    return out;
}

std::vector<EpochSummary> readMetricsCsv(const std::string& path)
{
    const TextCsv csv = readTextCsv(path);
    expectHeader(csv, path, { "stage", "epoch", "loss", "lr", "seconds" });
    if (csv.header.size() < 8) {
        throw InputError(path + ":1: unexpected header (too few columns)");
    }
    const size_t classes = csv.header.size() - 8;
    std::vector<EpochSummary> out;
    for (size_t r = 0; r < csv.rows.size(); ++r) {
        const auto& row = csv.rows[r];
        const int64_t line = csv.lines[r];
        EpochSummary e;
        try {
            e.stage = parseStage(row[0]);
        } catch (const InputError& error) {
            throw InputError(path + ":" + std::to_string(line) + ": " + error.what());
        }
        e.epoch = integer(row[1], path, line) - 1;
        e.meanLoss = number(row[2], path, line);
        e.lr = number(row[3], path, line);
        e.seconds = number(row[4], path, line);
        if (!row[5].empty()) {
            ClassificationMetrics m;
            m.accuracy = number(row[5], path, line);
            m.balancedAccuracy = number(row[6], path, line);
            m.macroF1 = number(row[7], path, line);
            for (size_t c = 0; c < classes; ++c) {
                m.perClassAccuracy.push_back(number(row[8 + c], path, line));
            }
            e.validation = m;
        }
        out.push_back(e);
    }
    return out;
}

std::string formatStepsCsv(const std::vector<StepRecord>& steps)
{
    std::string out = "stage,epoch,step,loss,lr\n";
    for (const StepRecord& s : steps) {
        out += std::string(stageName(s.stage)) + "," + std::to_string(s.epoch + 1) + "," + std::to_string(s.step + 1);
        append(out, s.loss);
        append(out, s.lr);
        out += "\n";
    }
    return out;
}

std::vector<StepRecord> readStepsCsv(const std::string& path)
{
    const TextCsv csv = readTextCsv(path);
    expectHeader(csv, path, { "stage", "epoch", "step", "loss", "lr" });
    std::vector<StepRecord> out;
    for (size_t r = 0; r < csv.rows.size(); ++r) {
        const auto& row = csv.rows[r];
        const int64_t line = csv.lines[r];
        StepRecord s;
        try {
            s.stage = parseStage(row[0]);
        } catch (const InputError& error) {
            throw InputError(path + ":" + std::to_string(line) + ": " + error.what());
        }
        s.epoch = integer(row[1], path, line) - 1;
        s.step = integer(row[2], path, line) - 1;
        s.loss = number(row[3], path, line);
        s.lr = number(row[4], path, line);
        out.push_back(s);
    }
    return out;
}

std::string snapshotFileName(int64_t globalEpoch)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "epoch-%03lld.csv", static_cast<long long>(globalEpoch));
    return buffer;
}

std::string formatSnapshotCsv(const EmbeddingSnapshot& s)
{
    std::string out = "index,label,predicted";
    for (int64_t k = 0; k < s.featureDim; ++k) {
        out += ",f" + std::to_string(k);
    }
    for (int64_t k = 0; k < s.projectionDim; ++k) {
        out += ",p" + std::to_string(k);
    }
    out += "\n";
    char buffer[32];
    for (int64_t i = 0; i < s.size(); ++i) {
        const auto row = static_cast<size_t>(i);
        out += std::to_string(s.indices[row]) + "," + std::to_string(s.labels[row]) + ","
            + std::to_string(s.predicted.empty() ? -1 : s.predicted[row]);
        for (int64_t k = 0; k < s.featureDim; ++k) {
            std::snprintf(buffer, sizeof buffer, ",%.7g", s.features[row * static_cast<size_t>(s.featureDim) + k]);
            out += buffer;
        }
        for (int64_t k = 0; k < s.projectionDim; ++k) {
            std::snprintf(buffer, sizeof buffer, ",%.7g",
                          s.projections[row * static_cast<size_t>(s.projectionDim) + k]);
            out += buffer;
        }
        out += "\n";
    }
    return out;
}

EmbeddingSnapshot readSnapshotCsv(const std::string& path)
{
    const TextCsv csv = readTextCsv(path);
    expectHeader(csv, path, { "index", "label", "predicted" });
    EmbeddingSnapshot s;
    for (size_t k = 3; k < csv.header.size(); ++k) {
        const char kind = csv.header[k].empty() ? '?' : csv.header[k][0];
        if (kind == 'f' && s.projectionDim == 0) {
            ++s.featureDim;
        } else if (kind == 'p') {
            ++s.projectionDim;
        } else {
            throw InputError(path + ":1: unexpected column '" + csv.header[k] + "'");
        }
    }
    bool anyPrediction = false;
    for (size_t r = 0; r < csv.rows.size(); ++r) {
        const auto& row = csv.rows[r];
        const int64_t line = csv.lines[r];
        s.indices.push_back(integer(row[0], path, line));
        s.labels.push_back(integer(row[1], path, line));
        s.predicted.push_back(integer(row[2], path, line));
        anyPrediction = anyPrediction || s.predicted.back() >= 0;
        for (int64_t k = 0; k < s.featureDim; ++k) {
            s.features.push_back(static_cast<float>(number(row[3 + static_cast<size_t>(k)], path, line)));
        }
        for (int64_t k = 0; k < s.projectionDim; ++k) {
            s.projections.push_back(
                static_cast<float>(number(row[3 + static_cast<size_t>(s.featureDim + k)], path, line)));
        }
    }
    if (!anyPrediction) {
        s.predicted.clear();
    }
    const std::string name = path.substr(path.find_last_of('/') + 1);
    long long epoch = 0;
    if (std::sscanf(name.c_str(), "epoch-%lld.csv", &epoch) == 1) {
        s.globalEpoch = epoch;
    }
    return s;
}

std::string formatKnnCsv(const std::vector<EmbeddingSnapshot>& snapshots, size_t classes)
{
    std::string out = "global_epoch,stage,epoch,split";
    for (size_t c = 0; c < classes; ++c) {
        out += ",feature_knn_" + std::to_string(c);
    }
    for (size_t c = 0; c < classes; ++c) {
        out += ",projection_knn_" + std::to_string(c);
    }
    out += "\n";
    for (const EmbeddingSnapshot& s : snapshots) {
        out += std::to_string(s.globalEpoch) + "," + stageName(s.stage) + "," + std::to_string(s.epoch + 1) + ","
            + s.split;
        for (size_t c = 0; c < classes; ++c) {
            append(out, c < s.featureKnnAccuracy.size() ? s.featureKnnAccuracy[c] : 0.0);
        }
        for (size_t c = 0; c < classes; ++c) {
            append(out, c < s.projectionKnnAccuracy.size() ? s.projectionKnnAccuracy[c] : 0.0);
        }
        out += "\n";
    }
    return out;
}

std::vector<EmbeddingSnapshot> readKnnCsv(const std::string& path)
{
    const TextCsv csv = readTextCsv(path);
    expectHeader(csv, path, { "global_epoch", "stage", "epoch", "split" });
    if ((csv.header.size() - 4) % 2 != 0) {
        throw InputError(path + ":1: unexpected header (feature and projection columns differ in number)");
    }
    const size_t classes = (csv.header.size() - 4) / 2;
    std::vector<EmbeddingSnapshot> out;
    for (size_t r = 0; r < csv.rows.size(); ++r) {
        const auto& row = csv.rows[r];
        const int64_t line = csv.lines[r];
        EmbeddingSnapshot s;
        s.globalEpoch = integer(row[0], path, line);
        try {
            s.stage = parseStage(row[1]);
        } catch (const InputError& error) {
            throw InputError(path + ":" + std::to_string(line) + ": " + error.what());
        }
        s.epoch = integer(row[2], path, line) - 1;
        s.split = row[3];
        for (size_t c = 0; c < classes; ++c) {
            s.featureKnnAccuracy.push_back(number(row[4 + c], path, line));
        }
        for (size_t c = 0; c < classes; ++c) {
            s.projectionKnnAccuracy.push_back(number(row[4 + classes + c], path, line));
        }
        out.push_back(std::move(s));
    }
    return out;
}

EmbeddingTable readEmbeddingsCsv(const std::string& path)
{
    const TextCsv csv = readTextCsv(path);
    if (csv.header.empty() || csv.header.back() != "label") {
        throw InputError(path + ":1: unexpected header (expected e0,...,label)");
    }
    EmbeddingTable table;
    table.dim = static_cast<int64_t>(csv.header.size()) - 1;
    for (size_t r = 0; r < csv.rows.size(); ++r) {
        const auto& row = csv.rows[r];
        for (int64_t k = 0; k < table.dim; ++k) {
            table.values.push_back(number(row[static_cast<size_t>(k)], path, csv.lines[r]));
        }
        const double label = number(row.back(), path, csv.lines[r]);
        table.labels.push_back(static_cast<int64_t>(label));
    }
    return table;
}

} // namespace aclwb
