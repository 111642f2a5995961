// SPDX-License-Identifier: MIT
/// readNumericCsv (with and without a header) and readLabelFile on the input: embeddings, t-SNE inputs and label
/// files come from users and spreadsheets.
#include "FuzzSupport.h"
#include "io/CsvTable.h"

#include <cmath>
#include <optional>

namespace {

using aclwb::fuzz::require;

std::optional<aclwb::CsvTable> read(const std::string& path, bool allowHeader)
{
    std::optional<aclwb::CsvTable> table;
    aclwb::fuzz::expectOnlyInputError([&] { table = aclwb::readNumericCsv(path, allowHeader); });
    if (table) {
        require(table->rows >= 1 && table->columns >= 1, "an accepted table has a row and a column");
        require(table->values.size() == static_cast<size_t>(table->rows * table->columns), "values fill the table");
        for (const double v : table->values) {
            require(std::isfinite(v), "every value is finite");
        }
        require(allowHeader || table->header.empty(), "no header unless allowed");
    }
    return table;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    aclwb::fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const aclwb::fuzz::ScratchFile file("input.csv");
    file.write(data, size);
    const auto plain = read(file.path(), false);
    const auto withHeader = read(file.path(), true);
    // A file that parses as all numbers has a numeric first line, so allowing a header must not change the result.
    if (plain) {
        require(withHeader && withHeader->header.empty() && withHeader->values == plain->values
                    && withHeader->columns == plain->columns,
                "an all-numeric file reads the same with allowHeader");
    }
    aclwb::fuzz::expectOnlyInputError([&] { require(!aclwb::readLabelFile(file.path()).empty(), "labels read"); });
    return 0;
}
