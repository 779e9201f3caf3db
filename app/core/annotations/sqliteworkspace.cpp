// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/annotations/sqliteworkspace.h"

#include "app/core/annotations/annotationrow.h"
#include "app/core/annotations/workspaceschema.h"
#include "app/core/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
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
                     SqliteWorkspace::tr("The workspace “%1” does not exist.").arg(native(path)));
    if (info.isDir())
        return error(StoreError::Code::CannotOpen,
                     SqliteWorkspace::tr("“%1” is a folder, not a workspace file.").arg(native(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return error(StoreError::Code::CannotOpen,
                     SqliteWorkspace::tr("The workspace “%1” cannot be read.").arg(native(path)),
                     file.errorString());
    const QByteArray head = file.read(16);
    if (head.isEmpty())
        return error(
            StoreError::Code::NotWorkspace,
            SqliteWorkspace::tr(
                "“%1” is empty, not an Alliance Timeline workspace. It was not opened and was not changed.")
                .arg(native(path)));
    if (head != QByteArrayView("SQLite format 3\0", 16))
        return error(
            StoreError::Code::NotWorkspace,
            SqliteWorkspace::tr(
                "“%1” is not an Alliance Timeline workspace (it is not an SQLite database). It was not "
                "opened and was not changed.")
                .arg(native(path)));
    return {};
}

// SQLite's own refusals (not a database, corrupt) say what; add that the file was left as it was.
Unexpected<StoreError> notChanged(StoreError e)
{
    if (e.code == StoreError::Code::NotWorkspace || e.code == StoreError::Code::Damaged)
        e.message += u' ' + SqliteWorkspace::tr("It was not opened and was not changed.");
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
                SqliteWorkspace::tr(
                    "“%1” is an SQLite database of another program, not an Alliance Timeline workspace. "
                    "It was not opened and was not changed.")
                    .arg(native(path)));
    }
    if (version > workspaceschema::currentVersion)
        return error(
            StoreError::Code::NewerVersion,
            SqliteWorkspace::tr(
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
                     SqliteWorkspace::tr(
                         "The workspace “%1” is damaged. It was not opened and was not changed; use a backup "
                         "copy, or start a new workspace.")
                         .arg(native(path)),
                     SqliteWorkspace::tr("SQLite integrity check: %1")
                         .arg(findings.mid(0, 3).join(QStringLiteral("; "))));
    return version;
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
                     SqliteWorkspace::tr("The workspace “%1” could not be written.").arg(native(path)),
                     placed.error().message);
    return {};
}

QString temporaryNameFor(const QString &path)
{
    return path + QStringLiteral(".new-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

// Keeps the file as it is before an upgrade changes it. Called inside the upgrade's write transaction, so
// no other program can change the file while it is copied.
Expected<QString, StoreError> keepBackup(const QString &path, int version)
{
    const QString backup = SqliteWorkspace::backupPathFor(path, version);
    QFile file(path);
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly))
        bytes = file.readAll();
    if (bytes.isEmpty() || file.error() != QFileDevice::NoError)
        return error(
            StoreError::Code::Io,
            SqliteWorkspace::tr("The workspace “%1” could not be read to keep a copy before upgrading "
                                "it. It was not opened and was not changed.")
                .arg(native(path)),
            file.errorString());
    if (auto written = writeFileAtomically(backup, bytes); !written)
        return error(
            StoreError::Code::Io,
            SqliteWorkspace::tr("The workspace “%1” is of an older format and must be upgraded, but a "
                                "copy of it as it is could not be kept. It was not opened and was not "
                                "changed.")
                .arg(native(path)),
            written.error().toString());
    return backup;
}

} // namespace

SqliteWorkspace::SqliteWorkspace(QString path, SqlConnection connection, int busyTimeoutMs)
    : m_path(std::move(path)), m_connection(std::move(connection)), m_busyTimeoutMs(busyTimeoutMs)
{}

QString SqliteWorkspace::backupPathFor(const QString &path, int version)
{
    const QFileInfo info(path);
    const QString stem = info.absolutePath() + u'/' + info.completeBaseName() +
                         QStringLiteral(".format%1-backup").arg(version);
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    QString candidate = stem + suffix;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = stem + u'-' + QString::number(n) + suffix;
    return candidate;
}

