// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

// What an exported SVG says in words, for the tests that check a picture's text.

#include <QFile>
#include <QStringList>
#include <QXmlStreamReader>

namespace at::testing {

// The text of every <text> element of an SVG file, each whole; with `joinRuns`, one entry per run of
// elements on one baseline instead: Qt writes a label that mixes scripts ("QQ 要求…") as one element per
// script, one after the other at the same y.
inline QStringList svgTexts(const QString &path, bool joinRuns = false)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QStringList texts;
    QString lastY;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"text")
            continue;
        const QString y = xml.attributes().value(QLatin1StringView("y")).toString();
        const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        if (joinRuns && !texts.isEmpty() && y == lastY)
            texts.last() += text;
        else
            texts << text;
        lastY = y;
    }
    for (QString &t : texts)
        t = t.trimmed();
    return texts;
}

} // namespace at::testing
