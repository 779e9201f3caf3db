// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/annotations/workspaceactions.h"

#include "app/core/annotations/annotationio.h"
#include "app/core/annotations/annotationstore.h"
#include "app/core/annotations/workspacelocation.h"
#include "app/core/atomicfile.h"
#include "app/core/document.h"
#include "app/core/settings.h"
#include "ui/annotations/teamworkspacedialog.h"
#include "ui/report/reportwriter.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QWidget>

namespace at {

WorkspaceActions::WorkspaceActions(AnnotationEdits *edits, const Document *document, QWidget *dialogParent,
                                   Settings *settings)
    : QObject(dialogParent), m_edits(edits), m_document(document), m_parent(dialogParent),
      m_settings(settings)
{
    m_new = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Workspace…"), this);
    m_open = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("Open &Workspace…"), this);
    m_saveAs =
        new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save Workspace &As…"), this);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_openTeam =
        new QAction(QIcon::fromTheme(QStringLiteral("network-server")), tr("Open &Team Workspace…"), this);
    m_openTeam->setObjectName(QStringLiteral("actionOpenTeamWorkspace"));
    m_recent = new QMenu(tr("Open &Recent"), dialogParent);
    m_recent->setObjectName(QStringLiteral("menuRecentWorkspaces"));
    connect(m_recent, &QMenu::aboutToShow, this, &WorkspaceActions::fillRecentMenu);
    fillRecentMenu();
    connect(m_openTeam, &QAction::triggered, this, &WorkspaceActions::chooseTeam);
    m_new->setShortcut(QKeySequence::New);
    m_open->setShortcut(QKeySequence::Open);
    m_refresh = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Re&read Workspace"), this);
    m_import = new QAction(tr("&Import Annotations…"), this);
    m_exportJson = new QAction(tr("Export Annotations as &JSON…"), this);
    m_exportCsv = new QAction(tr("Export Annotations as &CSV…"), this);
    m_exportReport = new QAction(tr("Export Annotation &Report (Folder with Pictures)…"), this);
    m_exportReport->setObjectName(QStringLiteral("actionExportReportFolder"));
    m_exportReportPdf = new QAction(tr("Export Annotation Report as &PDF…"), this);
    m_exportReportPdf->setObjectName(QStringLiteral("actionExportReportPdf"));
    setViews(nullptr);
    connect(m_new, &QAction::triggered, this, &WorkspaceActions::chooseNew);
    connect(m_open, &QAction::triggered, this, &WorkspaceActions::chooseOpen);
    connect(m_saveAs, &QAction::triggered, this, &WorkspaceActions::chooseSaveAs);
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (auto read = m_edits->store()->refresh(); !read)
            showError(tr("Reread Workspace"), read.error().message, read.error().detail);
    });
    connect(m_import, &QAction::triggered, this, &WorkspaceActions::chooseImport);
    // An older workspace was upgraded on opening: say so, and where the copy of it as it was is.
    connect(edits->store(), &AnnotationStore::upgraded, this,
            [this](int fromVersion, const QString &backupPath) {
                Q_EMIT message(
                    tr("The workspace was upgraded from format %1; a copy of it as it was is kept at %2")
                        .arg(fromVersion)
                        .arg(QDir::toNativeSeparators(backupPath)));
            });
    connect(m_exportJson, &QAction::triggered, this, [this] { chooseExport(ExportFormat::Json); });
    connect(m_exportCsv, &QAction::triggered, this, [this] { chooseExport(ExportFormat::Csv); });
    connect(m_exportReport, &QAction::triggered, this, [this] { chooseExport(ExportFormat::ReportFolder); });
    connect(m_exportReportPdf, &QAction::triggered, this, [this] { chooseExport(ExportFormat::ReportPdf); });
}

Expected<void, StoreError> WorkspaceActions::openDefaultWorkspace()
{
    auto opened = m_edits->store()->openDefault();
    if (!opened)
        showError(
            tr("Workspace"),
            tr("Your annotations cannot be shown or saved until a workspace is open. %1\n\nUse File > New "
               "Workspace or Open Workspace.")
                .arg(opened.error().message),
            opened.error().detail);
    return opened;
}

Expected<void, StoreError> WorkspaceActions::newWorkspace(const QString &path)
{
    auto created = m_edits->store()->create(path);
    if (created)
        Q_EMIT message(tr("New workspace %1").arg(QDir::toNativeSeparators(path)));
    return created;
}

Expected<void, StoreError> WorkspaceActions::openWorkspace(const QString &path)
{
    auto opened = m_edits->store()->open(path);
    if (opened) {
        remember(QFileInfo(path).absoluteFilePath());
        Q_EMIT message(tr("Opened workspace %1").arg(QDir::toNativeSeparators(path)));
    }
    return opened;
}

