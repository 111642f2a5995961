// SPDX-License-Identifier: MIT
#pragma once

namespace aclwb {

/// Sets LibTorch's intra-op thread count and returns the count in force afterwards.
/// Some LibTorch builds (Debian's among them) start with a single thread, so every front end calls this
/// once at start-up; `requested <= 0` means "one per hardware thread".
int configureThreads(int requested);

/// Sets the intra-op thread count of the calling thread only and returns it. at::set_num_threads would also change
/// the process-wide count that every thread (Trainer::run included) starts from: a helper thread (the GUI's t-SNE
/// beside a training run) that must stay off the training's cores uses this instead. Without OpenMP (a LibTorch on
/// another backend) the process-wide count stays and that is returned.
int setCallingThreadThreads(int count);

/// The intra-op thread count LibTorch uses now (reported in every result so figures can be compared).
int currentThreads();

} // namespace aclwb
