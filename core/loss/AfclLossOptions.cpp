// SPDX-License-Identifier: MIT
#include "loss/AfclLossOptions.h"

#include "util/InputError.h"

#include <cmath>
#include <cstdio>

namespace aclwb {
namespace {

/// %g keeps 1e-310 readable (std::to_string would print 0.000000).
std::string formatNumber(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

} // namespace

void validate(const AfclLossOptions& options)
{
    auto require = [](bool ok, const char* name, double value, const char* rule) {
        if (!ok) {
            throw InputError(std::string("invalid parameter ") + name + " = " + formatNumber(value) + ": " + rule);
        }
    };
    // The limits keep every intermediate finite in float32 as well as float64: 1/tau and the logit range 2/tau,
    // gamma (1 - p)^(gamma - 1) and eta log(eps) all stay far below float32's 3.4e38. Real use is well inside them
    // (tau 0.05..1, gamma <= 10, eta <= 300 in the paper).
    require(std::isfinite(options.gamma()) && options.gamma() >= 0.0 && options.gamma() <= kMaxGamma, "gamma",
            options.gamma(), "must be a finite number in [0, 1000]");
    require(std::isfinite(options.eta()) && options.eta() >= 0.0 && options.eta() <= kMaxEta, "eta", options.eta(),
            "must be a finite number in [0, 1e6]");
    require(std::isfinite(options.temperature()) && options.temperature() >= kMinTemperature
                && options.temperature() <= kMaxTemperature,
            "temperature", options.temperature(), "must be a finite number in [1e-6, 1e6]");
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
