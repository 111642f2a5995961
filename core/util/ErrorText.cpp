// SPDX-License-Identifier: MIT
#include "util/ErrorText.h"

#include <c10/util/Exception.h>

namespace aclwb {

std::string describeException(const std::exception& e)
{
    std::string text;
    if (const auto* torchError = dynamic_cast<const c10::Error*>(&e)) {
        text = torchError->what_without_backtrace();
    } else {
        text = e.what();
    }
    const auto end = text.find('\n');
    if (end != std::string::npos) {
        text.erase(end);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '.' || text.back() == ':')) {
        text.pop_back();
    }
    return text.empty() ? std::string("unknown error") : text;
}

} // namespace aclwb
