// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/eventfilter.h"

namespace at {

bool EventFilter::isEmpty() const
{
    return entities.isEmpty() && sectors.isEmpty() && kinds.isEmpty() && statuses.isEmpty() && from == 0 &&
           to == 0 && text.isEmpty();
}

bool EventFilter::accepts(const Dataset &d, const Event &e) const
{
    if (!kinds.isEmpty() && !kinds.contains(e.kind))
        return false;
    if (!statuses.isEmpty() && !statuses.contains(e.status))
        return false;
    // An event is in range when any part of it overlaps the range.
    if (from != 0 && e.endTime() < from)
        return false;
    if (to != 0 && e.time() > to)
        return false;
    const auto parties = d.partiesOf(e);
    if (!entities.isEmpty()) {
        bool any = false;
        for (quint16 p : parties)
            any = any || entities.contains(int(p));
        if (!any)
            return false;
    }
    if (!sectors.isEmpty()) {
        bool any = false;
        for (quint16 p : parties)
            any = any || sectors.contains(d.entities[p].sector);
        if (!any)
            return false;
    }
    if (!text.isEmpty()) {
        const QStringView t(text);
        bool any = d.view(e.title).contains(t, Qt::CaseInsensitive) ||
                   d.view(e.summary).contains(t, Qt::CaseInsensitive) ||
                   d.view(e.id).contains(t, Qt::CaseInsensitive);
        for (quint16 p : parties) {
            any = any || d.entities[p].nameEn.contains(t, Qt::CaseInsensitive) ||
                  d.entities[p].nameZh.contains(t, Qt::CaseInsensitive);
        }
        if (!any)
            return false;
    }
    return true;
}

} // namespace at
