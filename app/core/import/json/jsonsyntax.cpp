// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/import/json/jsonsyntax.h"

#include "app/core/import/textposition.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <charconv>
#include <cmath>
#include <limits>
#include <string>

namespace at {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup the same context (see csvparser.cpp).
struct JsonSyntaxText {
    Q_DECLARE_TR_FUNCTIONS(at::DatasetReader)
};

// A number as shown in a message: a long one is cut ("1000000000000000000000000000000…").
QString shown(const char *s, qsizetype length)
{
    constexpr qsizetype most = 32;
    return length <= most ? QString::fromLatin1(s, length) : QString::fromLatin1(s, most) + QChar(0x2026);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The four hex digits of a \u escape at s[i] (the backslash), or -1.
int escapedUnit(const char *s, qsizetype i, qsizetype n)
{
    if (i + 6 > n || s[i + 1] != 'u')
        return -1;
    int unit = 0;
    for (qsizetype k = i + 2; k < i + 6; ++k) {
        const int h = hexValue(s[k]);
        if (h < 0)
            return -1;
        unit = unit * 16 + h;
    }
    return unit;
}

// The string starting at the quote s[i]; i is left after its closing quote.
std::optional<JsonSyntaxProblem> checkString(const char *s, qsizetype &i, qsizetype n)
{
    ++i;
    while (i < n) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == '"') {
            ++i;
            return std::nullopt;
        }
        if (c < 0x20)
            return JsonSyntaxProblem{
                i, JsonSyntaxText::tr(
                       "a control character (U+%1) in a string; write it as an escape such as \\t or \\n")
                       .arg(QStringLiteral("%1").arg(int(c), 4, 16, QLatin1Char('0')).toUpper())};
        if (c != '\\') {
            ++i;
            continue;
        }
        if (i + 1 >= n)
            return std::nullopt; // an unterminated string: the structure's problem, not a token's
        const char e = s[i + 1];
        if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
            i += 2;
            continue;
        }
        const int unit = escapedUnit(s, i, n);
        if (unit < 0)
            return JsonSyntaxProblem{i, JsonSyntaxText::tr("an invalid escape sequence in a string")};
        if (unit >= 0xDC00 && unit <= 0xDFFF)
            return JsonSyntaxProblem{i, JsonSyntaxText::tr("an unpaired surrogate escape in a string")};
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            const int low = escapedUnit(s, i + 6, n);
            if (i + 6 >= n || s[i + 6] != '\\' || low < 0xDC00 || low > 0xDFFF)
                return JsonSyntaxProblem{i, JsonSyntaxText::tr("an unpaired surrogate escape in a string")};
            i += 12;
            continue;
        }
        i += 6;
    }
    return std::nullopt;
}

// Whether a number in JSON's form that std::from_chars called out of range is too big rather than too
// small: its first significant digit stands for 10^(exponent + its place in the mantissa).
bool overflows(const std::string &text)
{
    const size_t e = text.find_first_of("eE");
    long long exponent = 0;
    if (e != std::string::npos) {
        const char *from = text.data() + e + 1;
        const bool negative = *from == '-';
        from += *from == '-' || *from == '+';
        if (std::from_chars(from, text.data() + text.size(), exponent).ec != std::errc())
            exponent = std::numeric_limits<int>::max(); // more digits than any double has
        if (negative)
            exponent = -exponent;
    }
    std::string mantissa = text.substr(0, e);
    if (!mantissa.empty() && mantissa.front() == '-')
        mantissa.erase(0, 1);
    const size_t first = mantissa.find_first_of("123456789");
    if (first == std::string::npos)
        return false; // zero
    const size_t point = std::min(mantissa.find('.'), mantissa.size());
    const long long place = first < point ? (long long)(point - first) - 1 : -(long long)(first - point);
    return exponent + place > 0;
}