Expected<SqlConnection, StoreError> SqliteWorkspace::connect(const QString &path, int busyTimeoutMs,
                                                             std::optional<Upgrade> *upgrade)
{
    if (auto ok = checkFile(path); !ok)
        return Unexpected(ok.error());
    // First a read-only look, which cannot change the file whatever is wrong with it.
    int version = 0;
    bool recover = false;
    {
        SqlConnection look;
        auto looked = look.open(path, true, busyTimeoutMs);
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
    SqlConnection c;
    if (auto opened = c.open(path, false, busyTimeoutMs); !opened)
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
        // The version may have moved while this program waited for the lock.
        const auto now = c.scalar(QStringLiteral("PRAGMA user_version"));
        Expected<void, StoreError> migrated =
            now ? Expected<void, StoreError>() : Expected<void, StoreError>(Unexpected(now.error()));
        std::optional<Upgrade> done;
        const int from = now ? now->toInt() : version;
        if (migrated && from > 0 && from < workspaceschema::currentVersion) {
            // An older workspace with annotations in it: keep the file as it was before changing it.
            if (auto backup = keepBackup(path, from); backup)
                done = Upgrade{from, *backup};
            else
                migrated = Unexpected(backup.error());
        }
        if (migrated && from < workspaceschema::currentVersion)
            migrated = workspaceschema::migrate(c, from);
        if (migrated)
            migrated = c.exec(QStringLiteral("COMMIT"));
        if (!migrated) {
            (void)c.exec(QStringLiteral("ROLLBACK"));
            if (done)
                QFile::remove(done->backupPath);
            return Unexpected(migrated.error());
        }
        if (upgrade)
            *upgrade = done;
    }
    return c;
}

Expected<std::unique_ptr<SqliteWorkspace>, StoreError> SqliteWorkspace::open(const QString &path,
                                                                             int busyTimeoutMs)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    std::optional<Upgrade> upgrade;
    auto connection = connect(absolute, busyTimeoutMs, &upgrade);
    if (!connection)
        return Unexpected(connection.error());
    std::unique_ptr<SqliteWorkspace> workspace(
        new SqliteWorkspace(absolute, std::move(connection).value(), busyTimeoutMs));
    workspace->m_upgrade = upgrade;
    return workspace;
}

Expected<void, StoreError> SqliteWorkspace::create(const QString &path, int busyTimeoutMs)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Built under a temporary name and renamed into place, so the path holds either the old file or a
    // complete new workspace, even if the program is killed half-way.
    const QString temporary = temporaryNameFor(absolute);
    {
        SqlConnection c;
        Expected<void, StoreError> built = c.open(temporary, false, busyTimeoutMs);
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
    return replaceFile(temporary, absolute);
}

Expected<void, StoreError> SqliteWorkspace::copyTo(const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString temporary = temporaryNameFor(absolute);
    QSqlQuery q(m_connection.database());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(temporary);
    if (!q.exec()) {
        StoreError e = StoreError::fromSql(q.lastError(), absolute);
        QFile::remove(temporary);
        removeCompanions(temporary);
        return Unexpected(e);
    }
    return replaceFile(temporary, absolute);
}

QString SqliteWorkspace::location() const
{
    return native(m_path);
}

bool SqliteWorkspace::looksWritable() const
{
    const QFileInfo info(m_path);
    return info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
}

void SqliteWorkspace::setBusyTimeout(int ms)
{
    m_busyTimeoutMs = ms;
    (void)m_connection.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(ms));
}

// The connection may be stuck with a read-only handle or a deleted file: this opens the file afresh, so a
// retry works once the cause is gone. What the file holds now may differ from what was read: re-read.
Expected<void, StoreError> SqliteWorkspace::reconnect()
{
    if (!QFileInfo::exists(m_path))
        return error(
            StoreError::Code::Missing,
            tr("The workspace file “%1” no longer exists. Put it back, or use Save Workspace As to keep "
               "its annotations in a new file.")
                .arg(native(m_path)));
    std::optional<Upgrade> upgrade;
    auto connection = connect(m_path, m_busyTimeoutMs, &upgrade);
    if (!connection)
        return Unexpected(connection.error());
    m_connection = std::move(connection).value();
    m_needsReconnect = false;
    m_dataVersion = -1;
    Q_EMIT changedElsewhere();
    return {};
}

StoreError SqliteWorkspace::classify(StoreError e)
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
    (void)m_connection.exec(QStringLiteral("ROLLBACK")); // harmless when no transaction is active
    switch (e.code) {
    case StoreError::Code::ReadOnly:
    case StoreError::Code::Missing:
    case StoreError::Code::CannotOpen:
    case StoreError::Code::Io:
        m_needsReconnect = true;
        break;
    default:
        break;
    }
    return e;
}

