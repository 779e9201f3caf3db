// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/annotation.h"

#include <QList>
#include <QUndoCommand>
#include <optional>

namespace at {

class AnnotationEdits;

// The undo commands behind AnnotationEdits (use that class; these are its private parts, in a header of
// their own only so that tests can look at them). A command is a list of changes, each an annotation before
// and after; undo writes the befores, redo the afters, each as one committed transaction.
class AnnotationCommand : public QUndoCommand {
public:
    struct Change {
        QString id;
        std::optional<Annotation> before; // nullopt: did not exist
        std::optional<Annotation> after;  // nullopt: deleted
    };

    // Commands are made after their change was written (so that a failed write never reaches the stack):
    // the stack's first redo() finds it applied and does nothing.
    AnnotationCommand(AnnotationEdits *edits, const QString &text, QList<Change> changes);

    void undo() override;
    void redo() override;
    // Whether the store holds the "after" state. Stays as it was when an undo or redo failed to write.
    bool isApplied() const { return m_applied; }
    const QList<Change> &changes() const { return m_changes; }

protected:
    QList<Change> m_changes;

private:
    void run(bool forward);

    AnnotationEdits *m_edits;
    bool m_applied = true;
};

// Consecutive text edits of one annotation (the editor saves while the analyst types) are one undo step.
class EditTextCommand : public AnnotationCommand {
public:
    enum { MergeId = 0x4154 };
    using AnnotationCommand::AnnotationCommand;
    int id() const override { return MergeId; }
    bool mergeWith(const QUndoCommand *other) override;
};

} // namespace at
