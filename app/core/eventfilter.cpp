// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/eventfilter.h"

#include <algorithm>

namespace at {

bool EventFilter::isEmpty() const
{
    return entities.isEmpty() && sectors.isEmpty() && kinds.isEmpty() && statuses.isEmpty() && from == 0 &&
           to == 0 && text.isEmpty();
}

bool EventFilter::inDates(qint32 firstDay, qint32 lastDay) const
{
    // An imprecise date is the span it covers: "2013" is in a range that starts in June 2013.
    return (from == 0 || double(lastDay) >= from) && (to == 0 || double(firstDay) <= to);
}

bool EventFilter::listsCompany(const Dataset &d, int entity) const
{
    // A company chosen brings the ones under it: Tencent keeps QQ and WeChat. The depth guard stops at a
    // cycle, which the readers refuse anyway.
    for (int e = entity, depth = 0; e >= 0 && depth < 64; e = d.entities[e].parent, ++depth) {
        if (entities.contains(e))
            return true;
    }
    return false;
}

bool EventFilter::keepsCompany(const Dataset &d, int entity) const
{
    return (entities.isEmpty() || listsCompany(d, entity)) &&
           (sectors.isEmpty() || sectors.contains(d.entities[entity].sector));
}

bool EventFilter::namesCompany(const Dataset &d, int entity) const
{
    const Entity &e = d.entities[entity];
    return !text.isEmpty() && (containsText(e.nameEn) || containsText(e.nameZh) || containsText(e.id));
}

bool EventFilter::accepts(const Dataset &d, const Event &e) const
{
    if (!kinds.isEmpty() && !kinds.contains(e.kind))
        return false;
    if (!statuses.isEmpty() && !statuses.contains(e.status))
        return false;
    // An event is in range when any part of the period it covers overlaps the range.
    if (!inDates(e.start.first, (e.isRanged() ? e.end : e.start).last()))
        return false;
    const auto parties = d.partiesOf(e);
    if (!entities.isEmpty() &&
        std::none_of(parties.begin(), parties.end(), [&](quint16 p) { return listsCompany(d, p); }))
        return false;
    if (!sectors.isEmpty() && std::none_of(parties.begin(), parties.end(),
                                           [&](quint16 p) { return sectors.contains(d.entities[p].sector); }))
        return false;
    if (!text.isEmpty()) {
        const bool found =
            containsText(d.view(e.title)) || containsText(d.view(e.summary)) || containsText(d.view(e.id)) ||
            containsText(d.chineseView(e.title)) || containsText(d.chineseView(e.summary)) ||
            std::any_of(parties.begin(), parties.end(), [&](quint16 p) { return namesCompany(d, p); });
        if (!found)
            return false;
    }
    return true;
}

bool EventFilter::keepsQuote(const Dataset &d, const Quote &q) const
{
    // Search finds a text in either language, whatever the UI's.
    const auto either = [this](const LocalText &t) { return containsText(t.en) || containsText(t.zh); };
    if (!kinds.isEmpty() || !statuses.isEmpty())
        return false;
    if ((!entities.isEmpty() || !sectors.isEmpty()) &&
        std::none_of(q.entities.cbegin(), q.entities.cend(), [&](int e) { return keepsCompany(d, e); }))
        return false;
    if ((from != 0 || to != 0) && (q.date.isNull() || !inDates(q.date.first, q.date.last())))
        return false;
    if (!text.isEmpty()) {
        const bool found =
            either(q.text) || either(q.speaker) || either(q.role) || either(q.organisation) ||
            containsText(q.translation) ||
            std::any_of(q.entities.cbegin(), q.entities.cend(), [&](int e) { return namesCompany(d, e); });
        if (!found)
            return false;
    }
    return true;
}

} // namespace at
