// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/userseries.h"

#include "app/core/displaytext.h"
#include "app/core/seriesmodel.h"

#include <QCoreApplication>
#include <algorithm>

namespace at {

bool isUserCountSeries(const Series &series)
{
    if (series.unit != Unit::Count)
        return false;
    switch (series.metric) {
    case Metric::ActiveAccounts:
    case Metric::RegisteredUsers:
    case Metric::PeakConcurrentUsers:
    case Metric::UsersAsStated:
    case Metric::Accounts:
        return true;
    case Metric::Revenue:
    case Metric::Stake:
        return false;
    }
    return false;
}

QList<int> userCountSeries(const Dataset &dataset)
{
    QList<int> out;
    for (int i = 0; i < dataset.series.size(); ++i) {
        if (isUserCountSeries(dataset.series[i]) && dataset.series[i].pointCount > 0)
            out << i;
    }
    return out;
}

PointMarker markerFor(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Exact:
        return PointMarker::Filled;
    case Qualifier::Approximately:
        return PointMarker::Hollow;
    case Qualifier::AtLeast:
    case Qualifier::Over:
        return PointMarker::OpenUp;
    case Qualifier::Approaching:
        return PointMarker::OpenDown;
    }
    return PointMarker::Filled;
}

qsizetype firstPointAtOrAfter(std::span<const SeriesPoint> points, double time)
{
    const auto it = std::partition_point(points.begin(), points.end(),
                                         [time](const SeriesPoint &p) { return pointTime(p) < time; });
    return it - points.begin();
}

qsizetype firstPointAfter(std::span<const SeriesPoint> points, double time)
{
    const auto it = std::partition_point(points.begin(), points.end(),
                                         [time](const SeriesPoint &p) { return pointTime(p) <= time; });
    return it - points.begin();
}

QString pointToolTip(const Dataset &d, int series, int point, const QLocale &locale)
{
    if (series < 0 || series >= d.series.size())
        return {};
    const Series &s = d.series[series];
    const auto points = d.pointsOf(s);
    if (point < 0 || size_t(point) >= points.size())
        return {};
    const SeriesPoint &p = points[size_t(point)];
    QStringList lines;
    lines << SeriesModel::seriesName(d, s, locale);
    lines << p.date.toDisplayString(locale);
    lines << SeriesModel::valueText(p, s.unit, locale);
    if (!p.claim.isEmpty())
        lines << QCoreApplication::translate("at::Charts", "Claim: %1").arg(displayText(d, p.claim, locale));
    lines << QCoreApplication::translate("at::Charts", "Source: %1")
                 .arg(displayCitations(d, d.citationsOf(p), locale));
    return lines.join(u'\n');
}

CitedParagraphs seriesCitations(const Dataset &d, const QList<int> &series, qsizetype listParagraphsUpTo)
{
    CitedParagraphs cited;
    for (int i : series) {
        if (i < 0 || i >= d.series.size())
            continue;
        const auto points = d.pointsOf(d.series[i]);
        const bool listParagraphs = qsizetype(points.size()) <= listParagraphsUpTo;
        for (const SeriesPoint &p : points) {
            if (listParagraphs)
                addCitations(cited, d.citationsOf(p));
            else
                addSource(cited, p.source);
        }
    }
    return cited;
}

} // namespace at
