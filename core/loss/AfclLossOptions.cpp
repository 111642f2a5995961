// SPDX-License-Identifier: MIT
#include "loss/AfclLossOptions.h"

#include "util/InputError.h"

#include <cmath>

namespace aclwb {

void validate(const AfclLossOptions& options)
{
    auto require = [](bool ok, const char* name, double value, const char* rule) {
        if (!ok) {
            throw InputError(std::string("invalid parameter ") + name + " = " + std::to_string(value) + ": " + rule);
        }
    };
    require(std::isfinite(options.gamma()) && options.gamma() >= 0.0, "gamma", options.gamma(),
            "must be a finite number >= 0");
    require(std::isfinite(options.eta()) && options.eta() >= 0.0, "eta", options.eta(), "must be a finite number >= 0");
    require(std::isfinite(options.temperature()) && options.temperature() > 0.0, "temperature", options.temperature(),
            "must be a finite number > 0");
}

std::string toString(LossNormalization normalization)
{
    return normalization == LossNormalization::Batch ? "batch" : "positives";
}

LossNormalization parseNormalization(const std::string& text)
{
    if (text == "batch") {
        return LossNormalization::Batch;
    }
    if (text == "positives") {
        return LossNormalization::Positives;
    }
    throw InputError("invalid parameter normalization = " + text + ": expected batch or positives");
}

} // namespace aclwb
