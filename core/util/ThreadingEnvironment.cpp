// SPDX-License-Identifier: MIT
#include "util/ThreadingEnvironment.h"

#include <cstdlib>

#include <unistd.h>

namespace aclwb {

void preferPassiveOpenMpWait(char** argv)
{
    if (std::getenv("OMP_WAIT_POLICY") != nullptr || argv == nullptr) {
        return;
    }
    if (::setenv("OMP_WAIT_POLICY", "PASSIVE", 0) != 0) {
        return;
    }
    ::execv("/proc/self/exe", argv);
    // execv only returns on failure (no /proc, say): carry on with the spinning default.
}

} // namespace aclwb
