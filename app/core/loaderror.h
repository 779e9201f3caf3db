// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QList>
#include <QString>

namespace at {

// One problem found in an input file. Printed the GNU way so that editors and terminals understand it:
// "FILE:LINE:COLUMN: error: MESSAGE" when a position is known, "FILE: error: PATH: MESSAGE" for JSON paths.
struct LoadError {
    QString file;
    QString path; // JSON path ("events[3].start") or a CSV column name; may be empty
    QString message;
    int line = 0; // 1-based; 0 when unknown
    int column = 0;
    // An id that is loaded already: importing with "Replace" instead of adding may solve it.
    bool idClash = false;

    QString toString() const;
    friend bool operator==(const LoadError &, const LoadError &) = default;
};

QStringList toStrings(const QList<LoadError> &errors);

} // namespace at
