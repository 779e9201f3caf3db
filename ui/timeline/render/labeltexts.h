// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QLocale>
#include <QString>
#include <vector>

namespace at {

class Dataset;

// Event titles as the timeline's labels: measured once, elided to the room a label gets, and (once a label
// is drawn a second time) kept as a picture of the text. Measuring needs only the font, not a painter, so
// that a frame is planned without one. Bounded in memory: a few thousand entries, dropped when full.
class LabelTexts {
public:
    struct Entry {
        QString text;
        float width = 0;
        int uses = 0;
        QImage image; // the text drawn, for raster targets
    };

    // The text a label says for an event, before eliding: its title in the language of `locale`.
    static QString title(const Dataset &dataset, quint32 event, const QLocale &locale);

    void setFont(const QFont &font);
    const QFont &font() const { return m_font; }
    const QFontMetricsF &metrics() const { return m_fm; }
    // The longest label drawn: longer titles are elided to it.
    void setMaxWidth(double width);
    void setDataset(const Dataset *dataset);
    // The titles are in the UI's language (marked where an event has none in it).
    void setLocale(const QLocale &locale);
    void clear();

    // Width 0 asks for the full label (the title, elided at the longest label drawn); others for the title
    // elided to fit `width`. The text is empty (and its width 0) when too little of the title would show.
    Entry &entry(quint32 event, float width);
    float fullWidth(quint32 event) { return entry(event, 0).width; }

private:
    struct TitleWidths {
        QString title;
        std::vector<float> prefix; // prefix[i]: the width of the first i characters
    };
    const TitleWidths &titleWidths(quint32 event);

    const Dataset *m_data = nullptr;
    QLocale m_locale;
    QFont m_font;
    QFontMetricsF m_fm{QFont()};
    float m_ellipsisWidth = 0;
    double m_maxWidth = 240;
    QHash<quint64, Entry> m_entries; // (event << 16 | width bucket) -> text
    QHash<quint32, TitleWidths> m_titleWidths;
};

} // namespace at
