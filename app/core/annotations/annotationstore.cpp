// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/annotations/annotationstore.h"

#include "app/core/annotations/sqliteworkspace.h"
#include "app/core/dataset.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>
#include <algorithm>
#include <utility>

namespace at {

namespace {

bool createdBefore(const Annotation &a, const Annotation &b)
{
    return a.created != b.created ? a.created < b.created : a.id < b.id;
}

} // namespace

AnnotationWrite AnnotationWrite::replace(const QString &id, const std::optional<Annotation> &current,
                                         const std::optional<Annotation> &state)
{
    const Expect expect = current ? Expect::Unchanged : Expect::Absent;
    const QDateTime edited = current ? current->edited : QDateTime();
    return {id, state, expect, edited};
}

AnnotationStore::AnnotationStore(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<StoreError>();
}

AnnotationStore::~AnnotationStore() = default;

QString AnnotationStore::defaultWorkspacePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspace.") +
           fileSuffix();
}

Expected<void, StoreError> AnnotationStore::openDefault()
{
    const QString path = defaultWorkspacePath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Unexpected(StoreError{StoreError::Code::ReadOnly,
                                     tr("The folder for the default workspace, “%1”, cannot be created.")
                                         .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
                                     {}});
    return openOrCreate(path);
}

Expected<void, StoreError> AnnotationStore::openOrCreate(const QString &path)
{
    return QFileInfo::exists(path) ? open(path) : create(path);
}

Expected<void, StoreError> AnnotationStore::open(const QString &path)
{
    auto opened = SqliteWorkspace::open(path, m_busyTimeoutMs);
    if (!opened)
        return Unexpected(opened.error());
    std::unique_ptr<SqliteWorkspace> workspace = std::move(opened).value();
    const std::optional<SqliteWorkspace::Upgrade> upgrade = workspace->upgrade();
    if (auto adopted = adopt(std::move(workspace)); !adopted)
        return adopted;
    if (upgrade)
        Q_EMIT upgraded(upgrade->fromVersion, upgrade->backupPath);
    return {};
}

Expected<void, StoreError> AnnotationStore::create(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == this->path())
        close(); // the connection would otherwise keep using the file being replaced
    if (auto created = SqliteWorkspace::create(absolute, m_busyTimeoutMs); !created)
        return created;
    return open(absolute);
}

Expected<void, StoreError> AnnotationStore::saveAs(const QString &path)
{
    SqliteWorkspace *current = file();
    if (!current)
        return Unexpected(StoreError{StoreError::Code::NotOpen, tr("No workspace file is open."), {}});
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == current->path())
        return {};
    if (auto copied = current->copyTo(absolute); !copied)
        return copied;
    return open(absolute);
}

Expected<void, StoreError> AnnotationStore::adopt(std::unique_ptr<WorkspaceBackend> backend)
{
    auto read = backend->readAll();
    if (!read)
        return Unexpected(read.error());
    m_backend = std::move(backend);
    m_lastError.reset();
    // A backend that is told of others' commits (a server) says so; a file is polled (refreshIfChanged).
    connect(m_backend.get(), &WorkspaceBackend::changedElsewhere, this, [this] { (void)refresh(); });
    connect(m_backend.get(), &WorkspaceBackend::connectionChanged, this, &AnnotationStore::connectionChanged);
    replaceList(std::move(read).value());
    Q_EMIT workspaceChanged(m_backend->location());
    return {};
}

void AnnotationStore::close()
{
    if (!isOpen())
        return;
    Q_EMIT aboutToReset();
    m_backend.reset();
    m_annotations.clear();
    m_rowOf.clear();
    Q_EMIT reset();
    Q_EMIT contentsChanged();
    Q_EMIT workspaceChanged(QString());
}

SqliteWorkspace *AnnotationStore::file() const
{
    return qobject_cast<SqliteWorkspace *>(m_backend.get());
}

QString AnnotationStore::path() const
{
    const SqliteWorkspace *f = file();
    return f ? f->path() : QString();
}

QString AnnotationStore::location() const
{
    return m_backend ? m_backend->location() : QString();
}

void AnnotationStore::setBusyTimeout(int ms)
{
    m_busyTimeoutMs = ms;
    if (SqliteWorkspace *f = file())
        f->setBusyTimeout(ms);
}

bool AnnotationStore::looksWritable() const
{
    return m_backend && m_backend->looksWritable();
}

const Annotation *AnnotationStore::find(const QString &id) const
{
    const int row = indexOf(id);
    return row < 0 ? nullptr : &m_annotations[row];
}

QList<Annotation> AnnotationStore::annotationsFor(const AnnotationTarget &target) const
{
    QList<Annotation> result;
    for (const Annotation &a : m_annotations)
        if (a.target == target)
            result << a;
    return result;
}

QHash<int, int> AnnotationStore::annotationCountsByEvent(const Dataset &d) const
{
    QHash<int, int> counts;
    for (const Annotation &a : m_annotations)
        if (const int i = eventIndexOf(d, a.target); i >= 0)
            ++counts[i];
    return counts;
}

