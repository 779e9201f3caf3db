// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QString>
#include <QStringView>
#include <vector>

namespace at {

// A slice of a TextPool. Eight bytes instead of a 24-byte QString per field keeps the event store small.
struct TextRef {
    quint32 offset = 0;
    quint32 length = 0;
    bool isEmpty() const { return length == 0; }
};

// All the text of a store in a few large buffers, so that a million events cost a few allocations, not
// millions. Usually one: a second appears when another pool is appended (a reader's second range of
// events, a dataset added to another), whose buffer is then shared, not copied.
class TextPool {
public:
    TextRef add(QStringView text)
    {
        const TextRef ref{quint32(size()), quint32(text.size())};
        last().append(text);
        return ref;
    }
    // Appends text written in place, saving a copy for text decoded from a file: `write(char16_t *to)`
    // writes at most `maxUnits` units there and returns how many it wrote.
    template <typename Write> TextRef addWritten(qsizetype maxUnits, Write write)
    {
        QString &text = last();
        const qsizetype at = text.size();
        const qsizetype start = size() - at;
        text.resize(at + maxUnits); // amortised growth; never shrinks the capacity
        const qsizetype n = qsizetype(write(reinterpret_cast<char16_t *>(text.data()) + at));
        text.resize(at + n);
        return TextRef{quint32(start + at), quint32(n)};
    }
    QStringView view(TextRef ref) const
    {
        if (m_more.empty() || ref.offset < m_more.front().start)
            return QStringView(m_text).mid(ref.offset, ref.length);
        return viewInMore(ref);
    }
    QString string(TextRef ref) const { return view(ref).toString(); }
    qsizetype size() const
    {
        return m_more.empty() ? m_text.size() : m_more.back().start + m_more.back().text.size();
    }
    // Room for the pool to reach `chars` units in all without growing.
    void reserve(qsizetype chars)
    {
        const qsizetype start = size() - last().size();
        last().reserve(chars - start);
    }
    // Where the next text will be written, valid while the room reserved lasts: for mapping it in ahead.
    const char16_t *writeHead() const
    {
        const QString &text = m_more.empty() ? m_text : m_more.back().text;
        return reinterpret_cast<const char16_t *>(text.constData()) + text.size();
    }
    // Appends another pool's text, sharing its buffers: references into it move by the size this one had.
    void append(const TextPool &other);

private:
    struct Segment {
        qsizetype start; // the offset of its first unit
        QString text;
    };
    QString &last() { return m_more.empty() ? m_text : m_more.back().text; }
    QStringView viewInMore(TextRef ref) const;

    QString m_text;              // from offset 0
    std::vector<Segment> m_more; // after it, in order of their offsets
};

} // namespace at
