// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/charts/axistickers.h"

#include "app/core/axisticks.h"

namespace at {
namespace {

void copyOut(const ChartTicks &t, QVector<double> &ticks, QVector<double> *subTicks, QVector<QString> *labels)
{
    ticks = t.ticks;
    if (subTicks)
        *subTicks = t.subTicks;
    if (labels)
        *labels = t.labels;
}

int axisLength(const QCPAxis *axis)
{
    const QRect r = axis->axisRect()->rect();
    return axis->orientation() == Qt::Horizontal ? r.width() : r.height();
}

} // namespace

void DateAxisTicker::generate(const QCPRange &range, const QLocale &, QChar, int, QVector<double> &ticks,
                              QVector<double> *subTicks, QVector<QString> *tickLabels)
{
    const QFontMetricsF metrics(m_axis->tickLabelFont());
    const double pixels = std::max(axisLength(m_axis), 50);
    copyOut(dateTicks(range.lower, range.upper, pixels, m_locale,
                      [&metrics](const QString &label) { return metrics.horizontalAdvance(label); }),
            ticks, subTicks, tickLabels);
}

void CountAxisTicker::generate(const QCPRange &range, const QLocale &, QChar, int, QVector<double> &ticks,
                               QVector<double> *subTicks, QVector<QString> *tickLabels)
{
    // A reader wants four to eight values on a count axis; each label needs about two line heights of
    // room to stand apart from the next.
    const QFontMetricsF metrics(m_axis->tickLabelFont());
    const int maxTicks = std::clamp(int(axisLength(m_axis) / (metrics.height() * 1.8)), 2, 8);
    const bool logarithmic = m_axis->scaleType() == QCPAxis::stLogarithmic;
    copyOut(countTicks(range.lower, range.upper, logarithmic, maxTicks, m_locale), ticks, subTicks,
            tickLabels);
}

} // namespace at
