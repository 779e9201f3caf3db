// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/network/networkdata.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <memory>

namespace at {

// Lays out a dataset's network once. A small network (the embedded dataset's) is laid out at once, so
// that the view draws on its first paint; a big one on a worker thread, reporting progress, cancellable,
// while the window stays responsive. A new start() abandons the one running.
class LayoutRunner : public QObject {
    Q_OBJECT
public:
    explicit LayoutRunner(QObject *parent = nullptr);
    ~LayoutRunner() override;

    // Networks of up to this many events are laid out on the calling thread.
    static constexpr size_t inlineEvents = 2000;

    void start(std::shared_ptr<const Dataset> dataset);
    void cancel();
    bool isRunning() const;
    // Blocks until the running layout is done (the command line and tests, which have no event loop to
    // spare), then delivers it as finished() would.
    void waitForFinished();
    // The last finished network; null while none is (or after a cancel or a failure).
    std::shared_ptr<const NetworkData> result() const { return m_result; }
    std::shared_ptr<const Dataset> dataset() const { return m_dataset; }

Q_SIGNALS:
    void progress(int percent);
    // The layout is ready (result()), or it was cancelled or failed (result() is null; error says which).
    void finished();
    void failed(at::LayoutError error);

private:
    void deliver();

    using Outcome = Expected<std::shared_ptr<const NetworkData>, LayoutError>;
    std::shared_ptr<const Dataset> m_dataset;
    std::shared_ptr<const NetworkData> m_result;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<std::atomic_int> m_percent;
    QFutureWatcher<Outcome> m_watcher;
    int m_generation = 0;
};

} // namespace at

Q_DECLARE_METATYPE(at::LayoutError)
