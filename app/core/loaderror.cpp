// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/loaderror.h"

namespace at {

QString LoadError::toString() const
{
    QString where = file;
    if (line > 0) {
        where += u':' + QString::number(line);
        if (column > 0)
            where += u':' + QString::number(column);
    }
    QString text = where + QStringLiteral(": error: ");
    if (!path.isEmpty())
        text += path + QStringLiteral(": ");
    return text + message;
}

QStringList toStrings(const QList<LoadError> &errors)
{
    QStringList lines;
    lines.reserve(errors.size());
    for (const LoadError &e : errors)
        lines << e.toString();
    return lines;
}

} // namespace at
