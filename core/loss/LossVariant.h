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

/// What a run with loss `loss` and these parameters computes, for listings of runs: the loss by its name when
/// (gamma, eta) agree with it, else the name followed by the member of the family they make it ("afcl (= CL)" for
/// afcl with gamma = eta = 0, "afcl (= FCL)" with eta = 0, "afcl (= ACL)" with gamma = 0, "fcl (= CL)" with gamma = 0),
/// because the family differs only in which of gamma and eta are zero and a list showing "afcl" for a plain CL run
/// compares the wrong losses. Other losses (ce, ce-weighted) are returned as they are.
std::string effectiveLossName(const std::string& loss, double gamma, double eta);

} // namespace aclwb
