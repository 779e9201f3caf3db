// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/dataset.h"
#include "app/core/eventfilter.h"

#include <vector>

namespace at {

// What a filter keeps of one dataset, worked out once per change of filter or dataset so that every view
// reads the same answer (ViewState::scope()):
// - the events it shows (EventFilter::accepts);
// - the companies: those the company choices keep (EventFilter::keepsCompany) that, when there is a text,
//   are named by it or take part in an event it shows; their user-count series go with them;
// - the quotes: those about a kept company or a shown event, within the dates, matching the text
//   (EventFilter::keepsQuote).
// An empty filter keeps everything.
class FilterScope {
public:
    // Keeps everything (of any dataset).
    FilterScope() = default;
    FilterScope(const Dataset &dataset, const EventFilter &filter);

    const EventFilter &filter() const { return m_filter; }
    bool keepsAll() const { return m_all; }

    bool keepsEvent(size_t event) const { return m_all || m_events[event]; }
    bool keepsEntity(int entity) const { return m_all || m_entities[size_t(entity)]; }
    bool keepsSeries(int series) const { return m_all || m_series[size_t(series)]; }
    bool keepsQuote(int quote) const { return m_all || m_quotes[size_t(quote)]; }

    // How many of each are kept, and how many there are.
    struct Count {
        qsizetype kept = 0;
        qsizetype total = 0;
        friend bool operator==(const Count &, const Count &) = default;
    };
    Count events() const { return m_eventCount; }
    Count entities() const { return m_entityCount; }
    Count series() const { return m_seriesCount; }
    Count quotes() const { return m_quoteCount; }

private:
    EventFilter m_filter;
    bool m_all = true;
    // One flag per record (char rather than vector<bool>: read while painting, a byte is cheaper to test).
    std::vector<char> m_events;
    std::vector<char> m_entities;
    std::vector<char> m_series;
    std::vector<char> m_quotes;
    Count m_eventCount;
    Count m_entityCount;
    Count m_seriesCount;
    Count m_quoteCount;
};

} // namespace at
