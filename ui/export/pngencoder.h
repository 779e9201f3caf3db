// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QByteArray>
#include <QImage>

namespace at {

// Encodes an RGB32 image as an RGB PNG, tuned for charts: no row filter, run-length zlib at level 1.
// Measured here on 4K chart images: 80-100 ms against 260 ms for QImageWriter at its fastest useful
// setting, for files of the same size (flat colours compress well with run-length matching alone).
// Returns false if libpng reports an error.
bool encodePng(const QImage &image, QByteArray *out);

} // namespace at
