// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/dataset.h"
#include "app/core/viewstate.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace at {

// One thing the dataset takes from an article: a quote, the claim an event rests on, a series point's
// claim, a market record; or the article itself (a heading in the sources view).
struct SourceItem {
    enum class Type : quint8 { Article, Quote, Event, Point, Market };
    Type type = Type::Quote;
    int index = -1; // source, quote, event, series or market index
    int point = -1; // Type::Point: the point's index within its series

    static SourceItem article(int i) { return {Type::Article, i, -1}; }
    static SourceItem quote(int i) { return {Type::Quote, i, -1}; }
    static SourceItem event(int i) { return {Type::Event, i, -1}; }
    static SourceItem dataPoint(int series, int point) { return {Type::Point, series, point}; }
    static SourceItem market(int i) { return {Type::Market, i, -1}; }
    friend bool operator==(const SourceItem &, const SourceItem &) = default;
};

// Where a search matches, in UTF-16 code units of the text it was found in.
struct TextMatch {
    qsizetype start = 0;
    qsizetype length = 0;
    friend bool operator==(const TextMatch &, const TextMatch &) = default;
};
// Every non-overlapping, case-insensitive occurrence of `needle` (Chinese has no case and matches as is).
QList<TextMatch> findMatches(QStringView text, QStringView needle);

// What the quote panel narrows its list by. Empty fields mean "any".
struct QuoteFilter {
    QString text; // case-insensitive, over everything a card shows and the entities' names in both languages
    QString speaker;      // exactly this speaker (quotes only)
    QString organisation; // exactly this organisation (quotes only)

    bool isEmpty() const { return text.isEmpty() && speaker.isEmpty() && organisation.isEmpty(); }
    friend bool operator==(const QuoteFilter &, const QuoteFilter &) = default;
};

// A card is what the panel draws for one item: lines of labelled segments of plain text, with the
// search's matches per segment. Labels ("Source:") are ours and never searched; texts are data.
struct CardSegment {
    QString label;
    QString text;
    QList<TextMatch> matches;
    friend bool operator==(const CardSegment &, const CardSegment &) = default;
};
struct CardLine {
    enum class Style : quint8 {
        Tag,     // "Quote · week of 8 Nov 2010": what the item is; not searched
        Words,   // the quote's words or the claim
        Title,   // an event's or article's title
        Body,    // a summary, a value, an article's publisher and author
        Speaker, // who said it
        About,   // the entities it is about
        Source,  // the article and paragraph
        Note     // how a date was derived
    };
    Style style = Style::Body;
    QList<CardSegment> segments;

    // Between segments: " · "; on the speaker's line the clause separator of the UI's language ("— Xie
    // Wen, role, organisation"; "— 谢文，职务，机构").
    QString separator = QStringLiteral(" · ");

    QString prefix() const { return style == Style::Speaker ? QStringLiteral("— ") : QString(); }
    friend bool operator==(const CardLine &, const CardLine &) = default;
};
struct SourceCard {
    SourceItem item;
    bool paraphrase = false;
    int kind = -1; // events: int(Kind), for the tag's colour
    QList<CardLine> lines;

    bool hasMatches() const;
    // The card as one plain text (lines joined by newlines), for accessibility and tests.
    QString plainText() const;
    friend bool operator==(const SourceCard &, const SourceCard &) = default;
};

struct CardOptions {
    // Under an article heading (the sources view) the source line is only the paragraph: the record's first
    // paragraph in that article (index into Dataset::sources; -1: its primary citation's).
    bool underArticle = false;
    int article = -1;
};

// Which quotes and claims to show for a selection, how to show them and how to cite them. Pure functions
// of the dataset, so that the panel is a thin view over them and tests reach all of it.
class QuoteQuery {
    Q_DECLARE_TR_FUNCTIONS(at::QuoteQuery)
public:
    // For an event: the claim it rests on, then its quotes. For an entity: the quotes about it. For a data
    // point: its claim, then the market records it is part of. For a quote: the quote, then its events'
    // claims. With no selection: all quotes in date order.
    static QList<SourceItem> forSelection(const Dataset &d, const Selection &selection);
    // With nothing selected, what was said around the time cursor: every quote, the nearest to
    // `julianDay` first (a quote dated to a month or a year is at distance 0 anywhere in its period), then
    // those without a date; ties keep date order. With no cursor (0), date order.
    static QList<SourceItem> nearTime(const Dataset &d, double julianDay);
    // The sources view: each article as an Article item followed by everything taken from it, in
    // paragraph order (within a paragraph: events, data points, markets, quotes). A record citing several
    // articles is under each of them.
    static QList<SourceItem> bySource(const Dataset &d);

    // What clicking the item selects: a quote's first linked event (or the quote itself when it has none),
    // an event, a data point, a market's first member point. Nothing for an article.
    static std::optional<Selection> selectionFor(const Dataset &d, const SourceItem &item);
    // The item that stands for a selection in a list (to make it current), if any.
    static std::optional<SourceItem> itemFor(const Selection &selection);

    static int sourceOf(const Dataset &d, const SourceItem &item);
    static int paragraphOf(const Dataset &d, const SourceItem &item);

    // Distinct quote speakers and organisations, sorted, for the filters.
    static QStringList speakers(const Dataset &d);
    static QStringList organisations(const Dataset &d);

    static SourceCard card(const Dataset &d, const SourceItem &item, const QuoteFilter &filter,
                           const QLocale &locale, CardOptions options = {});
    // The cards of `items` that pass the filter. In a by-source list an article heading stays when it or
    // any of its items pass; when the heading itself matches the text, its items need only pass the
    // speaker and organisation filters.
    static QList<SourceCard> cards(const Dataset &d, const QList<SourceItem> &items,
                                   const QuoteFilter &filter, const QLocale &locale);

    // A short plain-text heading for what the panel shows: "Quotes about Sina Corp"; with nothing selected
    // and a cursor, "Quotes nearest the time cursor (14 Jun 2011) first".
    static QString scopeTitle(const Dataset &d, const Selection &selection, const QLocale &locale,
                              double cursor = 0);

    // The form an analyst pastes into a report. Quotes: “…” — Name, role, organisation (publisher, date).
    // Claims: text — Article title, ¶N (publisher, date). Cited by `article` (an index into
    // Dataset::sources: the heading it is listed under in the sources view) at its first paragraph there
    // when the record cites that article; else by its primary citation.
    static QString citationText(const Dataset &d, const SourceItem &item, const QLocale &locale,
                                int article = -1);
    // The record's first paragraph in `article`, or -1 when it does not cite it.
    static int paragraphIn(const Dataset &d, const SourceItem &item, int article);
    // The same for whatever is selected (empty for nothing).
    static QString citationText(const Dataset &d, const Selection &selection, const QLocale &locale);
    // "Article title, ¶N (publisher, date)".
    static QString sourceReference(const Dataset &d, int source, int paragraph, const QLocale &locale);
};

} // namespace at

Q_DECLARE_METATYPE(at::SourceCard)
