// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/eventfilter.h"
#include "app/core/filterscope.h"

#include <QObject>
#include <memory>

namespace at {

// What is selected, in any view. Indexes are into the current Dataset's vectors.
struct Selection {
    enum class Type : quint8 { None, Event, Entity, Point, Quote };
    Type type = Type::None;
    int index = -1; // event, entity, series or quote index
    int point = -1; // for Type::Point: the point's index within its series

    static Selection none() { return {}; }
    static Selection event(int i) { return {Type::Event, i, -1}; }
    static Selection entity(int i) { return {Type::Entity, i, -1}; }
    static Selection dataPoint(int series, int point) { return {Type::Point, series, point}; }
    static Selection quote(int i) { return {Type::Quote, i, -1}; }
    bool isNone() const { return type == Type::None; }
    friend bool operator==(const Selection &, const Selection &) = default;
};

// The state every view follows: the selection, the current time (the cursor on the timeline), the visible
// time range and the filter. Times are Julian days as doubles, so that views can zoom below a day.
// Views write here and react to the signals; nothing else holds a second copy of these.
class ViewState : public QObject {
    Q_OBJECT
public:
    explicit ViewState(QObject *parent = nullptr) : QObject(parent) {}

    Selection selection() const { return m_selection; }
    double currentTime() const { return m_currentTime; }
    double visibleFrom() const { return m_visibleFrom; }
    double visibleTo() const { return m_visibleTo; }
    const EventFilter &filter() const { return m_filter; }
    // What the filter keeps of `dataset`: worked out on first use after the filter or the dataset changed,
    // then shared by every view that asks (they all ask after filterChanged or a new dataset).
    std::shared_ptr<const FilterScope> scope(const std::shared_ptr<const Dataset> &dataset) const;

    void select(Selection s)
    {
        if (s == m_selection)
            return;
        m_selection = s;
        Q_EMIT selectionChanged(s);
    }
    void setCurrentTime(double julianDay)
    {
        if (julianDay == m_currentTime)
            return;
        m_currentTime = julianDay;
        Q_EMIT currentTimeChanged(julianDay);
    }
    void setVisibleRange(double from, double to)
    {
        if (!(to > from) || (from == m_visibleFrom && to == m_visibleTo))
            return;
        m_visibleFrom = from;
        m_visibleTo = to;
        Q_EMIT visibleRangeChanged(from, to);
    }

    void setFilter(const EventFilter &filter)
    {
        if (filter == m_filter)
            return;
        m_filter = filter;
        m_scope.reset();
        Q_EMIT filterChanged(m_filter);
    }

Q_SIGNALS:
    void selectionChanged(at::Selection selection);
    void currentTimeChanged(double julianDay);
    void visibleRangeChanged(double from, double to);
    void filterChanged(const at::EventFilter &filter);

private:
    Selection m_selection;
    double m_currentTime = 0;
    double m_visibleFrom = 0;
    double m_visibleTo = 0;
    EventFilter m_filter;
    // The scope of the last dataset asked about; weak, so that a dataset freed and another made at the same
    // address is not taken for it.
    mutable std::shared_ptr<const FilterScope> m_scope;
    mutable std::weak_ptr<const Dataset> m_scopeDataset;
};

} // namespace at

Q_DECLARE_METATYPE(at::Selection)
