// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QString>

namespace at {

// Why a file could not be written (or read whole): which file, and a sentence for the user that says what
// went wrong ("No space left on device", "the disk did not confirm the write"). Printed as "PATH: MESSAGE",
// the way the command line reports it.
struct FileError {
    QString path;
    QString message;

    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
    friend bool operator==(const FileError &, const FileError &) = default;
};

} // namespace at
