// SPDX-License-Identifier: MIT
#include "util/ErrorText.h"

#include <c10/util/Exception.h>

#include <new>

namespace aclwb {
namespace {

/// The settings that scale what a run holds in memory at once.
constexpr const char* kOutOfMemoryAdvice
    = "try a smaller batch_size, fewer images (max_per_class, image_size) or fewer snapshot_points";

} // namespace

std::string describeException(const std::exception& e)
{
    if (dynamic_cast<const std::bad_alloc*>(&e) != nullptr) {
        return std::string("out of memory: ") + kOutOfMemoryAdvice;
    }
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
    // LibTorch's CPU allocator throws a plain c10::Error ("DefaultCPUAllocator: can't allocate memory: ..."), its
    // CUDA allocator an OutOfMemoryError.
    const bool outOfMemory = dynamic_cast<const c10::OutOfMemoryError*>(&e) != nullptr
        || text.find("can't allocate memory") != std::string::npos
        || text.find("not enough memory") != std::string::npos;
    if (outOfMemory) {
        return (text.empty() ? std::string("out of memory") : text) + " (out of memory: " + kOutOfMemoryAdvice + ")";
    }
    return text.empty() ? std::string("unknown error") : text;
}

std::string shortText(const std::string& text, std::size_t limit)
{
    if (text.size() <= limit) {
        return text;
    }
    std::size_t cut = limit > 3 ? limit - 3 : 0;
    // Back up to the first byte of a UTF-8 character, so the message stays valid UTF-8.
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
        --cut;
    }
    return text.substr(0, cut) + "...";
}

} // namespace aclwb
