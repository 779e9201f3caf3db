// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/export/exportjob.h"

#include "ui/export/exportwriter.h"

#include <QProgressDialog>
#include <QtConcurrent>

namespace at {

ExportJob::ExportJob(const ExportSource &source, ExportRequest request, QString path, QWidget *dialogParent)
    : m_source(source), m_request(std::move(request)), m_path(std::move(path)), m_dialogParent(dialogParent)
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        if (m_progress)
            m_progress->reset();
        Q_EMIT finished(m_cancel->load() ? tr("cancelled") : m_watcher.result());
    });
}

ExportJob::~ExportJob()
{
    m_cancel->store(true);
    m_watcher.waitForFinished();
}

void ExportJob::start()
{
    QString error;
    const auto format = exportFormatFor(m_path, &error);
    if (!format) {
        Q_EMIT finished(error);
        return;
    }
    if (*format != ExportFormat::Png) {
        // Vector output is drawn straight into the file's painter: that has to happen on this thread.
        const Expected<void, FileError> written = writeVectorExport(m_source, m_request, *format, m_path);
        Q_EMIT finished(written ? QString() : written.error().toString());
        return;
    }
    if (m_dialogParent) {
        m_progress = new QProgressDialog(tr("Exporting %1…").arg(m_path), tr("Cancel"), 0, 0, m_dialogParent);
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(300); // quick exports finish before it would flash up
        connect(m_progress, &QProgressDialog::canceled, this, &ExportJob::cancel);
    }
    const QImage image = renderExportImage(m_source, m_request);
    auto cancelFlag = m_cancel;
    const QString path = m_path;
    m_watcher.setFuture(QtConcurrent::run([image, path, cancelFlag] {
        const Expected<void, FileError> written = writePngAtomically(image, path, cancelFlag.get());
        return written ? QString() : written.error().toString();
    }));
}

void ExportJob::cancel()
{
    m_cancel->store(true);
}

} // namespace at