// The number starting at s[i] ('-' or a digit); i is left after it.
std::optional<JsonSyntaxProblem> checkNumber(const char *s, qsizetype &i, qsizetype n)
{
    const qsizetype start = i;
    auto malformed = [&] {
        while (i < n &&
               (isDigit(s[i]) || s[i] == '-' || s[i] == '+' || s[i] == '.' || s[i] == 'e' || s[i] == 'E'))
            ++i;
        return JsonSyntaxProblem{
            start, JsonSyntaxText::tr("%1 is not a number in JSON's form").arg(shown(s + start, i - start))};
    };
    const bool negative = s[i] == '-';
    if (negative)
        ++i;
    if (i >= n || !isDigit(s[i]))
        return malformed();
    if (s[i] == '0' && i + 1 < n && isDigit(s[i + 1]))
        return malformed(); // a leading zero
    while (i < n && isDigit(s[i]))
        ++i;
    bool integer = true;
    if (i < n && s[i] == '.') {
        integer = false;
        ++i;
        if (i >= n || !isDigit(s[i]))
            return malformed();
        while (i < n && isDigit(s[i]))
            ++i;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        integer = false;
        ++i;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            ++i;
        if (i >= n || !isDigit(s[i]))
            return malformed();
        while (i < n && isDigit(s[i]))
            ++i;
    }
    const std::string text(s + start, size_t(i - start));
    bool inRange = true;
    if (integer) {
        // 64 bits, as simdjson reads them: -2^63 to 2^64 - 1.
        const std::string digits = negative ? text.substr(1) : text;
        const std::string limit = negative ? "9223372036854775808" : "18446744073709551615";
        inRange = digits.size() < limit.size() || (digits.size() == limit.size() && digits <= limit);
    } else {
        // std::from_chars, unlike strtod, does not follow the C locale's decimal point. It says "out of
        // range" for underflow too, which simdjson reads as 0: only a value too big is out of range.
        double v = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
        inRange =
            ec == std::errc() ? std::isfinite(v) : ec != std::errc::result_out_of_range || !overflows(text);
    }
    if (!inRange)
        return JsonSyntaxProblem{
            start, JsonSyntaxText::tr("%1 is out of range").arg(shown(text.data(), qsizetype(text.size())))};
    return std::nullopt;
}

} // namespace

std::optional<JsonSyntaxProblem> findJsonTokenProblem(QByteArrayView bytes)
{
    const char *s = bytes.data();
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const char c = s[i];
        if (c == '"') {
            if (auto p = checkString(s, i, n))
                return p;
        } else if (c == '-' || isDigit(c)) {
            if (auto p = checkNumber(s, i, n))
                return p;
        } else {
            ++i;
        }
    }
    return std::nullopt;
}

QString jsonParserMessage(simdjson::error_code code)
{
    switch (code) {
    case simdjson::DEPTH_ERROR:
        return JsonSyntaxText::tr("the document is nested too deeply");
    case simdjson::NUMBER_ERROR:
        return JsonSyntaxText::tr("a number is out of range");
    case simdjson::EMPTY:
        return JsonSyntaxText::tr("the file is empty");
    default:
        return JsonSyntaxText::tr("not valid JSON (%1)")
            .arg(QString::fromUtf8(simdjson::error_message(code)));
    }
}

LoadError jsonSyntaxError(QByteArrayView bytes, const QString &fileName, simdjson::error_code code)
{
    if (const TextPosition bad = firstInvalidUtf8(bytes); bad.line > 0)
        return LoadError{fileName, QString(), JsonSyntaxText::tr("invalid UTF-8"), bad.line, bad.column};
    QJsonParseError qtError;
    QJsonDocument::fromJson(bytes.toByteArray(), &qtError);
    if (qtError.error != QJsonParseError::NoError) {
        const TextPosition pos = positionOfOffset(bytes, qtError.offset);
        return LoadError{fileName, QString(), qtError.errorString(), pos.line, pos.column};
    }
    // Qt accepts some strings and numbers that simdjson (rightly) does not.
    if (const auto problem = findJsonTokenProblem(bytes)) {
        const TextPosition pos = positionOfOffset(bytes, problem->offset);
        return LoadError{fileName, QString(), problem->message, pos.line, pos.column};
    }
    return LoadError{fileName, QString(), jsonParserMessage(code)};
}

} // namespace at
