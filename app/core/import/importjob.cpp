// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/import/importjob.h"

#include <QThread>

namespace at {

ImportJob::ImportJob(ImportRequest request, QObject *parent) : QObject(parent), m_request(std::move(request))
{}

ImportJob::~ImportJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

void ImportJob::start()
{
    Q_ASSERT(!m_thread);
    // The worker only reads the request and the immutable base dataset, and writes m_result, which the
    // owning thread reads after finished(): the queued signal orders the two.
    m_thread.reset(QThread::create([this] { m_result = runImport(m_request, &m_progress); }));
    connect(
        m_thread.get(), &QThread::finished, this,
        [this] {
            // A cancel that came after the read's last look at it but before this: whoever asked was told
            // the import stops, and nothing has been applied yet, so it is cancelled.
            if (m_progress.cancelled() && !m_result.cancelled) {
                m_result = ImportResult{};
                m_result.cancelled = true;
            }
            Q_EMIT finished();
        },
        Qt::QueuedConnection);
    // Below the window's priority, so that on a busy two-core machine painting still comes first.
    m_thread->start(QThread::LowPriority);
}

void ImportJob::cancel()
{
    m_progress.cancelRequested.store(true);
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace at
