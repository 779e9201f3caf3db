// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/storeerror.h"

#include <QSqlDatabase>
#include <QString>

namespace at {

// One named QSQLITE connection, removed again when this goes away (Qt keeps connections in a registry by
// name; every store and every check gets its own so that none shares a transaction with another).
class SqlConnection {
public:
    SqlConnection() = default;
    ~SqlConnection() { close(); }
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;
    SqlConnection(SqlConnection &&other) noexcept;
    SqlConnection &operator=(SqlConnection &&other) noexcept;

    // Read-only connections never write to the file, not even to recover it. busyTimeoutMs is how long a
    // statement waits for another program's lock before it fails with SQLITE_BUSY.
    Expected<void, StoreError> open(const QString &path, bool readOnly, int busyTimeoutMs);
    void close();
    bool isOpen() const { return !m_name.isEmpty(); }
    QSqlDatabase database() const;
    QString path() const { return m_path; }

    // Runs statements that return nothing; the first error is returned, classified.
    Expected<void, StoreError> exec(const QString &sql) const;
    // The first column of the first row of a query such as "PRAGMA user_version" (null when no row).
    Expected<QVariant, StoreError> scalar(const QString &sql) const;
    // Every row's first column, e.g. of "PRAGMA integrity_check".
    Expected<QStringList, StoreError> column(const QString &sql) const;

private:
    QString m_name;
    QString m_path;
};

} // namespace at
