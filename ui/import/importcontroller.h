// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/import/datasetimport.h"

#include <QObject>
#include <QPointer>
#include <optional>

class QAction;
class QWidget;

namespace at {

class Document;
class ImportJob;
class ImportProgressDialog;
class Settings;

// Everything the main window needs to import analysts' own data: File > Import…, drag and drop, and
// reloading the embedded dataset. It asks Add or Replace, reads off the GUI thread with a progress dialog
// and Cancel, lists every problem when there are any, and replaces the document's dataset only when the
// whole import is good. A cancelled or failed import leaves the document as it was.
//
// The command line's exports (--dataset FILE --export ...) do not need this class: they call runImport()
// (datasetimport.h) directly, without a window.
class ImportController : public QObject {
    Q_OBJECT
public:
    ImportController(Document *document, Settings *settings, QWidget *parentForDialogs);
    ~ImportController() override;

    // "&Import…" (Ctrl+I): a file dialog, then importFiles(). Owned by the controller.
    QAction *importAction() const { return m_importAction; }
    // "&Reload Embedded Dataset": the dataset compiled into the program replaces what is loaded.
    QAction *reloadEmbeddedAction() const { return m_reloadAction; }
    // Lets `target` (the main window) take .json and .csv files dropped onto it.
    void installDropTarget(QWidget *target);

    // The size limit of this run's imports (--max-file-size), over the setting's until the user changes the
    // setting (Edit > Preferences, which a refusal names): the later choice wins. Nothing: the setting.
    void setSizeLimitOverride(std::optional<qint64> bytes);
    // What the next import refuses files over.
    ImportLimit sizeLimit() const;

    bool isBusy() const;
    // The outcome of the last import that finished (for tests and the status bar).
    const ImportResult &lastResult() const { return m_last; }

public Q_SLOTS:
    void chooseAndImport();
    // Asks whether to add or replace, then imports.
    void importFiles(const QStringList &paths);
    // Imports without asking.
    void importFiles(const QStringList &paths, at::ImportMode mode);
    void cancel();
    void reloadEmbedded();

Q_SIGNALS:
    // After every import: whether the document changed, and a sentence for the status bar.
    void importFinished(bool imported, const QString &message);

private:
    void finished();
    QString loadedSummary() const;

    Document *m_document;
    Settings *m_settings;
    QWidget *m_parent;
    QAction *m_importAction;
    QAction *m_reloadAction;
    ImportJob *m_job = nullptr;
    QPointer<ImportProgressDialog> m_progress;
    ImportResult m_last;
    std::optional<qint64> m_sizeLimitOverride;
    qint64 m_settingAtOverride = 0; // the setting's value when the override was given
};

} // namespace at
