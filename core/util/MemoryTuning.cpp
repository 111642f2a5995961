// SPDX-License-Identifier: MIT
#include "util/MemoryTuning.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace aclwb {

void keepFreedMemoryForReuse()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024); // the largest glibc allows on 64-bit
    mallopt(M_TRIM_THRESHOLD, 1024 * 1024 * 1024);
#endif
}

} // namespace aclwb
