// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/import/importcontroller.h"

#include "app/core/document.h"
#include "app/core/import/importjob.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/settings.h"
#include "ui/import/importdialog.h"
#include "ui/import/importdrop.h"
#include "ui/import/importerrorsdialog.h"
#include "ui/import/importprogressdialog.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QWidget>

namespace at {

ImportController::ImportController(Document *document, Settings *settings, QWidget *parentForDialogs)
    : QObject(parentForDialogs), m_document(document), m_settings(settings), m_parent(parentForDialogs)
{
    m_importAction = new QAction(tr("&Import…"), this);
    m_importAction->setObjectName(QStringLiteral("actionImport"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(
        tr("Add your own events, series, quotes or entities from JSON or CSV files"));
    connect(m_importAction, &QAction::triggered, this, &ImportController::chooseAndImport);
    m_reloadAction = new QAction(tr("&Reload Embedded Dataset"), this);
    m_reloadAction->setObjectName(QStringLiteral("actionReloadEmbedded"));
    connect(m_reloadAction, &QAction::triggered, this, &ImportController::reloadEmbedded);
}

ImportController::~ImportController()
{
    delete m_job; // cancels and waits for a running import
}

void ImportController::installDropTarget(QWidget *target)
{
    new ImportDropTarget(
        target, [this] { return !isBusy(); }, [this](const QStringList &files) { importFiles(files); });
}

void ImportController::setSizeLimitOverride(std::optional<qint64> bytes)
{
    m_sizeLimitOverride = bytes;
    m_settingAtOverride = m_settings ? m_settings->value(keys::importSizeCap) : 0;
}

ImportLimit ImportController::sizeLimit() const
{
    const qint64 setting = m_settings ? m_settings->value(keys::importSizeCap) : 0;
    if (m_sizeLimitOverride && setting == m_settingAtOverride)
        return ImportLimit::given(*m_sizeLimitOverride);
    return ImportLimit::fromSetting(setting, physicalMemoryBytes());
}

bool ImportController::isBusy() const
{
    return m_job != nullptr;
}

void ImportController::chooseAndImport()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(m_parent, tr("Import"), QString(),
                                      tr("Datasets and tables (*.json *.csv);;Alliance Timeline datasets "
                                         "(*.json);;Tables (*.csv);;All files (*)"));
    if (!files.isEmpty())
        importFiles(files);
}

QString ImportController::loadedSummary() const
{
    const Dataset &d = m_document->dataset();
    return tr("%1 events, %2 entities, %3 series, %4 quotes")
        .arg(d.events.size())
        .arg(d.entities.size())
        .arg(d.series.size())
        .arg(d.quotes.size());
}

void ImportController::importFiles(const QStringList &paths)
{
    if (paths.isEmpty() || isBusy())
        return;
    auto *dialog = new ImportDialog(paths, loadedSummary(), m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, paths] { importFiles(paths, dialog->mode()); });
    dialog->open();
}

void ImportController::importFiles(const QStringList &paths, ImportMode mode)
{
    if (paths.isEmpty() || isBusy())
        return;
    ImportRequest request;
    request.files = paths;
    request.mode = mode;
    request.base = m_document->sharedDataset();
    request.sizeLimit = sizeLimit();
    m_job = new ImportJob(request, this);
    connect(m_job, &ImportJob::finished, this, &ImportController::finished);
    m_importAction->setEnabled(false);
    m_reloadAction->setEnabled(false);
    m_progress = new ImportProgressDialog(m_job, m_parent);
    m_job->start();
}

void ImportController::cancel()
{
    if (m_job)
        m_job->cancel();
}

void ImportController::finished()
{
    // The job emitted the signal that got us here: it is deleted once that call has returned.
    ImportJob *job = m_job;
    m_job = nullptr;
    job->deleteLater();
    if (m_progress) {
        m_progress->setValue(m_progress->maximum());
        m_progress->deleteLater();
    }
    m_importAction->setEnabled(true);
    m_reloadAction->setEnabled(true);
    m_last = job->result();
    if (m_last.cancelled) {
        Q_EMIT importFinished(false, tr("Import cancelled; nothing changed."));
        return;
    }
    // What was read was combined with the dataset loaded when the import started; if that has been replaced
    // since, adding would drop the change.
    if (m_last.ok() && job->request().mode == ImportMode::Add &&
        m_document->sharedDataset() != job->request().base) {
        m_last.dataset.reset();
        m_last.errors = {
            LoadError{QString(), QString(),
                      tr("the loaded data changed while the files were read; import them again")}};
    }
    if (!m_last.ok()) {
        auto *dialog = new ImportErrorsDialog(m_last, job->request().maxErrors, m_parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        Q_EMIT importFinished(false, tr("Nothing was imported."));
        return;
    }
    QString origin = m_last.origin;
    QString identity = importIdentity(job->request().files);
    if (job->request().mode == ImportMode::Add) {
        origin = tr("%1 + %2").arg(m_document->origin(), m_last.origin);
        identity = m_document->identity() + QStringLiteral("\n+\n") + identity;
    } else if (job->request().files.size() == 1) {
        origin = job->request().files.first(); // the title bar shows the file's name
    }
    m_document->setDataset(m_last.dataset, origin, identity);
    Q_EMIT importFinished(true, m_last.summary());
}

void ImportController::reloadEmbedded()
{
    if (isBusy())
        return;
    const LoadResult result = readEmbeddedDataset();
    if (!result)
        return; // a build defect, reported at start-up
    m_document->setDataset(*result, tr("Embedded dataset 2010–2013"));
    Q_EMIT importFinished(true, tr("The embedded dataset is loaded again."));
}

} // namespace at
