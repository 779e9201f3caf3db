// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/import/csv/csvparser.h"

#include "app/core/import/twohalves.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace at {

namespace {

// A file-local tr() wrapper would be filed by lupdate under the enclosing class or namespace, not under
// the context it looks up; Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup the same one.
struct CsvText {
    Q_DECLARE_TR_FUNCTIONS(at::CsvParser)
};

// The first of ',', '"', '\n' or '\r' at or after `i`, or `n`.
std::size_t findSpecial(const char *s, std::size_t i, std::size_t n)
{
#if defined(__SSE2__)
    const __m128i comma = _mm_set1_epi8(',');
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i cr = _mm_set1_epi8('\r');
    while (i + 16 <= n) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, quote)),
                                         _mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr)));
        if (const int mask = _mm_movemask_epi8(hit))
            return i + std::size_t(__builtin_ctz(unsigned(mask)));
        i += 16;
    }
#endif
    while (i < n && s[i] != ',' && s[i] != '"' && s[i] != '\n' && s[i] != '\r')
        ++i;
    return i;
}

// Line breaks in [b, e): LF, CRLF (once) and a lone CR.
int lineBreaks(const char *b, const char *e)
{
    int count = 0;
    for (const char *p = b; p < e; ++p) {
        if (*p == '\n' || (*p == '\r' && (p + 1 == e || p[1] != '\n')))
            ++count;
    }
    return count;
}

// The line feeds in [p, end).
std::size_t lineFeeds(const char *p, const char *end)
{
    std::size_t count = 0;
    while ((p = static_cast<const char *>(std::memchr(p, '\n', std::size_t(end - p)))) != nullptr) {
        ++count;
        ++p;
    }
    return count;
}

} // namespace

std::size_t CsvParser::countLines(std::string_view text)
{
    const char *begin = text.data();
    // A big table (a million rows is 180 MB) is counted in two halves, one on another thread: this runs on
    // the reading thread before the first row.
    std::size_t feeds[2] = {0, 0};
    inTwoHalves(text.size(), std::size_t(16) << 20, [&](std::size_t from, std::size_t to) {
        feeds[from > 0] = lineFeeds(begin + from, begin + to);
    });
    return 1 + feeds[0] + feeds[1];
}

int CsvParser::lineAt(std::string_view text, std::size_t offset)
{
    const char *b = text.data();
    const char *e = b + std::min(offset, text.size());
    if (std::memchr(b, '\r', std::size_t(e - b)))
        return 1 + lineBreaks(b, e) - (e < text.data() + text.size() && e[-1] == '\r' && *e == '\n');
    return 1 + int(lineFeeds(b, e));
}

int CsvParser::columnOf(std::size_t offset) const
{
    offset = std::min(offset, m_n);
    std::size_t lineStart = offset;
    while (lineStart > 0 && m_s[lineStart - 1] != '\n' && m_s[lineStart - 1] != '\r')
        --lineStart;
    int column = 1;
    for (std::size_t i = lineStart; i < offset; ++i)
        column += (static_cast<unsigned char>(m_s[i]) & 0xC0) != 0x80;
    return column;
}

int CsvParser::columnOf(std::size_t offset, ColumnCursor &cursor) const
{
    offset = std::min(offset, m_n);
    if (cursor.column == 0 || offset < cursor.at) {
        cursor = ColumnCursor{offset, columnOf(offset)};
        return cursor.column;
    }
    for (; cursor.at < offset; ++cursor.at) {
        const auto c = static_cast<unsigned char>(m_s[cursor.at]);
        if (c == '\n' || c == '\r')
            cursor.column = 1; // the next byte starts a line
        else
            cursor.column += (c & 0xC0) != 0x80;
    }
    return cursor.column;
}

bool CsvParser::fail(const QString &message, std::size_t offset, int line)
{
    m_error = message;
    m_errorOffset = offset;
    m_errorLine = line;
    m_pos = m_n;
    return false;
}

CsvParser::Status CsvParser::next(std::vector<Field> &fields)
{
    fields.clear();
    if (!m_error.isEmpty() || m_pos >= m_n)
        return m_error.isEmpty() ? Status::End : Status::Error;
    m_unescaped.clear();
    // Quoted fields with doubled quotes are unescaped into m_unescaped; their views are made once the
    // record is complete, because the buffer may move while it grows.
    struct Pending {
        std::size_t field;
        std::size_t begin;
        std::size_t length;
    };
    std::vector<Pending> pending;
    const char *s = m_s;
    for (;;) {
        const std::size_t start = m_pos;
        const int line = m_line;
        std::string_view value;
        if (m_pos < m_n && s[m_pos] == '"') {
            std::size_t i = m_pos + 1;
            std::size_t segment = i;
            bool unescaped = false;
            const std::size_t bufferBegin = m_unescaped.size();
            for (;;) {
                const char *q = static_cast<const char *>(std::memchr(s + i, '"', m_n - i));
                if (!q) {
                    fail(
                        CsvText::tr("a quoted field is not closed; a field that starts with \" ends with \""),
                        start, line);
                    return Status::Error;
                }
                const auto at = std::size_t(q - s);
                m_line += lineBreaks(s + i, q);
                if (at + 1 < m_n && s[at + 1] == '"') { // a doubled quote
                    m_unescaped.insert(m_unescaped.end(), s + segment, s + at + 1);
                    unescaped = true;
                    i = at + 2;
                    segment = i;
                    continue;
                }
                if (unescaped) {
                    m_unescaped.insert(m_unescaped.end(), s + segment, s + at);
                    pending.push_back(Pending{fields.size(), bufferBegin, m_unescaped.size() - bufferBegin});
                } else {
                    value = std::string_view(s + m_pos + 1, at - m_pos - 1);
                }
                m_pos = at + 1;
                break;
            }
            if (m_pos < m_n && s[m_pos] != ',' && s[m_pos] != '\n' && s[m_pos] != '\r') {
                fail(CsvText::tr("text after the closing quote of a field; a quote inside a quoted field is "
                                 "written twice (\"\")"),
                     m_pos, m_line);
                return Status::Error;
            }
        } else {
            const std::size_t end = findSpecial(s, m_pos, m_n);
            if (end < m_n && s[end] == '"') {
                fail(CsvText::tr("a quote in a field that does not start with one; put the field in quotes "
                                 "and write the "
                                 "quote twice (\"\")"),
                     end, m_line);
                return Status::Error;
            }
            value = std::string_view(s + m_pos, end - m_pos);
            m_pos = end;
        }
        // Member by member: a Field built on the stack and copied in is read back before its stores have
        // landed, which stalls the copy (a tenth of a big import's parsing).
        Field &field = fields.emplace_back();
        field.value = value;
        field.offset = start;
        field.line = line;
        if (m_pos >= m_n)
            break;
        const char c = s[m_pos];
        if (c == ',') {
            ++m_pos;
            if (m_pos >= m_n) { // "a,b," ends with an empty field
                fields.push_back(Field{std::string_view(), m_pos, m_line});
                break;
            }
            continue;
        }
        // A line break ends the record.
        ++m_pos;
        if (c == '\r' && m_pos < m_n && s[m_pos] == '\n')
            ++m_pos;
        ++m_line;
        break;
    }
    for (const Pending &p : pending)
        fields[p.field].value = std::string_view(m_unescaped.data() + p.begin, p.length);
    return Status::Record;
}

} // namespace at
