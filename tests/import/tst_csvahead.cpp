// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// CsvAhead cuts records on a worker thread a chunk ahead of the reader; whatever the text, it must hand out
// exactly what CsvParser does, record by record: the fields (values, offsets, lines), the offset after each
// record, and the end or the error with its message and place.
#include "app/core/import/csv/csvahead.h"

#include <QTest>
#include <string>

using namespace Qt::StringLiterals;

namespace {

// Records of every kind CsvParser knows: plain, quoted with commas and line breaks, doubled quotes (which
// CsvParser keeps in a buffer of its own until its next record), empty fields, CRLF and lone CR.
std::string manyRecords(int count)
{
    std::string text = "id,title,note\n";
    for (int i = 0; i < count; ++i) {
        const std::string n = std::to_string(i);
        switch (i % 5) {
        case 0:
            text += "r" + n + ",plain " + n + ",\n";
            break;
        case 1:
            text += "r" + n + ",\"with, comma\nand a line break " + n + "\",x\r\n";
            break;
        case 2:
            text += "r" + n + ",\"doubled \"\"quotes\"\" " + n + "\",\"and \"\"more\"\"\"\n";
            break;
        case 3:
            text += "r" + n + ",,\r";
            break;
        default:
            text += "\n"; // a blank line is a record of one empty field
            break;
        }
    }
    return text;
}

// Reads `text` with both and compares everything; "" when alike.
QString difference(const std::string &text)
{
    at::CsvParser parser(text);
    at::CsvAhead ahead(text);
    std::vector<at::CsvParser::Field> a, b;
    for (int record = 0;; ++record) {
        const auto sa = parser.next(a);
        const auto sb = ahead.next(b);
        if (sa != sb)
            return u"record %1: status %2 vs %3"_s.arg(record).arg(int(sa)).arg(int(sb));
        if (parser.offset() != ahead.offset())
            return u"record %1: offset %2 vs %3"_s.arg(record).arg(parser.offset()).arg(ahead.offset());
        if (sa == at::CsvParser::Status::Error) {
            if (parser.errorMessage() != ahead.errorMessage() ||
                parser.errorOffset() != ahead.errorOffset() || parser.errorLine() != ahead.errorLine())
                return u"record %1: error %2 at %3 line %4 vs %5 at %6 line %7"_s.arg(record)
                    .arg(parser.errorMessage())
                    .arg(parser.errorOffset())
                    .arg(parser.errorLine())
                    .arg(ahead.errorMessage())
                    .arg(ahead.errorOffset())
                    .arg(ahead.errorLine());
        }
        if (sa != at::CsvParser::Status::Record)
            return {};
        if (a.size() != b.size())
            return u"record %1: %2 fields vs %3"_s.arg(record).arg(a.size()).arg(b.size());
        for (size_t f = 0; f < a.size(); ++f) {
            if (a[f].value != b[f].value || a[f].offset != b[f].offset || a[f].line != b[f].line)
                return u"record %1 field %2: \"%3\" at %4 line %5 vs \"%6\" at %7 line %8"_s.arg(record)
                    .arg(f)
                    .arg(QString::fromUtf8(a[f].value.data(), qsizetype(a[f].value.size())))
                    .arg(a[f].offset)
                    .arg(a[f].line)
                    .arg(QString::fromUtf8(b[f].value.data(), qsizetype(b[f].value.size())))
                    .arg(b[f].offset)
                    .arg(b[f].line);
        }
        if (record > 10 * int(at::CsvAhead::chunkRecords) + 100000)
            return u"does not end"_s;
    }
}

} // namespace

