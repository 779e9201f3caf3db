// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "tests/import/reference/datasetdescription.h"

#include "app/core/vocabulary.h"

using namespace Qt::StringLiterals;

namespace at {

namespace {

// Both languages of a text: "English~Chinese" ("~" alone when both are empty).
QString both(const LocalText &t)
{
    return t.en + u'~' + t.zh;
}

QString cited(const Dataset &d, std::span<const Citation> citations)
{
    QStringList out;
    for (const Citation &c : citations)
        out << u"%1:%2"_s.arg(d.sources[c.source].id).arg(c.paragraph);
    return out.join(u',');
}

QString cited(const Dataset &d, const QList<Citation> &citations)
{
    return cited(d, std::span<const Citation>(citations.constData(), size_t(citations.size())));
}

} // namespace

QStringList describe(const Dataset &d)
{
    QStringList out;
    for (const Source &s : d.sources)
        out << u"source %1|%2|%3|%4|%5|%6|%7|%8"_s
                   .arg(s.id, both(s.title), both(s.publisher), both(s.author), s.published.toIsoString(),
                        both(s.publishedNote))
                   .arg(s.paragraphs)
                   .arg(both(s.note));
    for (const Entity &e : d.entities)
        out << u"entity %1|%2|%3|%4|%5|%6"_s.arg(e.id, e.nameEn, e.nameZh,
                                                 e.parent >= 0 ? d.entities[e.parent].id : u"-"_s,
                                                 jsonName(e.sector), both(e.note));
    for (const Event &e : d.events) {
        QStringList parties;
        for (quint16 p : d.partiesOf(e))
            parties << d.entities[p].id;
        out << u"event %1|%2|%3|%4|%5|%6|%7|%8|%9"_s.arg(
                   d.string(e.id), e.start.toIsoString(), e.end.toIsoString(), jsonName(e.kind),
                   jsonName(e.status), parties.join(u';'), both(d.texts(e.title)), both(d.texts(e.summary)),
                   both(d.texts(e.dateNote))) +
                   u"|%1|%2|%3"_s.arg(d.sources[e.source].id)
                       .arg(e.paragraph)
                       .arg(cited(d, d.citationsOf(e).span()));
    }
    for (const Series &s : d.series) {
        out << u"series %1|%2|%3|%4"_s.arg(s.id, s.entity >= 0 ? d.entities[s.entity].id : u"-"_s,
                                           jsonName(s.metric), jsonName(s.unit));
        for (const SeriesPoint &p : d.pointsOf(s))
            out << u"  point %1|%2|%3|%4|%5|%6|%7|%8"_s
                       .arg(p.date.toIsoString(), QString::number(p.value, 'g', 17), jsonName(p.qualifier),
                            both(d.texts(p.claim)), both(d.texts(p.dateNote)), d.sources[p.source].id)
                       .arg(p.paragraph)
                       .arg(cited(d, d.citationsOf(p).span()));
    }
    for (const Market &m : d.markets) {
        QStringList members, others;
        for (int s : m.members)
            members << d.series[s].id;
        for (int e : m.otherIncludes)
            others << d.entities[e].id;
        out << u"market %1|%2|%3|%4|%5|%6|%7|%8|%9"_s.arg(
                   m.id, jsonName(m.sector), m.nameEn, m.nameZh, jsonName(m.metric), m.date.toIsoString(),
                   m.hasTotal ? QString::number(m.total, 'g', 17) : u"-"_s, members.join(u';'),
                   others.join(u';')) +
                   u"|%1|%2|%3|%4"_s.arg(m.source >= 0 ? d.sources[m.source].id : u"-"_s)
                       .arg(m.paragraph)
                       .arg(cited(d, m.citations), both(m.note));
    }
    for (const Quote &q : d.quotes) {
        QStringList events, entities;
        for (int e : q.events)
            events << d.string(d.events[size_t(e)].id);
        for (int e : q.entities)
            entities << d.entities[e].id;
        out << u"quote %1|%2|%3|%4|%5|%6|%7|%8|%9"_s.arg(q.id, both(q.speaker), both(q.role),
                                                         both(q.organisation), both(q.text),
                                                         q.paraphrase ? u"p"_s : u"q"_s, q.date.toIsoString(),
                                                         events.join(u';'), entities.join(u';')) +
                   u"|%1|%2|%3|%4|%5"_s.arg(both(q.dateNote), q.source >= 0 ? d.sources[q.source].id : u"-"_s)
                       .arg(q.paragraph)
                       .arg(cited(d, q.citations), q.translation);
    }
    return out;
}

} // namespace at
