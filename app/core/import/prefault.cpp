// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/import/prefault.h"

#include "app/core/import/aheadworker.h"

#include <algorithm>
#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#include <unistd.h>
#ifndef MADV_POPULATE_READ
#define MADV_POPULATE_READ 22 // Linux 5.14; older kernels answer EINVAL and nothing happens
#endif
#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
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
    if (last <= first)
        return;
    // Transparent huge pages (2 MiB) where the system gives them on request ("madvise", Debian's default):
    // mapping 466 MB of 4 KiB pages costs about 385 ms here, of huge pages 27 ms. Only whole huge pages
    // inside the range are asked for.
    constexpr std::uintptr_t huge = std::uintptr_t(2) << 20;
    const auto hugeFirst = (first + huge - 1) & ~(huge - 1);
    const auto hugeLast = last & ~(huge - 1);
    if (hugeLast > hugeFirst)
        madvise(reinterpret_cast<void *>(hugeFirst), hugeLast - hugeFirst, MADV_HUGEPAGE);
    // In pieces: the kernel holds the process's memory map for reading while it populates, and a thread
    // that maps or unmaps memory meanwhile (any large allocation) waits for it to let go, and every
    // thread's page fault waits behind that one. A piece is a few milliseconds.
    constexpr std::uintptr_t piece = std::uintptr_t(16) << 20;
    for (std::uintptr_t at = first; at < last; at += piece)
        madvise(reinterpret_cast<void *>(at), std::min(piece, last - at), MADV_POPULATE_WRITE);
#else
    (void)begin;
    (void)bytes;
#endif
}

void prefaultForReading(const void *begin, std::size_t bytes)
{
#if defined(__linux__)
    const auto page = std::uintptr_t(sysconf(_SC_PAGESIZE));
    const auto first = std::uintptr_t(begin) & ~(page - 1);
    const auto last = (std::uintptr_t(begin) + bytes + page - 1) & ~(page - 1);
    if (last > first)
        madvise(reinterpret_cast<void *>(first), last - first, MADV_POPULATE_READ);
#else
    (void)begin;
    (void)bytes;
#endif
}

ReadAhead::ReadAhead(const void *begin, std::size_t bytes)
{
    static constexpr std::size_t step = std::size_t(16) << 20;
    if (bytes <= step) {
        prefaultForReading(begin, bytes);
        return;
    }
    m_worker = std::make_unique<AheadWorker>();
    m_worker->start([this, from = static_cast<const char *>(begin), bytes] {
        for (std::size_t done = 0; done < bytes && !m_stop.load(std::memory_order_relaxed); done += step)
            prefaultForReading(from + done, std::min(step, bytes - done));
    });
}

ReadAhead::~ReadAhead()
{
    m_stop.store(true, std::memory_order_relaxed);
    m_worker.reset(); // waits for the step in progress
}

WriteAhead::WriteAhead() = default;
WriteAhead::WriteAhead(const void *base, std::size_t capacityBytes)
    : m_base(static_cast<const char *>(base)), m_capacity(capacityBytes)
{}
WriteAhead::~WriteAhead() = default;
WriteAhead::WriteAhead(WriteAhead &&) noexcept = default;
WriteAhead &WriteAhead::operator=(WriteAhead &&) noexcept = default;

void WriteAhead::releaseBeyond(std::size_t writtenBytes)
{
    if (m_worker)
        m_worker->wait();
#if defined(__linux__)
    const auto page = std::uintptr_t(sysconf(_SC_PAGESIZE));
    const auto first = (std::uintptr_t(m_base) + writtenBytes + page - 1) & ~(page - 1);
    const auto last = (std::uintptr_t(m_base) + m_requested) & ~(page - 1);
    if (last > first)
        madvise(reinterpret_cast<void *>(first), last - first, MADV_DONTNEED);
#endif
    m_requested = std::min(m_requested, writtenBytes);
}

void WriteAhead::requestMore(std::size_t writtenBytes)
{
    if (!m_worker && m_capacity <= step) {
        // A small buffer: mapped at once, without a thread.
        prefaultForWriting(m_base, m_capacity);
        m_requested = m_capacity;
        return;
    }
    if (m_worker && m_worker->busy())
        return; // still mapping the stretch before this one
    // At most a step beyond what is written: the capacity is an upper bound, and whatever is mapped
    // beyond the text that comes is resident memory for nothing.
    map(std::max(m_requested, writtenBytes), std::min(m_capacity, writtenBytes + step));
}

void WriteAhead::mapAll()
{
    if (m_requested >= m_capacity)
        return; // mapped, or being mapped, already
    if (!m_worker && m_capacity <= step) {
        requestMore(0); // a small buffer: at once, without a thread
        return;
    }
    map(m_requested, m_capacity); // after the stretch in progress
}

void WriteAhead::map(std::size_t from, std::size_t to)
{
    if (to <= from)
        return;
    if (!m_worker)
        m_worker = std::make_unique<AheadWorker>();
    const char *begin = m_base + from;
    m_worker->start([begin, bytes = to - from] { prefaultForWriting(begin, bytes); });
    m_requested = to;
}

} // namespace at
