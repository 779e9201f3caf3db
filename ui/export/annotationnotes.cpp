// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/export/annotationnotes.h"

#include "app/core/annotations/annotationchoice.h"

#include <QFontMetrics>
#include <QPainter>
#include <QTextLayout>

namespace at {
namespace {
constexpr int maxLinesPerNote = 2;

// `text` broken into lines of at most `width` pixels: the first maxLinesPerNote - 1 as they break, the
// last one with the rest, elided.
QStringList wrap(const QString &text, const QFont &font, int width)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLinesPerNote - 1) {
            const QString rest = text.mid(line.textStart()).trimmed();
            lines << QFontMetrics(font).elidedText(rest, Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}
} // namespace

AnnotationNotes AnnotationNotes::layout(const QList<Annotation> &notes, const QFont &font, int width,
                                        int maxHeight, const QLocale &locale)
{
    AnnotationNotes out;
    out.m_font = font;
    out.m_numberFont = font;
    out.m_numberFont.setBold(true);
    if (notes.isEmpty())
        return out;
    const QFontMetrics metrics(font);
    const QFontMetrics numberMetrics(out.m_numberFont);
    const int lineHeight = metrics.lineSpacing();
    // The numbers right-aligned in a column as wide as the widest, two spaces before the text.
    const int numberWidth = numberMetrics.horizontalAdvance(QString::number(notes.size()));
    const int gap = metrics.horizontalAdvance(QStringLiteral("  "));
    const int textLeft = numberWidth + gap;
    const int textWidth = std::max(1, width - textLeft);

    std::vector<QStringList> wrapped;
    for (const Annotation &a : notes)
        wrapped.push_back(wrap(annotationNoteText(a), font, textWidth));
    // As many whole notes as fit, keeping a line for the count of the others when some are left out.
    qsizetype listed = 0;
    int used = 0;
    for (qsizetype i = 0; i < notes.size(); ++i) {
        const int need = int(wrapped[size_t(i)].size()) * lineHeight;
        const int room = i + 1 < notes.size() ? maxHeight - lineHeight : maxHeight;
        if (used + need > room)
            break;
        used += need;
        ++listed;
    }
    int y = 0;
    for (qsizetype i = 0; i < listed; ++i) {
        const QStringList &lines = wrapped[size_t(i)];
        for (qsizetype l = 0; l < lines.size(); ++l) {
            Line line;
            if (l == 0) {
                line.number = QRect(0, y, numberWidth, lineHeight);
                line.numberText = QString::number(i + 1);
            }
            line.text = QRect(textLeft, y, textWidth, lineHeight);
            line.body = lines[l];
            out.m_lines.push_back(line);
            y += lineHeight;
        }
    }
    if (listed < notes.size() && y + lineHeight <= maxHeight) {
        Line more;
        more.text = QRect(textLeft, y, textWidth, lineHeight);
        more.body = metrics.elidedText(
            tr("%1 more numbered in the picture are not listed here; the annotations export has them all.")
                .arg(locale.toString(notes.size() - listed)),
            Qt::ElideRight, textWidth);
        out.m_lines.push_back(more);
        y += lineHeight;
    }
    out.m_height = y;
    return out;
}

int AnnotationNotes::room(const QSize &size, const QFont &font)
{
    return std::max(3 * QFontMetrics(font).lineSpacing(), size.height() / 5);
}

void AnnotationNotes::draw(QPainter &painter, QPoint topLeft, const QColor &color) const
{
    painter.save();
    painter.translate(topLeft);
    painter.setPen(color);
    for (const Line &line : m_lines) {
        if (!line.numberText.isEmpty()) {
            painter.setFont(m_numberFont);
            painter.drawText(line.number, Qt::AlignRight | Qt::AlignTop, line.numberText);
        }
        painter.setFont(m_font);
        painter.drawText(line.text, Qt::AlignLeft | Qt::AlignTop, line.body);
    }
    painter.restore();
}

} // namespace at
