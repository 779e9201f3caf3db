// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/annotations/annotation.h"

#include <QCoreApplication>
#include <QFont>
#include <QRect>
#include <QSize>
#include <vector>

class QPainter;

namespace at {

// The notes under a picture, one per annotation it shows: "1  text — author, tags", its number in a column
// of its own, the text wrapped to at most two lines and elided after that. As many as fit in the room
// given; then a line that says how many more the picture numbers without listing them.
class AnnotationNotes {
    Q_DECLARE_TR_FUNCTIONS(at::AnnotationNotes)
public:
    struct Line {
        QRect number; // empty on a note's second line
        QString numberText;
        QRect text;
        QString body;
    };

    // `notes[i]` has number i + 1. Lines are laid out from (0, 0), `width` wide, in at most `maxHeight`.
    static AnnotationNotes layout(const QList<Annotation> &notes, const QFont &font, int width, int maxHeight,
                                  const QLocale &locale);

    // The room a picture of `size` gives its notes: a fifth of its height, and never less than three lines.
    static int room(const QSize &size, const QFont &font);

    bool isEmpty() const { return m_lines.empty(); }
    int height() const { return m_height; }
    const std::vector<Line> &lines() const { return m_lines; }
    // Draws the lines with their top left at `topLeft`.
    void draw(QPainter &painter, QPoint topLeft, const QColor &color) const;

private:
    QFont m_font;
    QFont m_numberFont;
    std::vector<Line> m_lines;
    int m_height = 0;
};

} // namespace at
