// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/quotequery.h"

#include "app/core/displaytext.h"
#include "app/core/eventmodel.h"
#include "app/core/numberformat.h"
#include "app/core/quotemodel.h"
#include "app/core/seriesmodel.h"

#include <QCollator>
#include <algorithm>
#include <limits>

namespace at {

QList<TextMatch> findMatches(QStringView text, QStringView needle)
{
    QList<TextMatch> matches;
    if (needle.isEmpty())
        return matches;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(needle, from, Qt::CaseInsensitive);
        if (at < 0)
            break;
        matches.append({at, needle.size()});
        from = at + needle.size();
    }
    return matches;
}

bool SourceCard::hasMatches() const
{
    for (const CardLine &line : lines) {
        for (const CardSegment &s : line.segments) {
            if (!s.matches.isEmpty())
                return true;
        }
    }
    return false;
}

QString SourceCard::plainText() const
{
    QStringList out;
    for (const CardLine &line : lines) {
        QStringList parts;
        for (const CardSegment &s : line.segments)
            parts << (s.label.isEmpty() ? s.text : s.label + u' ' + s.text);
        out << line.prefix() + parts.join(line.separator);
    }
    return out.join(u'\n');
}

namespace {

// Builds a card line by line; computes the matches of each searchable segment as it goes.
class CardBuilder {
public:
    CardBuilder(SourceCard &card, const QString &needle, const QLocale &locale)
        : m_card(card), m_needle(needle), m_locale(locale)
    {}

    CardBuilder &line(CardLine::Style style)
    {
        done();
        m_card.lines.append({style, {}});
        if (style == CardLine::Style::Speaker)
            m_card.lines.last().separator = clauseSeparator(m_locale);
        return *this;
    }
    // Empty texts are left out, so that a missing role leaves no dangling separator.
    CardBuilder &add(const QString &text, const QString &label = {})
    {
        if (text.isEmpty())
            return *this;
        CardLine &l = m_card.lines.last();
        const bool searched = l.style != CardLine::Style::Tag;
        l.segments.append({label, text, searched ? findMatches(text, m_needle) : QList<TextMatch>{}});
        return *this;
    }
    // Drops the last line if nothing was added to it (a quote about no entity has no "About:" line).
    void done()
    {
        if (!m_card.lines.isEmpty() && m_card.lines.last().segments.isEmpty())
            m_card.lines.removeLast();
    }

private:
    SourceCard &m_card;
    const QString &m_needle;
    const QLocale &m_locale;
};

// Entity names in the UI language; where only the other language's name matches the search, it is shown
// too ("Sina Corp (新浪)"), so that every match a search finds is visible and highlighted.
QString entityNames(const Dataset &d, const QList<int> &entities, const QString &needle,
                    const QLocale &locale)
{
    QStringList names;
    for (int i : entities) {
        if (i < 0 || i >= d.entities.size())
            continue;
        const Entity &e = d.entities[i];
        QString name = e.name(locale);
        if (!needle.isEmpty() && !name.contains(needle, Qt::CaseInsensitive)) {
            const QString other = name == e.nameEn ? e.nameZh : e.nameEn;
            if (other.contains(needle, Qt::CaseInsensitive))
                name += QStringLiteral(" (") + other + u')';
        }
        names << name;
    }
    return names.join(listSeparator(locale));
}

QList<int> partiesOf(const Dataset &d, const Event &e)
{
    QList<int> out;
    for (quint16 p : d.partiesOf(e))
        out << int(p);
    return out;
}

} // namespace

