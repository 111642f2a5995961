// SPDX-License-Identifier: MIT
#pragma once

/// What every harness shares: per-process scratch files, and the one rule the fuzzers enforce. The project promises
/// a clear aclwb::InputError for every bad input, so InputError is the expected outcome of a bad input; any other
/// exception (std::bad_alloc, a json, OpenCV or c10 error) reached a user as a raw library error and is a finding.

#include "util/InputError.h"

#include <ATen/Parallel.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <string>
#include <typeinfo>

#include <unistd.h>

namespace aclwb::fuzz {

/// Prints why and aborts, which libFuzzer reports as a crash and saves the input for.
[[noreturn]] inline void fail(const char* what, const std::string& detail)
{
    std::fprintf(stderr, "fuzz: %s: %s\n", what, detail.c_str());
    std::fflush(stderr);
    std::abort();
}

/// An invariant the reader's documentation promises for every input it accepts.
inline void require(bool ok, const char* invariant)
{
    if (!ok) {
        fail("broken invariant", invariant);
    }
}

/// Runs `body`; InputError is the expected outcome for bad input and is swallowed, anything else aborts.
/// Returns true when `body` finished without an exception.
template <typename Body>
bool expectOnlyInputError(Body&& body)
{
    try {
        body();
        return true;
    } catch (const aclwb::InputError&) {
        return false;
    } catch (const std::exception& e) {
        fail("exception other than InputError", std::string(typeid(e).name()) + ": " + e.what());
    } catch (...) {
        fail("exception other than InputError", "(not a std::exception)");
    }
}

/// $TMPDIR when set (the user chose it), else /dev/shm (memory: millions of rewrites cost no disk I/O), else /tmp.
inline std::string scratchDir()
{
    if (const char* dir = std::getenv("TMPDIR"); dir != nullptr && *dir != '\0') {
        return dir;
    }
    return ::access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
}

/// One file per process and name, rewritten for every input (the readers take paths, not buffers); the pid keeps
/// parallel fuzzers (-jobs, -fork) apart. Removed when the fuzzer exits normally.
class ScratchFile {
public:
    explicit ScratchFile(const std::string& name)
        : m_path(scratchDir() + "/aclwb-fuzz-" + std::to_string(::getpid()) + "-" + name)
    { }
    ~ScratchFile() { std::remove(m_path.c_str()); }
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;

    const std::string& path() const { return m_path; }

    void write(const void* data, size_t size) const
    {
        std::ofstream out(m_path, std::ios::binary | std::ios::trunc);
        out.write(static_cast<const char*>(data), static_cast<std::streamsize>(size));
        out.close();
        if (!out) {
            fail("cannot write scratch file", m_path); // the harness's environment, not the reader, is broken
        }
    }

private:
    std::string m_path;
};

/// One LibTorch thread: parallel_for then runs inline, so a report's stack is the input's, and runs are repeatable.
inline void initialize()
{
    at::set_num_threads(1);
}

} // namespace aclwb::fuzz
