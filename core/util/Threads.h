// SPDX-License-Identifier: MIT
#pragma once

namespace aclwb {

/// Sets LibTorch's intra-op thread count and returns the count in force afterwards.
/// Some LibTorch builds (Debian's among them) start with a single thread, so every front end calls this
/// once at start-up; `requested <= 0` means "one per hardware thread".
int configureThreads(int requested);

/// The intra-op thread count LibTorch uses now (reported in every result so figures can be compared).
int currentThreads();

} // namespace aclwb
