// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace aclwb {

/// A rectangular table of numbers read from a comma-separated file, row-major.
/// Kept free of tensors so that readers, validators and front ends can use it without LibTorch.
struct CsvTable {
    /// Column names when the file had a header row (see readNumericCsv's allowHeader).
    std::vector<std::string> header;
    int64_t rows = 0;
    int64_t columns = 0;
    std::vector<double> values;

    double at(int64_t row, int64_t column) const { return values[static_cast<size_t>(row * columns + column)]; }
};

/// Reads N rows of d comma-separated numbers. Every problem is an InputError that names the file, the line
/// and what is wrong: missing or unreadable file, empty file, blank line inside the data, a non-numeric or
/// non-finite cell, or a row whose length differs from the first. Surrounding spaces are ignored.
/// With `allowHeader`, a first line that is not all numbers is taken as column names (embeddings.csv has one).
CsvTable readNumericCsv(const std::string& path, bool allowHeader = false);

/// Reads one integer label per line (same error rules as readNumericCsv).
std::vector<int64_t> readLabelFile(const std::string& path);

/// Throws InputError "PATH:LINE: column C = 1e+39 overflows float32 ..." for the first value that becomes infinite
/// in float32 (beyond about 3.4e38), and names a row whose values are not all zero but all become 0 in float32.
/// Called before a table read from `path` becomes a float32 tensor: without it the value would turn into inf and
/// be refused later as "not finite", with neither the file nor its line.
void requireFloat32Range(const CsvTable& table, const std::string& path);

/// Formats a table as CSV with round-trip precision (17 significant digits).
std::string formatCsv(const double* values, int64_t rows, int64_t columns);

} // namespace aclwb
