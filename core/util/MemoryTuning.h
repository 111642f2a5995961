// SPDX-License-Identifier: MIT
#pragma once

namespace aclwb {

/// Keeps large freed blocks in the process heap for reuse instead of returning them to the kernel.
///
/// Why: every training step allocates and frees activation and gradient buffers of several MB. glibc serves those
/// with mmap/munmap, so each step pays page faults to map and zero them again; perf showed page-fault and memory
/// cgroup charging among the top symbols. Raising the mmap and trim thresholds makes glibc reuse the heap:
/// +30% training images/s on the 2-core VM (docs/PERFORMANCE.md). The cost is that RSS stays at its peak. All
/// threads share the main arena, so a trainer on a worker thread (the GUI) gets the same benefit.
/// Call once, early in main(). No effect outside glibc.
void keepFreedMemoryForReuse();

} // namespace aclwb
