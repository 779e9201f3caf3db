// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/network/thinlines.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace at {
namespace {

constexpr quint32 none = std::numeric_limits<quint32>::max();

// Clips the line to [0, w - 1] x [0, h - 1] (Liang and Barsky); false when nothing of it is inside.
bool clip(QLineF &line, double w, double h)
{
    double t0 = 0, t1 = 1;
    const double dx = line.dx();
    const double dy = line.dy();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {line.x1(), w - 1 - line.x1(), line.y1(), h - 1 - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double r = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, r);
        else
            t1 = std::min(t1, r);
        if (t0 > t1)
            return false;
    }
    const QPointF a = line.p1();
    line = QLineF(a + QPointF(dx, dy) * t0, a + QPointF(dx, dy) * t1);
    return true;
}

// Calls visit(offset into the image's pixels) for every pixel of the line that a dash covers: Bresenham's
// steps along the longer axis, the pointer moved rather than recomputed.
template <typename Visit>
void forEachPixel(const QImage &image, QLineF line, thinlines::Dashes dashes, Visit &&visit)
{
    if (!clip(line, image.width(), image.height()))
        return;
    const int x0 = int(std::lround(line.x1())), y0 = int(std::lround(line.y1()));
    const int x1 = int(std::lround(line.x2())), y1 = int(std::lround(line.y2()));
    const qsizetype stride = image.bytesPerLine() / 4;
    const int dx = std::abs(x1 - x0), dy = std::abs(y1 - y0);
    const qsizetype stepX = x0 < x1 ? 1 : -1;
    const qsizetype stepY = y0 < y1 ? stride : -stride;
    // Along the longer axis one pixel a step; across it when the error says so.
    const int major = std::max(dx, dy), minor = std::min(dx, dy);
    const qsizetype along = dx >= dy ? stepX : stepY;
    const qsizetype across = dx >= dy ? stepY : stepX;
    qsizetype at = qsizetype(y0) * stride + x0;
    int err = major / 2;
    if (dashes.empty()) {
        for (int i = 0; i <= major; ++i) {
            visit(at);
            at += along;
            err -= minor;
            if (err < 0) {
                err += major;
                at += across;
            }
        }
        return;
    }
    size_t dash = 0;
    int left = dashes[0];
    for (int i = 0; i <= major; ++i) {
        if ((dash & 1) == 0)
            visit(at);
        if (--left == 0) {
            dash = dash + 1 == dashes.size() ? 0 : dash + 1;
            left = dashes[dash];
        }
        at += along;
        err -= minor;
        if (err < 0) {
            err += major;
            at += across;
        }
    }
}

} // namespace

void thinlines::draw(QImage &image, QLineF line, QRgb rgb, Dashes dashes)
{
    auto *bits = reinterpret_cast<QRgb *>(image.bits());
    const QRgb opaque = rgb | 0xff000000u;
    forEachPixel(image, line, dashes, [bits, opaque](qsizetype at) { bits[at] = opaque; });
}

void SettledLines::build(const QImage &background, const std::vector<Line> &lines)
{
    m_background = background.convertToFormat(QImage::Format_RGB32);
    m_first.assign(size_t(m_background.bytesPerLine() / 4) * size_t(m_background.height()), none);
    m_lines = lines;
    m_pixels = 0;
    for (size_t i = 0; i < lines.size(); ++i) {
        m_lines[i].rgb |= 0xff000000u;
        forEachPixel(m_background, lines[i].line, lines[i].dashes, [&](qsizetype at) {
            ++m_pixels;
            if (m_first[size_t(at)] == none)
                m_first[size_t(at)] = quint32(i);
        });
    }
    m_composed = m_background.copy();
    m_composedCount = 0;
}

void SettledLines::clear()
{
    m_background = QImage();
    m_composed = QImage();
    m_first.clear();
    m_lines.clear();
    m_composedCount = 0;
}

void SettledLines::compose(QImage &out, size_t settled)
{
    settled = std::min(settled, m_lines.size());
    const size_t from = std::min(settled, m_composedCount);
    const size_t to = std::max(settled, m_composedCount);
    const double changedPixels =
        m_lines.empty() ? 0 : double(m_pixels) * double(to - from) / double(m_lines.size());
    auto *composed = reinterpret_cast<QRgb *>(m_composed.bits());
    const auto *bg = reinterpret_cast<const QRgb *>(m_background.constBits());
    // Touching a line's pixel costs about four times a pass's: past that, one pass over all pixels.
    if (changedPixels < double(m_first.size()) / 4) {
        // A small move of the cursor: only the pixels of the lines that settled or unsettled since.
        const quint32 limit = quint32(settled);
        for (size_t i = from; i < to; ++i) {
            forEachPixel(m_background, m_lines[i].line, m_lines[i].dashes, [&](qsizetype at) {
                const quint32 first = m_first[size_t(at)];
                if (first >= from && first < to)
                    composed[at] = first < limit ? m_lines[first].rgb : bg[at];
            });
        }
    } else {
        const quint32 limit = quint32(settled);
        for (size_t i = 0; i < m_first.size(); ++i) {
            const quint32 first = m_first[i];
            composed[i] = first < limit ? m_lines[first].rgb : bg[i];
        }
    }
    m_composedCount = settled;
    if (out.size() != m_composed.size() || out.format() != m_composed.format()) {
        out = QImage(m_composed.size(), m_composed.format());
        out.setDevicePixelRatio(m_composed.devicePixelRatio());
    }
    std::memcpy(out.bits(), m_composed.constBits(), size_t(m_composed.sizeInBytes()));
}

} // namespace at
