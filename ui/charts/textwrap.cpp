// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/charts/textwrap.h"

#include <QTextLayout>
#include <algorithm>

namespace at {

namespace {

// Calls `line(paragraph, start, length)` for each line of the wrapped text until it returns false.
template <typename Line> void forEachLine(const QString &text, const QFont &font, int width, Line line)
{
    for (const QString &paragraph : text.split(u'\n')) {
        QTextLayout layout(paragraph, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        bool more = true;
        for (QTextLine l = layout.createLine(); more && l.isValid(); l = layout.createLine()) {
            l.setLineWidth(std::max(width, 1));
            more = line(paragraph, l.textStart(), l.textLength());
        }
        layout.endLayout();
        if (!more)
            return;
    }
}

} // namespace

QString wrapText(const QString &text, const QFont &font, int width)
{
    QStringList lines;
    forEachLine(text, font, width, [&](const QString &paragraph, int start, int length) {
        lines << paragraph.mid(start, length).trimmed();
        return true;
    });
    return lines.join(u'\n');
}

bool wrapsInFewerLines(const QString &text, const QFont &font, int width, int lines)
{
    auto count = [&](const QString &part, int upTo) {
        int n = 0;
        forEachLine(part, font, width, [&](const QString &, int, int) { return ++n < upTo; });
        return n;
    };
    // Laying out a text of thousands of sources is slow even when it stops early (the whole of a
    // paragraph is analysed first), so a long text is tried by its beginning first: the lines of a
    // beginning are the text's own but for its last two (its last word may be cut short), so a beginning
    // with two lines more than the limit settles it.
    const qsizetype beginning = qsizetype(std::max(lines, 1)) * 1024;
    if (text.size() > beginning && count(text.left(beginning), lines + 2) >= lines + 2)
        return false;
    return count(text, lines) < lines;
}

} // namespace at
