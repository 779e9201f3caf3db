// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QString>
#include <QStringView>

namespace at {

// A slice of a TextPool. Eight bytes instead of a 24-byte QString per field keeps the event store small.
struct TextRef {
    quint32 offset = 0;
    quint32 length = 0;
    bool isEmpty() const { return length == 0; }
};

// All the text of a store in one buffer, so that a million events cost one allocation, not millions.
class TextPool {
public:
    TextRef add(QStringView text)
    {
        const TextRef ref{quint32(m_text.size()), quint32(text.size())};
        m_text.append(text);
        return ref;
    }
    // Appends text written in place, saving a copy for text decoded from a file: `write(char16_t *to)`
    // writes at most `maxUnits` units there and returns how many it wrote.
    template <typename Write> TextRef addWritten(qsizetype maxUnits, Write write)
    {
        const qsizetype at = m_text.size();
        m_text.resize(at + maxUnits); // amortised growth; never shrinks the capacity
        const qsizetype n = qsizetype(write(reinterpret_cast<char16_t *>(m_text.data()) + at));
        m_text.resize(at + n);
        return TextRef{quint32(at), quint32(n)};
    }
    // Appends another pool's text: its references move by the size this one had.
    void append(const TextPool &other) { m_text.append(other.m_text); }
    QStringView view(TextRef ref) const { return QStringView(m_text).mid(ref.offset, ref.length); }
    QString string(TextRef ref) const { return view(ref).toString(); }
    qsizetype size() const { return m_text.size(); }
    void reserve(qsizetype chars) { m_text.reserve(chars); }

private:
    QString m_text;
};

} // namespace at
