// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/annotations/annotationstore.h"

#include "app/core/annotations/workspaceschema.h"
#include "app/core/atomicfile.h"
#include "app/core/dataset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <algorithm>
#include <utility>

namespace at {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Unexpected<StoreError> error(StoreError::Code code, const QString &message, const QString &detail = {})
{
    return Unexpected(StoreError{code, message, detail});
}

// Checks made before SQLite sees the file, so that something that is not a database is never handed to it.
Expected<void, StoreError> checkFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return error(StoreError::Code::Missing,
                     AnnotationStore::tr("The workspace “%1” does not exist.").arg(native(path)));
    if (info.isDir())
        return error(StoreError::Code::CannotOpen,
                     AnnotationStore::tr("“%1” is a folder, not a workspace file.").arg(native(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return error(StoreError::Code::CannotOpen,
                     AnnotationStore::tr("The workspace “%1” cannot be read.").arg(native(path)),
                     file.errorString());
    const QByteArray head = file.read(16);
    if (head.isEmpty())
        return error(
            StoreError::Code::NotWorkspace,
            AnnotationStore::tr(
                "“%1” is empty, not an Alliance Timeline workspace. It was not opened and was not changed.")
                .arg(native(path)));
    if (head != QByteArrayView("SQLite format 3\0", 16))
        return error(
            StoreError::Code::NotWorkspace,
            AnnotationStore::tr(
                "“%1” is not an Alliance Timeline workspace (it is not an SQLite database). It was not "
                "opened and was not changed.")
                .arg(native(path)));
    return {};
}

// SQLite's own refusals (not a database, corrupt) say what; add that the file was left as it was.
Unexpected<StoreError> notChanged(StoreError e)
{
    if (e.code == StoreError::Code::NotWorkspace || e.code == StoreError::Code::Damaged)
        e.message += u' ' + AnnotationStore::tr("It was not opened and was not changed.");
    return Unexpected(std::move(e));
}

// What a connection finds in the file: ours, a version we read, and intact. Returns the schema version.
Expected<int, StoreError> inspect(const SqlConnection &c, const QString &path)
{
    const auto applicationId = c.scalar(QStringLiteral("PRAGMA application_id"));
    if (!applicationId)
        return notChanged(applicationId.error());
    const auto userVersion = c.scalar(QStringLiteral("PRAGMA user_version"));
    if (!userVersion)
        return notChanged(userVersion.error());
    const int version = userVersion->toInt();
    if (applicationId->toInt() != workspaceschema::applicationId) {
        const auto tables = c.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        if (!tables)
            return notChanged(tables.error());
        if (applicationId->toInt() != 0 || tables->toInt() > 0 || version != 0)
            return error(
                StoreError::Code::NotWorkspace,
                AnnotationStore::tr(
                    "“%1” is an SQLite database of another program, not an Alliance Timeline workspace. "
                    "It was not opened and was not changed.")
                    .arg(native(path)));
    }
    if (version > workspaceschema::currentVersion)
        return error(
            StoreError::Code::NewerVersion,
            AnnotationStore::tr(
                "“%1” was written by a newer version of Alliance Timeline (workspace format %2; this "
                "version reads formats up to %3). It was not opened and was not changed; open it with "
                "a newer version.")
                .arg(native(path))
                .arg(version)
                .arg(workspaceschema::currentVersion));
    const auto integrity = c.column(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return notChanged(integrity.error());
    const QStringList &findings = *integrity;
    if (findings != QStringList{QStringLiteral("ok")})
        return error(StoreError::Code::Damaged,
                     AnnotationStore::tr(
                         "The workspace “%1” is damaged. It was not opened and was not changed; use a backup "
                         "copy, or start a new workspace.")
                         .arg(native(path)),
                     AnnotationStore::tr("SQLite integrity check: %1")
                         .arg(findings.mid(0, 3).join(QStringLiteral("; "))));
    return version;
}

bool createdBefore(const Annotation &a, const Annotation &b)
{
    return a.created != b.created ? a.created < b.created : a.id < b.id;
}

QString tagsToJson(const QStringList &tags)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

QStringList tagsFromJson(const QString &json)
{
    QStringList tags;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        tags << v.toString();
    return tags;
}

// Journal files belong to the database file they sit next to; when that file is replaced they must go, or
// SQLite would roll the old file's journal back into the new one.
void removeCompanions(const QString &path)
{
    for (const char *suffix : {"-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1StringView(suffix));
}

// Puts a finished workspace file in place through the one atomic saver: synced, renamed, folder synced.
Expected<void, StoreError> replaceFile(const QString &temporary, const QString &path)
{
    removeCompanions(temporary);
    removeCompanions(path);
    if (auto placed = replaceFileDurably(temporary, path); !placed)
        return error(StoreError::Code::Io,
                     AnnotationStore::tr("The workspace “%1” could not be written.").arg(native(path)),
                     placed.error().message);
    return {};
}

QString temporaryNameFor(const QString &path)
{
    return path + QStringLiteral(".new-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
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
        return error(StoreError::Code::ReadOnly,
                     tr("The folder for the default workspace, “%1”, cannot be created.")
                         .arg(native(QFileInfo(path).absolutePath())));
    return openOrCreate(path);
}

Expected<void, StoreError> AnnotationStore::openOrCreate(const QString &path)
{
    return QFileInfo::exists(path) ? open(path) : create(path);
}

Expected<AnnotationStore::Loaded, StoreError> AnnotationStore::load(const QString &path) const
{
    if (auto ok = checkFile(path); !ok)
        return Unexpected(ok.error());
    // First a read-only look, which cannot change the file whatever is wrong with it.
    int version = 0;
    bool recover = false;
    {
        SqlConnection look;
        auto looked = look.open(path, true, m_busyTimeoutMs);
        const auto inspected =
            looked ? inspect(look, path) : Expected<int, StoreError>(Unexpected(looked.error()));
        // A hot journal left by a program that was killed mid-write: rolling it back needs write access,
        // and is what SQLite is for. Anything else refuses the file as it is.
        if (inspected)
            version = *inspected;
        else if (inspected.error().code == StoreError::Code::ReadOnly)
            recover = true;
        else
            return Unexpected(inspected.error());
    }
    Loaded loaded;
    SqlConnection &c = loaded.connection;
    if (auto opened = c.open(path, false, m_busyTimeoutMs); !opened)
        return Unexpected(opened.error());
    if (auto done = c.exec(QStringLiteral("PRAGMA synchronous = FULL")); !done)
        return Unexpected(done.error());
    if (recover) {
        const auto inspected = inspect(c, path);
        if (!inspected)
            return Unexpected(inspected.error());
        version = *inspected;
    }
    if (version < workspaceschema::currentVersion) {
        if (auto begun = c.exec(QStringLiteral("BEGIN IMMEDIATE")); !begun)
            return Unexpected(begun.error());
        auto migrated = workspaceschema::migrate(c, version);
        if (migrated)
            migrated = c.exec(QStringLiteral("COMMIT"));
        if (!migrated) {
            (void)c.exec(QStringLiteral("ROLLBACK"));
            return Unexpected(migrated.error());
        }
    }
    if (auto read = readAll(c, &loaded); !read)
        return Unexpected(read.error());
    return loaded;
}

Expected<void, StoreError> AnnotationStore::readAll(const SqlConnection &c, Loaded *into) const
{
    QSqlQuery q(c.database());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT uuid, target, event_id, series_id, point_date, text, tags, importance, "
                           "author, created, edited FROM annotation ORDER BY created, uuid")))
        return Unexpected(StoreError::fromSql(q.lastError(), c.path()));
    QList<Annotation> list;
    while (q.next()) {
        Annotation a;
        a.id = q.value(0).toString();
        a.target.kind = parseTargetKind(q.value(1).toString()).value_or(AnnotationTarget::Kind::Event);
        a.target.eventId = q.value(2).toString();
        a.target.seriesId = q.value(3).toString();
        a.target.pointDate = q.value(4).toString();
        a.text = q.value(5).toString();
        a.tags = tagsFromJson(q.value(6).toString());
        a.importance = parseImportance(q.value(7).toString()).value_or(Importance::Normal);
        a.author = q.value(8).toString();
        a.created = timeFromString(q.value(9).toString());
        a.edited = timeFromString(q.value(10).toString());
        list << a;
    }
    if (q.lastError().isValid())
        return Unexpected(StoreError::fromSql(q.lastError(), c.path()));
    q.finish();
    const auto version = c.scalar(QStringLiteral("PRAGMA data_version"));
    if (!version)
        return Unexpected(version.error());
    into->dataVersion = version->toLongLong();
    into->annotations = std::move(list);
    return {};
}

void AnnotationStore::adopt(const QString &path, Loaded &&loaded, bool announce)
{
    Q_EMIT aboutToReset();
    m_connection = std::move(loaded.connection);
    m_path = path;
    m_annotations = std::move(loaded.annotations);
    m_dataVersion = loaded.dataVersion;
    m_needsReopen = false;
    m_lastError.reset();
    rebuildRowIndex();
    Q_EMIT reset();
    Q_EMIT contentsChanged();
    if (announce)
        Q_EMIT workspaceChanged(path);
}

Expected<void, StoreError> AnnotationStore::open(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto loaded = load(absolute);
    if (!loaded)
        return Unexpected(loaded.error());
    adopt(absolute, std::move(loaded).value(), true);
    return {};
}

Expected<void, StoreError> AnnotationStore::create(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Built under a temporary name and renamed into place, so the path holds either the old file or a
    // complete new workspace, even if the program is killed half-way.
    const QString temporary = temporaryNameFor(absolute);
    {
        SqlConnection c;
        Expected<void, StoreError> built = c.open(temporary, false, m_busyTimeoutMs);
        if (built)
            built = c.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        if (built)
            built = c.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (built)
            built = workspaceschema::migrate(c, 0);
        if (built)
            built = c.exec(QStringLiteral("COMMIT"));
        c.close();
        if (!built) {
            QFile::remove(temporary);
            removeCompanions(temporary);
            StoreError e = built.error();
            e.message =
                tr("The workspace “%1” could not be created.").arg(native(absolute)) + u' ' + e.message;
            return Unexpected(e);
        }
    }
    if (absolute == m_path)
        close(); // our connection would otherwise keep using the file being replaced
    if (auto placed = replaceFile(temporary, absolute); !placed)
        return placed;
    return open(absolute);
}

Expected<void, StoreError> AnnotationStore::saveAs(const QString &path)
{
    if (!isOpen())
        return error(StoreError::Code::NotOpen, tr("No workspace is open."));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == m_path)
        return {};
    // VACUUM INTO copies a consistent snapshot through the open connection, which still reads the old file
    // even after it was deleted.
    const QString temporary = temporaryNameFor(absolute);
    {
        QSqlQuery q(m_connection.database());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(temporary);
        if (!q.exec()) {
            StoreError e = StoreError::fromSql(q.lastError(), absolute);
            QFile::remove(temporary);
            removeCompanions(temporary);
            return Unexpected(e);
        }
    }
    if (auto placed = replaceFile(temporary, absolute); !placed)
        return placed;
    return open(absolute);
}

void AnnotationStore::close()
{
    if (!isOpen())
        return;
    Q_EMIT aboutToReset();
    m_connection.close();
    m_path.clear();
    m_annotations.clear();
    m_rowOf.clear();
    m_needsReopen = false;
    Q_EMIT reset();
    Q_EMIT contentsChanged();
    Q_EMIT workspaceChanged(QString());
}

void AnnotationStore::setBusyTimeout(int ms)
{
    m_busyTimeoutMs = ms;
    if (isOpen())
        (void)m_connection.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(ms));
}

bool AnnotationStore::looksWritable() const
{
    const QFileInfo info(m_path);
    return isOpen() && info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
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

Unexpected<StoreError> AnnotationStore::fail(StoreError e)
{
    if (e.code == StoreError::Code::CannotOpen && QFileInfo::exists(m_path)) {
        // Saving creates a journal file next to the workspace; a folder that refuses new files shows up as
        // "cannot open" although the workspace itself opened.
        e.code = StoreError::Code::ReadOnly;
        e.message =
            tr("The workspace “%1” cannot be written: its folder does not allow new files (saving needs "
               "a journal file next to the workspace).")
                .arg(native(m_path));
    }
    if (isOpen())
        (void)m_connection.exec(QStringLiteral("ROLLBACK")); // harmless when no transaction is active
    switch (e.code) {
    case StoreError::Code::ReadOnly:
    case StoreError::Code::Missing:
    case StoreError::Code::CannotOpen:
    case StoreError::Code::Io:
        // The connection may be stuck with a read-only handle or a deleted file: the next attempt opens the
        // file afresh, so a retry works once the cause is gone.
        m_needsReopen = true;
        break;
    default:
        break;
    }
    m_lastError = e;
    Q_EMIT writeFailed(e);
    return Unexpected(e);
}

Expected<void, StoreError> AnnotationStore::reopen()
{
    if (!QFileInfo::exists(m_path))
        return error(
            StoreError::Code::Missing,
            tr("The workspace file “%1” no longer exists. Put it back, or use Save Workspace As to keep "
               "its annotations in a new file.")
                .arg(native(m_path)));
    auto loaded = load(m_path);
    if (!loaded)
        return Unexpected(loaded.error());
    adopt(m_path, std::move(loaded).value(), false);
    return {};
}

// Why a write that expected `w.expect` changed no row: the row is gone, or another program saved it.
StoreError AnnotationStore::explainMiss(const AnnotationWrite &w) const
{
    QSqlQuery q(m_connection.database());
    q.prepare(QStringLiteral("SELECT 1 FROM annotation WHERE uuid = ?"));
    q.addBindValue(w.id);
    if (!q.exec())
        return StoreError::fromSql(q.lastError(), m_path);
    if (w.expect == AnnotationWrite::Expect::Absent)
        return {
            StoreError::Code::Conflict,
            tr("Another program saved this annotation in the same workspace in the meantime. The list was "
               "re-read from the file; nothing was overwritten."),
            {}};
    if (q.next())
        return {StoreError::Code::Conflict,
                tr("This annotation was changed by another program using the same workspace since it was "
                   "read. The list was re-read from the file; check it and try again."),
                {}};
    return {StoreError::Code::NotFound,
            tr("This annotation was deleted by another program using the same workspace. The list was "
               "re-read from the file."),
            {}};
}

Expected<void, StoreError> AnnotationStore::write(const QList<AnnotationWrite> &writes)
{
    if (!isOpen())
        return fail(
            StoreError{StoreError::Code::NotOpen, tr("No workspace is open. Open or create one first."), {}});
    if (m_needsReopen)
        if (auto reopened = reopen(); !reopened)
            return fail(reopened.error());
    if (writes.isEmpty())
        return {};
    if (auto begun = m_connection.exec(QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return fail(begun.error());
    // Each write is one statement whose condition is its expectation: an insert that the primary key
    // refuses when the row exists, an update or delete of the row only as last read (same edited time).
    // A statement that changes no row did not find what it expected. A null QString binds as SQL NULL;
    // coalesce() makes it the empty string the NOT NULL columns expect.
    QSqlQuery insert(m_connection.database());
    insert.prepare(QStringLiteral(
        "INSERT INTO annotation (uuid, target, event_id, series_id, point_date, text, tags, importance, "
        "author, created, edited) VALUES (?, ?, coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), "
        "coalesce(?, ''), ?, ?, coalesce(?, ''), ?, ?) ON CONFLICT (uuid) DO NOTHING"));
    QSqlQuery update(m_connection.database());
    update.prepare(
        QStringLiteral("UPDATE annotation SET uuid = ?, target = ?, event_id = coalesce(?, ''), series_id = "
                       "coalesce(?, ''), "
                       "point_date = coalesce(?, ''), text = coalesce(?, ''), tags = ?, importance = ?, "
                       "author = coalesce(?, ''), created = ?, edited = ? WHERE uuid = ? AND edited = ?"));
    QSqlQuery erase(m_connection.database());
    erase.prepare(QStringLiteral("DELETE FROM annotation WHERE uuid = ? AND edited = ?"));
    for (const AnnotationWrite &w : writes) {
        const bool absent = w.expect == AnnotationWrite::Expect::Absent;
        if (!w.value && absent)
            continue; // nothing there, and nothing to be there
        QSqlQuery &q = !w.value ? erase : absent ? insert : update;
        if (const std::optional<Annotation> &a = w.value) {
            q.addBindValue(a->id);
            q.addBindValue(targetKindJsonName(a->target.kind));
            q.addBindValue(a->target.eventId);
            q.addBindValue(a->target.seriesId);
            q.addBindValue(a->target.pointDate);
            q.addBindValue(a->text);
            q.addBindValue(tagsToJson(a->tags));
            q.addBindValue(importanceJsonName(a->importance));
            q.addBindValue(a->author);
            q.addBindValue(timeToString(a->created));
            q.addBindValue(timeToString(a->edited));
        }
        if (!absent) {
            q.addBindValue(w.id);
            q.addBindValue(timeToString(w.expectedEdited));
        }
        if (!q.exec())
            return fail(StoreError::fromSql(q.lastError(), m_path));
        if (q.numRowsAffected() != 1) {
            const StoreError why = explainMiss(w);
            (void)m_connection.exec(QStringLiteral("ROLLBACK"));
            // Re-read, so that the list shows what the other program saved.
            if (why.code == StoreError::Code::Conflict || why.code == StoreError::Code::NotFound)
                (void)refresh();
            return fail(why);
        }
    }
    insert.finish();
    update.finish();
    erase.finish();
    if (auto committed = m_connection.exec(QStringLiteral("COMMIT")); !committed)
        return fail(committed.error());
    // Committed and synced: only now does the list (and so every view) show it.
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
        return error(StoreError::Code::NotOpen, tr("No workspace is open."));
    if (m_needsReopen)
        return reopen();
    Loaded loaded;
    if (auto read = readAll(m_connection, &loaded); !read)
        return read;
    Q_EMIT aboutToReset();
    m_annotations = std::move(loaded.annotations);
    m_dataVersion = loaded.dataVersion;
    rebuildRowIndex();
    Q_EMIT reset();
    Q_EMIT contentsChanged();
    return {};
}

bool AnnotationStore::refreshIfChanged()
{
    if (!isOpen() || m_needsReopen)
        return false;
    // A poll must never freeze the window while another program holds the lock: no waiting, try next time.
    (void)m_connection.exec(QStringLiteral("PRAGMA busy_timeout = 0"));
    const auto version = m_connection.scalar(QStringLiteral("PRAGMA data_version"));
    (void)m_connection.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(m_busyTimeoutMs));
    if (!version || version->toLongLong() == m_dataVersion)
        return false;
    return bool(refresh());
}

QString AnnotationStore::integrityCheck() const
{
    const auto findings = m_connection.column(QStringLiteral("PRAGMA integrity_check"));
    if (!findings)
        return findings.error().text();
    return findings->join(u'\n');
}

int AnnotationStore::synchronousMode() const
{
    const auto value = m_connection.scalar(QStringLiteral("PRAGMA synchronous"));
    return value ? value->toInt() : -1;
}

} // namespace at
