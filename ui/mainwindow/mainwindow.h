// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/eventfilter.h"

#include <QHash>
#include <QLocale>
#include <QMainWindow>
#include <functional>
#include <memory>

class QLabel;
class QUndoStack;

namespace at {

class AnnotationEdits;
class Document;
class EventFilterProxy;
class EventModel;
class ExportController;
class FilterBar;
class ImportController;
class Settings;
class TimelineView;
class ViewRegistry;
struct ViewContext;
class ViewState;
class WorkspaceActions;
struct ViewDescriptor;

// Wires the views to the document, the shared state, the filter and the annotations. No data logic lives
// here: the views and the model layer own it. The views come from the registry (the central one is the
// timeline; the others get docks); the panels (quotes, details, event list, annotations, history) are the
// window's own. Docks are created empty and filled when first shown, so that start-up only builds what the
// first frame shows. The menus are built in mainwindowmenus.cpp.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `views` must outlive the window; its central view must be the timeline. `edits` may be null (no
    // workspace: the annotation panels and menus are left out).
    MainWindow(const ViewRegistry *views, Document *document, ViewState *state, Settings *settings,
               AnnotationEdits *edits, const QLocale &locale, QWidget *parent = nullptr);
    ~MainWindow() override;

    // "N of M events shown", as in the status bar.
    QString statusText() const;
    FilterBar *filterBar() const { return m_filterBar; }
    EventFilterProxy *eventProxy() const { return m_proxy; }
    TimelineView *timeline() const { return m_timeline; }
    QWidget *centralView() const { return centralWidget(); }
    // The dock with this object name (a view's, as its registry entry names it, or a panel's: "quotesDock",
    // "detailsDock", "eventsDock", "annotationsDock", "historyDock") and its content, created now if it was
    // not shown yet.
    QDockWidget *dock(const QString &objectName) const;
    QWidget *dockContent(const QString &objectName);
    // The widget of a registered view, built now if its dock was never shown.
    QWidget *viewWidget(const ViewDescriptor &view);
    // The actions of a registered view (Export…, Export Data): in File > Export View and the view's
    // context menu.
    QList<QAction *> viewActions(const QString &viewName) const;
    ExportController *exporter() const { return m_exporter; }
    ImportController *importer() const { return m_importer; }
    WorkspaceActions *workspace() const { return m_workspace; }

    // Layout, geometry, open docks, lane order and the visible time range: written on close, read on start.
    void saveSettings();
    void restoreSettings();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createFileMenu(QMenu *file);
    void createCentralView();
    void createDocks();
    void sizeDocksToWindow();
    void createStatusBar();
    QDockWidget *addPanel(const QString &objectName, const QString &title, Qt::DockWidgetArea area,
                          std::function<QWidget *()> create);
    // A dock for each view of the registry that asks for one, in registry order.
    QList<QDockWidget *> createViewDocks();
    void applyFilter(const EventFilter &filter);
    void updateStatus();
    void updateBadges();
    void placeCursor();
    ViewContext viewContext() const;
    void copy();
    void showAbout();
    void showPreferences();
    void showDetails();
    void updateTitle();
    void setUndoStack(QUndoStack *stack);

    const ViewRegistry *m_views;
    Document *m_document;
    ViewState *m_state;
    Settings *m_settings;
    AnnotationEdits *m_edits;
    QLocale m_locale;
    EventModel *m_events = nullptr;
    EventFilterProxy *m_proxy = nullptr;
    FilterBar *m_filterBar = nullptr;
    TimelineView *m_timeline = nullptr;
    QLabel *m_status = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QMenu *m_toolbarsMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_find = nullptr;
    ExportController *m_exporter = nullptr;
    ImportController *m_importer = nullptr;
    WorkspaceActions *m_workspace = nullptr;
    QByteArray m_defaultState;
    QString m_cursorData;           // the dataset the time cursor was placed in (Document::identity())
    bool m_sizeDocksOnShow = false; // no layout was saved: the docks take their share of the window
    QHash<QString, std::function<QWidget *()>> m_pending; // dock contents not created yet
};

} // namespace at
