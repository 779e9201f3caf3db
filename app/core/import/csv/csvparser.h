// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QString>
#include <cstddef>
#include <string_view>
#include <vector>

namespace at {

// Splits CSV text into records and fields, as RFC 4180 has it: fields separated by commas, records by
// line breaks (CRLF, LF or a lone CR); a field in double quotes may hold commas, line breaks and doubled
// double quotes (""), which stand for one. The text is valid UTF-8 without a byte order mark.
//
// Fields are views into the text, or, for quoted fields with doubled quotes, into a buffer of the parser
// that is valid until the next call to next(). Positions are kept as byte offsets; line and column (in
// characters, 1-based) are worked out only when a message needs them.
class CsvParser {
public:
    struct Field {
        std::string_view value;
        std::size_t offset; // where the field starts (its opening quote, if quoted)
        int line;           // the line it starts on
    };
    enum class Status { Record, End, Error };

    explicit CsvParser(std::string_view text) : m_s(text.data()), m_n(text.size()) {}
    // Reads from `from`, where a record starts on line `line` (lineAt()): the records, offsets and lines
    // are those a parser from the start would give from there on.
    CsvParser(std::string_view text, std::size_t from, int line)
        : m_s(text.data()), m_n(text.size()), m_pos(from), m_line(line)
    {}

    // Reads the next record into `fields`. At an error, `errorMessage()` and `errorOffset()` say what and
    // where, and the parser stops.
    Status next(std::vector<Field> &fields);

    const QString &errorMessage() const { return m_error; }
    std::size_t errorOffset() const { return m_errorOffset; }
    int errorLine() const { return m_errorLine; }
    // Bytes read so far, for progress.
    std::size_t offset() const { return m_pos; }
    // Upper bound of the records left (line breaks), for reserving.
    static std::size_t countLines(std::string_view text);
    // The line `offset` is on, counting line breaks as next() does (LF, CRLF once, a lone CR).
    static int lineAt(std::string_view text, std::size_t offset);

    // The 1-based column, in characters, of the byte at `offset`.
    int columnOf(std::size_t offset) const;
    // The same for offsets asked in increasing order (a record's fields): each answer walks on from the
    // last one, not back to the line's start, so a line of n fields costs its length, not n times it.
    struct ColumnCursor {
        std::size_t at = 0;
        int column = 0; // 0: nothing asked yet
    };
    int columnOf(std::size_t offset, ColumnCursor &cursor) const;

private:
    bool fail(const QString &message, std::size_t offset, int line);

    const char *m_s;
    std::size_t m_n;
    std::size_t m_pos = 0;
    int m_line = 1;
    std::vector<char> m_unescaped; // quoted fields with doubled quotes, for the current record
    QString m_error;
    std::size_t m_errorOffset = 0;
    int m_errorLine = 0;
};

} // namespace at
