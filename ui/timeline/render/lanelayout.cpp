// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/timeline/render/lanelayout.h"

#include "app/core/dataset.h"

#include <algorithm>

namespace at {
namespace {
constexpr QLatin1StringView stateHeader("alliance-timeline-lanes 1");
}

void LaneLayout::reset(const Dataset &dataset)
{
    m_groupOrder.clear();
    m_lanes.assign(size_t(count<Sector>()), {});
    m_sectorOf.clear();
    m_collapsed.clear();
    m_hidden.clear();
    for (qsizetype i = 0; i < dataset.entities.size(); ++i) {
        const Sector s = dataset.entities[i].sector;
        m_sectorOf.push_back(s);
        m_lanes[size_t(s)].append(int(i));
    }
    for (int s = 0; s < count<Sector>(); ++s) {
        if (!m_lanes[size_t(s)].isEmpty())
            m_groupOrder.append(Sector(s));
    }
    rebuildRows();
}

void LaneLayout::setRowHeights(double laneHeight, double groupHeight)
{
    m_laneHeight = laneHeight;
    m_groupHeight = groupHeight;
    rebuildRows();
}

void LaneLayout::setEachRowHeight(const std::vector<double> &heights)
{
    double y = 0;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        m_rows[i].top = y;
        if (i < heights.size())
            m_rows[i].height = heights[i];
        y += m_rows[i].height;
    }
}

void LaneLayout::rebuildRows()
{
    m_rows.clear();
    m_rowOfEntity.assign(m_sectorOf.size(), -1);
    double y = 0;
    for (Sector s : std::as_const(m_groupOrder)) {
        const bool collapsed = isCollapsed(s);
        const int groupRow = int(m_rows.size());
        // A collapsed group's header is a lane of its own: it shows the events of all its lanes.
        const double height = collapsed ? m_laneHeight : m_groupHeight;
        m_rows.push_back(LaneRow{LaneRow::Type::Group, s, -1, y, height, collapsed});
        y += height;
        for (int entity : m_lanes[size_t(s)]) {
            if (isHidden(entity))
                continue;
            if (collapsed) {
                m_rowOfEntity[size_t(entity)] = groupRow;
                continue;
            }
            m_rowOfEntity[size_t(entity)] = int(m_rows.size());
            m_rows.push_back(LaneRow{LaneRow::Type::Lane, s, entity, y, m_laneHeight, false});
            y += m_laneHeight;
        }
    }
}

int LaneLayout::rowAt(double y) const
{
    if (m_rows.empty() || y < 0 || y >= totalHeight())
        return -1;
    const auto it = std::upper_bound(m_rows.begin(), m_rows.end(), y,
                                     [](double value, const LaneRow &r) { return value < r.top; });
    return int(it - m_rows.begin()) - 1;
}

int LaneLayout::rowOfEntity(int entity) const
{
    return entity >= 0 && size_t(entity) < m_rowOfEntity.size() ? m_rowOfEntity[size_t(entity)] : -1;
}

QList<int> LaneLayout::entitiesOfRow(int row) const
{
    if (row < 0 || size_t(row) >= m_rows.size())
        return {};
    const LaneRow &r = m_rows[size_t(row)];
    if (!r.isGroup())
        return {r.entity};
    if (!r.collapsed)
        return {};
    QList<int> result;
    for (int entity : m_lanes[size_t(r.sector)]) {
        if (!isHidden(entity))
            result.append(entity);
    }
    return result;
}

QList<int> LaneLayout::lanes(Sector sector) const
{
    return size_t(sector) < m_lanes.size() ? m_lanes[size_t(sector)] : QList<int>();
}

void LaneLayout::setCollapsed(Sector sector, bool collapsed)
{
    if (collapsed == isCollapsed(sector))
        return;
    if (collapsed)
        m_collapsed.append(sector);
    else
        m_collapsed.removeAll(sector);
    rebuildRows();
}

void LaneLayout::setHidden(int entity, bool hidden)
{
    if (entity < 0 || size_t(entity) >= m_sectorOf.size() || hidden == isHidden(entity))
        return;
    if (hidden)
        m_hidden.append(entity);
    else
        m_hidden.removeAll(entity);
    rebuildRows();
}

