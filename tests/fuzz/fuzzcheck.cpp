// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "tests/fuzz/fuzzcheck.h"

#include "tests/import/reference/referencereader.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <span>

using namespace Qt::StringLiterals;

namespace at::fuzz {

void fail(const QString &what)
{
    QByteArray text = what.toUtf8();
    text.replace('\0', "\\0"); // an input's NUL would end the message
    std::fprintf(stderr, "fuzz check failed: %s\n", text.constData());
    std::fflush(stderr);
    std::abort();
}

namespace {

void checkText(const Dataset &d, TextRef r, const char *what)
{
    const QLatin1StringView name(what);
    check(quint64(r.offset) + r.bytes() <= quint64(d.pool.size()),
          u"%1 is outside the text pool"_s.arg(name));
    if (r.isEmpty())
        return;
    // The pool's layout (TextPool): ASCII a byte a character, anything else UTF-16 at an even address.
    const QAnyStringView v = d.view(r);
    check(v.size() == qsizetype(r.length), u"%1 has the wrong length"_s.arg(name));
    if (!r.wide) {
        check(TextPool::isAscii(d.pool.ascii(r)),
              u"%1 is kept a byte a character but is not ASCII"_s.arg(name));
        return;
    }
    check(quintptr(v.data()) % 2 == 0, u"%1 is UTF-16 at an odd address"_s.arg(name));
    const QString text = v.toString();
    check(std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x80; }),
          u"%1 is ASCII but kept as UTF-16"_s.arg(name));
}

void checkCitation(const Dataset &d, int source, int paragraph, const QString &who)
{
    check(source >= 0 && source < d.sources.size(), who + u": source index out of range"_s);
    check(paragraph >= 1 && paragraph <= d.sources[source].paragraphs,
          who + u": paragraph beyond its source"_s);
}

// Version 2: every citation valid, the primary one first, each source once with ascending paragraphs.
void checkCitations(const Dataset &d, std::span<const Citation> all, int source, int paragraph,
                    const QString &who)
{
    check(!all.empty() && all.front().source == source && all.front().paragraph == paragraph,
          who + u": the primary citation is not the first"_s);
    for (size_t k = 0; k < all.size(); ++k) {
        checkCitation(d, all[k].source, all[k].paragraph, who);
        if (k > 0 && all[k].source == all[k - 1].source) {
            check(all[k].paragraph > all[k - 1].paragraph, who + u": paragraphs not ascending"_s);
            continue;
        }
        // A new source: not one of those before.
        for (size_t j = 0; j < k; ++j)
            check(all[j].source != all[k].source, who + u": a source cited twice"_s);
    }
}

} // namespace

