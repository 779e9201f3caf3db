#include "dataset.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace at {

void Dataset::finish()
{
    // Events: stable order by drawn time, then id, so that row order is time order everywhere.
    std::vector<int> order(events.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const Event &ea = events[size_t(a)];
        const Event &eb = events[size_t(b)];
        if (ea.start.first != eb.start.first || ea.start.precision != eb.start.precision)
            return ea.time() < eb.time();
        return view(ea.id) < view(eb.id);
    });
    std::vector<Event> sorted;
    sorted.reserve(events.size());
    std::vector<int> newIndex(events.size());
    for (size_t i = 0; i < order.size(); ++i) {
        sorted.push_back(events[size_t(order[i])]);
        newIndex[size_t(order[i])] = int(i);
    }
    events = std::move(sorted);
    for (Quote &q : quotes) {
        for (int &e : q.events)
            e = newIndex[size_t(e)];
    }
    std::stable_sort(quotes.begin(), quotes.end(), [](const Quote &a, const Quote &b) {
        if (a.date.middle() != b.date.middle())
            return a.date.middle() < b.date.middle();
        return a.id < b.id;
    });

    m_eventIds.clear();
    m_eventIds.reserve(qsizetype(events.size()));
    for (size_t i = 0; i < events.size(); ++i)
        m_eventIds.insert(string(events[i].id), int(i));
    auto indexIds = [](QHash<QString, int> &ids, const auto &list) {
        ids.clear();
        for (qsizetype i = 0; i < list.size(); ++i)
            ids.insert(list[i].id, int(i));
    };
    indexIds(m_entityIds, entities);
    indexIds(m_seriesIds, series);
    indexIds(m_quoteIds, quotes);
    indexIds(m_sourceIds, sources);
}

QString Dataset::citation(int source, int paragraph) const
{
    if (source < 0 || source >= sources.size())
        return {};
    return QCoreApplication::translate("at::Dataset", "%1, ¶%2").arg(sources[source].title).arg(paragraph);
}

} // namespace at
