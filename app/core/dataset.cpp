// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/dataset.h"

#include "app/core/import/prefault.h"
#include "app/core/import/twohalves.h"

#include <QCoreApplication>
#include <algorithm>
#include <atomic>
#include <memory>
#include <numeric>
#include <string_view>
#include <type_traits>

namespace at {

namespace {
// SlotTable's hash of the id's UTF-8 bytes, as the readers' IdIndex hashes them, so that the table a
// reader built can serve here (finish()). Ids are ASCII (lower-case letters, digits and '-', at most 64):
// as the pool keeps them, those bytes; given as UTF-16, narrowed on the stack; anything else goes the long
// way.
quint64 idHash(QAnyStringView id)
{
    return id.visit([](auto v) {
        using View = decltype(v);
        if constexpr (std::is_same_v<View, QLatin1StringView>) {
            const std::string_view bytes(v.data(), size_t(v.size()));
            if (TextPool::isAscii(bytes))
                return SlotTable::hash(bytes);
        } else if constexpr (std::is_same_v<View, QStringView>) {
            char bytes[64];
            if (size_t(v.size()) <= sizeof bytes) {
                char16_t wide = 0;
                for (qsizetype i = 0; i < v.size(); ++i) {
                    wide |= v[i].unicode();
                    bytes[i] = char(v[i].unicode());
                }
                if (wide < 0x80)
                    return SlotTable::hash(std::string_view(bytes, size_t(v.size())));
            }
        }
        const QByteArray utf8 = v.toString().toUtf8();
        return SlotTable::hash(std::string_view(utf8.data(), size_t(utf8.size())));
    });
}
} // namespace

void Dataset::finish(SlotTable eventIds)
{
    // The side tables are found by binary search. Readers append in key order; this sorts what others
    // built otherwise.
    if (!std::is_sorted(chinese.begin(), chinese.end(),
                        [](const ChineseText &a, const ChineseText &b) { return a.primary < b.primary; }))
        std::sort(chinese.begin(), chinese.end(),
                  [](const ChineseText &a, const ChineseText &b) { return a.primary < b.primary; });
    if (!std::is_sorted(citationLists.begin(), citationLists.end(),
                        [](const CitationList &a, const CitationList &b) { return a.key < b.key; }))
        std::sort(citationLists.begin(), citationLists.end(),
                  [](const CitationList &a, const CitationList &b) { return a.key < b.key; });

    // Events in drawn time, then id. Most files are in that order already (the generator writes them so,
    // and people sort their spreadsheets), so that case costs one pass and no copy.
    const size_t n = events.size();
    // Not zeroed first: every element is written below.
    const std::unique_ptr<double[]> times = std::make_unique_for_overwrite<double[]>(n);
    prefaultForWriting(times.get(), n * sizeof(double));
    const auto before = [&](size_t a, size_t b) {
        if (times[a] != times[b])
            return times[a] < times[b];
        return pool.less(events[a].id, events[b].id);
    };
    // Each half's times, then whether the half is in order; the pair across the halves after both.
    std::atomic<bool> ordered = true;
    size_t secondHalf = n;
    inTwoHalves(n, 200000, [&](size_t from, size_t to) {
        if (from > 0)
            secondHalf = from;
        for (size_t i = from; i < to; ++i)
            times[i] = events[i].time();
        for (size_t i = from + 1; i < to && ordered.load(std::memory_order_relaxed); ++i) {
            if (before(i, i - 1))
                ordered.store(false, std::memory_order_relaxed);
        }
    });
    const bool inOrder = ordered && (secondHalf == n || !before(secondHalf, secondHalf - 1));
    if (!inOrder) {
        std::vector<quint32> order(n);
        std::iota(order.begin(), order.end(), 0u);
        std::stable_sort(order.begin(), order.end(), before);
        std::vector<int> newIndex(n);
        for (size_t i = 0; i < n; ++i)
            newIndex[order[i]] = int(i);
        // Apply the permutation in place, cycle by cycle, rather than copying a million events.
        for (size_t start = 0; start < n; ++start) {
            if (order[start] == start)
                continue;
            const Event first = events[start];
            size_t at = start;
            for (;;) {
                const size_t from = order[at];
                order[at] = quint32(at);
                if (from == start) {
                    events[at] = first;
                    break;
                }
                events[at] = events[from];
                at = from;
            }
        }
        for (Quote &q : quotes) {
            for (int &e : q.events)
                e = newIndex[size_t(e)];
        }
    }
    std::stable_sort(quotes.begin(), quotes.end(), [](const Quote &a, const Quote &b) {
        if (a.date.middle() != b.date.middle())
            return a.date.middle() < b.date.middle();
        return a.id < b.id;
    });

    m_eventIds.clear();
    if (inOrder && n > 0 && eventIds.slotCount() == SlotTable::slotCountFor(n)) {
        m_eventIds = std::move(eventIds);
    } else {
        m_eventIds.reserve(n);
        m_eventIds.placeInSlotOrder(
            0, n, [this](size_t k) { return idHash(view(events[k].id)); },
            [this](size_t j, size_t k) { return pool.equal(events[j].id, events[k].id); },
            [](size_t, size_t) { return true; }); // a repeated id: the last one wins, as in a QHash
    }

    auto indexIds = [](QHash<QString, int> &ids, const auto &list) {
        ids.clear();
        for (qsizetype i = 0; i < list.size(); ++i)
            ids.insert(list[i].id, int(i));
    };
    indexIds(m_entityIds, entities);
    indexIds(m_seriesIds, series);
    indexIds(m_quoteIds, quotes);
    indexIds(m_sourceIds, sources);
}

int Dataset::eventIndex(QAnyStringView id) const
{
    return int(m_eventIds.find(idHash(id), [&](size_t j) { return view(events[j].id) == id; }));
}

LocalText Dataset::texts(TextRef ref) const
{
    if (ref.isEmpty())
        return {};
    const auto it = std::lower_bound(chinese.begin(), chinese.end(), ref.offset,
                                     [](const ChineseText &c, quint32 offset) { return c.primary < offset; });
    if (it == chinese.end() || it->primary != ref.offset)
        return LocalText{string(ref), QString()};
    if (it->zh.offset == ref.offset)
        return LocalText{QString(), string(ref)};
    return LocalText{string(ref), string(it->zh)};
}

QAnyStringView Dataset::chineseView(TextRef ref) const
{
    if (ref.isEmpty() || chinese.empty())
        return {};
    const auto it = std::lower_bound(chinese.begin(), chinese.end(), ref.offset,
                                     [](const ChineseText &c, quint32 offset) { return c.primary < offset; });
    if (it == chinese.end() || it->primary != ref.offset || it->zh.offset == ref.offset)
        return {};
    return view(it->zh);
}

TextRef Dataset::addText(const LocalText &t)
{
    if (t.en.isEmpty()) {
        const TextRef zh = pool.add(t.zh);
        if (!zh.isEmpty())
            chinese.push_back(ChineseText{zh.offset, zh});
        return zh;
    }
    const TextRef en = pool.add(t.en);
    if (!t.zh.isEmpty())
        chinese.push_back(ChineseText{en.offset, pool.add(t.zh)});
    return en;
}

void Dataset::addCitations(TextRef key, std::span<const Citation> all)
{
    if (all.size() <= 1)
        return;
    citationLists.push_back(CitationList{key.offset, quint32(citationPool.size()), quint32(all.size())});
    citationPool.insert(citationPool.end(), all.begin(), all.end());
}

quint32 Dataset::appendTextOf(const Dataset &other, int sourceShift)
{
    const auto textShift = quint32(pool.size());
    pool.append(other.pool);
    // The side tables are keyed by offsets into the text, which all come after this dataset's.
    for (Dataset::ChineseText c : other.chinese) {
        c.primary += textShift;
        c.zh.offset += textShift;
        chinese.push_back(c);
    }
    const auto citationShift = quint32(citationPool.size());
    for (Dataset::CitationList c : other.citationLists) {
        c.key += textShift;
        c.begin += citationShift;
        citationLists.push_back(c);
    }
    for (Citation c : other.citationPool) {
        c.source = quint16(c.source + sourceShift);
        citationPool.push_back(c);
    }
    return textShift;
}

Citations Dataset::citationsAt(TextRef key, Citation primary) const
{
    if (citationLists.empty() || key.isEmpty())
        return Citations(primary);
    const auto it = std::lower_bound(citationLists.begin(), citationLists.end(), key.offset,
                                     [](const CitationList &c, quint32 offset) { return c.key < offset; });
    if (it == citationLists.end() || it->key != key.offset)
        return Citations(primary);
    return Citations(std::span<const Citation>(citationPool.data() + it->begin, it->count));
}

QuoteWords Quote::words(TextLanguage language) const
{
    if (paraphrase)
        return QuoteWords{text.in(language), false, QString()};
    const QString &printed = text.primary();
    if (language == TextLanguage::Chinese)
        return QuoteWords{ShownText{printed, translation.isEmpty(), TextLanguage::English}, true,
                          translation};
    return QuoteWords{ShownText{printed, false, TextLanguage::English}, true, QString()};
}

QString Dataset::citationText(std::span<const Citation> citations, TextLanguage language) const
{
    // Each source once, its paragraphs as runs: "¶5–6, 9".
    QStringList parts;
    for (size_t i = 0; i < citations.size();) {
        const quint16 source = citations[i].source;
        QStringList runs;
        while (i < citations.size() && citations[i].source == source) {
            const int first = citations[i].paragraph;
            int last = first;
            ++i;
            while (i < citations.size() && citations[i].source == source &&
                   citations[i].paragraph == last + 1)
                last = citations[i++].paragraph;
            runs.append(last == first ? QString::number(first)
                                      : QStringLiteral("%1\u2013%2").arg(first).arg(last));
        }
        const QString title = source < sources.size() ? sources[source].title.in(language).text : QString();
        //: Between paragraph numbers of one article in a citation: "¶2, 13".
        const QString between = QCoreApplication::translate("at::Dataset", ", ");
        parts.append(QCoreApplication::translate("at::Dataset", "%1, ¶%2").arg(title, runs.join(between)));
    }
    //: Between the articles of a citation: "Title, ¶2; Other title, ¶5".
    return parts.join(QCoreApplication::translate("at::Dataset", "; "));
}

QString Dataset::citation(int source, int paragraph) const
{
    if (source < 0 || source >= sources.size())
        return {};
    return QCoreApplication::translate("at::Dataset", "%1, ¶%2")
        .arg(sources[source].title.primary())
        .arg(paragraph);
}

} // namespace at
