// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

// Small helpers shared by the annotation tests.

#include "app/core/annotations/annotation.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <unistd.h>

namespace at::testing {

using namespace Qt::StringLiterals;

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A complete annotation with fixed times, for exact comparisons.
inline Annotation sample(const QString &eventId, const QString &text, int n = 0)
{
    Annotation a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.target = AnnotationTarget::event(eventId);
    a.text = text;
    a.tags = {u"alliance"_s, u"tag%1"_s.arg(n)};
    a.importance = Importance::High;
    a.author = u"analyst"_s;
    a.created = QDateTime(QDate(2024, 5, 1), QTime(12, 0, n % 60, 123), Qt::UTC);
    a.edited = a.created.addSecs(60);
    return a;
}

// Runs a program; its stderr (or why it did not start) in *error.
inline bool run(const QString &program, const QStringList &args, QString *error = nullptr)
{
    QProcess p;
    p.start(program, args);
    const bool ok = p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!ok && error)
        *error = program + u' ' + args.join(u' ') + u": "_s +
                 (p.error() == QProcess::FailedToStart
                      ? p.errorString()
                      : QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
    return ok;
}

inline bool isRoot()
{
    return ::geteuid() == 0;
}

// A connection of the test's own to a workspace file, to look at it or to hold its lock.
class RawConnection {
public:
    explicit RawConnection(const QString &path)
    {
        m_name = u"raw-"_s + QUuid::createUuid().toString(QUuid::Id128);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=100"_s);
        db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql);
    }
    QStringList column(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        QStringList values;
        if (q.exec(sql))
            while (q.next())
                values << q.value(0).toString();
        return values;
    }

private:
    QString m_name;
};

} // namespace at::testing
