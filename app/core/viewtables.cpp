// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/viewtables.h"

#include "app/core/filterscope.h"
#include "app/core/marketshare.h"
#include "app/core/vocabulary.h"

#include <cmath>

namespace at {

namespace {

QString precisionName(Precision p)
{
    switch (p) {
    case Precision::Day:
        return QStringLiteral("day");
    case Precision::Week:
        return QStringLiteral("week");
    case Precision::Month:
        return QStringLiteral("month");
    case Precision::Quarter:
        return QStringLiteral("quarter");
    case Precision::Year:
        return QStringLiteral("year");
    }
    return {};
}

QString isoDay(qint32 julianDay)
{
    return QDate::fromJulianDay(julianDay).toString(Qt::ISODate);
}

// A date as four cells: as the dataset writes it ("2010-Q3"), its precision, its first and last day.
QStringList dateCells(const FuzzyDate &date)
{
    if (date.isNull())
        return {QString(), QString(), QString(), QString()};
    return {date.toIsoString(), precisionName(date.precision), isoDay(date.first), isoDay(date.last())};
}
const QStringList dateColumns(const QString &prefix)
{
    return {prefix, prefix + QStringLiteral("_precision"), prefix + QStringLiteral("_first_day"),
            prefix + QStringLiteral("_last_day")};
}

// Whole numbers without an exponent or separators ("858000000"); others with as many digits as needed.
QString number(double value)
{
    if (std::trunc(value) == value && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

QString boundName(Bound bound)
{
    switch (bound) {
    case Bound::Exact:
        return QStringLiteral("exact");
    case Bound::AtLeast:
        return QStringLiteral("atLeast");
    case Bound::AtMost:
        return QStringLiteral("atMost");
    case Bound::About:
        return QStringLiteral("about");
    }
    return {};
}

QStringList entityCells(const Dataset &d, int entity)
{
    if (entity < 0)
        return {QString(), QString(), QString()};
    const Entity &e = d.entities[entity];
    return {e.id, e.nameEn, e.nameZh};
}

QStringList sourceCells(const Dataset &d, int source, int paragraph)
{
    if (source < 0 || source >= d.sources.size())
        return {QString(), QString(), QString()};
    return {d.sources[source].id, d.sources[source].title.primary(), QString::number(paragraph)};
}
const QStringList sourceColumns{QStringLiteral("source_id"), QStringLiteral("source_title"),
                                QStringLiteral("paragraph")};

} // namespace

bool TableRange::overlaps(qint32 firstDay, qint32 lastDay) const
{
    return !(to > from) || (double(lastDay) + 1.0 > from && double(firstDay) < to);
}

DataTable userCountTable(const Dataset &d, const QList<int> &series, TableRange range)
{
    DataTable t;
    t.columns =
        QStringList{QStringLiteral("series_id"), QStringLiteral("entity_id"), QStringLiteral("entity_en"),
                    QStringLiteral("entity_zh"), QStringLiteral("metric"),    QStringLiteral("unit")} +
        dateColumns(QStringLiteral("date")) +
        QStringList{QStringLiteral("value"), QStringLiteral("qualifier"), QStringLiteral("claim"),
                    QStringLiteral("date_note")} +
        sourceColumns;
    for (int index : series) {
        const Series &s = d.series[index];
        for (const SeriesPoint &p : d.pointsOf(s)) {
            if (!range.overlaps(p.date.first, p.date.last()))
                continue;
            t.rows.append(
                QStringList{s.id} + entityCells(d, s.entity) +
                QStringList{jsonName(s.metric), jsonName(s.unit)} + dateCells(p.date) +
                QStringList{number(p.value), jsonName(p.qualifier), d.string(p.claim), d.string(p.dateNote)} +
                sourceCells(d, p.source, p.paragraph));
        }
    }
    return t;
}

DataTable marketShareTable(const Dataset &d, const FilterScope &scope, Sector sector, int current)
{
    DataTable t;
    t.columns =
        QStringList{QStringLiteral("market_id"), QStringLiteral("market_en"), QStringLiteral("market_zh"),
                    QStringLiteral("sector"), QStringLiteral("metric")} +
        dateColumns(QStringLiteral("date")) +
        QStringList{QStringLiteral("shown"),       QStringLiteral("total"),     QStringLiteral("total_bound"),
                    QStringLiteral("part"),        QStringLiteral("series_id"), QStringLiteral("entity_id"),
                    QStringLiteral("entity_en"),   QStringLiteral("entity_zh"), QStringLiteral("value"),
                    QStringLiteral("value_bound"), QStringLiteral("share"),     QStringLiteral("share_bound"),
                    QStringLiteral("includes"),    QStringLiteral("in_filter")} +
        sourceColumns;
    const QString yes = QStringLiteral("yes");
    const QString no = QStringLiteral("no");
    for (int index : marketsOfSector(d, sector)) {
        const Market &m = d.markets[index];
        const MarketShares shares = computeMarketShares(d, index);
        const QStringList record =
            QStringList{m.id, m.nameEn, m.nameZh, jsonName(m.sector), jsonName(m.metric)} +
            dateCells(m.date) +
            QStringList{index == current ? yes : no, shares.hasTotal ? number(shares.total) : QString(),
                        shares.hasTotal ? boundName(shares.totalBound) : QString()};
        for (const MarketSlice &slice : shares.slices) {
            const SeriesPoint *point =
                slice.point >= 0 ? &d.pointsOf(d.series[slice.series])[size_t(slice.point)] : nullptr;
            t.rows.append(record + QStringList{QStringLiteral("member"), d.series[slice.series].id} +
                          entityCells(d, slice.entity) +
                          QStringList{number(slice.value), boundName(slice.bound),
                                      slice.share ? number(*slice.share) : QString(),
                                      slice.share ? boundName(slice.bound) : QString(), QString(),
                                      scope.keepsSeries(slice.series) ? yes : no} +
                          (point ? sourceCells(d, point->source, point->paragraph) : sourceCells(d, -1, 0)));
        }
        if (shares.remainder) {
            QStringList includes;
            for (int e : shares.remainder->includes)
                includes << d.entities[e].id;
            t.rows.append(record + QStringList{QStringLiteral("other"), QString()} + entityCells(d, -1) +
                          QStringList{number(shares.remainder->value), boundName(shares.remainder->bound),
                                      number(shares.remainder->share), boundName(shares.remainder->bound),
                                      includes.join(u';'), QString()} +
                          sourceCells(d, m.source, m.paragraph));
        }
    }
    return t;
}

DataTable timelineTable(const Dataset &d, const FilterScope &scope, TableRange range)
{
    DataTable t;
    t.columns =
        QStringList{QStringLiteral("event_id"), QStringLiteral("title"), QStringLiteral("kind"),
                    QStringLiteral("status")} +
        dateColumns(QStringLiteral("start")) + dateColumns(QStringLiteral("end")) +
        QStringList{QStringLiteral("parties"), QStringLiteral("parties_en"), QStringLiteral("parties_zh"),
                    QStringLiteral("summary"), QStringLiteral("date_note")} +
        sourceColumns;
    for (size_t i = 0; i < d.events.size(); ++i) {
        const Event &e = d.events[i];
        if (!scope.keepsEvent(i))
            continue;
        if (!range.overlaps(e.start.first, (e.isRanged() ? e.end : e.start).last()))
            continue;
        QStringList ids, en, zh;
        for (quint16 p : d.partiesOf(e)) {
            ids << d.entities[p].id;
            en << d.entities[p].nameEn;
            zh << d.entities[p].nameZh;
        }
        t.rows.append(QStringList{d.string(e.id), d.string(e.title), jsonName(e.kind), jsonName(e.status)} +
                      dateCells(e.start) + dateCells(e.end) +
                      QStringList{ids.join(u';'), en.join(u';'), zh.join(u';'), d.string(e.summary),
                                  d.string(e.dateNote)} +
                      sourceCells(d, e.source, e.paragraph));
    }
    return t;
}

DataTable networkTable(const Dataset &d, const NetworkGraph &graph, std::span<const DrawnEdge> inForce,
                       double julianDay)
{
    DataTable t;
    t.columns = QStringList{QStringLiteral("as_of"), QStringLiteral("event_id"), QStringLiteral("title"),
                            QStringLiteral("kind"), QStringLiteral("status")} +
                dateColumns(QStringLiteral("start")) + dateColumns(QStringLiteral("end")) +
                QStringList{QStringLiteral("phase"),       QStringLiteral("tentative"),
                            QStringLiteral("entity_a_id"), QStringLiteral("entity_a_en"),
                            QStringLiteral("entity_a_zh"), QStringLiteral("entity_b_id"),
                            QStringLiteral("entity_b_en"), QStringLiteral("entity_b_zh")} +
                sourceColumns;
    const QString asOf = isoDay(qint32(std::floor(julianDay)));
    for (const DrawnEdge &drawn : inForce) {
        const NetworkEdge &edge = graph.edges()[drawn.edge];
        const Event &e = d.events[edge.event];
        t.rows.append(
            QStringList{asOf, d.string(e.id), d.string(e.title), jsonName(e.kind), jsonName(e.status)} +
            dateCells(e.start) + dateCells(e.end) +
            QStringList{drawn.time.phase == EdgePhase::InForce ? QStringLiteral("in_force")
                                                               : QStringLiteral("uncertain"),
                        isTentativeEdge(e) ? QStringLiteral("yes") : QStringLiteral("no")} +
            entityCells(d, edge.a) + entityCells(d, edge.b) + sourceCells(d, e.source, e.paragraph));
    }
    return t;
}

} // namespace at
