// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/annotations/annotationedits.h"

#include "app/core/annotations/annotationcommands.h"

#include <QCoreApplication>
#include <QHash>
#include <QUndoStack>
#include <QUuid>
#include <utility>

namespace at {

namespace {

struct ImportPlan {
    ImportSummary summary;
    QList<AnnotationWrite> writes;
    QList<AnnotationCommand::Change> changes;
};

ImportPlan planImport(const AnnotationStore &store, const QList<Annotation> &incoming)
{
    ImportPlan plan;
    for (const Annotation &a : incoming) {
        const Annotation *existing = store.find(a.id);
        if (!existing) {
            ++plan.summary.added;
            plan.writes << AnnotationWrite::put(a, AnnotationWrite::Expect::Absent);
            plan.changes << AnnotationCommand::Change{a.id, std::nullopt, a};
        } else if (*existing == a) {
            ++plan.summary.unchanged;
        } else if (a.edited > existing->edited) {
            ++plan.summary.updated;
            plan.writes << AnnotationWrite::replace(a.id, *existing, a);
            plan.changes << AnnotationCommand::Change{a.id, *existing, a};
        } else {
            ++plan.summary.keptNewer;
        }
    }
    return plan;
}

} // namespace

AnnotationEdits::AnnotationEdits(AnnotationStore *store, QUndoStack *stack, QObject *parent)
    : QObject(parent), m_store(store), m_stack(stack)
{
    connect(m_stack, &QUndoStack::indexChanged, this, &AnnotationEdits::restoreIndex);
    // Commands name annotations of one workspace; in another they would undo the wrong thing.
    connect(m_store, &AnnotationStore::workspaceChanged, m_stack, &QUndoStack::clear);
}

QString AnnotationEdits::author() const
{
    return m_author.isEmpty() ? systemUserName() : m_author;
}

Annotation AnnotationEdits::draft(const AnnotationTarget &target) const
{
    Annotation a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.target = target;
    a.author = author();
    a.created = currentTime();
    a.edited = a.created;
    a.editedBy = a.author;
    return a;
}

Expected<void, StoreError> AnnotationEdits::add(const Annotation &draft)
{
    Annotation a = draft;
    a.tags = normalizeTags(a.tags);
    a.created = currentTime(); // when it was saved, not when the editor opened
    a.edited = a.created;
    a.editedBy = author();
    if (auto written = m_store->write({AnnotationWrite::put(a, AnnotationWrite::Expect::Absent)}); !written)
        return written;
    m_stack->push(new AnnotationCommand(this, tr("Add annotation"), {{a.id, std::nullopt, a}}));
    return {};
}

Expected<void, StoreError> AnnotationEdits::change(const QString &id, const QString &commandText, bool isText,
                                                   const std::function<void(Annotation &)> &edit,
                                                   const QDateTime &readEdited)
{
    const Annotation *found = m_store->find(id);
    if (!found)
        return Unexpected(StoreError{
            StoreError::Code::NotFound, tr("This annotation no longer exists in the workspace."), {}});
    const Annotation before = *found;
    if (readEdited.isValid() && before.edited != readEdited) {
        const QString who = before.editedBy.isEmpty() ? before.author : before.editedBy;
        return Unexpected(StoreError{
            StoreError::Code::Conflict,
            tr("%1 changed this annotation at %2, while you were editing it; your change was not saved, "
               "so as not to overwrite theirs.")
                .arg(who, before.edited.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))),
            {}});
    }
    Annotation after = before;
    edit(after);
    if (after == before)
        return {};
    after.edited = currentTime();
    after.editedBy = author();
    if (auto written = m_store->write({AnnotationWrite::replace(id, before, after)}); !written)
        return written;
    QList<AnnotationCommand::Change> changes{{id, before, after}};
    if (isText)
        m_stack->push(new EditTextCommand(this, commandText, std::move(changes)));
    else
        m_stack->push(new AnnotationCommand(this, commandText, std::move(changes)));
    return {};
}

Expected<void, StoreError> AnnotationEdits::setText(const QString &id, const QString &text,
                                                    const QDateTime &readEdited)
{
    return change(
        id, tr("Edit annotation text"), true, [&](Annotation &a) { a.text = text; }, readEdited);
}

