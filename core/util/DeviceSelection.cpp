// SPDX-License-Identifier: MIT
#include "util/DeviceSelection.h"

#include "util/InputError.h"

#include <torch/cuda.h>

namespace aclwb {

c10::Device parseDevice(const std::string& text)
{
    if (text == "cpu") {
        return c10::Device(c10::kCPU);
    }
    if (text == "auto") {
        return torch::cuda::is_available() ? c10::Device(c10::kCUDA) : c10::Device(c10::kCPU);
    }
    if (text.rfind("cuda", 0) == 0) {
        if (!torch::cuda::is_available()) {
            throw InputError("invalid parameter device = " + text
                             + ": this build of LibTorch or this machine has no usable CUDA device");
        }
        try {
            return c10::Device(text);
        } catch (const std::exception&) {
            throw InputError("invalid parameter device = " + text + ": expected cpu, cuda, cuda:N or auto");
        }
    }
    throw InputError("invalid parameter device = " + text + ": expected cpu, cuda, cuda:N or auto");
}

c10::ScalarType parseFloatDtype(const std::string& text)
{
    if (text == "float32" || text == "float") {
        return c10::kFloat;
    }
    if (text == "float64" || text == "double") {
        return c10::kDouble;
    }
    throw InputError("invalid parameter dtype = " + text + ": expected float32 or float64");
}

std::string dtypeName(c10::ScalarType type)
{
    switch (type) {
    case c10::kFloat: return "float32";
    case c10::kDouble: return "float64";
    default: return c10::toString(type);
    }
}

} // namespace aclwb
