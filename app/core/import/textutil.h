// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/fuzzydate.h"
#include "app/core/textpool.h"
#include "app/core/vocabulary.h"

#include <QString>
#include <QStringDecoder>
#include <array>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <optional>
#include <string_view>
#include <vector>

// Helpers the readers share for text that is already known to be valid UTF-8.
namespace at::text {

// Every character kept: QString::fromUtf8() drops a U+FEFF at the start, which would make the id
// "\uFEFFs1" read as "s1" and a title lose its first character.
inline QString fromUtf8(std::string_view s)
{
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    return decoder(QByteArrayView(s.data(), qsizetype(s.size())));
}
inline QString quoted(const QString &s)
{
    return u'"' + s + u'"';
}
inline QString quoted(std::string_view s)
{
    return quoted(fromUtf8(s));
}

// Ids are ASCII: lower-case letters, digits and '-' (not first), at most 64.
inline bool validId(std::string_view id)
{
    if (id.empty() || id.size() > 64)
        return false;
    for (size_t i = 0; i < id.size(); ++i) {
        const char c = id[i];
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum && !(i > 0 && c == '-'))
            return false;
    }
    return true;
}

// The length in UTF-16 code units, as QString::size() would say.
inline qsizetype utf16Length(std::string_view s)
{
    qsizetype n = 0;
    for (unsigned char c : s)
        n += ((c & 0xC0) != 0x80) + (c >= 0xF0);
    return n;
}

// QString::fromUtf8(s).trimmed().isEmpty(), without making the QString in the usual case.
inline bool isBlank(std::string_view s)
{
    bool ascii = true;
    for (unsigned char c : s) {
        if (c >= 0x80)
            ascii = false;
        else if (c != ' ' && (c < '\t' || c > '\r'))
            return false;
    }
    return ascii || fromUtf8(s).trimmed().isEmpty();
}

// Decodes valid UTF-8 into UTF-16; `out` has room for s.size() units. Returns the units written. Most
// text is ASCII: 16 bytes of it are widened at a time.
inline size_t decodeUtf8(std::string_view s, char16_t *out)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const auto *end = p + s.size();
    char16_t *o = out;
    while (p < end) {
#if defined(__SSE2__)
        if (end - p >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const int high = _mm_movemask_epi8(v);
            if (high == 0) {
                const __m128i zero = _mm_setzero_si128();
                _mm_storeu_si128(reinterpret_cast<__m128i *>(o), _mm_unpacklo_epi8(v, zero));
                _mm_storeu_si128(reinterpret_cast<__m128i *>(o + 8), _mm_unpackhi_epi8(v, zero));
                p += 16;
                o += 16;
                continue;
            }
            for (int ascii = __builtin_ctz(unsigned(high)); ascii > 0; --ascii)
                *o++ = *p++;
        }
#endif
        const unsigned char c = *p;
        if (c < 0x80) {
            *o++ = c;
            ++p;
        } else if (c < 0xE0) {
            *o++ = char16_t(((c & 0x1F) << 6) | (p[1] & 0x3F));
            p += 2;
        } else if (c < 0xF0) {
            *o++ = char16_t(((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F));
            p += 3;
        } else {
            const char32_t cp =
                ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
            *o++ = char16_t(0xD7C0 + (cp >> 10));
            *o++ = char16_t(0xDC00 | (cp & 0x3FF));
            p += 4;
        }
    }
    return size_t(o - out);
}

// Appends valid UTF-8 to a pool: ASCII as it is, anything else decoded in place.
inline TextRef addUtf8(TextPool &pool, std::string_view s)
{
    return pool.addUtf8(s, [s](char16_t *to) { return decodeUtf8(s, to); });
}

// Short ASCII strings (dates, vocabulary) widened for the parsers that take QStringView. Anything longer
// or not ASCII cannot be a date or a vocabulary word, and those parsers would say no to it.
template <size_t N>
std::optional<QStringView> widenShortAscii(std::string_view s, std::array<char16_t, N> &buffer)
{
    if (s.size() > N)
        return std::nullopt;
    for (size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x80)
            return std::nullopt;
        buffer[i] = c;
    }
    return QStringView(buffer.data(), qsizetype(s.size()));
}

inline std::optional<FuzzyDate> parseDate(std::string_view s)
{
    std::array<char16_t, 10> buffer;
    const auto view = widenShortAscii(s, buffer);
    return view ? FuzzyDate::parse(*view) : std::nullopt;
}

template <typename E> std::optional<E> parseWord(std::string_view s)
{
    std::array<char16_t, 32> buffer;
    const auto view = widenShortAscii(s, buffer);
    return view ? parse<E>(*view) : std::nullopt;
}

} // namespace at::text
