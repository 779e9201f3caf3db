// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/vocabulary.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <vector>

namespace at {

class Dataset;

// One row of the timeline: a sector's header, or an entity's lane. A collapsed group's header shows the
// events of all its lanes.
struct LaneRow {
    enum class Type : quint8 { Group, Lane };
    Type type = Type::Lane;
    Sector sector = Sector::Portal;
    int entity = -1; // for lanes
    double top = 0;  // in content coordinates (0 = first row)
    double height = 0;
    bool collapsed = false; // for groups
    bool isGroup() const { return type == Type::Group; }
    double bottom() const { return top + height; }
};

// Which lanes there are, in which order, which are hidden and which groups are collapsed. Lanes are grouped
// by their entity's sector; within a group and among groups the user decides the order. The state is kept
// by ids (entity ids, sector names), so it survives loading another dataset.
class LaneLayout {
public:
    // Groups in the vocabulary's order (only sectors that have entities), lanes in the dataset's order.
    void reset(const Dataset &dataset);
    // Row heights; recomputes the rows.
    void setRowHeights(double laneHeight, double groupHeight);
    // A height for each row (in rows() order), for a picture that gives each lane the room its events
    // need; kept until the rows change (any other setter).
    void setEachRowHeight(const std::vector<double> &heights);
    double laneHeight() const { return m_laneHeight; }
    double groupHeight() const { return m_groupHeight; }

    const std::vector<LaneRow> &rows() const { return m_rows; }
    double totalHeight() const { return m_rows.empty() ? 0 : m_rows.back().bottom(); }
    // The row at content y, or -1.
    int rowAt(double y) const;
    // The row that draws `entity`'s events: its lane, its group's header when collapsed, -1 when hidden.
    int rowOfEntity(int entity) const;
    // The entities whose events a row shows.
    QList<int> entitiesOfRow(int row) const;

    QList<Sector> groups() const { return m_groupOrder; }
    QList<int> lanes(Sector sector) const; // every lane of the group, hidden ones too
    bool isCollapsed(Sector sector) const { return m_collapsed.contains(sector); }
    void setCollapsed(Sector sector, bool collapsed);
    bool isHidden(int entity) const { return m_hidden.contains(entity); }
    void setHidden(int entity, bool hidden);
    void showAllLanes();
    int hiddenCount(Sector sector) const;
    // Moves a lane within its group to position `index` (0 = first).
    void moveLane(int entity, int index);
    void moveGroup(Sector sector, int index);
    int entityCount() const { return int(m_sectorOf.size()); }

    // "group instantMessaging", "lane qq", "lane msn-china hidden", "group portal collapsed", ... A
    // restored state keeps what it knows; entities and sectors it does not mention go where reset() puts
    // them.
    QStringList saveState(const Dataset &dataset) const;
    void restoreState(const QStringList &state, const Dataset &dataset);
    QByteArray saveStateBytes(const Dataset &dataset) const;
    void restoreStateBytes(const QByteArray &state, const Dataset &dataset);

private:
    void rebuildRows();

    QList<Sector> m_groupOrder;
    std::vector<QList<int>> m_lanes; // by int(Sector)
    std::vector<Sector> m_sectorOf;  // by entity
    QList<Sector> m_collapsed;
    QList<int> m_hidden;
    std::vector<LaneRow> m_rows;
    std::vector<int> m_rowOfEntity;
    double m_laneHeight = 38;
    double m_groupHeight = 22;
};

} // namespace at
