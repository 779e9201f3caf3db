// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

// A PostgreSQL 15 server of the test's own: a new cluster in a temporary folder, reached through a Unix
// socket in that folder only (no TCP port), stopped and deleted when the test ends. PostgreSQL refuses to
// run as root, so under root the cluster belongs to the "postgres" system user and its programs run as it.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <pwd.h>
#include <unistd.h>

namespace at::testing {

class TeamServer {
public:
    static QString binDir() { return QStringLiteral("/usr/lib/postgresql/15/bin"); }

    // Creates and starts the cluster; on failure, error() says why (the test fails, it does not skip).
    bool start()
    {
        if (!QFile::exists(binDir() + QStringLiteral("/initdb"))) {
            m_error =
                QStringLiteral("PostgreSQL 15 is not installed (%1/initdb is missing): install postgresql-15")
                    .arg(binDir());
            return false;
        }
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary folder");
            return false;
        }
        if (::geteuid() == 0) {
            const passwd *pw = ::getpwnam("postgres");
            if (!pw) {
                m_error =
                    QStringLiteral("running as root and there is no \"postgres\" user to run the server as");
                return false;
            }
            if (::chown(QFile::encodeName(m_dir.path()).constData(), pw->pw_uid, pw->pw_gid) != 0) {
                m_error = QStringLiteral("cannot hand %1 to the postgres user").arg(m_dir.path());
                return false;
            }
            m_asUser = QStringLiteral("postgres");
        }
        if (!run(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QStringLiteral("postgres"),
                  QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--no-sync"), QStringLiteral("--no-instructions")}))
            return false;
        return startServer();
    }

    bool startServer()
    {
        // fsync stays on: a commit must be on disk when the server says so, as in production.
        return run(QStringLiteral("pg_ctl"),
                   {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
                    m_dir.filePath(QStringLiteral("log")), QStringLiteral("-w"), QStringLiteral("-o"),
                    QStringLiteral("-c listen_addresses='' -k %1 -p %2").arg(m_dir.path()).arg(port()),
                    QStringLiteral("start")});
    }
    bool stopServer(const QString &mode = QStringLiteral("fast"))
    {
        return run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataDir(), QStringLiteral("-w"),
                                              QStringLiteral("-m"), mode, QStringLiteral("stop")});
    }

    ~TeamServer()
    {
        if (QFile::exists(dataDir() + QStringLiteral("/postmaster.pid")))
            stopServer(QStringLiteral("immediate"));
    }

    QString error() const { return m_error; }
    QString socketDir() const { return m_dir.path(); }
    static int port() { return 5432; }

    // The address of a workspace in database `database` as role `user`.
    QString uri(const QString &workspace = QStringLiteral("default"),
                const QString &user = QStringLiteral("postgres"),
                const QString &database = QStringLiteral("postgres")) const
    {
        return QStringLiteral("postgresql://%1@localhost/%2?host=%3&workspace=%4")
            .arg(user, database, socketDir(), workspace);
    }

    // Runs SQL as the superuser on its own connection (to grant, to kill others' connections).
    bool exec(const QString &sql, const QString &database = QStringLiteral("postgres"))
    {
        const QString name = QStringLiteral("admin-") + QUuid::createUuid().toString(QUuid::Id128);
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(socketDir());
            db.setPort(port());
            db.setDatabaseName(database);
            db.setUserName(QStringLiteral("postgres"));
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.exec(sql);
                if (!ok)
                    m_error = q.lastError().text();
            } else {
                m_error = db.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    // A login role that must give `password` (scram-sha-256) on the socket; every other role stays trusted.
    // The names are the test's own constants: CREATE ROLE takes no bound parameters.
    bool addPasswordRole(const QString &role, const QString &password)
    {
        if (!exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, password)))
            return false;
        QFile hba(dataDir() + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::ReadWrite)) {
            m_error = hba.errorString();
            return false;
        }
        const QByteArray rest = hba.readAll();
        hba.seek(0);
        hba.write(QStringLiteral("local all %1 scram-sha-256\n").arg(role).toUtf8() + rest);
        hba.close();
        return exec(QStringLiteral("SELECT pg_reload_conf()"));
    }

private:
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    bool run(const QString &program, const QStringList &args)
    {
        QProcess p;
        const QString path = binDir() + u'/' + program;
        if (m_asUser.isEmpty())
            p.start(path, args);
        else
            p.start(QStringLiteral("runuser"),
                    QStringList{QStringLiteral("-u"), m_asUser, QStringLiteral("--"), path} + args);
        const bool ok =
            p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (!ok)
            m_error = program + QStringLiteral(" failed: ") +
                      QString::fromLocal8Bit(p.readAllStandardError()).trimmed() + u' ' +
                      QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
        return ok;
    }

    QTemporaryDir m_dir;
    QString m_asUser;
    QString m_error;
};

} // namespace at::testing
