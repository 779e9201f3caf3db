// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QImage>
#include <atomic>

class QIODevice;

namespace at {

// Encodes an RGB32 image as an RGB PNG, tuned for charts: no row filter, run-length zlib at level 1.
// Measured here on 4K chart images: 80-100 ms against 260 ms for QImageWriter at its fastest useful
// setting, for files of the same size (flat colours compress well with run-length matching alone).
// Streams the file into `out` row by row, so that a 4K picture is never held twice in memory. Returns false
// when libpng reports an error, a write to `out` fails, or `cancel` was set (checked every 64 rows).
bool encodePng(const QImage &image, QIODevice *out, const std::atomic_bool *cancel = nullptr);

} // namespace at
