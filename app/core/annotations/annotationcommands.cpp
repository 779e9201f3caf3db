// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/annotations/annotationcommands.h"

#include "app/core/annotations/annotationedits.h"

namespace at {

AnnotationCommand::AnnotationCommand(AnnotationEdits *edits, const QString &text, QList<Change> changes)
    : QUndoCommand(text), m_changes(std::move(changes)), m_edits(edits)
{}

void AnnotationCommand::undo()
{
    if (m_applied)
        run(false);
}

void AnnotationCommand::redo()
{
    if (!m_applied)
        run(true);
}

void AnnotationCommand::run(bool forward)
{
    QList<AnnotationWrite> writes;
    writes.reserve(m_changes.size());
    for (int i = 0; i < m_changes.size(); ++i) {
        // Undo goes through the changes backwards, so a command that touches one annotation twice unwinds.
        const Change &c = m_changes[forward ? i : m_changes.size() - 1 - i];
        // Each write expects the state this command left (undo) or found (redo), like every edit: if another
        // program changed the annotation since, the write is refused as a conflict instead of overwriting it.
        writes << (forward ? AnnotationWrite::replace(c.id, c.before, c.after)
                           : AnnotationWrite::replace(c.id, c.after, c.before));
    }
    if (m_edits->applyCommand(this, writes, forward))
        m_applied = forward;
}

bool EditTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const EditTextCommand *>(other);
    if (!next || next->m_changes.size() != 1 || m_changes.size() != 1 || !next->isApplied() || !isApplied())
        return false;
    Change &mine = m_changes.first();
    const Change &theirs = next->m_changes.first();
    // Only an unbroken run: after a colleague's change in between (kept over by the user), undo must go
    // back to the colleague's version, not past it.
    if (mine.id != theirs.id || !mine.after || !theirs.before || *mine.after != *theirs.before)
        return false;
    mine.after = theirs.after;
    // Typed and typed back: nothing left to undo.
    if (mine.before && mine.after && mine.before->text == mine.after->text)
        setObsolete(true);
    return true;
}

} // namespace at
