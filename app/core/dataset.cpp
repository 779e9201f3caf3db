// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/dataset.h"

#include "app/core/import/prefault.h"
#include "app/core/import/radixsort.h"

#include <QCoreApplication>
#include <algorithm>
#include <atomic>
#include <bit>
#include <memory>
#include <numeric>
#include <string_view>
#include <thread>

namespace at {

namespace {
// FNV-1a and a final mix, over the UTF-16 units: several times faster than qHash() for short ids, and
// the table is built a million times at load.
quint64 idHash(QStringView id)
{
    quint64 h = 1469598103934665603ull;
    for (const QChar c : id)
        h = (h ^ c.unicode()) * 1099511628211ull;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 32;
    return h;
}

// Runs f(from, to) over [0, n) in two halves on two threads when there is enough to do to pay for a
// thread (for a million events each pass below is 10 to 40 ms on one core), else at once.
template <typename F> void inTwoHalves(size_t n, const F &f)
{
    if (n < 200000) {
        f(size_t(0), n);
        return;
    }
    std::thread second([&f, n] { f(n / 2, n); });
    f(size_t(0), n / 2);
    second.join();
}
} // namespace

void Dataset::finish()
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
        // As QStringView's operator< (by UTF-16 unit), but inline: with many events on one day this
        // runs a million times.
        const QStringView x = view(events[a].id);
        const QStringView y = view(events[b].id);
        return std::u16string_view(x.utf16(), size_t(x.size())) <
               std::u16string_view(y.utf16(), size_t(y.size()));
    };
    // Each half's times, then whether the half is in order; the pair across the halves after both.
    std::atomic<bool> ordered = true;
    size_t secondHalf = n;
    inTwoHalves(n, [&](size_t from, size_t to) {
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

    // The slot is the hash's high bits; filling the table in slot order (a radix sort away) writes it
    // front to back instead of missing the cache on every event.
    m_eventIdSlots.clear();
    if (n > 0) {
        size_t slots = 16;
        while (slots < 2 * n)
            slots *= 2;
        m_eventIdSlots.reserve(slots);
        prefaultForWriting(m_eventIdSlots.data(), slots * sizeof(quint64));
        m_eventIdSlots.assign(slots, 0);
        const int shift = 64 - std::countr_zero(slots);
        std::vector<std::uint64_t> order; // slot << 32 | event
        std::vector<quint32> tags;        // the hash's low half, read in slot order instead of the id
        order.reserve(n);
        tags.reserve(n);
        prefaultForWriting(order.data(), n * sizeof(std::uint64_t));
        prefaultForWriting(tags.data(), n * sizeof(quint32));
        order.resize(n);
        tags.resize(n);
        inTwoHalves(n, [&](size_t from, size_t to) {
            for (size_t i = from; i < to; ++i) {
                const quint64 h = idHash(view(events[i].id));
                order[i] = ((h >> shift) << 32) | i;
                tags[i] = quint32(h);
            }
        });
        sortByUpper32(order);
        const size_t mask = slots - 1;
        for (const std::uint64_t o : order) {
            const size_t i = size_t(o & 0xFFFFFFFF);
            const quint64 tag = quint64(tags[i]) << 32;
            size_t at = size_t(o >> 32);
            while (const quint64 slot = m_eventIdSlots[at]) {
                if ((slot & ~quint64(0xFFFFFFFF)) == tag &&
                    view(events[(slot & 0xFFFFFFFF) - 1].id) == view(events[i].id))
                    break; // a repeated id: the last one wins, as in a QHash
                at = (at + 1) & mask;
            }
            m_eventIdSlots[at] = tag | quint64(i + 1);
        }
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

int Dataset::eventIndex(QStringView id) const
{
    if (m_eventIdSlots.empty())
        return -1;
    const size_t mask = m_eventIdSlots.size() - 1;
    const quint64 h = idHash(id);
    const quint64 tag = h << 32;
    const int shift = 64 - std::countr_zero(m_eventIdSlots.size());
    for (size_t at = size_t(h >> shift); m_eventIdSlots[at] != 0; at = (at + 1) & mask) {
        const quint64 slot = m_eventIdSlots[at];
        const size_t index = (slot & 0xFFFFFFFF) - 1;
        if ((slot & ~quint64(0xFFFFFFFF)) == tag && view(events[index].id) == id)
            return int(index);
    }
    return -1;
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

QStringView Dataset::chineseView(TextRef ref) const
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