Expected<void, StoreError> WorkspaceActions::openLocation(const QString &location, const QString &password)
{
    if (!TeamLocation::isTeamUri(location))
        return openWorkspace(location);
    auto opened = openWorkspaceLocation(*m_edits->store(), location, password);
    if (opened) {
        remember(m_edits->store()->location());
        Q_EMIT message(tr("Opened team workspace %1").arg(m_edits->store()->location()));
    }
    return opened;
}

void WorkspaceActions::openLocationAsking(const QString &location)
{
    auto opened = openLocation(location);
    if (!opened && opened.error().code == StoreError::Code::PasswordNeeded) {
        QInputDialog ask(m_parent);
        ask.setObjectName(QStringLiteral("teamPasswordPrompt"));
        ask.setWindowTitle(tr("Password"));
        // The label is the line edit's buddy, so an "&" of the address would be taken for a shortcut key.
        QString label =
            opened.error().message + u'\n' + tr("It is used for this connection only and never saved.");
        ask.setLabelText(label.replace(u'&', QStringLiteral("&&")));
        ask.setTextEchoMode(QLineEdit::Password);
        if (ask.exec() != QDialog::Accepted)
            return;
        // Handed to the connection (which keeps it to reconnect) and nowhere else: no setting, no message.
        opened = openLocation(location, ask.textValue());
    }
    if (!opened)
        showError(tr("Open Team Workspace"),
                  opened.error().message + u'\n' +
                      (m_edits->store()->isOpen()
                           ? tr("The workspace that was open stays open.")
                           : tr("No workspace is open: use File > Open Team Workspace to try again.")),
                  opened.error().detail);
}

QStringList WorkspaceActions::recentLocations() const
{
    return m_settings ? m_settings->value(keys::recentWorkspaces) : QStringList();
}

void WorkspaceActions::remember(const QString &location)
{
    if (!m_settings || location.isEmpty())
        return;
    QStringList recent = recentLocations();
    recent.removeAll(location);
    recent.prepend(location);
    while (recent.size() > maxRecent)
        recent.removeLast();
    m_settings->setValue(keys::recentWorkspaces, recent);
    m_settings->sync();
}

void WorkspaceActions::fillRecentMenu()
{
    m_recent->clear();
    const QStringList recent = recentLocations();
    for (const QString &location : recent) {
        // An address or a path, shown as it is (an ampersand in it is not a mnemonic).
        QString text = TeamLocation::isTeamUri(location) ? location : QDir::toNativeSeparators(location);
        QAction *a = m_recent->addAction(text.replace(u'&', QStringLiteral("&&")));
        connect(a, &QAction::triggered, this, [this, location] { openLocationAsking(location); });
    }
    if (recent.isEmpty())
        m_recent->addAction(tr("No recent workspaces"))->setEnabled(false);
}

void WorkspaceActions::chooseTeam()
{
    TeamWorkspaceDialog dialog(m_parent);
    // The last team workspace opened, to change what differs.
    for (const QString &location : recentLocations()) {
        if (!TeamLocation::isTeamUri(location))
            continue;
        if (const auto team = TeamLocation::parse(location)) {
            dialog.setLocation(*team);
            break;
        }
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto team = dialog.location())
        openLocationAsking(team->toUri());
}

Expected<void, StoreError> WorkspaceActions::saveWorkspaceAs(const QString &path)
{
    auto saved = m_edits->store()->saveAs(path);
    if (saved)
        Q_EMIT message(tr("Workspace saved as %1").arg(QDir::toNativeSeparators(path)));
    return saved;
}

Expected<ImportSummary, QStringList> WorkspaceActions::importFile(const QString &path)
{
    const AnnotationReadResult read = readAnnotationsFile(path);
    if (!read)
        return Unexpected(toStrings(read.error()));
    const auto imported = m_edits->importAnnotations(*read);
    if (!imported)
        return Unexpected(QStringList{imported.error().text()});
    const ImportSummary &result = *imported;
    Q_EMIT message(tr("Imported: %1 new, %2 updated, %3 already here, %4 kept (the workspace's were newer)")
                       .arg(result.added)
                       .arg(result.updated)
                       .arg(result.unchanged)
                       .arg(result.keptNewer));
    return result;
}

void WorkspaceActions::setViews(const ViewRegistry *views)
{
    m_views = views;
    m_exportReport->setEnabled(views);
    m_exportReportPdf->setEnabled(views);
}

