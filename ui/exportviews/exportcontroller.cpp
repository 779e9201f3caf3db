// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/exportviews/exportcontroller.h"

#include "app/core/annotations/annotationstore.h"
#include "app/core/theme.h"
#include "app/core/viewstate.h"
#include "ui/export/dataexport.h"
#include "ui/export/exportdialog.h"
#include "ui/export/exportjob.h"
#include "ui/export/exportwriter.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QWidget>

namespace at {

ExportController::ExportController(const ViewRegistry *views, ViewContext context, WidgetFor widgetFor,
                                   QWidget *dialogParent)
    : QObject(dialogParent), m_views(views), m_context(std::move(context)), m_widgetFor(std::move(widgetFor)),
      m_parent(dialogParent)
{}

ExportController::~ExportController() = default;

void ExportController::exportView(const QString &name)
{
    const ViewDescriptor *view = m_views->find(name);
    if (!view || m_job)
        return;
    QWidget *widget = m_widgetFor(*view);
    if (!widget)
        return;
    std::unique_ptr<ExportSource> source = view->exporter(widget, m_context);
    const std::optional<ShownRange> range = view->shownRange ? view->shownRange(widget) : std::nullopt;
    const QString title = view->title();
    ExportDialog dialog(title, widget->size(), range.has_value(), range ? range->from : 0,
                        range ? range->to : 0, m_parent);
    dialog.setPath(QDir(ExportDialog::defaultFolder()).filePath(name + QStringLiteral(".png")));
    dialog.setPictureTitle(source->defaultTitle(m_context.locale)); // what the picture says without one
    const AnnotationStore *store = m_context.annotations;
    if (store)
        dialog.setAnnotationChoices(store->tags(), store->authors());
    if (dialog.exec() != QDialog::Accepted)
        return;
    ExportRequest request = dialog.request();
    if (store)
        request.annotations = dialog.annotationChoice().pick(store->annotations());
    request.locale = m_context.locale;
    request.dark = isDark(widget->palette());
    if (dialog.drawCursor())
        request.cursor = m_context.state->currentTime();
    if (dialog.copyToClipboard()) {
        QApplication::clipboard()->setImage(renderExportImage(*source, request));
        Q_EMIT message(tr("Copied the picture of %1 to the clipboard").arg(title));
        return;
    }
    const QString path = dialog.path();
    if (isDataExportPath(path)) {
        reportData(writeDataExport(*source, request, path), path);
        return;
    }
    m_source = std::move(source);
    m_job = std::make_unique<ExportJob>(*m_source, request, path, m_parent);
    connect(m_job.get(), &ExportJob::finished, this, [this, path](const QString &error) {
        const bool cancelled = m_job->wasCancelled();
        // The job is done with; let it go after its signal has returned.
        m_job.release()->deleteLater();
        m_source.reset();
        if (error.isEmpty()) {
            Q_EMIT message(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
        } else if (cancelled) {
            Q_EMIT message(tr("Export cancelled; no file was written"));
        } else {
            QMessageBox box(QMessageBox::Warning, tr("Export"), tr("The picture was not saved."),
                            QMessageBox::Ok, m_parent);
            box.setTextFormat(Qt::PlainText);
            box.setInformativeText(error);
            box.exec();
        }
    });
    m_job->start();
}

Expected<void, FileError> ExportController::writeData(const QString &name, const QString &path)
{
    const ViewDescriptor *view = m_views->find(name);
    QWidget *widget = view ? m_widgetFor(*view) : nullptr;
    if (!widget)
        return Unexpected(FileError{path, tr("there is no view named %1").arg(name)});
    ExportRequest request;
    request.locale = m_context.locale;
    return writeDataExport(*view->exporter(widget, m_context), request, path);
}

void ExportController::exportData(const QString &name)
{
    const ViewDescriptor *view = m_views->find(name);
    if (!view)
        return;
    const QString path = QFileDialog::getSaveFileName(
        m_parent, tr("Export the Data of %1").arg(view->title()),
        QDir(ExportDialog::defaultFolder()).filePath(name + QStringLiteral(".csv")), tr("CSV data (*.csv)"));
    if (!path.isEmpty())
        reportData(writeData(name, path), path);
}

void ExportController::reportData(const Expected<void, FileError> &written, const QString &path)
{
    if (written) {
        Q_EMIT message(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Export"), tr("The data was not saved."), QMessageBox::Ok,
                    m_parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(written.error().toString());
    box.exec();
}

} // namespace at
