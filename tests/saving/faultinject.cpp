// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// A fault injector for the saving tests, loaded with LD_PRELOAD: it stands in front of the C library's
// write, fdatasync, fsync, close and rename (and renameat2, which swaps folders), and makes them fail with a
// chosen errno for files under one folder, the way a full disk or a failing disk would. Everything else
// passes through untouched.
//
// Configured from the environment when loaded (for a program started by a test):
//   AT_FAULT=CALL:ERRNO[:after=BYTES][,CALL:ERRNO...]   e.g. "fdatasync:EIO" or "write:ENOSPC:after=65536"
//   AT_FAULT_PATH=/the/folder                            only files in it (and the folder itself) fail
// or at run time by a test that has it preloaded, through at_fault_configure() (found with dlsym).
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <mutex>
#include <string>
#include <unistd.h>

namespace {

enum Call { Write, Fdatasync, Fsync, Close, Rename, CallCount };
const char *const callNames[CallCount] = {"write", "fdatasync", "fsync", "close", "rename"};

struct Fault {
    int error = 0; // 0: this call is not failed
    long long after = 0;
};

// Plain arrays only: the configuration is read from the environment by a constructor that may run before
// any C++ object of this library is initialised.
std::mutex configMutex;
std::atomic<bool> active{false};
Fault faults[CallCount];
char folder[4096];
size_t folderLength = 0;
std::atomic<long long> written{0};

int errnoNamed(const std::string &name)
{
    if (name == "EIO")
        return EIO;
    if (name == "ENOSPC")
        return ENOSPC;
    if (name == "EDQUOT")
        return EDQUOT;
    if (name == "EROFS")
        return EROFS;
    if (name == "EXDEV")
        return EXDEV;
    return std::atoi(name.c_str());
}

template <typename F> F next(const char *name)
{
    return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

bool under(const char *path)
{
    if (!path || folderLength == 0)
        return false;
    return std::strncmp(path, folder, folderLength) == 0 &&
           (path[folderLength] == '\0' || path[folderLength] == '/');
}

bool fdUnder(int fd)
{
    char link[64];
    char target[4096];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = readlink(link, target, sizeof target - 1);
    if (n <= 0)
        return false;
    target[n] = '\0';
    return under(target);
}

// The errno to fail this call with, or 0. `bytes` counts towards "after" for writes.
int faultFor(Call call, int fd, const char *path = nullptr, long long bytes = 0)
{
    if (!active.load(std::memory_order_acquire))
        return 0;
    std::lock_guard lock(configMutex);
    const Fault &f = faults[call];
    if (f.error == 0 || !(path ? under(path) : fdUnder(fd)))
        return 0;
    if (call == Write && written.fetch_add(bytes) + bytes <= f.after)
        return 0;
    return f.error;
}

void configure(const char *spec, const char *path)
{
    std::lock_guard lock(configMutex);
    active.store(false, std::memory_order_release);
    for (Fault &f : faults)
        f = Fault{};
    written = 0;
    folderLength = path ? std::min(std::strlen(path), sizeof folder - 1) : 0;
    if (path)
        std::memcpy(folder, path, folderLength);
    while (folderLength > 0 && folder[folderLength - 1] == '/')
        --folderLength;
    folder[folderLength] = '\0';
    if (!spec)
        return;
    std::string rest = spec;
    bool any = false;
    while (!rest.empty()) {
        const size_t comma = rest.find(',');
        const std::string item = rest.substr(0, comma);
        rest = comma == std::string::npos ? std::string() : rest.substr(comma + 1);
        const size_t colon = item.find(':');
        if (colon == std::string::npos)
            continue;
        const std::string name = item.substr(0, colon);
        std::string error = item.substr(colon + 1);
        long long after = 0;
        if (const size_t more = error.find(":after="); more != std::string::npos) {
            after = std::atoll(error.c_str() + more + 7);
            error.resize(more);
        }
        for (int c = 0; c < CallCount; ++c)
            if (name == callNames[c]) {
                faults[c] = Fault{errnoNamed(error), after};
                any = true;
            }
    }
    active.store(any && folderLength > 0, std::memory_order_release);
}

__attribute__((constructor)) void configureFromEnvironment()
{
    configure(std::getenv("AT_FAULT"), std::getenv("AT_FAULT_PATH"));
}

} // namespace

extern "C" {

// For a test with this library preloaded: set (or, with nulls, clear) the faults.
__attribute__((visibility("default"))) void at_fault_configure(const char *spec, const char *path)
{
    configure(spec, path);
}

__attribute__((visibility("default"))) ssize_t write(int fd, const void *buf, size_t count)
{
    static const auto real = next<ssize_t (*)(int, const void *, size_t)>("write");
    if (const int err = faultFor(Write, fd, nullptr, (long long)count)) {
        errno = err;
        return -1;
    }
    return real(fd, buf, count);
}

__attribute__((visibility("default"))) int fdatasync(int fd)
{
    static const auto real = next<int (*)(int)>("fdatasync");
    if (const int err = faultFor(Fdatasync, fd)) {
        errno = err;
        return -1;
    }
    return real(fd);
}

__attribute__((visibility("default"))) int fsync(int fd)
{
    static const auto real = next<int (*)(int)>("fsync");
    if (const int err = faultFor(Fsync, fd)) {
        errno = err;
        return -1;
    }
    return real(fd);
}

__attribute__((visibility("default"))) int close(int fd)
{
    static const auto real = next<int (*)(int)>("close");
    // As on NFS: the descriptor is closed, and the error reported.
    const int err = faultFor(Close, fd);
    const int result = real(fd);
    if (err) {
        errno = err;
        return -1;
    }
    return result;
}

__attribute__((visibility("default"))) int rename(const char *from, const char *to)
{
    static const auto real = next<int (*)(const char *, const char *)>("rename");
    if (const int err = faultFor(Rename, -1, to)) {
        errno = err;
        return -1;
    }
    return real(from, to);
}

// A folder swapped into place (renameat2 with RENAME_EXCHANGE) fails as a rename does.
__attribute__((visibility("default"))) int renameat2(int fromDir, const char *from, int toDir, const char *to,
                                                     unsigned int flags)
{
    static const auto real = next<int (*)(int, const char *, int, const char *, unsigned int)>("renameat2");
    if (const int err = faultFor(Rename, -1, to)) {
        errno = err;
        return -1;
    }
    return real(fromDir, from, toDir, to, flags);
}

} // extern "C"
