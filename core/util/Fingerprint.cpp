// SPDX-License-Identifier: MIT
#include "util/Fingerprint.h"

#include <cstdio>

namespace aclwb {

Fingerprint& Fingerprint::add(const void* data, size_t bytes)
{
    const auto* p = static_cast<const unsigned char*>(data);
    for (size_t k = 0; k < bytes; ++k) {
        m_state ^= p[k];
        m_state *= 1099511628211ULL;
    }
    return *this;
}

Fingerprint& Fingerprint::add(std::string_view text)
{
    add(static_cast<int64_t>(text.size()));
    return add(text.data(), text.size());
}

std::string Fingerprint::hex() const
{
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(m_state));
    return buffer;
}

} // namespace aclwb