QList<SourceItem> QuoteQuery::forSelection(const Dataset &d, const Selection &selection)
{
    QList<SourceItem> items;
    switch (selection.type) {
    case Selection::Type::None:
        for (int i = 0; i < d.quotes.size(); ++i)
            items << SourceItem::quote(i);
        break;
    case Selection::Type::Event:
        if (selection.index < 0 || size_t(selection.index) >= d.events.size())
            break;
        items << SourceItem::event(selection.index);
        for (int i = 0; i < d.quotes.size(); ++i) {
            if (d.quotes[i].events.contains(selection.index))
                items << SourceItem::quote(i);
        }
        break;
    case Selection::Type::Entity:
        for (int i = 0; i < d.quotes.size(); ++i) {
            if (d.quotes[i].entities.contains(selection.index))
                items << SourceItem::quote(i);
        }
        break;
    case Selection::Type::Point: {
        if (selection.index < 0 || selection.index >= d.series.size() || selection.point < 0 ||
            quint32(selection.point) >= d.series[selection.index].pointCount)
            break;
        items << SourceItem::dataPoint(selection.index, selection.point);
        const FuzzyDate date = d.pointsOf(d.series[selection.index])[size_t(selection.point)].date;
        for (int m = 0; m < d.markets.size(); ++m) {
            if (d.markets[m].members.contains(selection.index) && d.markets[m].date == date)
                items << SourceItem::market(m);
        }
        break;
    }
    case Selection::Type::Quote:
        if (selection.index < 0 || selection.index >= d.quotes.size())
            break;
        items << SourceItem::quote(selection.index);
        for (int e : d.quotes[selection.index].events)
            items << SourceItem::event(e);
        break;
    }
    return items;
}

QList<SourceItem> QuoteQuery::nearTime(const Dataset &d, double julianDay)
{
    QList<SourceItem> items;
    items.reserve(d.quotes.size());
    for (int i = 0; i < d.quotes.size(); ++i)
        items << SourceItem::quote(i);
    if (julianDay <= 0)
        return items;
    auto distance = [&d, julianDay](const SourceItem &item) {
        const FuzzyDate &date = d.quotes[item.index].date;
        if (date.isNull())
            return std::numeric_limits<double>::infinity();
        const double first = date.first;
        const double end = double(date.last()) + 1.0; // the period is [first, end)
        return julianDay < first ? first - julianDay : julianDay >= end ? julianDay - end : 0.0;
    };
    std::stable_sort(items.begin(), items.end(),
                     [&](const SourceItem &a, const SourceItem &b) { return distance(a) < distance(b); });
    return items;
}

QList<SourceItem> QuoteQuery::bySource(const Dataset &d)
{
    // Within a paragraph, the claims the timeline and charts draw come before what people said about them.
    struct Entry {
        int source;
        int paragraph;
        SourceItem item;
    };
    auto rank = [](SourceItem::Type t) {
        switch (t) {
        case SourceItem::Type::Event:
            return 0;
        case SourceItem::Type::Point:
            return 1;
        case SourceItem::Type::Market:
            return 2;
        case SourceItem::Type::Quote:
        case SourceItem::Type::Article:
            break;
        }
        return 3;
    };
    std::vector<Entry> entries;
    // A record is listed under every article it cites, at its first paragraph there (a list of citations
    // names each source once, its paragraphs together); one without a list, under its one citation.
    auto add = [&entries](const auto &citations, int source, int paragraph, const SourceItem &item) {
        int previous = -1;
        for (const Citation &c : citations) {
            if (c.source != previous)
                entries.push_back({c.source, c.paragraph, item});
            previous = c.source;
        }
        if (previous < 0)
            entries.push_back({source, paragraph, item});
    };
    for (size_t i = 0; i < d.events.size(); ++i) {
        const Event &e = d.events[i];
        add(d.citationsOf(e), e.source, e.paragraph, SourceItem::event(int(i)));
    }
    for (int s = 0; s < d.series.size(); ++s) {
        const auto points = d.pointsOf(d.series[s]);
        for (size_t p = 0; p < points.size(); ++p)
            add(d.citationsOf(points[p]), points[p].source, points[p].paragraph,
                SourceItem::dataPoint(s, int(p)));
    }
    for (int m = 0; m < d.markets.size(); ++m)
        add(d.markets[m].citations, d.markets[m].source, d.markets[m].paragraph, SourceItem::market(m));
    for (int q = 0; q < d.quotes.size(); ++q)
        add(d.quotes[q].citations, d.quotes[q].source, d.quotes[q].paragraph, SourceItem::quote(q));
    std::stable_sort(entries.begin(), entries.end(), [&rank](const Entry &a, const Entry &b) {
        if (a.source != b.source)
            return a.source < b.source;
        if (a.paragraph != b.paragraph)
            return a.paragraph < b.paragraph;
        return rank(a.item.type) < rank(b.item.type);
    });
    QList<SourceItem> items;
    items.reserve(qsizetype(entries.size()) + d.sources.size());
    int current = -1;
    for (const Entry &e : entries) {
        if (e.source < 0 || e.source >= d.sources.size())
            continue;
        while (current < e.source)
            items << SourceItem::article(++current); // articles nothing is taken from are listed too
        items << e.item;
    }
    while (current + 1 < d.sources.size())
        items << SourceItem::article(++current);
    return items;
}

