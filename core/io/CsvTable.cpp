// SPDX-License-Identifier: MIT
#include "io/CsvTable.h"

#include "io/RegularFile.h"
#include "util/ErrorText.h"
#include "util/InputError.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <limits>
#include <sstream>
#include <string_view>
#include <system_error>

namespace aclwb {
namespace {

std::string_view trim(std::string_view s)
{
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = s.find_last_not_of(" \t\r");
    return s.substr(first, last - first + 1);
}

std::string where(const std::string& path, int64_t line)
{
    return path + ":" + std::to_string(line);
}

/// Splits the file into lines, refusing blank lines that are followed by data (they would shift rows).
std::vector<std::pair<int64_t, std::string>> readDataLines(const std::string& path)
{
    requireRegularFile(path);
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw InputError("cannot open " + path + ": no such file or not readable");
    }
    std::vector<std::pair<int64_t, std::string>> lines;
    std::string line;
    int64_t number = 0;
    int64_t firstBlank = 0;
    while (std::getline(in, line)) {
        ++number;
        if (number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) {
            line.erase(0, 3); // a UTF-8 byte-order mark (spreadsheet exports write one)
        }
        if (trim(line).empty()) {
            if (firstBlank == 0) {
                firstBlank = number;
            }
            continue;
        }
        if (firstBlank != 0) {
            throw InputError(where(path, firstBlank) + ": blank line inside the data");
        }
        lines.emplace_back(number, std::move(line));
    }
    if (in.bad()) {
        throw InputError("cannot read " + path + ": I/O error");
    }
    if (lines.empty()) {
        throw InputError(path + ": the file is empty");
    }
    return lines;
}

double parseNumber(std::string_view cell, const std::string& path, int64_t line, int64_t column)
{
    const std::string_view text = trim(cell);
    double value = 0.0;
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    if (!text.empty() && *begin == '+') {
        ++begin;
    }
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    if (text.empty() || ec != std::errc() || ptr != end) {
        throw InputError(where(path, line) + ": column " + std::to_string(column + 1) + " is not a number: '"
                         + shortText(std::string(text)) + "'");
    }
    if (!std::isfinite(value)) {
        throw InputError(where(path, line) + ": column " + std::to_string(column + 1) + " is not a finite number: '"
                         + shortText(std::string(text)) + "'");
    }
    return value;
}

/// True when every comma-separated cell parses as a number (NaN and inf included: those are data, refused later).
bool allCellsNumeric(std::string_view line)
{
    while (true) {
        const auto comma = line.find(',');
        const std::string_view cell = trim(line.substr(0, comma));
        double value = 0.0;
        const char* begin = cell.data() + (!cell.empty() && cell.front() == '+' ? 1 : 0);
        const auto [ptr, ec] = std::from_chars(begin, cell.data() + cell.size(), value);
        if (cell.empty() || ec != std::errc() || ptr != cell.data() + cell.size()) {
            return false;
        }
        if (comma == std::string_view::npos) {
            return true;
        }
        line.remove_prefix(comma + 1);
    }
}

} // namespace

CsvTable readNumericCsv(const std::string& path, bool allowHeader)
{
    CsvTable table;
    auto lines = readDataLines(path);
    if (allowHeader && !allCellsNumeric(lines.front().second)) {
        std::string_view rest(lines.front().second);
        while (true) {
            const auto comma = rest.find(',');
            table.header.emplace_back(trim(rest.substr(0, comma)));
            if (comma == std::string_view::npos) {
                break;
            }
            rest.remove_prefix(comma + 1);
        }
        lines.erase(lines.begin());
        if (lines.empty()) {
            throw InputError(path + ": has a header but no data rows");
        }
    }
    for (const auto& [number, line] : lines) {
        int64_t column = 0;
        std::string_view rest(line);
        while (true) {
            const auto comma = rest.find(',');
            table.values.push_back(parseNumber(rest.substr(0, comma), path, number, column));
            ++column;
            if (comma == std::string_view::npos) {
                break;
            }
            rest.remove_prefix(comma + 1);
        }
        if (table.rows == 0) {
            table.columns = column;
        } else if (column != table.columns) {
            throw InputError(where(path, number) + ": expected " + std::to_string(table.columns)
                             + " columns like the first row, found " + std::to_string(column));
        }
        ++table.rows;
    }
    return table;
}

std::vector<int64_t> readLabelFile(const std::string& path)
{
    std::vector<int64_t> labels;
    for (const auto& [number, line] : readDataLines(path)) {
        const std::string_view text = trim(line);
        int64_t value = 0;
        const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec != std::errc() || ptr != text.data() + text.size()) {
            throw InputError(where(path, number) + ": expected one integer label, found '"
                             + shortText(std::string(text)) + "'");
        }
        labels.push_back(value);
    }
    return labels;
}

void requireFloat32Range(const CsvTable& table, const std::string& path)
{
    // Rows are contiguous lines (blank lines inside the data are refused), after the header when there is one.
    const int64_t firstLine = table.header.empty() ? 1 : 2;
    const auto shown = [](double v) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%g", v);
        return std::string(buffer);
    };
    for (int64_t r = 0; r < table.rows; ++r) {
        bool anyNonZero = false;
        bool allVanish = true;
        for (int64_t c = 0; c < table.columns; ++c) {
            const double v = table.at(r, c);
            const auto f = static_cast<float>(v);
            if (std::isinf(f) && std::isfinite(v)) {
                throw InputError(where(path, r + firstLine) + ": column " + std::to_string(c + 1) + " = " + shown(v)
                                 + " overflows float32 (its largest value is about "
                                 + shown(std::numeric_limits<float>::max())
                                 + "); use float64 or scale the values down");
            }
            anyNonZero = anyNonZero || v != 0.0;
            allVanish = allVanish && f == 0.0F;
        }
        if (anyNonZero && allVanish) {
            throw InputError(where(path, r + firstLine)
                             + ": every value of the row underflows float32 to 0 (its smallest is about "
                             + shown(std::numeric_limits<float>::denorm_min())
                             + "), which leaves no direction to normalise; use float64 or scale the values up");
        }
    }
}

std::string formatCsv(const double* values, int64_t rows, int64_t columns)
{
    std::string out;
    out.reserve(static_cast<size_t>(rows * columns * 24));
    char buffer[32];
    for (int64_t r = 0; r < rows; ++r) {
        for (int64_t c = 0; c < columns; ++c) {
            const int len = std::snprintf(buffer, sizeof buffer, "%.17g", values[r * columns + c]);
            if (c > 0) {
                out.push_back(',');
            }
            out.append(buffer, static_cast<size_t>(len));
        }
        out.push_back('\n');
    }
    return out;
}

} // namespace aclwb
