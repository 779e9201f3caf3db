// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/language.h"

#include <QLocale>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class QApplication;
class QUndoStack;

namespace at {

class AnnotationEdits;
class AnnotationStore;
class Document;
class MainWindow;
class Settings;
class ViewState;

// Sets up the application (language, theme, the dataset), then runs the window or a command-line task.
int runApplication(int argc, char *argv[]);

// Names, version and icon theme of the QApplication; call once, right after it is constructed.
void setUpApplication(QApplication &app);

// Everything runApplication builds before the event loop, apart from the QApplication: the translations,
// the document with its dataset, the workspace of annotations with its undo stack, the shared view state
// and the window. The start-up benchmark builds the same session, so that it measures what a user waits
// for.
class AppSession {
public:
    explicit AppSession(std::unique_ptr<Settings> settings);
    ~AppSession();

    // Chooses the language (the command line's, else the setting's, else the system's) and installs the
    // translations for it: ours and Qt's own.
    void loadTranslations(std::optional<Language> commandLine = std::nullopt);
    // Replaces the embedded dataset with a file's (JSON or CSV). False, with one line per problem in
    // `errors`, when the file is not good; the document is then unchanged.
    bool loadDataset(const QString &path, QStringList *errors);
    // Loads the embedded dataset unless a file was loaded, opens the workspace (`workspaceFile`, else the
    // default one) and creates the window (not shown). False, with `error` set, when the embedded dataset
    // is broken: a build defect, said rather than shown as an empty window. A workspace that cannot be
    // opened is not fatal: workspaceError() says why, and the window offers New and Open.
    bool start(QString *error, const QString &workspaceFile = {});
    QString workspaceError() const { return m_workspaceError; }

    QLocale locale() const { return m_locale; }
    Settings &settings() { return *m_settings; }
    Document &document() { return *m_document; }
    ViewState &state() { return *m_state; }
    AnnotationStore &annotations() { return *m_store; }
    MainWindow *window() { return m_window.get(); }

private:
    std::unique_ptr<Settings> m_settings;
    QLocale m_locale;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<ViewState> m_state;
    std::unique_ptr<AnnotationStore> m_store;
    std::unique_ptr<QUndoStack> m_undoStack;
    std::unique_ptr<AnnotationEdits> m_edits;
    std::unique_ptr<MainWindow> m_window;
    QString m_workspaceError;
};

} // namespace at
