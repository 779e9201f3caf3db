#include "eventfilterproxy.h"

#include "roles.h"

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

} // namespace at