std::optional<Selection> QuoteQuery::selectionFor(const Dataset &d, const SourceItem &item)
{
    switch (item.type) {
    case SourceItem::Type::Article:
        return std::nullopt;
    case SourceItem::Type::Quote: {
        const Quote &q = d.quotes[item.index];
        return q.events.isEmpty() ? Selection::quote(item.index) : Selection::event(q.events.first());
    }
    case SourceItem::Type::Event:
        return Selection::event(item.index);
    case SourceItem::Type::Point:
        return Selection::dataPoint(item.index, item.point);
    case SourceItem::Type::Market: {
        const Market &m = d.markets[item.index];
        for (int s : m.members) {
            const auto points = d.pointsOf(d.series[s]);
            for (size_t p = 0; p < points.size(); ++p) {
                if (points[p].date == m.date)
                    return Selection::dataPoint(s, int(p));
            }
        }
        return std::nullopt;
    }
    }
    return std::nullopt;
}

std::optional<SourceItem> QuoteQuery::itemFor(const Selection &selection)
{
    switch (selection.type) {
    case Selection::Type::Event:
        return SourceItem::event(selection.index);
    case Selection::Type::Point:
        return SourceItem::dataPoint(selection.index, selection.point);
    case Selection::Type::Quote:
        return SourceItem::quote(selection.index);
    case Selection::Type::None:
    case Selection::Type::Entity:
        break;
    }
    return std::nullopt;
}

int QuoteQuery::sourceOf(const Dataset &d, const SourceItem &item)
{
    switch (item.type) {
    case SourceItem::Type::Article:
        return item.index;
    case SourceItem::Type::Quote:
        return d.quotes[item.index].source;
    case SourceItem::Type::Event:
        return d.events[size_t(item.index)].source;
    case SourceItem::Type::Point:
        return d.pointsOf(d.series[item.index])[size_t(item.point)].source;
    case SourceItem::Type::Market:
        return d.markets[item.index].source;
    }
    return -1;
}

int QuoteQuery::paragraphOf(const Dataset &d, const SourceItem &item)
{
    switch (item.type) {
    case SourceItem::Type::Article:
        return 0;
    case SourceItem::Type::Quote:
        return d.quotes[item.index].paragraph;
    case SourceItem::Type::Event:
        return d.events[size_t(item.index)].paragraph;
    case SourceItem::Type::Point:
        return d.pointsOf(d.series[item.index])[size_t(item.point)].paragraph;
    case SourceItem::Type::Market:
        return d.markets[item.index].paragraph;
    }
    return 0;
}

int QuoteQuery::paragraphIn(const Dataset &d, const SourceItem &item, int article)
{
    auto first = [article](const auto &citations) {
        for (const Citation &c : citations) {
            if (c.source == article)
                return int(c.paragraph);
        }
        return -1;
    };
    switch (item.type) {
    case SourceItem::Type::Article:
        return -1;
    case SourceItem::Type::Quote:
        return first(d.quotes[item.index].citations);
    case SourceItem::Type::Event:
        return first(d.citationsOf(d.events[size_t(item.index)]));
    case SourceItem::Type::Point:
        return first(d.citationsOf(d.pointsOf(d.series[item.index])[size_t(item.point)]));
    case SourceItem::Type::Market:
        return first(d.markets[item.index].citations);
    }
    return -1;
}

