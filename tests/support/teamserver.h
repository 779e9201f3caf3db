// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

// A PostgreSQL 15 server of the test's own: a new cluster in a temporary folder, reached through a Unix
// socket in that folder (and, when asked before start(), over TCP on 127.0.0.1 at a free port, with TLS
// by a self-signed certificate made for it), stopped and deleted when the test ends. PostgreSQL refuses to
// run as root, so under root the cluster belongs to the "postgres" system user and its programs run as it.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QVariant>
#include <arpa/inet.h>
#include <functional>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace at::testing {

class TeamServer {
public:
    static QString binDir() { return QStringLiteral("/usr/lib/postgresql/15/bin"); }

    // Before start(): listen on 127.0.0.1 too, at a free port, with TLS offered (ssl = on) by a
    // certificate for "localhost" that the openssl program makes in the cluster's folder.
    void listenOnTcpWithTls() { m_tcpTls = true; }

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
        if (m_tcpTls ? !setUpTcpWithTls() : !appendToConf(QStringLiteral("listen_addresses = ''\n")))
            return false;
        return startServer() && startWatchdog();
    }

    // A test that crashes or aborts skips the destructor below, which would leave its server running
    // for ever (and its folder behind). A detached watcher outlives the test: once the test's process is
    // gone it stops the server, if one still runs, and deletes the folder. After a normal end it finds
    // both gone already.
    bool startWatchdog()
    {
        const QString stop =
            (m_asUser.isEmpty() ? QString() : QStringLiteral("runuser -u %1 -- ").arg(m_asUser)) +
            QStringLiteral("%1/pg_ctl -D '%2' -w -m immediate stop").arg(binDir(), dataDir());
        QProcess watcher;
        watcher.setProgram(QStringLiteral("/bin/sh"));
        watcher.setArguments(
            {QStringLiteral("-c"),
             QStringLiteral(
                 "tail --pid=%1 -f /dev/null; if [ -f '%2/postmaster.pid' ]; then %3; fi; rm -rf '%4'")
                 .arg(::getpid())
                 .arg(dataDir(), stop, m_dir.path())});
        // Not holding the test's output open: ctest would wait for the watcher to end.
        watcher.setStandardInputFile(QProcess::nullDevice());
        watcher.setStandardOutputFile(QProcess::nullDevice());
        watcher.setStandardErrorFile(QProcess::nullDevice());
        if (!watcher.startDetached()) {
            m_error = QStringLiteral("cannot start the server's watchdog");
            return false;
        }
        return true;
    }

    bool startServer()
    {
        // fsync stays on: a commit must be on disk when the server says so, as in production. TCP and TLS
        // are set in postgresql.conf, not here: the command line's settings cannot be changed by a reload.
        return run(QStringLiteral("pg_ctl"),
                   {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
                    m_dir.filePath(QStringLiteral("log")), QStringLiteral("-w"), QStringLiteral("-o"),
                    QStringLiteral("-k %1 -p %2").arg(m_dir.path()).arg(port()), QStringLiteral("start")});
    }

    // Turns TLS on or off (ALTER SYSTEM and a reload) and returns once a new connection sees it.
    bool setTls(bool on)
    {
        const QString value = on ? QStringLiteral("on") : QStringLiteral("off");
        if (!exec(QStringLiteral("ALTER SYSTEM SET ssl = %1").arg(value)) ||
            !exec(QStringLiteral("SELECT pg_reload_conf()")))
            return false;
        for (int i = 0; i < 100; ++i) {
            if (column(QStringLiteral("SHOW ssl")) == QStringList{value})
                return true;
            ::usleep(50000);
        }
        m_error = QStringLiteral("the server did not take ssl = %1").arg(value);
        return false;
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
    int port() const { return m_port; }

    // The address of a workspace in database `database` as role `user`.
    QString uri(const QString &workspace = QStringLiteral("default"),
                const QString &user = QStringLiteral("postgres"),
                const QString &database = QStringLiteral("postgres")) const
    {
        return QStringLiteral("postgresql://%1@localhost/%2?host=%3&workspace=%4")
            .arg(user, database, socketDir(), workspace);
    }

    // The address of a workspace over TCP (listenOnTcpWithTls()), with more query items (`extra`).
    QString tcpUri(const QString &database, const QString &extra = {}) const
    {
        return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2?workspace=default%3")
            .arg(port())
            .arg(database, extra);
    }

    // Runs SQL as the superuser on its own connection (to grant, to kill others' connections).
    bool exec(const QString &sql, const QString &database = QStringLiteral("postgres"))
    {
        return asAdmin(database, [&](QSqlQuery &q) { return q.exec(sql); });
    }

    // The first column of what `sql` returns, as text (the superuser asks, on its own connection); empty
    // when it fails (error() says why).
    QStringList column(const QString &sql, const QString &database = QStringLiteral("postgres"))
    {
        QStringList values;
        asAdmin(database, [&](QSqlQuery &q) {
            if (!q.exec(sql))
                return false;
            while (q.next())
                values << q.value(0).toString();
            return true;
        });
        return values;
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

    bool asAdmin(const QString &database, const std::function<bool(QSqlQuery &)> &work)
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
                ok = work(q);
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

    // A port no one listens on now (the kernel picks it); the server binds it a moment later.
    static int freeTcpPort()
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        int port = 0;
        if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
            ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
            port = ntohs(address.sin_port);
        if (fd >= 0)
            ::close(fd);
        return port;
    }

    // A self-signed certificate and its key in the cluster's folder, the server's own (it refuses a key that
    // others may read), and postgresql.conf set to listen on 127.0.0.1 at a free port with TLS on. initdb's
    // pg_hba.conf already trusts 127.0.0.1, with TLS or without.
    bool setUpTcpWithTls()
    {
        m_port = freeTcpPort();
        if (m_port <= 0) {
            m_error = QStringLiteral("no free TCP port");
            return false;
        }
        const QString key = dataDir() + QStringLiteral("/server.key");
        const QString certificate = dataDir() + QStringLiteral("/server.crt");
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate,
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=localhost")});
        if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit ||
            openssl.exitCode() != 0) {
            m_error = QStringLiteral("openssl could not make a certificate (install openssl): ") +
                      openssl.errorString() + u' ' + QString::fromLocal8Bit(openssl.readAllStandardError());
            return false;
        }
        if (!QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner)) {
            m_error = QStringLiteral("cannot make %1 private").arg(key);
            return false;
        }
        if (const passwd *pw = m_asUser.isEmpty() ? nullptr : ::getpwnam(qPrintable(m_asUser))) {
            for (const QString &file : {key, certificate}) {
                if (::chown(QFile::encodeName(file).constData(), pw->pw_uid, pw->pw_gid) != 0) {
                    m_error = QStringLiteral("cannot hand %1 to the %2 user").arg(file, m_asUser);
                    return false;
                }
            }
        }
        return appendToConf(QStringLiteral("listen_addresses = '127.0.0.1'\nssl = on\nssl_cert_file = '%1'\n"
                                           "ssl_key_file = '%2'\n")
                                .arg(certificate, key));
    }

    bool appendToConf(const QString &lines)
    {
        QFile conf(dataDir() + QStringLiteral("/postgresql.conf"));
        if (!conf.open(QIODevice::Append) || conf.write(lines.toUtf8()) < 0 || !conf.flush()) {
            m_error = conf.errorString();
            return false;
        }
        return true;
    }

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
    int m_port = 5432; // the socket's number; the TCP port too when there is one
    bool m_tcpTls = false;
};

} // namespace at::testing
