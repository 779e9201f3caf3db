// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/vocabulary.h"

#include <QFont>
#include <QList>
#include <QLocale>
#include <QPalette>
#include <QRectF>
#include <optional>

class QPainter;

namespace at {

class Dataset;
class NetworkGraph;

// The key to the network's marks, in rows that wrap to the width: the kinds of line, the line styles
// (in force, tentative, uncertain, over), the sectors, the family circle, and with a metric how a disc's
// size reads (a lower bound, an upper bound, no figure).
struct NetworkLegend {
    QPalette palette;
    QFont font;
    std::optional<Metric> metric;
    QList<Kind> kinds;     // those the network has lines of
    QList<Sector> sectors; // those it has companies of
    bool families = false;

    // The kinds and sectors a network shows.
    static NetworkLegend of(const Dataset &dataset, const NetworkGraph &graph);

    double height(double width) const;
    void draw(QPainter &painter, const QRectF &area) const;

private:
    template <typename Fn> double layOut(double width, Fn &&place) const;
};

} // namespace at
