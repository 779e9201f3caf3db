// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/annotations/sqlconnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <utility>

namespace at {

SqlConnection::SqlConnection(SqlConnection &&other) noexcept
    : m_name(std::exchange(other.m_name, {})), m_path(std::exchange(other.m_path, {}))
{}

SqlConnection &SqlConnection::operator=(SqlConnection &&other) noexcept
{
    if (this != &other) {
        close();
        m_name = std::exchange(other.m_name, {});
        m_path = std::exchange(other.m_path, {});
    }
    return *this;
}

StoreError SqlConnection::open(const QString &path, bool readOnly, int busyTimeoutMs)
{
    close();
    // A UUID rather than a counter: no global state, and no clash between stores or threads.
    const QString name = QStringLiteral("at-workspace-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    StoreError error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!db.open())
            error = StoreError::fromSql(db.lastError(), path);
    }
    if (error) {
        QSqlDatabase::removeDatabase(name);
        return error;
    }
    m_name = name;
    m_path = path;
    return {};
}

void SqlConnection::close()
{
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
    m_path.clear();
}

QSqlDatabase SqlConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

StoreError SqlConnection::exec(const QString &sql) const
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return StoreError::fromSql(query.lastError(), m_path);
    return {};
}

StoreError SqlConnection::scalar(const QString &sql, QVariant *value) const
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return StoreError::fromSql(query.lastError(), m_path);
    *value = query.next() ? query.value(0) : QVariant();
    if (query.lastError().isValid())
        return StoreError::fromSql(query.lastError(), m_path);
    return {};
}

StoreError SqlConnection::column(const QString &sql, QStringList *values) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return StoreError::fromSql(query.lastError(), m_path);
    values->clear();
    while (query.next())
        values->append(query.value(0).toString());
    if (query.lastError().isValid())
        return StoreError::fromSql(query.lastError(), m_path);
    return {};
}

} // namespace at
