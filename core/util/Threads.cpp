// SPDX-License-Identifier: MIT
#include "util/Threads.h"

#include "util/InputError.h"

#include <ATen/Parallel.h>

#include <dlfcn.h>

#include <string>
#include <thread>

// OpenBLAS keeps its own thread pool (one per core by default) whose idle threads spin in sched_yield; LibTorch's
// thread count does not reach it. Declared weak: LibTorch builds on MKL (the PyTorch wheels) do not have it.
extern "C" void openblas_set_num_threads(int) __attribute__((weak));


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
    // BLAS calls come from LibTorch's threads: more BLAS threads than that only spin. Measured on 2 cores, a 3-epoch
    // one-thread run: 2.7 s of system time (143,000 sched_yield calls) -> 0.9 s, wall 4.4 s -> 4.1 s.
    if (openblas_set_num_threads != nullptr) {
        openblas_set_num_threads(count);
    }
    return at::get_num_threads();
}

int setCallingThreadThreads(int count)
{
    if (count < 1) {
        throw InputError("invalid parameter threads = " + std::to_string(count) + ": must be at least 1");
    }
    // LibTorch sets a thread's OpenMP count from the process-wide one the first time the thread asks for it (or
    // runs a parallel loop): ask first, so that this thread's own count is not overwritten later.
    (void)at::get_num_threads();
    // OpenMP's per-thread count (Debian's LibTorch runs its kernels on OpenMP), looked up at run time: the program
    // does not link libgomp itself, LibTorch loads it, and a LibTorch without OpenMP has none.
    using SetThreads = void (*)(int);
    if (auto set = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "omp_set_num_threads"))) {
        set(count);
    }
    return at::get_num_threads();
}

int currentThreads()
{
    return at::get_num_threads();
}

} // namespace aclwb
