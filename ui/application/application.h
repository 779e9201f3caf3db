// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/expected.h"
#include "app/core/language.h"
#include "app/core/loaderror.h"
#include "ui/application/applicationviews.h"

#include <QLocale>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class QApplication;
class QCoreApplication;
class QUndoStack;

namespace at {

class AnnotationEdits;
class AnnotationStore;
class Document;
class MainWindow;
class Settings;
class ViewState;

// Checks the command line, then sets up the application (language, theme, the dataset) and runs the window
// or a command-line task. Returns the exit code: 0 done, 1 a task failed, 2 a bad command line.
int runApplication(int argc, char *argv[]);

// The application's names and version (where settings are kept); call once, right after the application
// object (of any kind) is constructed.
void setApplicationNames();
// The names, and the icon and icon theme of the QApplication; call once, right after it is constructed.
void setUpApplication(QApplication &app);

// Everything runApplication builds before the event loop, apart from the QApplication: the translations,
// the document with its dataset, the workspace of annotations with its undo stack, the shared view state
// and the window. The start-up benchmark builds the same session, so that it measures what a user waits
// for.
class AppSession {
public:
    explicit AppSession(std::unique_ptr<Settings> settings, ViewRegistry views = applicationViews());
    ~AppSession();

    // Chooses the language (the command line's, else the setting's, else the system's) and installs the
    // translations for it: ours and Qt's own.
    void loadTranslations(std::optional<Language> commandLine = std::nullopt);
    // The import size limit of this run (--max-file-size), over the setting; nothing: the setting's.
    void setSizeLimitOverride(std::optional<qint64> bytes);
    // Replaces the embedded dataset with what the files and folders hold (JSON, CSV tables; a folder is its
    // dataset files; a table named alone brings its sibling tables, commandLineDatasetFiles()), read as one
    // dataset, here and now. When they are not good, their problems come back
    // and the document is unchanged. For the command line's exports, which have no window.
    Expected<void, QList<LoadError>> loadDataset(const QStringList &paths);
    // The same from the window, after start(): read on a worker thread with progress and Cancel while the
    // window stays live (ImportController); the document changes only when the whole read is good. Only a
    // folder with no dataset file comes back here; the window lists the readers' problems itself.
    Expected<void, QList<LoadError>> openDataset(const QStringList &paths);
    // Loads the embedded dataset unless a file was loaded. Its problems come back when it is broken: a
    // build defect, said rather than shown as an empty window.
    Expected<void, QList<LoadError>> loadEmbeddedDatasetIfEmpty();
    // The dataset as above, then opens the workspace (`workspaceFile`, else the default one) and creates
    // the window (not shown). A workspace that cannot be opened is not fatal: workspaceError() says why,
    // and the window offers New and Open.
    Expected<void, QList<LoadError>> start(const QString &workspaceFile = {});
    QString workspaceError() const { return m_workspaceError; }
    // The team workspace that start() was asked for when its server wants a password that libpq did not
    // find (~/.pgpass, PGPASSFILE); empty otherwise.
    QString workspaceNeedingPassword() const { return m_workspaceNeedingPassword; }
    // Once the window shows: asks for that password, as File > Open Team Workspace does, and opens the
    // workspace with it. The password goes to the connection only, never into the settings.
    void askForWorkspacePassword();

    QLocale locale() const { return m_locale; }
    const ViewRegistry &views() const { return m_views; }
    Settings &settings() { return *m_settings; }
    Document &document() { return *m_document; }
    ViewState &state() { return *m_state; }
    AnnotationStore &annotations() { return *m_store; }
    MainWindow *window() { return m_window.get(); }

private:
    std::unique_ptr<Settings> m_settings;
    ViewRegistry m_views;
    QLocale m_locale;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<ViewState> m_state;
    std::unique_ptr<AnnotationStore> m_store;
    std::unique_ptr<QUndoStack> m_undoStack;
    std::unique_ptr<AnnotationEdits> m_edits;
    std::unique_ptr<MainWindow> m_window;
    QString m_workspaceError;
    QString m_workspaceNeedingPassword;
    std::optional<qint64> m_sizeLimitOverride;
};

} // namespace at
