// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The main window's menus, toolbars and the dialogs they open (kept apart from the view wiring in
// mainwindow.cpp). Every action has an object name, so that tests find it.
#include "app/core/annotations/annotationedits.h"
#include "app/core/theme.h"
#include "app/core/viewstate.h"
#include "ui/annotations/workspaceactions.h"
#include "ui/exportviews/exportcontroller.h"
#include "ui/filterbar/filterbar.h"
#include "ui/import/importcontroller.h"
#include "ui/mainwindow/icons.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/preferences/preferencesdialog.h"
#include "ui/timeline/timelineview.h"
#include "ui/viewregistry/viewregistry.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStatusBar>
#include <QToolBar>

namespace at {

namespace {
QAction *named(QAction *action, const char *objectName, const QKeySequence &shortcut = {})
{
    action->setObjectName(QLatin1StringView(objectName));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}
} // namespace

void MainWindow::createActions()
{
    createFileMenu(menuBar()->addMenu(tr("&File")));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = named(edit->addAction(themeIcon(QStringLiteral("edit-undo"), QStyle::SP_ArrowBack), tr("&Undo")),
                   "actionUndo", QKeySequence::Undo);
    m_redo =
        named(edit->addAction(themeIcon(QStringLiteral("edit-redo"), QStyle::SP_ArrowForward), tr("&Redo")),
              "actionRedo", QKeySequence::Redo);
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    edit->addSeparator();
    QAction *copy = named(edit->addAction(themeIcon(QStringLiteral("edit-copy")), tr("&Copy with Citation"),
                                          this, &MainWindow::copy),
                          "actionCopy", QKeySequence::Copy);
    m_find = named(edit->addAction(themeIcon(QStringLiteral("edit-find")), tr("&Find Events…")), "actionFind",
                   QKeySequence::Find);
    edit->addSeparator();
    QAction *preferences = named(edit->addAction(themeIcon(QStringLiteral("preferences-system")),
                                                 tr("&Preferences…"), this, &MainWindow::showPreferences),
                                 "actionPreferences", QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = named(view->addAction(themeIcon(QStringLiteral("zoom-in")), tr("Zoom &In"), m_timeline,
                                            &TimelineView::zoomIn),
                            "actionZoomIn", QKeySequence::ZoomIn);
    QAction *zoomOut = named(view->addAction(themeIcon(QStringLiteral("zoom-out")), tr("Zoom &Out"),
                                             m_timeline, &TimelineView::zoomOut),
                             "actionZoomOut", QKeySequence::ZoomOut);
    QAction *fitAll = named(view->addAction(themeIcon(QStringLiteral("zoom-fit-best")), tr("&Fit All"),
                                            m_timeline, &TimelineView::fitAll),
                            "actionFitAll", QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addSeparator();
    m_panelsMenu = view->addMenu(tr("&Panels"));
    m_toolbarsMenu = view->addMenu(tr("&Toolbars"));
    view->addSeparator();
    named(view->addAction(tr("&Reset Layout"), this, [this] { restoreState(m_defaultState, 2); }),
          "actionResetLayout");

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about =
        named(help->addAction(themeIcon(QStringLiteral("help-about"), QStyle::SP_MessageBoxInformation),
                              tr("&About Alliance Timeline"), this, &MainWindow::showAbout),
              "actionAbout");
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);

    m_toolBar = addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->addActions({m_importer->importAction(), m_importer->reloadEmbeddedAction()});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_undo, m_redo});
    m_toolBar->addSeparator();
    m_toolBar->addActions({zoomIn, zoomOut, fitAll});
    m_toolBar->addSeparator();
    m_toolBar->addActions({copy, findChild<QAction *>(QStringLiteral("actionExport"))});
    // A toolbar shows the menu text without its accelerator: Qt drops "&" but would leave the Chinese
    // "(&I)" as "(I)", and an ellipsis has no place on a button.
    static const QRegularExpression accelerator(QStringLiteral("\\(&.\\)|&|…"));
    for (QAction *a : m_toolBar->actions())
        a->setIconText(a->text().remove(accelerator).trimmed());

