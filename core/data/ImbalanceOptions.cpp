// SPDX-License-Identifier: MIT
#include "data/ImbalanceOptions.h"

#include "util/InputError.h"

#include <cmath>

namespace aclwb {

void validate(const ImbalanceOptions& o)
{
    if (!std::isfinite(o.ratio) || (o.ratio != 0.0 && o.ratio < 1.0)) {
        throw InputError("invalid parameter imbalance-ratio = " + std::to_string(o.ratio)
                         + ": must be >= 1 (majority / minority), or 0 for the source's own counts");
    }
    if (o.maxPerClass < 0) {
        throw InputError("invalid parameter max-per-class = " + std::to_string(o.maxPerClass) + ": must be >= 0");
    }
    if (!(o.validationFraction >= 0.0 && o.validationFraction < 1.0)) {
        throw InputError("invalid parameter val-fraction = " + std::to_string(o.validationFraction)
                         + ": must be in [0, 1)");
    }
    if (!(o.testFraction > 0.0 && o.testFraction < 1.0)) {
        throw InputError("invalid parameter test-fraction = " + std::to_string(o.testFraction) + ": must be in (0, 1)");
    }
}

ImbalanceProfile parseImbalanceProfile(const std::string& text)
{
    if (text == "step") {
        return ImbalanceProfile::Step;
    }
    if (text == "exponential") {
        return ImbalanceProfile::Exponential;
    }
    throw InputError("invalid parameter profile = " + text + ": expected step or exponential");
}

std::string toString(ImbalanceProfile profile)
{
    return profile == ImbalanceProfile::Step ? "step" : "exponential";
}

TestComposition parseTestComposition(const std::string& text)
{
    if (text == "matched") {
        return TestComposition::Matched;
    }
    if (text == "balanced") {
        return TestComposition::Balanced;
    }
    throw InputError("invalid parameter test = " + text + ": expected matched or balanced");
}

std::string toString(TestComposition composition)
{
    return composition == TestComposition::Matched ? "matched" : "balanced";
}

} // namespace aclwb
