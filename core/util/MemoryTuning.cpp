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
    // One arena for every thread: the thresholds above only hold in the main arena, and a trainer on a worker
    // thread (the GUI's) otherwise gets a thread arena that returns its freed blocks to the kernel after every
    // step. Measured in the GUI: 0.67x the CLI's images/s with per-thread arenas, 0.97x with one
    // (bench/run-gui-bench.sh, docs/PERFORMANCE.md). Allocation here is coarse (tensors), so contention is low.
    mallopt(M_ARENA_MAX, 1);
#endif
}

} // namespace aclwb