void LaneLayout::showAllLanes()
{
    m_hidden.clear();
    rebuildRows();
}

int LaneLayout::hiddenCount(Sector sector) const
{
    int n = 0;
    for (int entity : lanes(sector))
        n += isHidden(entity) ? 1 : 0;
    return n;
}

void LaneLayout::moveLane(int entity, int index)
{
    if (entity < 0 || size_t(entity) >= m_sectorOf.size())
        return;
    QList<int> &group = m_lanes[size_t(m_sectorOf[size_t(entity)])];
    const qsizetype from = group.indexOf(entity);
    const qsizetype to = std::clamp<qsizetype>(index, 0, group.size() - 1);
    if (from < 0 || from == to)
        return;
    group.move(from, to);
    rebuildRows();
}

void LaneLayout::moveGroup(Sector sector, int index)
{
    const qsizetype from = m_groupOrder.indexOf(sector);
    const qsizetype to = std::clamp<qsizetype>(index, 0, m_groupOrder.size() - 1);
    if (from < 0 || from == to)
        return;
    m_groupOrder.move(from, to);
    rebuildRows();
}

QStringList LaneLayout::saveState(const Dataset &dataset) const
{
    QStringList state{stateHeader};
    for (Sector s : m_groupOrder) {
        state << QStringLiteral("group ") + jsonName(s) +
                     (isCollapsed(s) ? QStringLiteral(" collapsed") : QString());
        for (int entity : m_lanes[size_t(s)]) {
            state << QStringLiteral("lane ") + dataset.entities[entity].id +
                         (isHidden(entity) ? QStringLiteral(" hidden") : QString());
        }
    }
    return state;
}

void LaneLayout::restoreState(const QStringList &state, const Dataset &dataset)
{
    reset(dataset);
    if (state.isEmpty() || state.first() != stateHeader)
        return;
    QList<Sector> groups;
    std::vector<QList<int>> lanes(size_t(count<Sector>()));
    for (const QString &line : state.mid(1)) {
        const QStringList parts = line.split(u' ', Qt::SkipEmptyParts);
        if (parts.size() < 2)
            continue;
        const bool flag = parts.size() > 2;
        if (parts[0] == QLatin1StringView("group")) {
            const auto s = parse<Sector>(parts[1]);
            if (!s || groups.contains(*s))
                continue;
            groups.append(*s);
            if (flag && parts[2] == QLatin1StringView("collapsed"))
                m_collapsed.append(*s);
        } else if (parts[0] == QLatin1StringView("lane")) {
            const int entity = dataset.entityIndex(parts[1]);
            if (entity < 0)
                continue;
            // The entity may have moved to another sector since the state was saved: it joins its own group.
            QList<int> &group = lanes[size_t(m_sectorOf[size_t(entity)])];
            if (group.contains(entity))
                continue;
            group.append(entity);
            if (flag && parts[2] == QLatin1StringView("hidden"))
                m_hidden.append(entity);
        }
    }
    // What the state does not mention keeps the default order, after what it does.
    for (Sector s : std::as_const(m_groupOrder)) {
        if (!groups.contains(s))
            groups.append(s);
    }
    QList<Sector> present;
    for (Sector s : std::as_const(groups)) {
        if (!m_lanes[size_t(s)].isEmpty())
            present.append(s);
    }
    m_groupOrder = present;
    for (int s = 0; s < count<Sector>(); ++s) {
        for (int entity : std::as_const(m_lanes[size_t(s)])) {
            if (!lanes[size_t(s)].contains(entity))
                lanes[size_t(s)].append(entity);
        }
        m_lanes[size_t(s)] = lanes[size_t(s)];
    }
    rebuildRows();
}

QByteArray LaneLayout::saveStateBytes(const Dataset &dataset) const
{
    return saveState(dataset).join(u'\n').toUtf8();
}

void LaneLayout::restoreStateBytes(const QByteArray &state, const Dataset &dataset)
{
    restoreState(QString::fromUtf8(state).split(u'\n'), dataset);
}

} // namespace at
