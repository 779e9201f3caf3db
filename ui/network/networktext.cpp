// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/network/networktext.h"

#include "app/core/displaytext.h"
#include "app/core/eventmodel.h"
#include "app/core/userseries.h"

#include <QCoreApplication>
#include <QStringList>
#include <cmath>

namespace at::networktext {
namespace {

// A file-local tr() wrapper would be filed by lupdate under the enclosing namespace, not under the context
// it looks up; Q_DECLARE_TR_FUNCTIONS gives lupdate and the lookup the same one.
struct NetworkText {
    Q_DECLARE_TR_FUNCTIONS(at::NetworkView)
};

QString dayText(double julianDay, const QLocale &locale)
{
    return FuzzyDate::fromDate(QDate::fromJulianDay(qint64(std::floor(julianDay)))).toDisplayString(locale);
}

QString pairText(const Dataset &d, const NetworkEdge &e, const QLocale &locale)
{
    return NetworkText::tr("%1 and %2").arg(d.entities[e.a].name(locale), d.entities[e.b].name(locale));
}

} // namespace

QString asOf(double julianDay, const QLocale &locale)
{
    return NetworkText::tr("As of %1").arg(dayText(julianDay, locale));
}

QString phase(const Event &e, double t, const QLocale &locale)
{
    switch (edgeTimeAt(e, t).phase) {
    case EdgePhase::NotYet:
        return NetworkText::tr("Not begun yet (%1)").arg(e.start.toDisplayString(locale));
    case EdgePhase::Uncertain:
        // Inside the start's period it may have begun; inside the end's it may have ended.
        if (t < double(e.start.last()) + 1.0)
            return NetworkText::tr("Date uncertain: may have begun (%1)")
                .arg(e.start.toDisplayString(locale));
        return NetworkText::tr("Date uncertain: may have ended (%1)").arg(e.end.toDisplayString(locale));
    case EdgePhase::InForce:
        return NetworkText::tr("In force");
    case EdgePhase::Ended:
        return NetworkText::tr("Over since %1").arg((e.isRanged() ? e.end : e.start).toDisplayString(locale));
    }
    return {};
}

QString nodeToolTip(const Dataset &d, const NetworkGraph &graph, const NetworkSelection &kept,
                    const NodeSizing *sizing, int entity, double t, const QLocale &locale)
{
    const Entity &en = d.entities[entity];
    QStringList lines;
    lines << en.name(locale);
    lines << NetworkText::tr("Sector: %1").arg(displayName(en.sector));
    const NetworkFamily &family = graph.families()[graph.familyOf(entity)];
    if (family.root != entity) {
        lines << NetworkText::tr("Part of %1").arg(d.entities[family.root].name(locale));
    } else if (family.members.size() > 1) {
        QStringList products;
        for (qsizetype i = 1; i < family.members.size(); ++i)
            products << d.entities[family.members[i]].name(locale);
        lines << NetworkText::tr("Products: %1").arg(products.join(NetworkText::tr(", ")));
    }
    if (sizing && sizing->metric()) {
        const NodeFigure f = sizing->figureAt(entity, t);
        if (f.isKnown())
            lines << pointToolTip(d, f.series, f.point, locale);
        else
            lines << NetworkText::tr("No figure for %1 by then: the disc's size says nothing")
                         .arg(displayName(*sizing->metric()));
    }
    int inForce = 0, uncertain = 0, over = 0;
    for (const quint32 i : graph.edgesOf(entity)) {
        if (kept.filtered && !std::binary_search(kept.edges.begin(), kept.edges.end(), i))
            continue;
        switch (edgeTimeAt(d.events[graph.edges()[i].event], t).phase) {
        case EdgePhase::InForce:
            ++inForce;
            break;
        case EdgePhase::Uncertain:
            ++uncertain;
            break;
        case EdgePhase::Ended:
            ++over;
            break;
        case EdgePhase::NotYet:
            break;
        }
    }
    lines << asOf(t, locale) +
                 NetworkText::tr(": %1 lines in force, %2 uncertain, %3 over")
                     .arg(locale.toString(inForce), locale.toString(uncertain), locale.toString(over));
    return lines.join(u'\n');
}

QString edgeToolTip(const Dataset &d, const NetworkGraph &graph, int edge, double t, const QLocale &locale)
{
    const NetworkEdge &e = graph.edges()[size_t(edge)];
    const Event &ev = d.events[e.event];
    QStringList lines;
    lines << pairText(d, e, locale);
    lines << displayText(d, ev.title, locale);
    lines << NetworkText::tr("%1, %2").arg(displayName(ev.kind), displayName(ev.status));
    lines << EventModel::dateText(ev, locale);
    lines << phase(ev, t, locale);
    lines << NetworkText::tr("Source: %1").arg(displayCitations(d, d.citationsOf(ev), locale));
    return lines.join(u'\n');
}

QString nodeAccessibleName(const Dataset &d, int entity, const QLocale &locale)
{
    const Entity &en = d.entities[entity];
    return NetworkText::tr("%1, %2").arg(en.name(locale), displayName(en.sector));
}

QString edgeAccessibleName(const Dataset &d, const NetworkGraph &graph, int edge, double t,
                           const QLocale &locale)
{
    const NetworkEdge &e = graph.edges()[size_t(edge)];
    const Event &ev = d.events[e.event];
    return NetworkText::tr("%1: %2, %3; %4")
        .arg(pairText(d, e, locale), displayText(d, ev.title, locale), displayName(ev.kind),
             phase(ev, t, locale));
}

} // namespace at::networktext
