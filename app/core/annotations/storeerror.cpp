// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/annotations/storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>

namespace at {

namespace {

// SQLite's primary and extended result codes (sqlite3.h); Qt passes them on as text. Named, and with no
// underlying type, because lupdate 6.4 loses track of the class below after an `enum : int`.
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADb = 26,
    SqlitePerm = 3,
    SqliteReadOnlyDbMoved = 1032,
};

} // namespace

QString StoreError::text() const
{
    if (detail.isEmpty())
        return message;
    return message + QStringLiteral(" (") + detail + u')';
}

StoreError StoreError::fromSql(const QSqlError &error, const QString &path)
{
    bool numeric = false;
    const int extended = error.nativeErrorCode().toInt(&numeric);
    const int primary = extended & 0xff;
    const QString file = QDir::toNativeSeparators(path);
    StoreError e;
    e.detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (numeric)
        e.detail += QStringLiteral(", SQLite code %1").arg(extended);
    if (!numeric) {
        e.code = Code::Other;
        e.message = tr("The workspace “%1” could not be used.").arg(file);
    } else if (extended == SqliteReadOnlyDbMoved) {
        e.code = Code::Missing;
        e.message = tr("The workspace file “%1” was moved or deleted while it was open. Put it back, or use "
                       "Save Workspace As to keep its annotations in a new file.")
                        .arg(file);
    } else if (primary == SqliteBusy || primary == SqliteLocked) {
        e.code = Code::Busy;
        e.message =
            tr("The workspace “%1” is locked by another program. Try again when that program has finished.")
                .arg(file);
    } else if (primary == SqliteFull) {
        e.code = Code::DiskFull;
        e.message =
            tr("The disk holding the workspace “%1” is full. Free some space and try again.").arg(file);
    } else if (primary == SqliteReadOnly || primary == SqlitePerm) {
        e.code = Code::ReadOnly;
        e.message =
            tr("The workspace “%1” cannot be written: the file or its folder is read-only.").arg(file);
    } else if (primary == SqliteCantOpen) {
        e.code = Code::CannotOpen;
        e.message = tr("The workspace “%1” cannot be opened.").arg(file);
    } else if (primary == SqliteNotADb) {
        e.code = Code::NotWorkspace;
        e.message = tr("“%1” is not an Alliance Timeline workspace: it is not an SQLite database.").arg(file);
    } else if (primary == SqliteCorrupt) {
        e.code = Code::Damaged;
        e.message = tr("The workspace “%1” is damaged.").arg(file);
    } else if (primary == SqliteIoErr) {
        e.code = Code::Io;
        e.message = tr("The disk reported an error while using the workspace “%1”.").arg(file);
    } else {
        e.code = Code::Other;
        e.message = tr("The workspace “%1” could not be used.").arg(file);
    }
    return e;
}

} // namespace at
