// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QByteArrayView>

namespace at {

// A place in a text file as editors count it: 1-based line and column (in characters, not bytes).
struct TextPosition {
    int line = 0;
    int column = 0;
};

// Where the byte at `offset` is. A line ends at LF, CRLF (once) or a lone CR.
TextPosition positionOfOffset(QByteArrayView bytes, qsizetype offset);
// Where the first invalid UTF-8 sequence starts, or {0, 0} if there is none.
TextPosition firstInvalidUtf8(QByteArrayView bytes);

} // namespace at
