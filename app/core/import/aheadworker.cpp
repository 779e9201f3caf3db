// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/import/aheadworker.h"

namespace at {

AheadWorker::~AheadWorker()
{
    if (!m_thread.joinable())
        return;
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_busy.load(std::memory_order_relaxed); });
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void AheadWorker::start(std::function<void()> job)
{
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_busy.load(std::memory_order_relaxed); });
        m_job = std::move(job);
        m_busy.store(true, std::memory_order_release);
    }
    if (!m_thread.joinable())
        m_thread = std::thread([this] { loop(); });
    m_changed.notify_all();
}

void AheadWorker::wait()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_busy.load(std::memory_order_relaxed); });
}

void AheadWorker::loop()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stop || m_busy.load(std::memory_order_relaxed); });
        if (m_stop)
            return;
        std::function<void()> job = std::move(m_job);
        lock.unlock();
        job();
        lock.lock();
        m_busy.store(false, std::memory_order_release);
        m_changed.notify_all();
    }
}

} // namespace at
