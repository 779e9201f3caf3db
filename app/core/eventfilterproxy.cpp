// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/eventfilterproxy.h"

#include "app/core/eventmodel.h"
#include "app/core/roles.h"

#include <tuple>

namespace at {

EventFilterProxy::EventFilterProxy(const Document *document, QObject *parent)
    : QSortFilterProxyModel(parent), m_document(document)
{
    setSortRole(RawRole);
}

void EventFilterProxy::setFilter(const EventFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
    Q_EMIT filterChanged();
}

bool EventFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const Dataset &d = m_document->dataset();
    if (sourceRow < 0 || size_t(sourceRow) >= d.events.size())
        return false;
    return m_filter.accepts(d, d.events[size_t(sourceRow)]);
}

bool EventFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const Dataset &d = m_document->dataset();
    const auto valid = [&d](const QModelIndex &i) {
        return i.row() >= 0 && size_t(i.row()) < d.events.size();
    };
    if (left.column() != EventModel::DateColumn || !valid(left) || !valid(right))
        return QSortFilterProxyModel::lessThan(left, right);
    const FuzzyDate &a = d.events[size_t(left.row())].start;
    const FuzzyDate &b = d.events[size_t(right.row())].start;
    return FuzzyDate::sortsBefore(a, b);
}

} // namespace at
