// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/annotations/sqlconnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <optional>
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

Expected<void, StoreError> SqlConnection::open(const QString &path, bool readOnly, int busyTimeoutMs)
{
    close();
    // A UUID rather than a counter: no global state, and no clash between stores or threads.
    const QString name = QStringLiteral("at-workspace-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<StoreError> error;
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
        return Unexpected(*error);
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

Expected<void, StoreError> SqlConnection::exec(const QString &sql) const
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return Unexpected(StoreError::fromSql(query.lastError(), m_path));
    return {};
}

Expected<QVariant, StoreError> SqlConnection::scalar(const QString &sql) const
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return Unexpected(StoreError::fromSql(query.lastError(), m_path));
    QVariant value = query.next() ? query.value(0) : QVariant();
    if (query.lastError().isValid())
        return Unexpected(StoreError::fromSql(query.lastError(), m_path));
    return value;
}

Expected<QStringList, StoreError> SqlConnection::column(const QString &sql) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return Unexpected(StoreError::fromSql(query.lastError(), m_path));
    QStringList values;
    while (query.next())
        values.append(query.value(0).toString());
    if (query.lastError().isValid())
        return Unexpected(StoreError::fromSql(query.lastError(), m_path));
    return values;
}

} // namespace at
