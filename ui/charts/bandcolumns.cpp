// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/charts/bandcolumns.h"

#include "app/core/colors.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace at {
namespace {

// x * a / 255 per channel of a premultiplied pixel, rounded as QPainter's source-over blend rounds.
QRgb byteMul(QRgb x, uint a)
{
    uint t = (x & 0xff00ff) * a;
    t = (t + ((t >> 8) & 0xff00ff) + 0x800080) >> 8;
    t &= 0xff00ff;
    x = ((x >> 8) & 0xff00ff) * a;
    x = (x + ((x >> 8) & 0xff00ff) + 0x800080);
    x &= 0xff00ff00;
    return x | t;
}

} // namespace

BandColumns::BandColumns(int width, int alpha, int deepest)
    : m_width(std::max(width, 0)), m_alpha(alpha),
      m_mostAlpha(int(std::lround(255 * (1 - std::pow(1 - alpha / 255.0, double(std::max(deepest, 1)))))))
{
    for (auto &change : m_change)
        change.assign(size_t(m_width) + 1, 0);
}

void BandColumns::add(int from, int to, Kind kind)
{
    from = std::clamp(from, 0, m_width);
    to = std::clamp(to, 0, m_width);
    if (from >= to)
        return;
    auto &change = m_change[size_t(kind)];
    ++change[size_t(from)];
    --change[size_t(to)];
}

std::vector<QRgb> BandColumns::colours() const
{
    // The source pixel of n bands of a kind, for the counts met so far.
    std::array<std::vector<QRgb>, kinds> ofCount;
    std::array<int, kinds> count{};
    std::vector<QRgb> out(size_t(m_width), 0);
    for (int c = 0; c < m_width; ++c) {
        QRgb pixel = 0;
        for (int k = 0; k < kinds; ++k) {
            count[size_t(k)] += m_change[size_t(k)][size_t(c)];
            const int n = count[size_t(k)];
            if (n <= 0)
                continue;
            auto &cache = ofCount[size_t(k)];
            if (cache.size() <= size_t(n)) {
                const QColor colour = kindColor(Kind(k));
                for (size_t m = cache.size(); m <= size_t(n); ++m) {
                    const double share = 1 - std::pow(1 - m_alpha / 255.0, double(m));
                    const int alpha = m == 1 ? m_alpha : int(std::lround(255 * share));
                    cache.push_back(qPremultiply(qRgba(colour.red(), colour.green(), colour.blue(), alpha)));
                }
            }
            const QRgb source = cache[size_t(n)];
            pixel = source + byteMul(pixel, 255 - qAlpha(source));
        }
        if (qAlpha(pixel) > m_mostAlpha) // the same colour, thinner
            pixel = byteMul(pixel, uint(m_mostAlpha * 255 + qAlpha(pixel) / 2) / uint(qAlpha(pixel)));
        out[size_t(c)] = pixel;
    }
    return out;
}

QImage BandColumns::image(int height) const
{
    QImage image(m_width, std::max(height, 0), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    const std::vector<QRgb> row = colours();
    for (int y = 0; y < image.height(); ++y)
        std::memcpy(image.scanLine(y), row.data(), row.size() * sizeof(QRgb));
    return image;
}

std::vector<BandColumns::Run> BandColumns::runs() const
{
    const std::vector<QRgb> row = colours();
    std::vector<Run> out;
    for (int c = 0; c < m_width;) {
        int end = c + 1;
        while (end < m_width && row[size_t(end)] == row[size_t(c)])
            ++end;
        if (row[size_t(c)] != 0)
            out.push_back({c, end, row[size_t(c)]});
        c = end;
    }
    return out;
}

} // namespace at