namespace {

QStringList sortedDistinct(QStringList values)
{
    values.removeAll(QString());
    values.removeDuplicates();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(values.begin(), values.end(), collator);
    return values;
}

} // namespace

QStringList QuoteQuery::speakers(const Dataset &d)
{
    QStringList out;
    for (const Quote &q : d.quotes)
        out << q.speaker.primary();
    return sortedDistinct(out);
}

QStringList QuoteQuery::organisations(const Dataset &d)
{
    QStringList out;
    for (const Quote &q : d.quotes)
        out << q.organisation.primary();
    return sortedDistinct(out);
}

SourceCard QuoteQuery::card(const Dataset &d, const SourceItem &item, const QuoteFilter &filter,
                            const QLocale &locale, CardOptions options)
{
    using Style = CardLine::Style;
    SourceCard card;
    card.item = item;
    const QString needle = filter.text.trimmed();
    CardBuilder b(card, needle, locale);
    const QString paragraphText = tr("¶%1");

    // Every source and paragraph the record cites; the primary source's publisher, author and date.
    auto sourceLines = [&](int source, const QString &cited, const QString &dateNote) {
        if (source >= 0 && source < d.sources.size() && !options.underArticle) {
            const Source &s = d.sources[source];
            b.line(Style::Source)
                .add(cited, tr("Source:"))
                .add(localName(s.publisher, locale), tr("Publisher:"))
                .add(localName(s.author, locale), tr("Author:"))
                .add(s.published.toDisplayString(locale), tr("Published:"));
        }
        b.line(Style::Note).add(dateNote, tr("Date note:"));
        b.done();
    };
    // Under an article heading, the paragraph leads the tag line: it is what orders the list.
    auto tag = [&](const QString &what) {
        b.line(Style::Tag);
        if (options.underArticle) {
            const int there = paragraphIn(d, item, options.article);
            b.add(paragraphText.arg(there > 0 ? there : paragraphOf(d, item)));
        }
        b.add(what);
    };

    switch (item.type) {
    case SourceItem::Type::Article: {
        const Source &s = d.sources[item.index];
        b.line(Style::Tag).add(tr("Article")).add(tr("%1 paragraphs").arg(s.paragraphs));
        b.line(Style::Title).add(displayText(s.title, locale));
        b.line(Style::Body)
            .add(localName(s.publisher, locale), tr("Publisher:"))
            .add(localName(s.author, locale), tr("Author:"))
            .add(s.published.toDisplayString(locale), tr("Published:"));
        b.line(Style::Note).add(displayText(s.publishedNote, locale), tr("Date note:"));
        b.done();
        break;
    }
    case SourceItem::Type::Quote: {
        const Quote &q = d.quotes[item.index];
        card.paraphrase = q.paraphrase;
        tag(q.paraphrase ? tr("Paraphrase") : tr("Quote"));
        b.add(q.date.toDisplayString(locale));
        // A paraphrase is our wording, so it gets no quotation marks. A quote is the words the article
        // printed; in Chinese our translation follows, labelled as ours.
        const QuoteWords shown = q.words(textLanguage(locale));
        b.line(Style::Words)
            .add(q.paraphrase ? DisplayText::marked(shown.words)
                              : QStringLiteral("“") + shown.words.text + QStringLiteral("”"));
        if (!shown.translation.isEmpty())
            b.line(Style::Body).add(shown.translation, DisplayText::translationLabel());
        b.line(Style::Speaker)
            .add(localName(q.speaker, locale))
            .add(displayText(q.role, locale))
            .add(localName(q.organisation, locale));
        b.line(Style::About).add(entityNames(d, q.entities, needle, locale), tr("About:"));
        b.done();
        sourceLines(q.source, displayCitations(d, q.citations, locale), displayText(q.dateNote, locale));
        break;
    }
    case SourceItem::Type::Event: {
        const Event &e = d.events[size_t(item.index)];
        card.kind = int(e.kind);
        tag(tr("Event"));
        b.add(EventModel::dateText(e, locale)).add(displayName(e.kind)).add(displayName(e.status));
        b.line(Style::Title).add(displayText(d, e.title, locale));
        b.line(Style::Body).add(displayText(d, e.summary, locale));
        b.line(Style::About).add(entityNames(d, partiesOf(d, e), needle, locale), tr("Parties:"));
        sourceLines(e.source, displayCitations(d, d.citationsOf(e), locale),
                    displayText(d, e.dateNote, locale));
        break;
    }
    case SourceItem::Type::Point: {
        const Series &s = d.series[item.index];
        const SeriesPoint &p = d.pointsOf(s)[size_t(item.point)];
        tag(tr("Data point"));
        b.add(p.date.toDisplayString(locale));
        b.line(Style::Words).add(displayText(d, p.claim, locale));
        b.line(Style::Body)
            .add(SeriesModel::seriesName(d, s, locale))
            .add(SeriesModel::valueText(p, s.unit, locale));
        b.line(Style::About).add(entityNames(d, {s.entity}, needle, locale), tr("About:"));
        sourceLines(p.source, displayCitations(d, d.citationsOf(p), locale),
                    displayText(d, p.dateNote, locale));
        break;
    }
    case SourceItem::Type::Market: {
        const Market &m = d.markets[item.index];
        tag(tr("Market"));
        b.add(m.date.toDisplayString(locale));
        b.line(Style::Title).add(m.name(locale));
        QList<int> members;
        for (int s : m.members)
            members << d.series[s].entity;
        b.line(Style::Body)
            .add(m.hasTotal ? formatCount(m.total, locale) : tr("not given"), tr("Total:"))
            .add(entityNames(d, members, needle, locale), tr("Members:"))
            .add(entityNames(d, m.otherIncludes, needle, locale), tr("Other includes:"));
        b.line(Style::Body).add(displayText(m.note, locale));
        sourceLines(m.source, displayCitations(d, m.citations, locale), {});
        break;
    }
    }
    return card;
}

