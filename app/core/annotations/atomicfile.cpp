// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/annotations/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace at {

QString saveFileAtomically(const QString &path, QByteArrayView bytes)
{
    const auto fail = [&](const QString &why) {
        return QCoreApplication::translate("at::AtomicFile", "“%1” could not be saved: %2")
            .arg(QDir::toNativeSeparators(path), why);
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(bytes.data(), bytes.size()) != bytes.size() || !file.flush()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(why);
    }
    if (!file.commit())
        return fail(file.errorString());
    return {};
}

} // namespace at
