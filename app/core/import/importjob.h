// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/import/datasetimport.h"
#include "app/core/import/loadprogress.h"

#include <QObject>
#include <memory>

class QThread;

namespace at {

// One import on a worker thread, so that the window stays responsive. Whoever shows it polls progress()
// (a timer is enough; the worker never posts events for it) and may cancel(); finished() comes on the
// thread that made the job, and then result() holds the outcome. A cancelled or failed import has no
// dataset in its result, so the caller has nothing to undo; a cancel() before finished() arrives cancels,
// even when the read had already ended.
class ImportJob : public QObject {
    Q_OBJECT
public:
    explicit ImportJob(ImportRequest request, QObject *parent = nullptr);
    // Cancels a running import and waits for it to stop.
    ~ImportJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    bool isCancelRequested() const { return m_progress.cancelled(); }
    // 0 to 1.
    double progress() const { return m_progress.fraction(); }
    const ImportRequest &request() const { return m_request; }
    // Valid once finished() has been emitted.
    const ImportResult &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    ImportRequest m_request;
    LoadProgress m_progress;
    ImportResult m_result;
    std::unique_ptr<QThread> m_thread;
};

} // namespace at
