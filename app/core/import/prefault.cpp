#include "prefault.h"

#include <algorithm>
#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#include <unistd.h>
#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23 // Linux 5.14; older kernels answer EINVAL and nothing happens
#endif
#endif

namespace at {

void prefaultForWriting(const void *begin, std::size_t bytes)
{
#if defined(__linux__)
    const auto page = std::uintptr_t(sysconf(_SC_PAGESIZE));
    // Whole pages inside the range only: the neighbours of a heap block belong to someone else, and
    // although populating never changes contents, there is no reason to touch them.
    const auto first = (std::uintptr_t(begin) + page - 1) & ~(page - 1);
    const auto last = (std::uintptr_t(begin) + bytes) & ~(page - 1);
    if (last > first)
        madvise(reinterpret_cast<void *>(first), last - first, MADV_POPULATE_WRITE);
#else
    (void)begin;
    (void)bytes;
#endif
}

void WriteAhead::faultMore(std::size_t writtenBytes)
{
    const std::size_t from = std::max(m_faulted, writtenBytes);
    const std::size_t to = std::min(m_capacity, from + step);
    if (to > from)
        prefaultForWriting(m_base + from, to - from);
    m_faulted = to;
}

} // namespace at
