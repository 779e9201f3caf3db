// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QByteArray>
#include <QFile>
#include <QtGlobal>

// The smallest good dataset (two entities, two events, a series, a market, a quote), the import tests'
// common starting point.
inline QByteArray minimalJson()
{
    QFile f(QStringLiteral(AT_TEST_DATA "/loader/good/minimal.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read minimal.json");
    return f.readAll();
}
