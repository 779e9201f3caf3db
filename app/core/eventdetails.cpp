// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/eventdetails.h"

#include "app/core/displaytext.h"
#include "app/core/eventmodel.h"

namespace at {

QString EventDescription::precisionText(Precision precision)
{
    switch (precision) {
    case Precision::Day:
        return tr("to the day");
    case Precision::Week:
        return tr("to the week");
    case Precision::Month:
        return tr("to the month");
    case Precision::Quarter:
        return tr("to the quarter");
    case Precision::Year:
        return tr("to the year");
    }
    return {};
}

EventDetails EventDescription::describe(const Dataset &d, int eventIndex, const QLocale &locale)
{
    EventDetails out;
    if (eventIndex < 0 || size_t(eventIndex) >= d.events.size())
        return out;
    const Event &e = d.events[size_t(eventIndex)];
    out.title = displayText(d, e.title, locale);
    out.date = EventModel::dateText(e, locale);
    out.precision = precisionText(e.start.precision);
    if (e.isRanged() && e.end.precision != e.start.precision)
        out.precision = tr("from %1, until %2").arg(out.precision, precisionText(e.end.precision));
    out.dateNote = displayText(d, e.dateNote, locale);
    out.kind = displayName(e.kind);
    out.status = displayName(e.status);
    out.parties = EventModel::partiesText(d, e, locale);
    out.summary = displayText(d, e.summary, locale);
    if (e.source < d.sources.size()) {
        const Source &s = d.sources[e.source];
        out.source = displayCitations(d, d.citationsOf(e), locale);
        QStringList details{localName(s.publisher, locale), localName(s.author, locale),
                            s.published.toDisplayString(locale)};
        details.removeAll(QString());
        out.sourceDetails = details.join(QStringLiteral(" · "));
    }
    int quotes = 0;
    for (const Quote &q : d.quotes)
        quotes += q.events.contains(eventIndex) ? 1 : 0;
    if (quotes == 1)
        out.quotes = tr("1 quote");
    else if (quotes > 1)
        out.quotes = tr("%1 quotes").arg(quotes);
    return out;
}

} // namespace at
