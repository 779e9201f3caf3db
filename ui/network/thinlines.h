// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include <QImage>
#include <QLineF>
#include <span>
#include <vector>

namespace at {

// One-pixel lines written straight into an image's memory, for networks with more lines than QPainter can
// redraw in a frame: its raster engine turns a diagonal line into one-pixel spans and pays a blend call
// for each, several times the cost of stepping along the line here (bench_network times the frames).
namespace thinlines {

// Dashes as runs of pixels along the line: on, off, on, off...; empty for a solid line.
using Dashes = std::span<const quint8>;

// Draws the line in the opaque colour `rgb` into `image` (a 32-bit format), clipped to it. Coordinates
// are the image's pixels.
void draw(QImage &image, QLineF line, QRgb rgb, Dashes dashes = {});

} // namespace thinlines

// Lines that no longer change (faded for good), kept so that the picture at any moment is one pass over
// the pixels, whichever way the time cursor moved: each pixel remembers the first line, in the order they
// settle, that covers it. At a moment when the first `n` lines have settled, a pixel shows that line's
// colour if it is one of them, else the background. Where settled lines cross, the one that settled
// first shows.
class SettledLines {
public:
    struct Line {
        QLineF line; // in the image's pixels
        QRgb rgb = 0;
        thinlines::Dashes dashes;
    };
    // `background` is what shows where no settled line is; `lines` in the order they settle.
    void build(const QImage &background, const std::vector<Line> &lines);
    void clear();
    bool isEmpty() const { return m_background.isNull(); }
    QSize size() const { return m_background.size(); }
    // Writes the picture with the first `settled` lines into `out` (resized to match if needed). It keeps
    // the last picture, so that a small move of the cursor touches only the lines that changed.
    void compose(QImage &out, size_t settled);

private:
    QImage m_background;
    std::vector<quint32> m_first; // per pixel: the first settled line that covers it, or none (max)
    std::vector<Line> m_lines;
    size_t m_pixels = 0; // the lines' pixels, all told
    QImage m_composed;
    size_t m_composedCount = 0;
};

} // namespace at