Expected<QList<Annotation>, StoreError> SqliteWorkspace::readAll()
{
    if (m_needsReconnect)
        if (auto reconnected = reconnect(); !reconnected)
            return Unexpected(reconnected.error());
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM annotation ORDER BY created, uuid").arg(annotationrow::columns())))
        return Unexpected(StoreError::fromSql(q.lastError(), m_path));
    QList<Annotation> list;
    while (q.next())
        list << annotationrow::read(q);
    if (q.lastError().isValid())
        return Unexpected(StoreError::fromSql(q.lastError(), m_path));
    q.finish();
    const auto version = m_connection.scalar(QStringLiteral("PRAGMA data_version"));
    if (!version)
        return Unexpected(version.error());
    m_dataVersion = version->toLongLong();
    return list;
}

bool SqliteWorkspace::changedSinceRead()
{
    if (m_needsReconnect)
        return false;
    // A poll must never freeze the window while another program holds the lock: no waiting, try next time.
    (void)m_connection.exec(QStringLiteral("PRAGMA busy_timeout = 0"));
    const auto version = m_connection.scalar(QStringLiteral("PRAGMA data_version"));
    (void)m_connection.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(m_busyTimeoutMs));
    return version && version->toLongLong() != m_dataVersion;
}

// Why a write that expected `w.expect` changed no row: the row is gone, or another program saved it.
StoreError SqliteWorkspace::explainMiss(const AnnotationWrite &w) const
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

Expected<void, StoreError> SqliteWorkspace::write(const QList<AnnotationWrite> &writes)
{
    if (m_needsReconnect)
        if (auto reconnected = reconnect(); !reconnected)
            return Unexpected(classify(reconnected.error()));
    if (writes.isEmpty())
        return {};
    if (auto begun = m_connection.exec(QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return Unexpected(classify(begun.error()));
    // Each write is one statement whose condition is its expectation: an insert that the primary key
    // refuses when the row exists, an update or delete of the row only as last read (same edited time).
    // A statement that changes no row did not find what it expected.
    QSqlQuery insert(m_connection.database());
    insert.prepare(QStringLiteral("INSERT INTO annotation (%1) VALUES (%2) ON CONFLICT (uuid) DO NOTHING")
                       .arg(annotationrow::columns(), annotationrow::placeholders()));
    QSqlQuery update(m_connection.database());
    update.prepare(QStringLiteral("UPDATE annotation SET %1 WHERE uuid = ? AND edited = ?")
                       .arg(annotationrow::assignments()));
    QSqlQuery erase(m_connection.database());
    erase.prepare(QStringLiteral("DELETE FROM annotation WHERE uuid = ? AND edited = ?"));
    for (const AnnotationWrite &w : writes) {
        const bool absent = w.expect == AnnotationWrite::Expect::Absent;
        if (!w.value && absent)
            continue; // nothing there, and nothing to be there
        QSqlQuery &q = !w.value ? erase : absent ? insert : update;
        if (w.value)
            annotationrow::bind(q, *w.value);
        if (!absent) {
            q.addBindValue(w.id);
            q.addBindValue(timeToString(w.expectedEdited));
        }
        if (!q.exec())
            return Unexpected(classify(StoreError::fromSql(q.lastError(), m_path)));
        if (q.numRowsAffected() != 1) {
            const StoreError why = explainMiss(w);
            return Unexpected(classify(why));
        }
    }
    insert.finish();
    update.finish();
    erase.finish();
    if (auto committed = m_connection.exec(QStringLiteral("COMMIT")); !committed)
        return Unexpected(classify(committed.error()));
    // This program's own commit is no news to it.
    if (const auto version = m_connection.scalar(QStringLiteral("PRAGMA data_version")))
        m_dataVersion = version->toLongLong();
    return {};
}

QString SqliteWorkspace::integrityCheck() const
{
    const auto findings = m_connection.column(QStringLiteral("PRAGMA integrity_check"));
    if (!findings)
        return findings.error().text();
    return findings->join(u'\n');
}

int SqliteWorkspace::synchronousMode() const
{
    const auto value = m_connection.scalar(QStringLiteral("PRAGMA synchronous"));
    return value ? value->toInt() : -1;
}

} // namespace at
