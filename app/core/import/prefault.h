// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <atomic>
#include <cstddef>
#include <memory>

namespace at {

class AheadWorker;

// Fresh memory is expensive here: on the virtual machines this project is measured on, the first write to
// each 4 KiB page costs about 5 us (5 ms per MB), more than parsing the bytes that fill it. Asking the kernel
// to map a whole range at once (Linux MADV_POPULATE_WRITE) costs about a sixth of that. The readers call
// this for buffers they are about to fill completely; it never changes their contents. Whole 2 MiB stretches
// of the range are also offered to the kernel as transparent huge pages, which cost far less again. A
// no-op elsewhere or when the kernel is too old.
void prefaultForWriting(const void *begin, std::size_t bytes);

// Maps in the pages of a file mapping that is about to be read from start to end (Linux
// MADV_POPULATE_READ): one call instead of a fault per 4 KiB page. A no-op where it is not supported.
void prefaultForReading(const void *begin, std::size_t bytes);

// Maps in a file mapping that is about to be read from start to end (prefaultForReading()) on a thread of
// its own, a step at a time from the start, so that the reader begins at once instead of waiting for the
// whole file (about 50 ms for 300 MB here) and finds the pages mapped as it goes; where it overtakes the
// mapping it faults them itself. The destructor stops after the step in progress, so the object must go
// before the mapping does. A small file is mapped at once, without a thread.
class ReadAhead {
public:
    ReadAhead(const void *begin, std::size_t bytes);
    ~ReadAhead();
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

private:
    std::atomic<bool> m_stop{false}; // the worker looks between steps
    std::unique_ptr<AheadWorker> m_worker;
};

// Maps in a growing buffer in steps, a little ahead of where it is being written, on a thread of its own
// (import/aheadworker.h): the kernel clears the fresh pages on the other core while this one fills the
// ones before them. When the writer catches up with the mapping it simply faults the pages itself.
class WriteAhead {
public:
    WriteAhead();
    // `capacityBytes` bytes from `base` belong to the buffer and will not move or be freed while this
    // object lives (its destructor waits for the mapping in progress).
    WriteAhead(const void *base, std::size_t capacityBytes);
    ~WriteAhead();
    WriteAhead(WriteAhead &&) noexcept;
    WriteAhead &operator=(WriteAhead &&) noexcept;

    // Called with how many bytes have been written so far.
    void advance(std::size_t writtenBytes)
    {
        if (writtenBytes + step / 2 > m_requested && m_requested < m_capacity)
            requestMore(writtenBytes);
    }

    // Maps the whole buffer in now, on the worker (a small one at once, on this thread, as advance() does):
    // for a buffer whose rest will be written later in one go, by a step that would otherwise wait for the
    // kernel to clear its pages on its own thread.
    void mapAll();

    // The writer is done with the buffer at `writtenBytes`: the pages mapped beyond it go back to the
    // system (their contents were never anyone's), so that a buffer reserved larger than it was filled
    // costs no resident memory for the stretch mapped ahead.
    void releaseBeyond(std::size_t writtenBytes);

private:
    static constexpr std::size_t step = std::size_t(8) << 20;
    void requestMore(std::size_t writtenBytes);
    void map(std::size_t from, std::size_t to); // on the worker

    const char *m_base = nullptr;
    std::size_t m_capacity = 0;
    std::size_t m_requested = 0; // mapped, or being mapped, up to here
    std::unique_ptr<AheadWorker> m_worker;
};

} // namespace at
