// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/exportviews/exportcontroller.h"

#include "app/core/theme.h"
#include "ui/export/exportdialog.h"
#include "ui/export/exportjob.h"
#include "ui/export/exportwriter.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QMessageBox>
#include <QWidget>

namespace at {

ExportController::ExportController(QWidget *dialogParent) : QObject(dialogParent), m_parent(dialogParent) {}

ExportController::~ExportController() = default;

void ExportController::addView(const QString &name, const QString &title, TargetFactory factory)
{
    m_views.append({name, title, std::move(factory)});
}

QStringList ExportController::viewNames() const
{
    QStringList names;
    for (const View &v : m_views)
        names.append(v.name);
    return names;
}

QString ExportController::viewTitle(const QString &name) const
{
    for (const View &v : m_views) {
        if (v.name == name)
            return v.title;
    }
    return {};
}

void ExportController::exportView(const QString &name)
{
    const auto it =
        std::find_if(m_views.cbegin(), m_views.cend(), [&](const View &v) { return v.name == name; });
    if (it == m_views.cend() || m_job)
        return;
    const Target target = it->factory();
    if (!target.source)
        return;
    ExportDialog dialog(it->title, target.widget->size(), target.hasTimeRange, target.from, target.to,
                        m_parent);
    dialog.setPath(QDir(ExportDialog::defaultFolder()).filePath(name + QStringLiteral(".png")));
    dialog.setPictureTitle(target.source->defaultTitle(m_locale)); // what the picture says without one
    if (dialog.exec() != QDialog::Accepted)
        return;
    ExportRequest request = dialog.request();
    request.locale = m_locale;
    request.dark = isDark(target.widget->palette());
    if (dialog.copyToClipboard()) {
        QApplication::clipboard()->setImage(renderExportImage(*target.source, request));
        Q_EMIT message(tr("Copied the picture of %1 to the clipboard").arg(it->title));
        return;
    }
    const QString path = dialog.path();
    m_job = std::make_unique<ExportJob>(*target.source, request, path, m_parent);
    connect(m_job.get(), &ExportJob::finished, this, [this, path](const QString &error) {
        const bool cancelled = m_job->wasCancelled();
        // The job is done with; let it go after its signal has returned.
        m_job.release()->deleteLater();
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

} // namespace at
