// SPDX-License-Identifier: MIT
#pragma once

namespace aclwb {

/// Makes OpenMP worker threads sleep instead of spinning when they wait, by re-executing the program once
/// with OMP_WAIT_POLICY=PASSIVE when the user has not set it. Call first thing in main().
///
/// Why: Debian's LibTorch runs its own kernels on OpenMP threads but matrix products on OpenBLAS's pthreads.
/// With the default policy the idle OpenMP threads spin for milliseconds after every parallel loop and
/// steal the cores OpenBLAS needs next; on a 2-core machine that doubled the loss's forward+backward time
/// at N = 1024 (docs/PERFORMANCE.md). libgomp reads the variable only when it loads, before main(), hence the
/// re-exec. Returns normally when nothing needs doing or the re-exec is impossible.
void preferPassiveOpenMpWait(char** argv);

} // namespace aclwb
