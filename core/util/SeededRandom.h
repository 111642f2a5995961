// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <random>
#include <vector>

namespace aclwb {

/// A random source whose sequence is specified by the C++ standard (mt19937_64) and whose shuffles and integer
/// draws are our own code, so a seed selects the same samples with every compiler and standard library
/// (std::shuffle and std::uniform_int_distribution are implementation-defined).
class SeededRandom {
public:
    explicit SeededRandom(uint64_t seed)
        : m_engine(seed)
    { }

    /// Uniform integer in [0, bound), bound > 0, without modulo bias.
    uint64_t below(uint64_t bound);

    /// Fisher-Yates shuffle.
    template <typename T>
    void shuffle(std::vector<T>& values)
    {
        for (size_t i = values.size(); i > 1; --i) {
            const size_t j = static_cast<size_t>(below(i));
            std::swap(values[i - 1], values[j]);
        }
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace aclwb
