// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/annotation.h"
#include "app/core/annotations/storeerror.h"

#include <QLocale>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace at {

class AnnotationEdits;
class AnnotationFilterProxy;
class AnnotationModel;
class Document;
class ViewState;

// The annotations of one event or data point, for the details panel: a list of them and an editor for one.
// Typing is saved by itself after a pause (and when the text loses focus); each save is one committed
// transaction, and consecutive saves of the text are one undo step. When a save fails the edit stays in the
// editor with the reason, a Retry and a Discard button; the editor does not move to another event until the
// edit is saved or discarded, so nothing typed is lost. When a colleague changed the annotation since the
// user began (seen live, or refused by the server), the save is refused naming them and the editor offers two
// ways on: Keep Mine (the text is saved over their version, as a new edit that expects it) or Take Theirs;
// it saves nothing by itself until the user chose, and keeps the text meanwhile.
class AnnotationEditor : public QWidget {
    Q_OBJECT
public:
    AnnotationEditor(AnnotationEdits *edits, const Document *document, QWidget *parent = nullptr);

    void setLocale(const QLocale &locale);

    // The event or point whose annotations to show (nullopt: nothing annotatable is selected). Returns false,
    // staying where it is, when an unsaved edit could not be saved first.
    bool setTarget(const std::optional<AnnotationTarget> &target);
    // The same for a selection, through the Document's dataset.
    bool showSelection(Selection selection);
    // Calls showSelection() on each change of the state's selection.
    void followSelection(ViewState *state);
    std::optional<AnnotationTarget> target() const { return m_target; }

    // A new annotation on the target, saved once it has some text.
    void startNew();
    // Shows one saved annotation.
    void edit(const QString &id);
    // The saved annotation shown; empty for a new one not saved yet.
    QString currentId() const { return m_currentId; }
    bool isNew() const { return m_draft.has_value(); }
    bool hasUnsavedChanges() const;
    // Saves what was typed now. False when the save failed; the edit stays for a retry.
    bool commitPending();
    // Drops an edit that cannot be saved and shows what is saved (after a conflict: takes theirs).
    void discardPending();
    // After a conflict: saves the user's fields over the colleague's version.
    bool keepMine();
    bool inConflict() const { return m_conflict; }

    // For tests and the details panel's layout.
    QPlainTextEdit *textEdit() const { return m_text; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QComboBox *importanceBox() const { return m_importance; }
    QListView *listView() const { return m_list; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *discardButton() const { return m_discard; }
    QString statusText() const;

Q_SIGNALS:
    void unsavedChangesChanged(bool unsaved);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void loadFields(const Annotation &a);
    void storeChanged();
    void showSaved();
    void showFailure(const StoreError &error);
    void updateEnabled();
    void updateHeader();
    void updateList();
    void selectInList(const QString &id);
    void markDirty();
    bool save();
    bool dirty() const { return m_dirtyText || m_dirtyTags || m_dirtyImportance; }

    AnnotationEdits *m_edits;
    const Document *m_document;
    QLocale m_locale;
    AnnotationModel *m_model;
    AnnotationFilterProxy *m_proxy;
    std::optional<AnnotationTarget> m_target;
    QString m_currentId;
    std::optional<Annotation> m_draft;
    bool m_dirtyText = false;
    bool m_dirtyTags = false;
    bool m_dirtyImportance = false;
    bool m_loading = false;
    // The edited time of the version the user began from; a save expects it.
    QDateTime m_base;
    // A save was refused because a colleague changed the annotation: wait for Keep Mine or Take Theirs.
    bool m_conflict = false;

    QLabel *m_header;
    QPushButton *m_new;
    QListView *m_list;
    QPlainTextEdit *m_text;
    QLineEdit *m_tags;
    QComboBox *m_importance;
    QLabel *m_meta;
    QLabel *m_status;
    QPushButton *m_retry;
    QPushButton *m_discard;
    QPushButton *m_delete;
    QTimer *m_autosave;
};

} // namespace at
