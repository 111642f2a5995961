// SPDX-License-Identifier: MIT
#include "loss/LossVariant.h"

#include "util/InputError.h"

#include <algorithm>
#include <cctype>

namespace aclwb {

LossVariant classifyVariant(double gamma, double eta)
{
    if (gamma == 0.0) {
        return eta == 0.0 ? LossVariant::CL : LossVariant::ACL;
    }
    return eta == 0.0 ? LossVariant::FCL : LossVariant::AFCL;
}

std::string toString(LossVariant variant)
{
    switch (variant) {
    case LossVariant::CL: return "cl";
    case LossVariant::FCL: return "fcl";
    case LossVariant::ACL: return "acl";
    case LossVariant::AFCL: return "afcl";
    }
    return "unknown";
}

LossVariant parseLossVariant(const std::string& text)
{
    std::string lower = text;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    for (LossVariant v : { LossVariant::CL, LossVariant::FCL, LossVariant::ACL, LossVariant::AFCL }) {
        if (toString(v) == lower) {
            return v;
        }
    }
    throw InputError("invalid parameter loss = " + text + ": expected cl, fcl, acl or afcl");
}

std::string effectiveLossName(const std::string& loss, double gamma, double eta)
{
    if (loss != "cl" && loss != "fcl" && loss != "acl" && loss != "afcl") {
        return loss;
    }
    // The loss reads gamma and eta whatever the name says (the config's rules only forbid a name's zeros being set).
    std::string computed = toString(classifyVariant(gamma, eta));
    if (computed == loss) {
        return loss;
    }
    std::transform(computed.begin(), computed.end(), computed.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return loss + " (= " + computed + ")";
}

} // namespace aclwb
