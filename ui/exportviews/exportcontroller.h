// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/expected.h"
#include "app/core/fileerror.h"
#include "ui/viewregistry/viewregistry.h"

#include <QObject>
#include <functional>
#include <memory>

class QWidget;

namespace at {

class ExportJob;
class ExportSource;

// File > Export and the views' Export… entries, for every view of the registry: asks for size, title and
// file (ExportDialog), then draws and writes in an ExportJob (progress and Cancel; the window stays
// responsive), or copies the picture to the clipboard. Errors are shown in plain text and leave no file.
class ExportController : public QObject {
    Q_OBJECT
public:
    // The widget of a view in the window, built now if its dock was never shown.
    using WidgetFor = std::function<QWidget *(const ViewDescriptor &view)>;

    ExportController(const ViewRegistry *views, ViewContext context, WidgetFor widgetFor,
                     QWidget *dialogParent);
    ~ExportController() override;

    const ViewRegistry &views() const { return *m_views; }
    // The CSV of a view, written without asking (for exportData() and tests).
    Expected<void, FileError> writeData(const QString &name, const QString &path);

public Q_SLOTS:
    // Asks, then exports the view of this name; nothing for a name the registry does not have, or while
    // another export runs. A file name ending in .csv gets the view's data.
    void exportView(const QString &name);
    // Asks for a file, then writes the view's data as CSV (what it draws now, with the filter).
    void exportData(const QString &name);

Q_SIGNALS:
    // "Exported timeline.png", or why not; for the status bar.
    void message(const QString &text);

private:
    void reportData(const Expected<void, FileError> &written, const QString &path);

    const ViewRegistry *m_views;
    ViewContext m_context;
    WidgetFor m_widgetFor;
    QWidget *m_parent;
    // The running export and what it draws (the job holds a reference to it).
    std::unique_ptr<ExportSource> m_source;
    std::unique_ptr<ExportJob> m_job;
};

} // namespace at
