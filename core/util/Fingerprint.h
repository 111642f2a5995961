// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace aclwb {

/// FNV-1a, 64 bit: a stable hash for cache keys and sample-selection fingerprints. Not cryptographic; chosen
/// because its output is specified (same on every platform and compiler), unlike std::hash.
class Fingerprint {
public:
    Fingerprint& add(const void* data, size_t bytes);
    Fingerprint& add(std::string_view text);
    Fingerprint& add(int64_t value) { return add(&value, sizeof value); }

    uint64_t value() const { return m_state; }
    /// 16 lowercase hex digits.
    std::string hex() const;

private:
    uint64_t m_state = 14695981039346656037ULL;
};

} // namespace aclwb