void checkDataset(const Dataset &d)
{
    // The side tables of the second language stay inside the pool, in the order they are searched in.
    for (size_t i = 0; i < d.chinese.size(); ++i) {
        check(d.chinese[i].primary < quint64(d.pool.size()), u"a Chinese text keyed outside the pool"_s);
        checkText(d, d.chinese[i].zh, "a Chinese text");
        check(i == 0 || d.chinese[i - 1].primary < d.chinese[i].primary, u"the Chinese texts out of order"_s);
    }
    const qsizetype entities = d.entities.size();
    for (qsizetype i = 0; i < d.sources.size(); ++i) {
        check(!d.sources[i].id.isEmpty() && d.sourceIndex(d.sources[i].id) == i,
              u"source %1: id lookup"_s.arg(i));
        check(!d.sources[i].published.isNull(), u"source %1: no date"_s.arg(i));
    }
    for (qsizetype i = 0; i < entities; ++i) {
        const Entity &e = d.entities[i];
        check(!e.id.isEmpty() && d.entityIndex(e.id) == i, u"entity %1: id lookup"_s.arg(i));
        check(e.parent >= -1 && e.parent < entities, u"entity %1: parent out of range"_s.arg(i));
        // A chain longer than the list loops.
        int at = e.parent;
        for (qsizetype steps = 0; at >= 0; ++steps, at = d.entities[at].parent)
            check(steps <= entities, u"entity %1: the parent chain loops"_s.arg(i));
    }
    for (size_t i = 0; i < d.events.size(); ++i) {
        const Event &e = d.events[i];
        const QString who = u"event %1"_s.arg(i);
        checkText(d, e.id, "an event id");
        checkText(d, e.title, "a title");
        checkText(d, e.summary, "a summary");
        checkText(d, e.dateNote, "a date note");
        check(d.eventIndex(d.view(e.id)) == int(i), who + u": id lookup"_s);
        check(!e.start.isNull() && (e.end.isNull() || e.end.last() >= e.start.first), who + u": dates"_s);
        check(quint64(e.partiesBegin) + e.partyCount <= d.parties.size() && e.partyCount > 0,
              who + u": parties"_s);
        for (quint16 p : d.partiesOf(e))
            check(p < entities, who + u": party out of range"_s);
        checkCitation(d, e.source, e.paragraph, who);
        checkCitations(d, d.citationsOf(e).span(), e.source, e.paragraph, who);
        check(!d.texts(e.title).isEmpty(), who + u": no title in either language"_s);
        if (i > 0) {
            const Event &before = d.events[i - 1];
            check(before.time() < e.time() || (before.time() == e.time() && d.view(before.id) < d.view(e.id)),
                  who + u": not in time order"_s);
        }
    }
    for (qsizetype i = 0; i < d.series.size(); ++i) {
        const Series &s = d.series[i];
        const QString who = u"series %1"_s.arg(i);
        check(d.seriesIndex(s.id) == i, who + u": id lookup"_s);
        check(s.entity >= 0 && s.entity < entities, who + u": entity out of range"_s);
        check(quint64(s.pointsBegin) + s.pointCount <= d.points.size(), who + u": points out of range"_s);
        double previous = -1;
        for (const SeriesPoint &p : d.pointsOf(s)) {
            checkText(d, p.claim, "a claim");
            checkText(d, p.dateNote, "a date note");
            check(p.date.middle() > previous, who + u": points not in date order"_s);
            check(p.value >= 0 && (s.unit != Unit::Percent || p.value <= 100), who + u": value"_s);
            previous = p.date.middle();
            checkCitation(d, p.source, p.paragraph, who);
            checkCitations(d, d.citationsOf(p).span(), p.source, p.paragraph, who);
        }
    }
    for (qsizetype i = 0; i < d.markets.size(); ++i) {
        const Market &m = d.markets[i];
        const QString who = u"market %1"_s.arg(i);
        for (int s : m.members)
            check(s >= 0 && s < d.series.size() && d.series[s].metric == m.metric, who + u": member"_s);
        for (int e : m.otherIncludes)
            check(e >= 0 && e < entities, who + u": otherIncludes out of range"_s);
        checkCitation(d, m.source, m.paragraph, who);
        checkCitations(d, {m.citations.constData(), size_t(m.citations.size())}, m.source, m.paragraph, who);
    }
    for (qsizetype i = 0; i < d.quotes.size(); ++i) {
        const Quote &q = d.quotes[i];
        const QString who = u"quote %1"_s.arg(i);
        check(d.quoteIndex(q.id) == i, who + u": id lookup"_s);
        for (int e : q.events)
            check(e >= 0 && size_t(e) < d.events.size(), who + u": event out of range"_s);
        for (int e : q.entities)
            check(e >= 0 && e < entities, who + u": entity out of range"_s);
        checkCitation(d, q.source, q.paragraph, who);
        checkCitations(d, {q.citations.constData(), size_t(q.citations.size())}, q.source, q.paragraph, who);
        check(!q.text.primary().isEmpty() && !q.speaker.primary().isEmpty(), who + u": no text or speaker"_s);
        check(q.translation.isEmpty() || !q.paraphrase, who + u": a paraphrase with a translation"_s);
        if (i > 0)
            check(d.quotes[i - 1].date.middle() <= q.date.middle(), who + u": not in date order"_s);
    }
}

void checkResult(const LoadResult &r, const QStringList &fileNames)
{
    check(r.hasValue() == at::errorsOf(r).isEmpty(),
          u"a result with %1 errors and %2 dataset"_s.arg(at::errorsOf(r).size())
              .arg(r.hasValue() ? u"a"_s : u"no"_s));
    for (const LoadError &e : at::errorsOf(r)) {
        check(fileNames.contains(e.file), u"an error about a file that was not read: "_s + e.toString());
        check(!e.message.isEmpty() && e.line >= 0 && e.column >= 0 && (e.line > 0 || e.column == 0),
              u"an error without words or with a bad place: "_s + e.toString());
    }
    if (r.hasValue())
        checkDataset(**r);
}

void compareJsonReaders(QByteArrayView bytes, int maxErrors)
{
    LoadOptions options;
    options.maxErrors = maxErrors;
    const QString name = u"fuzz.json"_s;
    const LoadResult fast = readDatasetJson(bytes, name, options);
    checkResult(fast, {name});
    check(at::errorsOf(fast).size() <= maxErrors, u"more errors than asked for"_s);
    const LoadResult reference = reference::readDatasetJson(bytes, name, options);
    const QStringList a = toStrings(at::errorsOf(fast));
    const QStringList b = toStrings(at::errorsOf(reference));
    check(a == b, u"the readers disagree:\n fast: %1\n reference: %2"_s.arg(a.join(u"\n       "),
                                                                            b.join(u"\n            ")));
    check(fast.hasValue() == reference.hasValue(), u"one reader built a dataset, the other did not"_s);
    if (fast.hasValue())
        check(describe(**fast) == describe(**reference), u"the readers built different datasets"_s);
}

} // namespace at::fuzz
