// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace at {

// One thread beside the reading thread that does the next piece of a job while the reader works on the
// current one: parsing the next batch of a JSON array, mapping in the next stretch of a buffer before it
// is written (import/prefault.h), reading the second half of a JSON events array (jsonreader.cpp). The
// readers keep their messages and their order exactly those of the step-by-step reference reader: what
// this moves to the other core is either work whose result the reader only needs a moment later, or a
// range of records built apart and appended in file order.
//
// One job at a time. The thread starts with the first job and ends with the object, after its job.
class AheadWorker {
public:
    AheadWorker() = default;
    ~AheadWorker();
    AheadWorker(const AheadWorker &) = delete;
    AheadWorker &operator=(const AheadWorker &) = delete;

    // Runs `job` on the worker thread, after waiting for the previous job to end.
    void start(std::function<void()> job);
    // Waits until the current job, if any, has ended: what it wrote can then be read.
    void wait();
    // Whether a job is running or waiting to run (a hint: it may end right after the answer).
    bool busy() const { return m_busy.load(std::memory_order_acquire); }

private:
    void loop();

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::function<void()> m_job;
    std::atomic<bool> m_busy{false};
    bool m_stop = false;
};

} // namespace at