QList<SourceCard> QuoteQuery::cards(const Dataset &d, const QList<SourceItem> &items,
                                    const QuoteFilter &filter, const QLocale &locale)
{
    const bool byPerson = !filter.speaker.isEmpty() || !filter.organisation.isEmpty();
    const bool byText = !filter.text.trimmed().isEmpty();
    auto passesPerson = [&](const SourceItem &item) {
        if (!byPerson)
            return true;
        if (item.type != SourceItem::Type::Quote)
            return false;
        const Quote &q = d.quotes[item.index];
        return (filter.speaker.isEmpty() || q.speaker.primary() == filter.speaker) &&
               (filter.organisation.isEmpty() || q.organisation.primary() == filter.organisation);
    };

    QList<SourceCard> out;
    int heading = -1;          // position in `out` of the current article heading
    int article = -1;          // the article it heads
    bool headingKept = false;  // whether it passes on its own
    bool headingMatch = false; // whether its text matches, so that its items pass on the person filters alone
    for (const SourceItem &item : items) {
        if (item.type == SourceItem::Type::Article) {
            // An article heading whose items all failed goes again.
            if (heading >= 0 && !headingKept && heading == out.size() - 1)
                out.removeLast();
            const SourceCard c = card(d, item, filter, locale);
            headingMatch = byText && c.hasMatches();
            headingKept = !byPerson && (!byText || headingMatch);
            heading = int(out.size());
            article = item.index;
            out << c;
            continue;
        }
        const SourceCard c = card(d, item, filter, locale, {heading >= 0, article});
        if (passesPerson(item) && (!byText || headingMatch || c.hasMatches()))
            out << c;
    }
    if (heading >= 0 && !headingKept && heading == out.size() - 1)
        out.removeLast();
    return out;
}

