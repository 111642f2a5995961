// SPDX-License-Identifier: MIT
#pragma once

#include <c10/core/Device.h>
#include <c10/core/ScalarType.h>

#include <string>

namespace aclwb {

/// Parses a user's device choice: "cpu", "cuda", "cuda:N" or "auto" (CUDA when available, else CPU).
/// Asking for CUDA on a machine without it is an InputError, never a silent fall-back to the CPU.
c10::Device parseDevice(const std::string& text);

/// Parses "float32" / "float64" (the dtypes the loss supports); anything else is an InputError.
c10::ScalarType parseFloatDtype(const std::string& text);

/// "float32" / "float64", for reports.
std::string dtypeName(c10::ScalarType type);

} // namespace aclwb
