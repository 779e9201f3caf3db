// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/timeline/timelinetext.h"

#include "app/core/dataset.h"
#include "app/core/displaytext.h"
#include "app/core/eventmodel.h"

#include <QCoreApplication>
#include <cmath>

namespace at::timelinetext {
namespace {
// A file-local tr() wrapper would be filed by lupdate under the enclosing class or namespace, not under
// the context it looks up; Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup the same one.
struct TimelineText {
    Q_DECLARE_TR_FUNCTIONS(at::TimelineView)
};
} // namespace

QString dateText(double julianDay, const QLocale &locale)
{
    const auto day = qint32(std::floor(julianDay + 0.5));
    return FuzzyDate{day, Precision::Day}.toDisplayString(locale);
}

QString eventTooltip(const Dataset &d, int event, const QLocale &locale, int annotations)
{
    const Event &e = d.events[size_t(event)];
    QStringList lines;
    lines << displayText(d, e.title, locale);
    lines << EventModel::dateText(e, locale);
    lines << TimelineText::tr("Parties: %1").arg(EventModel::partiesText(d, e, locale));
    lines << TimelineText::tr("%1, %2").arg(displayName(e.kind), displayName(e.status));
    if (!e.dateNote.isEmpty())
        lines << TimelineText::tr("Date: %1").arg(displayText(d, e.dateNote, locale));
    lines << TimelineText::tr("Source: %1").arg(displayCitations(d, d.citationsOf(e), locale));
    if (annotations > 0)
        lines << (annotations == 1 ? TimelineText::tr("1 annotation")
                                   : TimelineText::tr("%1 annotations").arg(annotations));
    return lines.join(u'\n');
}

QString eventAccessibleName(const Dataset &d, int event)
{
    return d.string(d.events[size_t(event)].title);
}

QString eventAccessibleDescription(const Dataset &d, int event, const QLocale &locale)
{
    const Event &e = d.events[size_t(event)];
    return TimelineText::tr("%1, %2; %3; parties: %4; source: %5")
        .arg(displayName(e.kind), displayName(e.status), EventModel::dateText(e, locale),
             EventModel::partiesText(d, e, locale), displayCitations(d, d.citationsOf(e), locale));
}

QString clusterTooltip(int count, double from, double to, const QLocale &locale)
{
    const QString a = dateText(from, locale);
    const QString b = dateText(to, locale);
    const QString when = a == b ? a : a + QStringLiteral(" – ") + b;
    return (count == 1 ? TimelineText::tr("1 event, %1").arg(when)
                       : TimelineText::tr("%1 events, %2").arg(count).arg(when)) +
           u'\n' + TimelineText::tr("Click or zoom in to see them");
}

} // namespace at::timelinetext
