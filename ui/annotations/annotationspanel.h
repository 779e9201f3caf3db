// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QLocale>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace at {

class AnnotationEdits;
class AnnotationFilterProxy;
class AnnotationModel;
class Document;
class SaveStatusLabel;
class ViewState;
struct Selection;

// Every annotation of the workspace, filtered by text, tag, author and importance. The search field
// matches every word it is given, case-insensitively, against the stored text, tags and author (and the
// target's title). The window's filter hides the annotations of the events, companies and series it
// leaves out (a period, across all companies, is never hidden); the foot counts "N of M" then. Activating
// one selects its event, data point or company in the shared ViewState, looked up by id in the Document's
// current dataset, and puts the time cursor at its place (a range's first day), showing a range whole.
// The foot shows the saved marker and the workspace file; another program's edits to the same workspace
// appear within two seconds (and at once with Refresh).
class AnnotationsPanel : public QWidget {
    Q_OBJECT
public:
    AnnotationsPanel(AnnotationEdits *edits, const Document *document, ViewState *state,
                     QWidget *parent = nullptr);

    void setLocale(const QLocale &locale);

    AnnotationModel *model() const { return m_model; }
    AnnotationFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    SaveStatusLabel *saveStatus() const { return m_saveStatus; }
    // What the foot says about the last jump or refresh ("… is not in the loaded dataset").
    QString messageText() const;

    // Selects the annotation's target and moves the time cursor to it; false when the dataset has no such
    // event or point.
    bool jumpTo(const QString &annotationId);
    // Deletes the selected annotations (an undo step each).
    void deleteSelected();
    // Re-reads the workspace file.
    void refresh();

Q_SIGNALS:
    // An annotation was activated (double-click or Enter), after the jump.
    void annotationActivated(const QString &id);

private:
    void fillFilterChoices();
    void updateCount();
    // Narrows the list to the annotations of what the window's filter keeps.
    void followFilter();
    // Highlights the annotations of what the window selected.
    void followSelection(at::Selection selection);
    void updateWorkspaceLabel();
    void showContextMenu(const QPoint &pos);
    QString selectedId() const;

    AnnotationEdits *m_edits;
    const Document *m_document;
    ViewState *m_state;
    QLocale m_locale;
    AnnotationModel *m_model;
    AnnotationFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_tag;
    QComboBox *m_author;
    QComboBox *m_importance;
    QToolButton *m_refresh;
    QTableView *m_view;
    QLabel *m_count;
    QLabel *m_workspace;
    QLabel *m_message;
    SaveStatusLabel *m_saveStatus;
    QTimer *m_poll;
};

} // namespace at
