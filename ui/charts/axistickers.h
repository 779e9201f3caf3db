// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "ui/charts/qcustomplot_include.h"

#include <QLocale>

namespace at {

// QCustomPlot tickers that take their ticks and labels from axisticks.h, so that the chart's date axis
// speaks the timeline's language and scales, and counts read "200 million" / "2 亿".
class DateAxisTicker : public QCPAxisTicker {
public:
    explicit DateAxisTicker(QCPAxis *axis) : m_axis(axis) {}
    void setLocale(const QLocale &locale) { m_locale = locale; }
    void generate(const QCPRange &range, const QLocale &locale, QChar formatChar, int precision,
                  QVector<double> &ticks, QVector<double> *subTicks, QVector<QString> *tickLabels) override;

private:
    QCPAxis *m_axis;
    QLocale m_locale;
};

class CountAxisTicker : public QCPAxisTicker {
public:
    explicit CountAxisTicker(QCPAxis *axis) : m_axis(axis) {}
    void setLocale(const QLocale &locale) { m_locale = locale; }
    void generate(const QCPRange &range, const QLocale &locale, QChar formatChar, int precision,
                  QVector<double> &ticks, QVector<double> *subTicks, QVector<QString> *tickLabels) override;

private:
    QCPAxis *m_axis;
    QLocale m_locale;
};

} // namespace at
