// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/dataset.h"

#include <QList>
#include <QString>

namespace at {

// Which events are shown. A plain value, so that the item proxy and the timeline (which reads the store
// directly) apply exactly the same rule. Empty sets mean "all".
struct EventFilter {
    QList<int> entities;   // entity indexes: an event passes if any party is listed
    QList<Sector> sectors; // passes if any party is in one of these sectors
    QList<Kind> kinds;
    QList<Status> statuses;
    double from = 0; // Julian days; 0 means open
    double to = 0;
    QString text; // case-insensitive, in title, summary, id and party names (English and Chinese)

    bool isEmpty() const;
    bool accepts(const Dataset &d, const Event &e) const;
    friend bool operator==(const EventFilter &, const EventFilter &) = default;
};

} // namespace at
