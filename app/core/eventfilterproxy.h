// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/document.h"
#include "app/core/eventfilter.h"

#include <QSortFilterProxyModel>

namespace at {

// Filters an EventModel by an EventFilter and sorts on RawRole. Views that read the store directly use
// filter() with the same rule.
class EventFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit EventFilterProxy(const Document *document, QObject *parent = nullptr);

    const EventFilter &filter() const { return m_filter; }
    void setFilter(const EventFilter &filter);

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Dates by their middle, as the views place them; at the same middle the earlier start first ("week of
    // 8 Nov" before "11 Nov"), then the narrower date.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const Document *m_document;
    EventFilter m_filter;
};

} // namespace at