QString QuoteQuery::scopeTitle(const Dataset &d, const Selection &selection, const QLocale &locale,
                               double cursor)
{
    switch (selection.type) {
    case Selection::Type::None:
        if (cursor > 0)
            return tr("Quotes nearest the time cursor (%1) first")
                .arg(FuzzyDate::fromDate(QDate::fromJulianDay(qint64(cursor))).toDisplayString(locale));
        return tr("All quotes, in date order");
    case Selection::Type::Event:
        if (selection.index >= 0 && size_t(selection.index) < d.events.size())
            return tr("Event: %1").arg(displayText(d, d.events[size_t(selection.index)].title, locale));
        break;
    case Selection::Type::Entity:
        if (selection.index >= 0 && selection.index < d.entities.size())
            return tr("Quotes about %1").arg(d.entities[selection.index].name(locale));
        break;
    case Selection::Type::Point:
        if (selection.index >= 0 && selection.index < d.series.size() && selection.point >= 0 &&
            quint32(selection.point) < d.series[selection.index].pointCount) {
            const Series &s = d.series[selection.index];
            return tr("Data point: %1, %2")
                .arg(SeriesModel::seriesName(d, s, locale),
                     d.pointsOf(s)[size_t(selection.point)].date.toDisplayString(locale));
        }
        break;
    case Selection::Type::Quote:
        if (selection.index >= 0 && selection.index < d.quotes.size())
            return tr("Quote by %1").arg(localName(d.quotes[selection.index].speaker, locale));
        break;
    }
    return {};
}

QString QuoteQuery::sourceReference(const Dataset &d, int source, int paragraph, const QLocale &locale)
{
    if (source < 0 || source >= d.sources.size())
        return {};
    const Source &s = d.sources[source];
    QString ref = displayText(s.title, locale);
    if (paragraph > 0)
        ref += clauseSeparator(locale) + tr("¶%1").arg(paragraph);
    return ref + parenthesised(localName(s.publisher, locale) + clauseSeparator(locale) +
                                   s.published.toDisplayString(locale),
                               locale);
}

QString QuoteQuery::citationText(const Dataset &d, const SourceItem &item, const QLocale &locale, int article)
{
    const QString dash = QStringLiteral(" — ");
    const int there = article >= 0 ? paragraphIn(d, item, article) : -1;
    const int source = there >= 0 ? article : sourceOf(d, item);
    const int paragraph = there >= 0 ? there : paragraphOf(d, item);
    switch (item.type) {
    case SourceItem::Type::Article:
        return sourceReference(d, source, 0, locale);
    case SourceItem::Type::Quote:
        return QuoteModel::citationText(d, d.quotes[item.index], locale, there >= 0 ? article : -1);
    case SourceItem::Type::Event: {
        const Event &e = d.events[size_t(item.index)];
        return displayText(d, e.title, locale) + parenthesised(EventModel::dateText(e, locale), locale) +
               dash + sourceReference(d, source, paragraph, locale);
    }
    case SourceItem::Type::Point: {
        const SeriesPoint &p = d.pointsOf(d.series[item.index])[size_t(item.point)];
        return displayText(d, p.claim, locale) + dash + sourceReference(d, source, paragraph, locale);
    }
    case SourceItem::Type::Market: {
        const Market &m = d.markets[item.index];
        QString text = m.name(locale) + clauseSeparator(locale) + m.date.toDisplayString(locale);
        if (m.hasTotal)
            text += QStringLiteral(": ") + formatCount(m.total, locale);
        return text + dash + sourceReference(d, source, paragraph, locale);
    }
    }
    return {};
}

QString QuoteQuery::citationText(const Dataset &d, const Selection &selection, const QLocale &locale)
{
    if (selection.type == Selection::Type::Entity) {
        if (selection.index < 0 || selection.index >= d.entities.size())
            return {};
        return d.entities[selection.index].name(locale);
    }
    const std::optional<SourceItem> item = itemFor(selection);
    if (!item)
        return {};
    // The selection may be stale against a dataset that was just replaced: check before citing.
    const bool valid =
        (item->type == SourceItem::Type::Event && item->index >= 0 &&
         size_t(item->index) < d.events.size()) ||
        (item->type == SourceItem::Type::Quote && item->index >= 0 && item->index < d.quotes.size()) ||
        (item->type == SourceItem::Type::Point && item->index >= 0 && item->index < d.series.size() &&
         item->point >= 0 && quint32(item->point) < d.series[item->index].pointCount);
    return valid ? citationText(d, *item, locale) : QString();
}

} // namespace at
