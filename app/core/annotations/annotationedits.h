// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/annotation.h"
#include "app/core/annotations/annotationstore.h"

#include <QObject>
#include <functional>

class QUndoStack;

namespace at {

class AnnotationCommand;

// What an import would do, or did: annotations new to the workspace, newer versions of ones it has,
// identical ones, and ones where the workspace's copy is the newer and was kept.
struct ImportSummary {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int keptNewer = 0;
};

// Every change to annotations, as undo commands on the one QUndoStack the main window owns. Each call
// writes its change first (one committed transaction) and pushes a command only when that worked, so a
// failed save leaves the stack alone and the caller (the editor) keeps the edit to retry. Undo and redo
// write through the store too, stating what they expect to find like every edit (the state the command
// left), so that undoing after another program changed the same annotation is refused as a conflict and
// reported, never overwriting that change; when one fails, the stack's index is put back to match what is
// on disk.
class AnnotationEdits : public QObject {
    Q_OBJECT
public:
    AnnotationEdits(AnnotationStore *store, QUndoStack *stack, QObject *parent = nullptr);

    AnnotationStore *store() const { return m_store; }
    QUndoStack *undoStack() const { return m_stack; }

    // The author of new annotations; empty means the system user name.
    QString author() const;
    void setAuthor(const QString &name) { m_author = name.trimmed(); }

    // A new, unsaved annotation on `target` with a fresh id and the author; add() saves it. A draft kept
    // across a failed add() keeps its id, so that a retry can never save it twice.
    Annotation draft(const AnnotationTarget &target) const;

    Expected<void, StoreError> add(const Annotation &draft);
    // Consecutive calls on one annotation merge into one undo step. `readEdited`, when valid, is the edited
    // time of the version the user began from (the editor's): a colleague's change that arrived since, live,
    // refuses the edit as a Conflict that names them, as the server refuses one that did not arrive yet.
    Expected<void, StoreError> setText(const QString &id, const QString &text,
                                       const QDateTime &readEdited = {});
    Expected<void, StoreError> setTags(const QString &id, const QStringList &tags,
                                       const QDateTime &readEdited = {});
    Expected<void, StoreError> setImportance(const QString &id, Importance importance,
                                             const QDateTime &readEdited = {});
    // Moves or resizes a span or a period to its new first and last day: one undo step, "Move annotation"
    // when its length stays, else "Resize annotation". A drag commits once, when the mouse is released.
    Expected<void, StoreError> setRange(const QString &id, QDate from, QDate to);
    Expected<void, StoreError> remove(const QString &id);

    // Merges by id: new ones are added, and an existing one is replaced only by a version edited later.
    ImportSummary previewImport(const QList<Annotation> &incoming) const;
    Expected<ImportSummary, StoreError> importAnnotations(const QList<Annotation> &incoming);

    // Called by the commands.
    Expected<void, StoreError> applyCommand(AnnotationCommand *command, const QList<AnnotationWrite> &writes,
                                            bool forward);

Q_SIGNALS:
    // An undo or redo could not be written (or was refused as a conflict); the stack was put back. The
    // message names the step.
    void undoRedoFailed(const at::StoreError &error);

private:
    Expected<void, StoreError> change(const QString &id, const QString &commandText, bool isText,
                                      const std::function<void(Annotation &)> &edit,
                                      const QDateTime &readEdited = {});
    void restoreIndex();

    AnnotationStore *m_store;
    QUndoStack *m_stack;
    QString m_author;
    // Set when an undo or redo failed, until the stack's index is corrected: the rest of a multi-step jump
    // (QUndoView) writes nothing.
    bool m_blocked = false;
    int m_failedAt = -1;
    bool m_failedForward = false;
};

} // namespace at
