// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/vocabulary.h"

#include <QImage>
#include <QRgb>
#include <array>
#include <vector>

namespace at {

// The faint bands of events with an end date, summed per pixel column of a plot area before anything is
// painted. A dataset of a million events has a hundred thousand bands or more; painted one by one, each a
// full-height rectangle, they took most of a second of every redraw. Here each band costs two additions,
// and a column's colour is what painting its bands one over another would leave: a band of a kind adds
// `alpha` of that kind's colour, n bands of one kind 1 - (1 - alpha)^n, the kinds laid in their order.
// Unlike painting, the cover stops at what `deepest` bands give: where hundreds overlap, the plot stays a
// tint that the series read against, not a wall of colour.
class BandColumns {
public:
    BandColumns(int width, int alpha, int deepest);

    // A band over columns [from, to), clipped to the width.
    void add(int from, int to, Kind kind);

    // The colour of each column, premultiplied (0: no band).
    std::vector<QRgb> colours() const;
    // The columns as an image `height` pixels tall, ready to be drawn over the plot area.
    QImage image(int height) const;

    struct Run {
        int from = 0, to = 0; // columns [from, to) of one colour
        QRgb colour = 0;      // premultiplied
    };
    // Neighbouring columns of one colour as one run (for vector output, where an image would be a bitmap).
    std::vector<Run> runs() const;

private:
    static constexpr int kinds = int(Kind::Milestone) + 1;
    int m_width;
    int m_alpha;
    int m_mostAlpha;                              // the cover of `deepest` bands, of 255
    std::array<std::vector<int>, kinds> m_change; // per kind: bands starting minus bands ending per column
};

} // namespace at
