// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QAnyStringView>
#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>
#include <string_view>
#include <vector>

namespace at {

// A slice of a TextPool. Eight bytes instead of a 24-byte QString per field keeps the event store small.
struct TextRef {
    quint32 offset = 0;      // in bytes, into the pool
    quint32 length : 31 = 0; // in UTF-16 code units, as QString::size() would say
    quint32 wide : 1 = 0;    // kept as UTF-16; otherwise ASCII, a byte a character
    bool isEmpty() const { return length == 0; }
    quint64 bytes() const { return quint64(length) << wide; }
    // The same text in a pool that moved by `shift` bytes.
    TextRef movedBy(quint32 shift) const
    {
        TextRef r = *this;
        r.offset += shift;
        return r;
    }
};

// All the text of a store in a few large buffers, so that a million events cost a few allocations, not
// millions. Usually one: a second appears when another pool is appended (a reader's second range of
// events, a dataset added to another), whose buffer is then shared, not copied.
//
// ASCII text, nearly all of a dataset's (ids, dates, English), is kept a byte a character; other text as
// UTF-16, at an even address. Half the bytes is half the fresh memory the kernel must clear while a large
// file is read, and half the cache misses when ids are compared.
class TextPool {
public:
    TextRef add(QStringView text);
    // Appends valid UTF-8, decoded in place: `maxUnits` bounds the UTF-16 units it decodes to (its byte
    // count does), and `decode(char16_t *to)` writes them there and returns how many it wrote.
    template <typename Decode> TextRef addUtf8(std::string_view utf8, Decode decode)
    {
        if (isAscii(utf8)) {
            QByteArray &text = last();
            const TextRef ref = make(quint32(size()), utf8.size(), false);
            text.append(utf8.data(), qsizetype(utf8.size()));
            return ref;
        }
        char16_t *to = openWide(qsizetype(utf8.size()));
        const qsizetype n = qsizetype(decode(to));
        return closeWide(n);
    }
    // The text, viewed where it lies: Latin-1 (ASCII) or UTF-16.
    QAnyStringView view(TextRef ref) const
    {
        if (ref.isEmpty())
            return QAnyStringView(u"", 0);
        const char *p = at(ref.offset);
        if (ref.wide)
            return QAnyStringView(reinterpret_cast<const char16_t *>(p), qsizetype(ref.length));
        return QAnyStringView(QLatin1StringView(p, qsizetype(ref.length)));
    }
    // The bytes of an ASCII text, which are its UTF-8 too; empty for a wide one.
    std::string_view ascii(TextRef ref) const
    {
        return ref.wide || ref.isEmpty() ? std::string_view() : std::string_view(at(ref.offset), ref.length);
    }
    QString string(TextRef ref) const { return view(ref).toString(); }
    // The bytes the pool holds.
    qsizetype size() const
    {
        return m_more.empty() ? m_text.size() : m_more.back().start + m_more.back().text.size();
    }
    // Room for the pool to reach `bytes` bytes in all without growing.
    void reserve(qsizetype bytes)
    {
        const qsizetype start = size() - last().size();
        last().reserve(bytes - start);
    }
    // The bytes that texts decoded from `utf8Bytes` bytes of UTF-8 in all may take here, so that room
    // reserved for them is never outgrown. ASCII mixed with a single other character is all UTF-16: a
    // text of L bytes takes at most 2(L - 1) and the byte that aligns it, and while it is decoded 2L and
    // that byte; so 2 utf8Bytes + 1 in all, and a little more to spare.
    static qsizetype roomForUtf8(qsizetype utf8Bytes) { return 2 * utf8Bytes + 16; }
    // Where the next text will be written, valid while the room reserved lasts: for mapping it in ahead.
    const char *writeHead() const
    {
        const QByteArray &text = m_more.empty() ? m_text : m_more.back().text;
        return text.constData() + text.size();
    }
    // Appends another pool's text, sharing its buffers: references into it move by the size this one had.
    void append(const TextPool &other);

    // The most a pool can hold: a TextRef's offset has 32 bits, its length 31.
    static constexpr quint64 maxBytes = 0xFFFFFFFFu;
    static constexpr quint64 maxLength = 0x7FFFFFFFu;
    // Whether a text over maxLength was added. Then, as when the pool outgrew maxBytes, some references
    // are wrong, and whoever filled it must refuse the store (readers do: DatasetBuilder::textRefusal).
    bool hasTextTooLong() const { return m_textTooLong; }

    // Two texts compared as QAnyStringView compares them (by UTF-16 unit); two ASCII ones, as ids nearly
    // always are, by their bytes, inline: sorting and indexing a million ids does this millions of times.
    bool equal(TextRef a, TextRef b) const
    {
        if (!a.wide && !b.wide)
            return ascii(a) == ascii(b);
        return view(a) == view(b);
    }
    bool less(TextRef a, TextRef b) const
    {
        if (!a.wide && !b.wide)
            return ascii(a) < ascii(b);
        return view(a) < view(b);
    }

    static bool isAscii(std::string_view bytes);

private:
    struct Segment {
        qsizetype start; // the offset of its first byte
        QByteArray text;
    };
    TextRef make(quint32 offset, size_t length, bool wide)
    {
        if (length > maxLength)
            m_textTooLong = true;
        TextRef r;
        r.offset = offset;
        r.length = quint32(length) & quint32(maxLength);
        r.wide = wide ? 1u : 0u;
        return r;
    }
    QByteArray &last() { return m_more.empty() ? m_text : m_more.back().text; }
    const char *at(quint32 offset) const
    {
        if (m_more.empty() || offset < m_more.front().start)
            return m_text.constData() + offset;
        return atInMore(offset);
    }
    const char *atInMore(quint32 offset) const;
    // Room for `maxUnits` UTF-16 units after the text so far, at an even address; closeWide(n) keeps n.
    char16_t *openWide(qsizetype maxUnits);
    TextRef closeWide(qsizetype units);

    QByteArray m_text;           // from offset 0
    std::vector<Segment> m_more; // after it, in order of their offsets
    qsizetype m_wideAt = 0;      // where the text openWide() made room for starts, in last()
    bool m_textTooLong = false;  // a text over maxLength was added
};

} // namespace at
