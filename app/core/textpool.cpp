// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/textpool.h"

#include <algorithm>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace at {

bool TextPool::isAscii(std::string_view bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
#if defined(__SSE2__)
    for (; end - p >= 16; p += 16) {
        if (_mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p))) != 0)
            return false;
    }
#endif
    unsigned char high = 0;
    for (; p < end; ++p)
        high |= *p;
    return high < 0x80;
}

TextRef TextPool::add(QStringView text)
{
    char16_t high = 0;
    for (const QChar c : text)
        high |= c.unicode();
    if (high < 0x80) {
        QByteArray &to = last();
        const TextRef ref = make(quint32(size()), size_t(text.size()), false);
        const qsizetype at = to.size();
        to.resize(at + text.size());
        char *out = to.data() + at;
        for (qsizetype i = 0; i < text.size(); ++i)
            out[i] = char(text[i].unicode());
        return ref;
    }
    char16_t *to = openWide(text.size());
    std::memcpy(to, text.utf16(), size_t(text.size()) * sizeof(char16_t));
    return closeWide(text.size());
}

char16_t *TextPool::openWide(qsizetype maxUnits)
{
    QByteArray &text = last();
    // The buffer starts at an even address (the allocator aligns it), so an even position is one too.
    const qsizetype at = text.size() + (text.size() & 1);
    text.resize(at + maxUnits * qsizetype(sizeof(char16_t))); // amortised growth; never shrinks the capacity
    m_wideAt = at;
    Q_ASSERT((quintptr(text.constData()) & 1) == 0);
    return reinterpret_cast<char16_t *>(text.data() + at);
}

TextRef TextPool::closeWide(qsizetype units)
{
    QByteArray &text = last();
    text.resize(m_wideAt + units * qsizetype(sizeof(char16_t)));
    const qsizetype start = size() - text.size();
    return make(quint32(start + m_wideAt), size_t(units), true);
}

void TextPool::append(const TextPool &other)
{
    const qsizetype shift = size();
    m_textTooLong = m_textTooLong || other.m_textTooLong;
    auto take = [&](qsizetype start, const QByteArray &text) {
        if (text.isEmpty())
            return;
        if (shift == 0 && m_more.empty() && m_text.isEmpty())
            m_text = text; // nothing here yet: the other's first buffer becomes this one's
        else
            m_more.push_back(Segment{shift + start, text});
    };
    take(0, other.m_text);
    for (const Segment &s : other.m_more)
        take(s.start, s.text);
}

const char *TextPool::atInMore(quint32 offset) const
{
    // The last segment that starts at or before the offset; there are seldom more than two.
    const auto after = std::upper_bound(m_more.begin(), m_more.end(), qsizetype(offset),
                                        [](qsizetype o, const Segment &s) { return o < s.start; });
    const Segment &s = *(after - 1);
    return s.text.constData() + (qsizetype(offset) - s.start);
}

} // namespace at
