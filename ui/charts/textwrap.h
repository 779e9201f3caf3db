// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QFont>
#include <QString>

namespace at {

// Breaks plain text into lines no wider than `width` pixels in `font` (at word boundaries, or anywhere in
// Chinese), for chart elements that draw text without wrapping it themselves. Existing line breaks stay.
QString wrapText(const QString &text, const QFont &font, int width);

// Whether wrapText() would give fewer than `lines` lines; stops laying out at that many, so that asking it
// of a list of thousands of sources costs a few lines, not the whole list.
bool wrapsInFewerLines(const QString &text, const QFont &font, int width, int lines);

} // namespace at
