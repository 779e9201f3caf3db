// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/textpool.h"

#include <algorithm>

namespace at {

void TextPool::append(const TextPool &other)
{
    const qsizetype shift = size();
    auto take = [&](qsizetype start, const QString &text) {
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

QStringView TextPool::viewInMore(TextRef ref) const
{
    // The last segment that starts at or before the offset; there are seldom more than two.
    const auto after = std::upper_bound(m_more.begin(), m_more.end(), qsizetype(ref.offset),
                                        [](qsizetype offset, const Segment &s) { return offset < s.start; });
    const Segment &s = *(after - 1);
    return QStringView(s.text).mid(qsizetype(ref.offset) - s.start, ref.length);
}

} // namespace at
