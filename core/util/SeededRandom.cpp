// SPDX-License-Identifier: MIT
#include "util/SeededRandom.h"

namespace aclwb {

uint64_t SeededRandom::below(uint64_t bound)
{
    // Reject the top partial block so every residue is equally likely.
    const uint64_t limit = UINT64_MAX - (UINT64_MAX % bound);
    uint64_t draw = m_engine();
    while (draw >= limit) {
        draw = m_engine();
    }
    return draw % bound;
}

} // namespace aclwb
