// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/network/layoutrunner.h"

#include <QTimer>
#include <QtConcurrent>

namespace at {
namespace {

Expected<std::shared_ptr<const NetworkData>, LayoutError> build(const Dataset &dataset,
                                                                const LayoutControl &control)
{
    auto data = buildNetworkData(dataset, control);
    if (!data)
        return Unexpected(data.error());
    return std::shared_ptr<const NetworkData>(std::make_shared<NetworkData>(std::move(*data)));
}

} // namespace

LayoutRunner::LayoutRunner(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &LayoutRunner::deliver);
}

LayoutRunner::~LayoutRunner()
{
    cancel();
    m_watcher.waitForFinished();
}

void LayoutRunner::start(std::shared_ptr<const Dataset> dataset)
{
    cancel();
    ++m_generation;
    m_dataset = std::move(dataset);
    m_result.reset();
    if (!m_dataset)
        return;
    if (m_dataset->events.size() <= inlineEvents) {
        const Outcome outcome = build(*m_dataset, {});
        if (outcome) {
            m_result = *outcome;
            Q_EMIT finished();
        } else {
            Q_EMIT failed(outcome.error());
            Q_EMIT finished();
        }
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_percent = std::make_shared<std::atomic_int>(0);
    LayoutControl control;
    control.cancel = m_cancel.get();
    // The worker only stores the figure; a timer on this thread passes it on, so no signal crosses threads.
    control.progress = [percent = m_percent](int p) { percent->store(p, std::memory_order_relaxed); };
    auto *poll = new QTimer(this);
    poll->setInterval(100);
    const int generation = m_generation;
    connect(poll, &QTimer::timeout, this, [this, poll, generation] {
        if (generation != m_generation || !m_watcher.isRunning()) {
            poll->deleteLater();
            return;
        }
        Q_EMIT progress(m_percent->load(std::memory_order_relaxed));
    });
    poll->start();
    Q_EMIT progress(0);
    // The dataset and the flags are held by the task itself: it may outlive a cancelled run.
    m_watcher.setFuture(QtConcurrent::run([dataset = m_dataset, cancel = m_cancel, percent = m_percent,
                                           control] { return build(*dataset, control); }));
}

void LayoutRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool LayoutRunner::isRunning() const
{
    return m_watcher.isRunning();
}

void LayoutRunner::waitForFinished()
{
    if (!m_watcher.isRunning())
        return;
    m_watcher.waitForFinished();
    deliver();
}

void LayoutRunner::deliver()
{
    if (m_watcher.future().isCanceled() || !m_watcher.future().isValid() ||
        m_watcher.future().resultCount() == 0)
        return;
    const Outcome outcome = m_watcher.future().result();
    // Delivered once: finished() from the watcher after waitForFinished() already did finds nothing new.
    m_watcher.setFuture(QFuture<Outcome>());
    const bool cancelled = m_cancel && m_cancel->load();
    if (outcome && !cancelled) {
        m_result = *outcome;
        Q_EMIT progress(100);
        Q_EMIT finished();
        return;
    }
    m_result.reset();
    Q_EMIT failed(cancelled ? LayoutError::cancelled() : outcome.error());
    Q_EMIT finished();
}

} // namespace at
