// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/import/textposition.h"

#include <cstdint>

namespace at {

TextPosition positionOfOffset(QByteArrayView bytes, qsizetype offset)
{
    TextPosition pos{1, 1};
    const qsizetype end = qMin(offset, bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        // A line ends at LF, CRLF (once) or a lone CR, as editors count them (and the CSV reader does).
        if (c == '\n' || (c == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))) {
            ++pos.line;
            pos.column = 1;
        } else if (c == '\r') {
            // the CR of a CRLF: the LF ends the line
        } else if ((c & 0xC0) != 0x80) { // count characters, not continuation bytes
            ++pos.column;
        }
    }
    return pos;
}

TextPosition firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        int extra = 0;
        uint32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return positionOfOffset(bytes, i);
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (s[i + k] & 0xC0) != 0x80)
                return positionOfOffset(bytes, i);
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        const bool overlong =
            (extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return positionOfOffset(bytes, i);
        i += extra + 1;
    }
    return {};
}

} // namespace at
