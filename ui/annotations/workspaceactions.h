// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/annotationedits.h"
#include "app/core/fileerror.h"

#include <QLocale>
#include <QObject>
#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace at {

class Document;
class Settings;
class ViewRegistry;

// The workspace and file commands, as actions for the main window's menus, with their dialogs. Each has a
// dialog-free twin that takes a path and returns the error, for tests and scripts. Failures are shown in a
// message box in plain text; a refused file is named and left untouched. Team workspaces are opened by their
// address; a password the server asks for is asked of the user and handed only to the connection, and the
// recent workspaces remember addresses and file paths, never a password.
class WorkspaceActions : public QObject {
    Q_OBJECT
public:
    enum class ExportFormat {
        Json,
        Csv,
        ReportFolder, // a folder: report.md and the pictures it shows
        ReportPdf,    // the same report as one PDF
    };

    // Without settings there is no list of recent workspaces.
    WorkspaceActions(AnnotationEdits *edits, const Document *document, QWidget *dialogParent,
                     Settings *settings = nullptr);
    void setLocale(const QLocale &locale) { m_locale = locale; }
    // The views that draw the report's pictures; without them the report actions are disabled.
    void setViews(const ViewRegistry *views);

    // File > New Workspace…, Open Workspace…, Save Workspace As…
    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *saveAsAction() const { return m_saveAs; }
    // File > Open Team Workspace…, File > Open Recent.
    QAction *openTeamAction() const { return m_openTeam; }
    QMenu *recentMenu() const { return m_recent; }
    // Re-read the workspace file (another program's edits).
    QAction *refreshAction() const { return m_refresh; }
    // File > Import Annotations…, Export Annotations as JSON…, as CSV…, Export Annotation Report (Folder)…,
    // Export Annotation Report (PDF)…
    QAction *importAction() const { return m_import; }
    QAction *exportJsonAction() const { return m_exportJson; }
    QAction *exportCsvAction() const { return m_exportCsv; }
    QAction *exportReportAction() const { return m_exportReport; }
    QAction *exportReportPdfAction() const { return m_exportReportPdf; }
    QList<QAction *> workspaceActions() const { return {m_new, m_open, m_openTeam, m_saveAs}; }
    QList<QAction *> fileActions() const
    {
        return {m_import, m_exportJson, m_exportCsv, m_exportReport, m_exportReportPdf};
    }

    // At start: the default workspace, or a message saying why it could not be opened.
    Expected<void, StoreError> openDefaultWorkspace();

    // Without dialogs.
    Expected<void, StoreError> newWorkspace(const QString &path);
    Expected<void, StoreError> openWorkspace(const QString &path);
    Expected<void, StoreError> saveWorkspaceAs(const QString &path);
    // A workspace file or a team workspace address (postgresql://…); `password` goes only to the connection.
    // On success the address is the first of the recent workspaces.
    Expected<void, StoreError> openLocation(const QString &location, const QString &password = {});
    // The same, asking for the password (hidden as it is typed) when the server wants one; a failure is
    // shown in a message box and the workspace that was open (if one was) stays open.
    void openLocationAsking(const QString &location);
    // Most recent first, at most maxRecent.
    QStringList recentLocations() const;
    static constexpr int maxRecent = 8;
    // What was imported, or the file's problems (one "file:line:column: error: field: message" each) or the
    // store's error. Nothing is imported unless the whole file is valid.
    Expected<ImportSummary, QStringList> importFile(const QString &path);
    // Through the atomic saver: on failure the previous file (or report folder) is untouched, and the error
    // says why. A report draws its pictures first, telling `progress` (ReportWriter::Progress) how far it is;
    // it may cancel.
    using Progress = std::function<bool(int done, int total)>;
    Expected<void, FileError> exportFile(const QString &path, ExportFormat format,
                                         const Progress &progress = {});

Q_SIGNALS:
    // A short note for the status bar ("Imported 3 annotations").
    void message(const QString &text);

private:
    void chooseNew();
    void chooseOpen();
    void chooseSaveAs();
    void chooseTeam();
    void fillRecentMenu();
    void remember(const QString &location);
    void chooseImport();
    void chooseExport(ExportFormat format);
    void showError(const QString &title, const QString &text, const QString &details = {});
    QString workspaceFilter() const;
    QString startFolder() const;

    AnnotationEdits *m_edits;
    const Document *m_document;
    QWidget *m_parent;
    Settings *m_settings;
    QLocale m_locale;
    QAction *m_new;
    QAction *m_open;
    QAction *m_saveAs;
    QAction *m_openTeam;
    QMenu *m_recent;
    QAction *m_refresh;
    QAction *m_import;
    QAction *m_exportJson;
    QAction *m_exportCsv;
    QAction *m_exportReport;
    QAction *m_exportReportPdf;
    const ViewRegistry *m_views = nullptr;
};

} // namespace at