    m_filterBar = new FilterBar(m_document, this);
    m_filterBar->setLocale(m_locale);
    auto *filterTools = addToolBar(tr("Filter"));
    filterTools->setObjectName(QStringLiteral("filterToolBar"));
    filterTools->addWidget(m_filterBar);
    // The filter lives in the shared state: the bar writes it and shows it, every view follows it.
    connect(m_filterBar, &FilterBar::filterChanged, m_state, &ViewState::setFilter);
    connect(m_state, &ViewState::filterChanged, m_filterBar, &FilterBar::setFilter);
    connect(m_state, &ViewState::filterChanged, this, &MainWindow::applyFilter);
    connect(m_find, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    m_toolbarsMenu->addActions({m_toolBar->toggleViewAction(), filterTools->toggleViewAction()});
}

void MainWindow::createFileMenu(QMenu *file)
{
    m_importer = new ImportController(m_document, m_settings, this);
    m_importer->installDropTarget(this);
    connect(m_importer, &ImportController::importFinished, this,
            [this](bool, const QString &message) { statusBar()->showMessage(message, 8000); });
    file->addAction(named(m_importer->importAction(), "actionImport"));
    file->addAction(named(m_importer->reloadEmbeddedAction(), "actionReload"));
    file->addSeparator();

    if (m_edits) {
        m_workspace = new WorkspaceActions(m_edits, m_document, this, m_settings);
        m_workspace->setLocale(m_locale);
        m_workspace->setViews(m_views);
        connect(m_workspace, &WorkspaceActions::message, this,
                [this](const QString &text) { statusBar()->showMessage(text, 6000); });
        file->addActions(m_workspace->workspaceActions());
        file->addMenu(m_workspace->recentMenu());
        QMenu *annotations = file->addMenu(tr("&Annotations"));
        annotations->addActions(m_workspace->fileActions());
        file->addSeparator();
    }

    // One Export… for the view the user is in (the timeline unless a chart has the focus), and one entry per
    // view; the same actions are in each view's context menu.
    QMenu *exportMenu = file->addMenu(themeIcon(QStringLiteral("document-save-as")), tr("Export &View"));
    for (const ViewDescriptor &view : m_views->views()) {
        QAction *action = exportMenu->addAction(tr("%1…").arg(view.title()));
        action->setObjectName(QStringLiteral("export-") + view.name);
        connect(action, &QAction::triggered, m_exporter,
                [this, name = view.name] { m_exporter->exportView(name); });
    }
    exportMenu->addSeparator();
    for (const ViewDescriptor &view : m_views->views()) {
        QAction *action = exportMenu->addAction(tr("%1 Data (CSV)…").arg(view.title()));
        action->setObjectName(QStringLiteral("export-data-") + view.name);
        connect(action, &QAction::triggered, m_exporter,
                [this, name = view.name] { m_exporter->exportData(name); });
    }
    m_timeline->addActions(viewActions(m_views->central()->name));
    QAction *exportCurrent =
        named(file->addAction(themeIcon(QStringLiteral("document-save-as"), QStyle::SP_DialogSaveButton),
                              tr("&Export…")),
              "actionExport", QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportCurrent, &QAction::triggered, this, [this] {
        // The view that holds the focus, or the central one.
        const QWidget *focus = QApplication::focusWidget();
        for (const ViewDescriptor &view : m_views->views()) {
            const QDockWidget *d =
                view.placement.kind == ViewPlacement::Kind::Dock ? dock(view.placement.dockName) : nullptr;
            if (focus && d && d->isAncestorOf(focus)) {
                m_exporter->exportView(view.name);
                return;
            }
        }
        m_exporter->exportView(m_views->central()->name);
    });
    file->addSeparator();
    QAction *quit =
        named(file->addAction(themeIcon(QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton),
                              tr("&Quit"), this, &QWidget::close),
              "actionQuit", QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings, QLocale::system(), this);
    connect(&dialog, &PreferencesDialog::themeChanged, this, [](Theme theme) { applyTheme(*qApp, theme); });
    connect(&dialog, &PreferencesDialog::preferencesChanged, this, [this](const Preferences &p) {
        if (m_edits)
            m_edits->setAuthor(p.annotationAuthor);
    });
    dialog.exec();
}

} // namespace at
