// SPDX-License-Identifier: MIT
/// readIsic2018GroundTruth on the input: ground-truth CSVs are downloaded, hand-edited and exported from
/// spreadsheets (byte-order marks, CRLF, "1" or "1.0"), and every row of an accepted file becomes a training label.
#include "FuzzSupport.h"
#include "data/Isic2018.h"

#include <set>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    aclwb::fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using aclwb::fuzz::require;
    static const aclwb::fuzz::ScratchFile file("ISIC2018_Task3_Training_GroundTruth.csv");
    file.write(data, size);
    aclwb::fuzz::expectOnlyInputError([&] {
        const std::vector<aclwb::IsicGroundTruthRow> rows = aclwb::readIsic2018GroundTruth(file.path());
        require(!rows.empty(), "an accepted file has rows");
        std::set<std::string> images;
        int64_t previousLine = 1; // line 1 is the header
        for (const aclwb::IsicGroundTruthRow& row : rows) {
            require(row.label >= 0 && row.label < 7, "label is one of the seven classes");
            require(!row.image.empty(), "image id is not empty");
            require(images.insert(row.image).second, "no image is listed twice");
            require(row.line > previousLine, "lines are 1-based, after the header, in file order");
            previousLine = row.line;
        }
    });
    return 0;
}