QStringList AnnotationStore::tags() const
{
    QSet<QString> set;
    for (const Annotation &a : m_annotations)
        for (const QString &t : a.tags)
            set.insert(t);
    QStringList list(set.begin(), set.end());
    list.sort(Qt::CaseInsensitive);
    return list;
}

QStringList AnnotationStore::authors() const
{
    QSet<QString> set;
    for (const Annotation &a : m_annotations)
        set.insert(a.author);
    QStringList list(set.begin(), set.end());
    list.sort(Qt::CaseInsensitive);
    return list;
}

Expected<void, StoreError> AnnotationStore::write(const QList<AnnotationWrite> &writes)
{
    const auto fail = [this](const StoreError &e) {
        m_lastError = e;
        Q_EMIT writeFailed(e);
        return Unexpected(e);
    };
    if (!isOpen())
        return fail(
            StoreError{StoreError::Code::NotOpen, tr("No workspace is open. Open or create one first."), {}});
    if (writes.isEmpty())
        return {};
    if (auto written = m_backend->write(writes); !written) {
        // Re-read, so that the list shows what the other program saved.
        if (written.error().code == StoreError::Code::Conflict ||
            written.error().code == StoreError::Code::NotFound)
            (void)refresh();
        return fail(written.error());
    }
    // Committed: only now does the list (and so every view) show it.
    applyToList(writes);
    m_lastSaved = currentTime();
    m_lastError.reset();
    Q_EMIT saved(m_lastSaved);
    return {};
}

void AnnotationStore::applyToList(const QList<AnnotationWrite> &writes)
{
    if (writes.size() > 64) {
        applyMany(writes);
    } else {
        for (const AnnotationWrite &w : writes) {
            const int row = indexOf(w.id);
            if (row >= 0 && w.value && w.value->created == m_annotations[row].created) {
                m_annotations[row] = *w.value;
                Q_EMIT changed(row);
                continue;
            }
            if (row >= 0)
                removeRow(row);
            if (w.value)
                insertRow(*w.value);
        }
    }
    Q_EMIT contentsChanged();
}

// An import: one reset instead of a signal per row, and linear work (plus one sort) however many rows,
// where editing the list row by row would shift it and rebuild the index for each.
void AnnotationStore::applyMany(const QList<AnnotationWrite> &writes)
{
    // The last write of an id wins, as it did in the transaction.
    QHash<QString, const AnnotationWrite *> last;
    last.reserve(writes.size());
    for (const AnnotationWrite &w : writes)
        last.insert(w.id, &w);
    Q_EMIT aboutToReset();
    QList<Annotation> next;
    next.reserve(m_annotations.size() + last.size());
    for (Annotation &a : m_annotations)
        if (!last.contains(a.id))
            next.append(std::move(a));
    for (const AnnotationWrite *w : std::as_const(last))
        if (w->value)
            next.append(*w->value);
    std::sort(next.begin(), next.end(), createdBefore);
    m_annotations = std::move(next);
    rebuildRowIndex();
    Q_EMIT reset();
}

void AnnotationStore::insertRow(const Annotation &a)
{
    const auto it = std::lower_bound(m_annotations.begin(), m_annotations.end(), a, createdBefore);
    const int row = int(it - m_annotations.begin());
    Q_EMIT aboutToInsert(row);
    m_annotations.insert(row, a);
    rebuildRowIndex();
    Q_EMIT inserted(row);
}

void AnnotationStore::removeRow(int row)
{
    Q_EMIT aboutToRemove(row);
    m_annotations.removeAt(row);
    rebuildRowIndex();
    Q_EMIT removed(row);
}

void AnnotationStore::rebuildRowIndex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_annotations.size());
    for (int i = 0; i < m_annotations.size(); ++i)
        m_rowOf.insert(m_annotations[i].id, i);
}

Expected<void, StoreError> AnnotationStore::refresh()
{
    if (!isOpen())
        return Unexpected(StoreError{StoreError::Code::NotOpen, tr("No workspace is open."), {}});
    auto read = m_backend->readAll();
    if (!read)
        return Unexpected(read.error());
    replaceList(std::move(read).value());
    return {};
}

void AnnotationStore::replaceList(QList<Annotation> list)
{
    Q_EMIT aboutToReset();
    m_annotations = std::move(list);
    rebuildRowIndex();
    Q_EMIT reset();
    Q_EMIT contentsChanged();
}

bool AnnotationStore::refreshIfChanged()
{
    if (!isOpen() || !m_backend->changedSinceRead())
        return false;
    return bool(refresh());
}

QString AnnotationStore::integrityCheck() const
{
    const SqliteWorkspace *f = file();
    return f ? f->integrityCheck() : QString();
}

int AnnotationStore::synchronousMode() const
{
    const SqliteWorkspace *f = file();
    return f ? f->synchronousMode() : -1;
}

} // namespace at
