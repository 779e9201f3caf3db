// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "ui/charts/qcustomplot_include.h"

#include <QString>
#include <functional>
#include <vector>

namespace at {

// An annotation as a chart draws it: a period as a shaded region across the plot, a reported point (in a
// picture) as its number beside the point.
struct ChartAnnotation {
    enum class Kind : quint8 { Point, Period };
    Kind kind = Kind::Period;
    int series = -1; // Point: index into Dataset::series
    int point = -1;  // and of the point within the series
    double from = 0; // Period: [from, to) in Julian days
    double to = 0;
    QString label;  // plain text, elided to the region; empty: the number alone
    int number = 0; // in a picture, its number in the notes; 0: none
};
using ChartAnnotations = std::vector<ChartAnnotation>;

// Draws a chart's annotations in one of two parts, each on its own layer: the shaded regions behind the
// lines, the tags (labels and numbers) above them.
class AnnotationShading : public QCPLayerable {
    Q_OBJECT
public:
    enum class Part { Regions, Tags };
    AnnotationShading(QCustomPlot *plot, QCPAxisRect *axisRect, const QString &layer, Part part);

    void setAnnotations(const ChartAnnotations *annotations) { m_annotations = annotations; }
    // Where a point is drawn, in the plot's coordinates (a null point when it is not).
    void setPointPosition(std::function<QPointF(int series, int point)> position)
    {
        m_position = std::move(position);
    }
    double selectTest(const QPointF &, bool, QVariant * = nullptr) const override { return -1; }

protected:
    void applyDefaultAntialiasingHint(QCPPainter *painter) const override;
    void draw(QCPPainter *painter) override;
    QRect clipRect() const override;

private:
    QCPAxisRect *m_axisRect;
    Part m_part;
    const ChartAnnotations *m_annotations = nullptr;
    std::function<QPointF(int, int)> m_position;
};

} // namespace at
