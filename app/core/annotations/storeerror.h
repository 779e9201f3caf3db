// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/expected.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

class QSqlError;

namespace at {

// Why a workspace could not be opened or written, as the error side of the store's
// Expected<T, StoreError>: the message is a whole sentence for the user, the detail what SQLite or the
// system said. A StoreError always describes a failure; success is an Expected holding a value.
struct StoreError {
    Q_DECLARE_TR_FUNCTIONS(at::StoreError)

public:
    enum class Code : quint8 {
        NotOpen,        // no workspace is open
        Busy,           // another program holds the lock longer than the busy timeout
        DiskFull,       // no space left
        ReadOnly,       // the file or its folder cannot be written
        Missing,        // the file was deleted or moved away (or never existed)
        CannotOpen,     // the file exists but cannot be opened (permissions, a folder)
        NotWorkspace,   // not an SQLite database, or one that is not a workspace
        Damaged,        // an SQLite database that fails its integrity check
        NewerVersion,   // written by a newer version of the program
        Conflict,       // another program changed the same annotation since it was read
        NotFound,       // the annotation no longer exists
        Io,             // any other input/output error
        PasswordNeeded, // the server asks for a password that was not given (and libpq found none)
        Other
    };
    Code code = Code::Other;
    QString message;
    QString detail;

    // The message and, in brackets, the detail.
    QString text() const;

    // Classifies an SQLite error (Qt reports SQLite's extended result code as the native code).
    static StoreError fromSql(const QSqlError &error, const QString &path);
};

} // namespace at

Q_DECLARE_METATYPE(at::StoreError)
