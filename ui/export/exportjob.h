// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "ui/export/exportsource.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace at {

// One export from the window. The picture is drawn on the GUI thread (views are not thread-safe, and
// drawing is the quick part); encoding and writing, the slow part at 4K, run on a worker thread while a
// progress dialog offers Cancel. A cancelled or failed export leaves no file.
class ExportJob : public QObject {
    Q_OBJECT
public:
    ExportJob(const ExportSource &source, ExportRequest request, QString path, QWidget *dialogParent);
    ~ExportJob() override;

    void start();
    void cancel();
    bool wasCancelled() const { return m_cancel->load(); }

Q_SIGNALS:
    // error is empty on success, "cancelled" after cancel().
    void finished(const QString &error);

private:
    const ExportSource &m_source;
    ExportRequest m_request;
    QString m_path;
    QWidget *m_dialogParent;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<QString> m_watcher;
    QProgressDialog *m_progress = nullptr;
};

} // namespace at
