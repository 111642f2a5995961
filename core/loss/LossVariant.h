// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace aclwb {

/// The four named members of the loss family. They differ only in which of gamma and eta are zero,
/// so one implementation serves all four; the names exist for users and reports.
enum class LossVariant { CL, FCL, ACL, AFCL };

/// The variant a (gamma, eta) pair is: CL when both are 0, FCL when only gamma is set, and so on.
LossVariant classifyVariant(double gamma, double eta);

/// "cl", "fcl", "acl", "afcl".
std::string toString(LossVariant variant);

/// Parses "cl" / "fcl" / "acl" / "afcl" (any case); anything else is an InputError.
LossVariant parseLossVariant(const std::string& text);

} // namespace aclwb
