// SPDX-License-Identifier: MIT
#include "util/Threads.h"

#include "util/InputError.h"

#include <ATen/Parallel.h>

#include <string>
#include <thread>

namespace aclwb {

int configureThreads(int requested)
{
    if (requested < 0 || requested > 4096) {
        throw InputError("invalid parameter threads = " + std::to_string(requested)
                         + ": must be in [0, 4096] (0 = one per hardware thread)");
    }
    int count = requested;
    if (count <= 0) {
        const unsigned hardware = std::thread::hardware_concurrency();
        count = hardware == 0 ? 1 : static_cast<int>(hardware);
    }
    at::set_num_threads(count);
    return at::get_num_threads();
}

int currentThreads()
{
    return at::get_num_threads();
}

} // namespace aclwb
