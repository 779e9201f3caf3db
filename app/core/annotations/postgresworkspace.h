// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/workspacebackend.h"

#include <QString>
#include <QTimer>
#include <memory>

namespace at {

// Where a team workspace is: a PostgreSQL server, a database, a role, and the workspace's name in that
// database (one database holds several). Written as a URI:
//   postgresql://analyst@db.example.org:5432/timeline?workspace=telecom&sslmode=require
// A `host` query item that starts with "/" is the folder of a local server's socket (as libpq reads it).
// A password is never part of it: libpq reads its own password file (~/.pgpass).
struct TeamLocation {
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString workspace = QStringLiteral("default");
    QString sslMode = QStringLiteral("prefer"); // TLS when the server offers it; "require" insists

    static bool isTeamUri(const QString &text);
    // The location a URI names, or why it does not name one.
    static Expected<TeamLocation, StoreError> parse(const QString &uri);
    QString toUri() const;
};

// A team workspace on a PostgreSQL server (Qt's QPSQL driver). Every write is one transaction whose
// statements each state what they expect (as in the workspace file), committed by the server before
// write() returns; the same transaction notifies the other clients (NOTIFY), which re-read within a
// second, without polling. A lost connection refuses writes ("not saved") and is re-opened by itself; an
// idle one is probed now and then, so that a connection that died unseen is found without a save.
// Every statement binds its values; no value is ever written into SQL text.
class PostgresWorkspace : public WorkspaceBackend {
    Q_OBJECT
public:
    ~PostgresWorkspace() override;

    // Connects, creates the tables when the database has none, upgrades them when older, refuses a newer
    // schema. `password` is empty to let libpq find it (its password file, PGPASSWORD).
    static Expected<std::unique_ptr<PostgresWorkspace>, StoreError> open(const TeamLocation &location,
                                                                         const QString &password = {});

    const TeamLocation &teamLocation() const { return m_location; }
    // The role the server knows this connection by: the author of what it saves.
    QString role() const { return m_role; }

    QString location() const override;
    bool looksWritable() const override { return m_mayWrite; }
    bool isServer() const override { return true; }
    bool isConnected() const override { return m_connected; }
    Expected<QList<Annotation>, StoreError> readAll() override;
    Expected<void, StoreError> write(const QList<AnnotationWrite> &writes) override;

    // Whether the connection is encrypted (TLS), as the server reported when it was opened.
    bool isEncrypted() const { return m_encrypted; }

    // How often a lost connection is tried again.
    void setReconnectInterval(int ms) { m_reconnect.setInterval(ms); }
    // After how long without a statement an idle connection is probed (found dead when it is).
    void setProbeInterval(int ms) { m_probe.setInterval(ms); }

private:
    PostgresWorkspace(TeamLocation location, QString password, QString connectionName);
    Expected<void, StoreError> connectAndPrepare();
    StoreError classify(const class QSqlError &error);
    StoreError refusal(const class QSqlError &error) const;
    StoreError explainMiss(const AnnotationWrite &w);
    void lose();
    void tryReconnect();
    void probe();

    TeamLocation m_location;
    QString m_password;
    QString m_connectionName;
    QString m_role;
    bool m_connected = false;
    bool m_mayWrite = true;
    bool m_encrypted = false;
    QTimer m_reconnect;
    QTimer m_probe;
};

} // namespace at
