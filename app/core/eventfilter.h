// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/dataset.h"

#include <QAnyStringView>
#include <QList>
#include <QString>
#include <type_traits>

namespace at {

// What the user narrows every view to: companies, sectors, kinds, statuses, dates and a text. A plain value
// that lives in the shared ViewState, so that every view applies exactly the same rules (these, and
// FilterScope for what follows from them). Empty sets mean "all".
struct EventFilter {
    QList<int> entities;   // entity indexes: a company is kept when it or a company above it is listed
    QList<Sector> sectors; // a company is kept when it is in one of these sectors
    QList<Kind> kinds;
    QList<Status> statuses;
    double from = 0; // Julian days, both included; 0 means open
    double to = 0;
    QString text; // case-insensitive, in both languages

    bool isEmpty() const;

    // An event passes when any party is a kept company (entities, then sectors, each by any party), its
    // kind and status are chosen, the period its dates cover overlaps [from, to], and the text is in its
    // title, summary, id or a party's name.
    bool accepts(const Dataset &d, const Event &e) const;
    // The company choices alone (entities with the companies under them, sectors) for one entity.
    bool keepsCompany(const Dataset &d, int entity) const;
    // Whether the text is in the entity's id or one of its names (false without a text).
    bool namesCompany(const Dataset &d, int entity) const;
    // A quote on its own, leaving aside the events it is linked to (FilterScope adds those): about a kept
    // company, dated within [from, to], the text in its words, speaker, role, organisation or the names of
    // the companies it is about. With kinds or statuses chosen, a quote is kept only through its events.
    bool keepsQuote(const Dataset &d, const Quote &q) const;

    friend bool operator==(const EventFilter &, const EventFilter &) = default;

private:
    // Searched where it lies, in either form pooled text is kept in (Latin-1 or UTF-16).
    bool containsText(QAnyStringView haystack) const
    {
        if (haystack.isEmpty()) // as the Chinese of most texts is (Dataset::chineseView())
            return false;
        return haystack.visit([this](auto v) {
            using View = decltype(v);
            if constexpr (std::is_same_v<View, QStringView> || std::is_same_v<View, QLatin1StringView>)
                return v.contains(text, Qt::CaseInsensitive);
            else
                return v.toString().contains(text, Qt::CaseInsensitive); // UTF-8: no pool keeps it
        });
    }
    bool inDates(qint32 firstDay, qint32 lastDay) const;
    bool listsCompany(const Dataset &d, int entity) const;
};

} // namespace at
