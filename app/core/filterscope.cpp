// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/filterscope.h"

#include <algorithm>

namespace at {

namespace {
qsizetype kept(const std::vector<char> &flags)
{
    return std::count(flags.cbegin(), flags.cend(), char(1));
}
} // namespace

FilterScope::FilterScope(const Dataset &d, const EventFilter &filter)
    : m_filter(filter), m_all(filter.isEmpty())
{
    m_eventCount.total = qsizetype(d.events.size());
    m_entityCount.total = d.entities.size();
    m_seriesCount.total = d.series.size();
    m_quoteCount.total = d.quotes.size();
    if (m_all) {
        m_eventCount.kept = m_eventCount.total;
        m_entityCount.kept = m_entityCount.total;
        m_seriesCount.kept = m_seriesCount.total;
        m_quoteCount.kept = m_quoteCount.total;
        return;
    }
    m_events.resize(d.events.size());
    for (size_t i = 0; i < d.events.size(); ++i)
        m_events[i] = filter.accepts(d, d.events[i]);

    m_entities.resize(size_t(d.entities.size()));
    for (qsizetype i = 0; i < d.entities.size(); ++i)
        m_entities[size_t(i)] =
            filter.keepsCompany(d, int(i)) && (filter.text.isEmpty() || filter.namesCompany(d, int(i)));
    if (!filter.text.isEmpty()) {
        // With a text, a company is also kept when it takes part in an event the text finds.
        for (size_t i = 0; i < d.events.size(); ++i) {
            if (!m_events[i])
                continue;
            for (quint16 p : d.partiesOf(d.events[i])) {
                if (filter.keepsCompany(d, p))
                    m_entities[p] = 1;
            }
        }
    }

    m_series.resize(size_t(d.series.size()));
    for (qsizetype i = 0; i < d.series.size(); ++i) {
        const int entity = d.series[i].entity;
        m_series[size_t(i)] = entity >= 0 && m_entities[size_t(entity)];
    }

    m_quotes.resize(size_t(d.quotes.size()));
    for (qsizetype i = 0; i < d.quotes.size(); ++i) {
        const Quote &q = d.quotes[i];
        const bool linkedEventShown = std::any_of(q.events.cbegin(), q.events.cend(),
                                                  [this](int e) { return e >= 0 && m_events[size_t(e)]; });
        m_quotes[size_t(i)] = linkedEventShown || filter.keepsQuote(d, q);
    }

    m_eventCount.kept = kept(m_events);
    m_entityCount.kept = kept(m_entities);
    m_seriesCount.kept = kept(m_series);
    m_quoteCount.kept = kept(m_quotes);
}

} // namespace at