Expected<void, StoreError> AnnotationEdits::setTags(const QString &id, const QStringList &tags,
                                                    const QDateTime &readEdited)
{
    const QStringList normalized = normalizeTags(tags);
    return change(
        id, tr("Retag annotation"), false, [&](Annotation &a) { a.tags = normalized; }, readEdited);
}

Expected<void, StoreError> AnnotationEdits::setImportance(const QString &id, Importance importance,
                                                          const QDateTime &readEdited)
{
    return change(
        id, tr("Change annotation importance"), false, [&](Annotation &a) { a.importance = importance; },
        readEdited);
}

Expected<void, StoreError> AnnotationEdits::setRange(const QString &id, QDate from, QDate to)
{
    const Annotation *found = m_store->find(id);
    if (found && !found->target.isRange())
        return Unexpected(StoreError{StoreError::Code::Other,
                                     tr("Only an annotation on a company over time or on a period has a time "
                                        "range to move."),
                                     {}});
    if (!from.isValid() || !to.isValid() || to < from)
        return Unexpected(StoreError{StoreError::Code::Other,
                                     tr("The last day, %1, is before the first, %2.")
                                         .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)),
                                     {}});
    const bool sameLength = found && found->target.from.daysTo(found->target.to) == from.daysTo(to);
    return change(id, sameLength ? tr("Move annotation") : tr("Resize annotation"), false,
                  [&](Annotation &a) {
                      a.target.from = from;
                      a.target.to = to;
                  });
}

Expected<void, StoreError> AnnotationEdits::remove(const QString &id)
{
    const Annotation *found = m_store->find(id);
    if (!found)
        return Unexpected(StoreError{
            StoreError::Code::NotFound, tr("This annotation no longer exists in the workspace."), {}});
    const Annotation before = *found;
    if (auto written = m_store->write({AnnotationWrite::erase(id, before.edited)}); !written)
        return written;
    m_stack->push(new AnnotationCommand(this, tr("Delete annotation"), {{id, before, std::nullopt}}));
    return {};
}

ImportSummary AnnotationEdits::previewImport(const QList<Annotation> &incoming) const
{
    return planImport(*m_store, incoming).summary;
}

Expected<ImportSummary, StoreError> AnnotationEdits::importAnnotations(const QList<Annotation> &incoming)
{
    ImportPlan plan = planImport(*m_store, incoming);
    if (plan.writes.isEmpty())
        return plan.summary;
    if (auto written = m_store->write(plan.writes); !written)
        return Unexpected(written.error());
    const int n = int(plan.changes.size());
    m_stack->push(
        new AnnotationCommand(this, tr("Import %n annotation(s)", nullptr, n), std::move(plan.changes)));
    return plan.summary;
}

Expected<void, StoreError> AnnotationEdits::applyCommand(AnnotationCommand *command,
                                                         const QList<AnnotationWrite> &writes, bool forward)
{
    if (m_blocked)
        return Unexpected(StoreError{StoreError::Code::Other, tr("An earlier step could not be saved."), {}});
    auto written = m_store->write(writes);
    if (!written) {
        StoreError e = written.error();
        e.message = (forward ? tr("“%1” was not redone: %2") : tr("“%1” was not undone: %2"))
                        .arg(command->text(), e.message);
        m_blocked = true;
        m_failedForward = forward;
        m_failedAt = -1;
        for (int i = 0; i < m_stack->count(); ++i)
            if (m_stack->command(i) == command)
                m_failedAt = i;
        Q_EMIT undoRedoFailed(e);
        return Unexpected(e);
    }
    return {};
}

void AnnotationEdits::restoreIndex()
{
    if (!m_blocked)
        return;
    m_blocked = false;
    const int failedAt = std::exchange(m_failedAt, -1);
    if (failedAt < 0)
        return;
    // A failed undo leaves its command applied (index just above it); a failed redo leaves it undone. The
    // commands skipped after the failure still hold their state, so moving the index back writes nothing.
    m_stack->setIndex(m_failedForward ? failedAt : failedAt + 1);
}

} // namespace at
