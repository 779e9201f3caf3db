// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/sqlconnection.h"
#include "app/core/annotations/workspacebackend.h"

#include <memory>

namespace at {

// A workspace file on this machine: an SQLite database through Qt SQL.
//
// Every write is one transaction committed with synchronous=FULL before write() returns. The file uses
// SQLite's rollback journal (not WAL) so that a workspace on a read-only medium or a network folder still
// opens, and two programs on one file take turns through SQLite's locks; a lock held longer than the busy
// timeout is reported as Busy. A file that is refused (not a workspace, damaged, newer) is left untouched
// byte for byte. An older file is upgraded in place, after a copy of it as it was is kept beside it.
class SqliteWorkspace : public WorkspaceBackend {
    Q_OBJECT
public:
    // What opening did to an older file: its format, and where the copy of it as it was is kept.
    struct Upgrade {
        int fromVersion = 0;
        QString backupPath;
    };

    // An existing workspace file; rolls back what a killed program left half-written, upgrades an older
    // schema.
    static Expected<std::unique_ptr<SqliteWorkspace>, StoreError> open(const QString &path,
                                                                       int busyTimeoutMs);
    // A new, empty workspace at `path`, replacing a file there atomically (it holds either the old file or
    // the complete new workspace, even if the program is killed half-way). Does not open it.
    static Expected<void, StoreError> create(const QString &path, int busyTimeoutMs);
    // Copies this workspace to `path` atomically (a consistent snapshot through the open connection, which
    // still reads the file even after it was deleted, so that nothing saved is lost).
    Expected<void, StoreError> copyTo(const QString &path) const;
    // Where an upgrade keeps the file as it was: "NAME.formatN-backup.atws" beside it ("-2", "-3"... when
    // that name is taken).
    static QString backupPathFor(const QString &path, int version);

    QString path() const { return m_path; }
    QString location() const override;
    bool looksWritable() const override;
    Expected<QList<Annotation>, StoreError> readAll() override;
    Expected<void, StoreError> write(const QList<AnnotationWrite> &writes) override;
    // PRAGMA data_version: cheap enough for a timer, and never waits for another program's lock.
    bool changedSinceRead() override;

    void setBusyTimeout(int ms);
    const std::optional<Upgrade> &upgrade() const { return m_upgrade; }
    // PRAGMA integrity_check: "ok", or its findings one per line.
    QString integrityCheck() const;
    // PRAGMA synchronous of the open connection (2 is FULL).
    int synchronousMode() const;

private:
    SqliteWorkspace(QString path, SqlConnection connection, int busyTimeoutMs);
    static Expected<SqlConnection, StoreError> connect(const QString &path, int busyTimeoutMs,
                                                       std::optional<Upgrade> *upgrade);
    Expected<void, StoreError> reconnect();
    StoreError classify(StoreError e);
    StoreError explainMiss(const AnnotationWrite &w) const;

    QString m_path;
    SqlConnection m_connection;
    int m_busyTimeoutMs;
    qint64 m_dataVersion = -1;
    bool m_needsReconnect = false;
    std::optional<Upgrade> m_upgrade;
};

} // namespace at