Expected<void, FileError> WorkspaceActions::exportFile(const QString &path, ExportFormat format,
                                                       const Progress &progress)
{
    const QList<Annotation> &all = m_edits->store()->annotations();
    const Dataset &d = m_document->dataset();
    Expected<void, FileError> written;
    if (format == ExportFormat::ReportFolder || format == ExportFormat::ReportPdf) {
        if (!m_views)
            return Unexpected(FileError{QDir::toNativeSeparators(path),
                                        tr("no views to draw the report's pictures; nothing was saved")});
        const ReportWriter report(*m_views, *m_document, m_locale);
        written = format == ExportFormat::ReportFolder ? report.writeFolder(all, path, progress)
                                                       : report.writePdf(all, path, progress);
    } else {
        written = writeFileAtomically(path, format == ExportFormat::Json ? annotationsToJson(all, d)
                                                                         : annotationsToCsv(all, d));
    }
    if (written)
        Q_EMIT message(tr("Exported %n annotation(s) to %1", nullptr, int(all.size()))
                           .arg(QDir::toNativeSeparators(path)));
    return written;
}

QString WorkspaceActions::workspaceFilter() const
{
    return tr("Alliance Timeline workspaces (*.%1);;All files (*)").arg(AnnotationStore::fileSuffix());
}

QString WorkspaceActions::startFolder() const
{
    const QString current = m_edits->store()->path();
    if (!current.isEmpty() && current != AnnotationStore::defaultWorkspacePath())
        return QFileInfo(current).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void WorkspaceActions::chooseNew()
{
    QString path =
        QFileDialog::getSaveFileName(m_parent, tr("New Workspace"), startFolder(), workspaceFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + AnnotationStore::fileSuffix();
    if (auto created = newWorkspace(path); !created)
        showError(tr("New Workspace"), created.error().message, created.error().detail);
}

void WorkspaceActions::chooseOpen()
{
    const QString path =
        QFileDialog::getOpenFileName(m_parent, tr("Open Workspace"), startFolder(), workspaceFilter());
    if (path.isEmpty())
        return;
    if (auto opened = openWorkspace(path); !opened)
        showError(tr("Open Workspace"), opened.error().message, opened.error().detail);
}

void WorkspaceActions::chooseSaveAs()
{
    QString path =
        QFileDialog::getSaveFileName(m_parent, tr("Save Workspace As"), startFolder(), workspaceFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + AnnotationStore::fileSuffix();
    if (auto saved = saveWorkspaceAs(path); !saved)
        showError(tr("Save Workspace As"), saved.error().message, saved.error().detail);
}

void WorkspaceActions::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(m_parent, tr("Import Annotations"), startFolder(),
                                                      tr("Annotations (*.json *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const auto imported = importFile(path); !imported)
        showError(tr("Import Annotations"),
                  tr("Nothing was imported from “%1”; the workspace is unchanged.")
                      .arg(QDir::toNativeSeparators(path)),
                  imported.error().join(u'\n'));
}

void WorkspaceActions::chooseExport(ExportFormat format)
{
    QString filter;
    QString name;
    switch (format) {
    case ExportFormat::Json:
        filter = tr("JSON (*.json)");
        name = QStringLiteral("annotations.json");
        break;
    case ExportFormat::Csv:
        filter = tr("CSV (*.csv)");
        name = QStringLiteral("annotations.csv");
        break;
    case ExportFormat::ReportFolder:
        // A new folder's name: the dialog would open an existing one rather than choose it.
        filter = tr("Report folder (*)");
        name = QStringLiteral("annotation-report");
        break;
    case ExportFormat::ReportPdf:
        filter = tr("PDF (*.pdf)");
        name = QStringLiteral("annotation-report.pdf");
        break;
    }
    const bool folder = format == ExportFormat::ReportFolder;
    const QString path = QFileDialog::getSaveFileName(
        m_parent, tr("Export Annotations"), startFolder() + u'/' + name, filter, nullptr,
        folder ? QFileDialog::DontConfirmOverwrite : QFileDialog::Options());
    if (path.isEmpty())
        return;
    if (folder && QFileInfo::exists(path) &&
        QMessageBox::question(m_parent, tr("Export Annotations"),
                              tr("“%1” exists. Replace it?").arg(QDir::toNativeSeparators(path))) !=
            QMessageBox::Yes)
        return;
    if (format == ExportFormat::Json || format == ExportFormat::Csv) {
        if (const auto written = exportFile(path, format); !written)
            showError(tr("Export Annotations"), written.error().toString());
        return;
    }
    // Drawing the pictures takes a moment each: the dialog shows how far it is and can cancel.
    QProgressDialog dialog(tr("Drawing the report's pictures…"), tr("Cancel"), 0, 0, m_parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    const auto written = exportFile(path, format, [&dialog](int done, int total) {
        dialog.setMaximum(total);
        dialog.setValue(done);
        QCoreApplication::processEvents();
        return !dialog.wasCanceled();
    });
    if (!written && dialog.wasCanceled())
        Q_EMIT message(tr("Export cancelled; nothing was changed"));
    else if (!written)
        showError(tr("Export Annotations"), written.error().toString());
}

void WorkspaceActions::showError(const QString &title, const QString &text, const QString &details)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, m_parent);
    box.setTextFormat(Qt::PlainText);
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.exec();
}

} // namespace at
