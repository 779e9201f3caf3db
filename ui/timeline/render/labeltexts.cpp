// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/timeline/render/labeltexts.h"

#include "app/core/dataset.h"
#include "app/core/displaytext.h"

#include <algorithm>
#include <cmath>

namespace at {

QString LabelTexts::title(const Dataset &dataset, quint32 event, const QLocale &locale)
{
    return displayText(dataset, dataset.events[event].title, locale);
}

void LabelTexts::setFont(const QFont &font)
{
    m_font = font;
    m_fm = QFontMetricsF(font);
    m_ellipsisWidth = float(m_fm.horizontalAdvance(QStringLiteral("…")));
    clear();
}

void LabelTexts::setMaxWidth(double width)
{
    if (width != m_maxWidth) {
        m_maxWidth = width;
        m_entries.clear();
    }
}

void LabelTexts::setDataset(const Dataset *dataset)
{
    m_data = dataset;
    clear();
}

void LabelTexts::setLocale(const QLocale &locale)
{
    m_locale = locale;
    clear();
}

void LabelTexts::clear()
{
    m_entries.clear();
    m_titleWidths.clear();
}

LabelTexts::Entry &LabelTexts::entry(quint32 event, float width)
{
    // Widths are rounded down to a step of forty pixels (four pixels below forty), so that panning and
    // zooming reuse the texts they made. Always down: the placement gave the label exactly `width` pixels
    // before the next thing, and a text elided to more would run into it.
    constexpr float step = 40;
    constexpr float fineStep = 4;
    constexpr quint64 fine = 0x8000; // marks a bucket of fine steps in the key
    quint64 bucket = 0;
    double limit = m_maxWidth;
    if (width >= step) {
        bucket = quint64(std::floor(width / step));
        limit = double(bucket) * step;
    } else if (width > 0) {
        const auto steps = quint64(std::max(1.0f, std::floor(width / fineStep)));
        bucket = fine | steps;
        limit = double(steps) * fineStep;
    }
    const quint64 key = (quint64(event) << 16) | bucket;
    auto it = m_entries.find(key);
    if (it == m_entries.end()) {
        if (m_entries.size() > 2500)
            m_entries.clear(); // a bound on memory; the labels on screen come back in one frame
        Entry entry;
        const TitleWidths &title = titleWidths(event);
        // The longest start of the title that fits with an ellipsis, measured from the widths of its
        // characters: no text layout for each width asked (a zoom asks for hundreds a frame).
        const QString &t = title.title;
        if (title.prefix.back() <= limit) {
            entry.text = t;
            entry.width = title.prefix.back();
        } else {
            qsizetype k = qsizetype(std::upper_bound(title.prefix.begin(), title.prefix.end(),
                                                     float(limit) - m_ellipsisWidth) -
                                    title.prefix.begin()) -
                          1;
            while (k > 0 && (t[k - 1].isSpace() || t[k - 1].isHighSurrogate() || t[k].isLowSurrogate()))
                --k; // no space before the ellipsis, and never half a character
            if (k > 0) {
                entry.text = t.left(k) + u'…';
                entry.width = title.prefix[size_t(k)] + m_ellipsisWidth;
            }
        }
        if (bucket != 0 && entry.text.size() <= 2)
            entry.text.clear(); // a lone ellipsis says nothing
        if (entry.text.isEmpty())
            entry.width = 0;
        it = m_entries.insert(key, entry);
    }
    return *it;
}

const LabelTexts::TitleWidths &LabelTexts::titleWidths(quint32 event)
{
    auto it = m_titleWidths.find(event);
    if (it == m_titleWidths.end()) {
        if (m_titleWidths.size() > 4000)
            m_titleWidths.clear();
        TitleWidths w;
        if (m_data && event < m_data->events.size())
            w.title = title(*m_data, event, m_locale);
        // prefix[i] is the width of the first i characters: the sum of their advances, which is what the
        // laid-out text measures but for kerning (a pixel or so, inside the gap after a label). A
        // surrogate pair counts as one character, at its second half.
        w.prefix.resize(size_t(w.title.size()) + 1);
        float x = 0;
        for (qsizetype i = 0; i < w.title.size(); ++i) {
            const QChar c = w.title[i];
            if (c.isHighSurrogate() && i + 1 < w.title.size() && w.title[i + 1].isLowSurrogate()) {
                w.prefix[size_t(i) + 1] = x;
                x += float(m_fm.horizontalAdvance(w.title.mid(i, 2)));
                w.prefix[size_t(i) + 2] = x;
                ++i;
                continue;
            }
            x += float(m_fm.horizontalAdvance(c));
            w.prefix[size_t(i) + 1] = x;
        }
        it = m_titleWidths.insert(event, w);
    }
    return *it;
}

} // namespace at