class TestCsvAhead : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Columns asked in increasing order through a cursor are those columnOf() finds from the line's
    // start: across multi-byte characters, LF, CRLF and a lone CR, and when an offset goes back. (The
    // header check asks one per field; walking back each time cost a long header's length times its
    // fields, which the fuzzer met as a 3.5 KB input taking half a second.)
    void columnCursorMatchesColumnOf()
    {
        const std::string text = "id,t\xC3\xADtulo,\xE5\xBE\xAE\xE5\x8D\x9A,x\n\"a\nb\",c\r\nd,e\rf,,g";
        const at::CsvParser parser(text);
        at::CsvParser::ColumnCursor cursor;
        for (std::size_t offset = 0; offset <= text.size(); ++offset)
            QCOMPARE(parser.columnOf(offset, cursor), parser.columnOf(offset));
        QCOMPARE(parser.columnOf(text.size(), cursor), 5); // "f,,g" and the end after it
        QCOMPARE(parser.columnOf(9, cursor), 9); // back to the "o" of "título": from the line's start again
        QCOMPARE(parser.columnOf(13, cursor), parser.columnOf(13));
    }

    void bigTextIsCutInChunksOnTheWorker()
    {
        // Past the size from which the worker cuts ahead, and many chunks long, ending at a chunk's end
        // and in the middle of one.
        const int records = int(at::CsvAhead::chunkRecords) * 5;
        std::string text = manyRecords(records);
        while (text.size() < at::CsvAhead::aheadBytes + 1)
            text += "pad,\"a \"\"quoted\"\" padding line\",z\n";
        QVERIFY(text.size() >= at::CsvAhead::aheadBytes);
        QCOMPARE(difference(text), QString());
        QCOMPARE(difference(manyRecords(int(at::CsvAhead::chunkRecords) * 3 - 1)), QString());
    }

    void errorsInALaterChunkSayTheSame()
    {
        std::string text = manyRecords(int(at::CsvAhead::chunkRecords) * 3);
        while (text.size() < at::CsvAhead::aheadBytes + 1)
            text += "pad,plain,z\n";
        QCOMPARE(difference(text + "late,\"not closed,z\n"), QString());
        QCOMPARE(difference(text + "late,a\"quote,z\n"), QString());
        QCOMPARE(difference(text + "late,\"closed\"x,z\n"), QString());
        // The reader sees the error after every record before it, and the same message.
        const std::string bad = text + "late,\"not closed,z\n";
        at::CsvAhead ahead(bad);
        std::vector<at::CsvParser::Field> fields;
        int records = 0;
        at::CsvParser::Status status;
        while ((status = ahead.next(fields)) == at::CsvParser::Status::Record)
            ++records;
        QCOMPARE(status, at::CsvParser::Status::Error);
        QCOMPARE(ahead.errorMessage(),
                 u"a quoted field is not closed; a field that starts with \" ends with \""_s);
        QCOMPARE(ahead.errorOffset(), text.size() + 5);
        QCOMPARE(ahead.columnOf(ahead.errorOffset()), 6);
        at::CsvParser parser(bad);
        int expected = 0;
        while (parser.next(fields) == at::CsvParser::Status::Record)
            ++expected;
        QCOMPARE(records, expected);
        QVERIFY(records > 3 * int(at::CsvAhead::chunkRecords));
    }

    void shortUnescapedValuesStayWithTheirChunk()
    {
        // One short value with doubled quotes in each chunk ("7""q" is 7"q): a chunk keeps such values in
        // a buffer of its own, and the fields must point into it after the chunks are swapped and while
        // the worker refills the other one. (A std::string kept three characters inside the object, so
        // that the fields of one chunk showed another chunk's value; the fuzzer found it.)
        std::string text = "id,note\n";
        for (std::size_t r = 1; text.size() < at::CsvAhead::aheadBytes + 1; ++r) {
            if (r % at::CsvAhead::chunkRecords == 1)
                text += "r,\"" + std::to_string(r / at::CsvAhead::chunkRecords) + "\"\"q\"\n";
            else
                text += "r,a plain line, long enough to keep the records few\n";
        }
        QCOMPARE(difference(text), QString());
    }

    void smallAndEmptyTexts()
    {
        QCOMPARE(difference(""), QString());
        QCOMPARE(difference("a"), QString());
        QCOMPARE(difference("a,b,"), QString());
        QCOMPARE(difference(manyRecords(7)), QString());
        QCOMPARE(difference("a,\"b"), QString());
    }

    void stoppingEarlyWaitsForTheWorker()
    {
        // A reader that stops after a few records (an error limit, Cancel) destroys the object while the
        // worker cuts the next chunk; that must neither crash nor leak (the ASan run checks).
        std::string text = manyRecords(int(at::CsvAhead::chunkRecords) * 4);
        while (text.size() < at::CsvAhead::aheadBytes + 1)
            text += "pad,plain,z\n";
        for (int stopAfter : {0, 1, int(at::CsvAhead::chunkRecords) + 1}) {
            at::CsvAhead ahead(text);
            std::vector<at::CsvParser::Field> fields;
            for (int i = 0; i < stopAfter; ++i)
                QCOMPARE(ahead.next(fields), at::CsvParser::Status::Record);
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvAhead)
#include "tst_csvahead.moc"
