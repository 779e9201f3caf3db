// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/import/csv/csvreader.h"
#include "tests/fuzz/fuzzcheck.h"
#include "tests/fuzz/fuzztargets.h"

using namespace Qt::StringLiterals;

// The input is one byte of flags and then the tables, separated by the byte 0x1E (ASCII's record
// separator, which CSV files do not hold):
//   flags & 1: the tables add to a small loaded dataset (tests/data/loader/good/minimal.json, below), so
//              that their records may refer to it and their ids may clash with it;
//   flags >> 1: the error limit, 1 + (flags >> 1) % 16, besides the usual 100.
// At most six tables are read; the rest of the input is the sixth.

namespace {

// tests/data/loader/good/minimal.json, compacted.
constexpr char loadedJson[] = R"({"format":"alliance-timeline-dataset","version":1,
"sources":[{"id":"s1","title":"Article","publisher":"P","author":"A","published":"2011-06","paragraphs":5}],
"entities":[{"id":"a","name":{"en":"Alpha","zh":"阿尔法"},"parent":null,"sector":"portal"},
 {"id":"b","name":{"en":"Beta","zh":"贝塔"},"parent":"a","sector":"microblog"}],
"events":[{"id":"e1","start":"2011-06-14","end":null,"kind":"alliance","status":"confirmed","parties":["a","b"],
  "title":"T1","summary":"S1","source":"s1","paragraph":2},
 {"id":"e2","start":"2010-Q3","end":"2011","kind":"plan","status":"rumoured","parties":["b"],"title":"T2",
  "summary":"S2","source":"s1","paragraph":3,"dateNote":"derived"}],
"series":[{"id":"b-users","entity":"b","metric":"registeredUsers","unit":"count","points":[
  {"date":"2011-Q1","value":140000000,"qualifier":"exact","source":"s1","paragraph":4,"claim":"C"}]}],
"markets":[{"id":"m1","sector":"microblog","name":{"en":"M","zh":"M"},"metric":"registeredUsers","date":"2011-Q1",
  "total":null,"totalQualifier":null,"source":"s1","paragraph":4,"members":["b-users"],"otherIncludes":["a"]}],
"quotes":[{"id":"q1","speaker":"X","role":"","organisation":"","text":"Hi","paraphrase":false,"date":"2011-06",
  "source":"s1","paragraph":1,"events":["e1"],"entities":["a"]}]})";

const at::Dataset &loaded()
{
    static const at::LoadResult r = at::readDatasetJson(QByteArrayView(loadedJson), u"loaded.json"_s);
    at::fuzz::check(r.hasValue(), u"the loaded dataset of the CSV target does not load: "_s +
                                      at::toStrings(at::errorsOf(r)).join(u'\n'));
    return **r;
}

} // namespace

int at::fuzz::csvReader(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const unsigned flags = data[0];
    const QByteArrayView rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QList<CsvInput> inputs;
    QStringList names;
    qsizetype from = 0;
    while (from <= rest.size()) {
        qsizetype end = inputs.size() == 5 ? -1 : rest.indexOf('\x1E', from);
        if (end < 0)
            end = rest.size();
        names << u"t%1.csv"_s.arg(inputs.size() + 1);
        inputs.append(CsvInput{names.last(), rest.sliced(from, end - from)});
        from = end + 1;
    }
    const Dataset *base = (flags & 1) ? &loaded() : nullptr;

    // Read whole, on one thread; the reads below split every events table of two rows or more in two
    // ranges, and must find the same.
    LoadOptions all;
    all.maxErrors = 100;
    all.csvTwoRangesBytes = LoadOptions::never;
    const LoadResult full = readCsvTables(inputs, base, all);
    checkResult(full, names);
    check(at::errorsOf(full).size() <= 100, u"more errors than asked for"_s);
    for (const LoadError &e : at::errorsOf(full)) {
        // A place is inside its file: no further down than it has line breaks.
        const QByteArrayView bytes = inputs[names.indexOf(e.file)].bytes;
        const qsizetype lines = bytes.count('\n') + bytes.count('\r') + 1;
        check(e.line <= lines, u"an error below the end of its file: "_s + e.toString());
    }
    if (full.hasValue() && base) {
        // What was loaded keeps its place and its ids.
        const Dataset &d = **full;
        check(d.entities.size() >= base->entities.size() && d.sources.size() >= base->sources.size(),
              u"records of the loaded dataset were lost"_s);
        for (qsizetype i = 0; i < base->entities.size(); ++i)
            check(d.entities[i].id == base->entities[i].id, u"a loaded entity moved"_s);
        for (const Event &e : base->events)
            check(d.eventIndex(base->view(e.id)) >= 0, u"a loaded event was lost"_s);
    }

    LoadOptions split = all;
    split.csvTwoRangesBytes = 0;
    const LoadResult twoRanges = readCsvTables(inputs, base, split);
    check(toStrings(at::errorsOf(twoRanges)) == toStrings(at::errorsOf(full)),
          u"read in two ranges:\n %1\nbut whole:\n %2"_s.arg(toStrings(at::errorsOf(twoRanges)).join(u"\n "),
                                                             toStrings(at::errorsOf(full)).join(u"\n ")));
    check(twoRanges.hasValue() == full.hasValue() &&
              (!full.hasValue() || describe(**twoRanges) == describe(**full)),
          u"read in two ranges, the dataset is not the one read whole"_s);

    // With a lower limit the list is the first errors of the full one: the reader may stop early, but
    // must not report different ones.
    LoadOptions few = split;
    few.maxErrors = 1 + int((flags >> 1) % 16);
    const LoadResult capped = readCsvTables(inputs, base, few);
    checkResult(capped, names);
    const QStringList a = toStrings(at::errorsOf(capped));
    const QStringList b = toStrings(at::errorsOf(full)).mid(0, few.maxErrors);
    check(a == b, u"with at most %1 errors:\n %2\nbut the first of all are:\n %3"_s.arg(few.maxErrors)
                      .arg(a.join(u"\n "), b.join(u"\n ")));
    return 0;
}

AT_FUZZ_TARGET(at::fuzz::csvReader)
