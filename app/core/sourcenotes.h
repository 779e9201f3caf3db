// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/dataset.h"

#include <QList>
#include <QLocale>
#include <QMap>
#include <QString>
#include <functional>
#include <optional>

namespace at {

// The paragraphs a chart cites, by source index. An empty paragraph list means "this source, paragraphs
// not listed" (a series of thousands of points would otherwise list hundreds).
using CitedParagraphs = QMap<int, QList<int>>;
void addCitation(CitedParagraphs &cited, int source, int paragraph);
// Every paragraph a record cites: a record may rely on several paragraphs of several articles, and a
// picture's footnote names them all. The QList form is a market's or a quote's (the primary citation
// alone when the list is empty, as a record built by hand may leave it).
void addCitations(CitedParagraphs &cited, const Citations &citations);
void addCitations(CitedParagraphs &cited, const QList<Citation> &citations, int source, int paragraph);
void addSource(CitedParagraphs &cited, int source);

// The footnote under a chart, plain text:
// "Source: Microsoft China Venture Partnes with Sina — Not printed (…), week of 8 Nov 2010, ¶5."
// With several sources: "Sources: A — …, ¶5, ¶10; B — …, ¶1." Titles, publishers and publication dates
// come from the dataset; dates in the locale's way.
// `titleLength` > 0 shortens each title to about that many characters, at a word boundary, with "…" (for a
// picture with many sources); the publisher, date and paragraphs stay whole.
QString sourcesFootnote(const Dataset &dataset, const CitedParagraphs &cited, const QLocale &locale,
                        int titleLength = 0);

// The footnote above as `fits` takes it: with whole titles, else with titles shortened to about 60, then
// 32 characters, else without the paragraphs. Nothing when even that does not fit (a merged or synthetic
// dataset can cite thousands of articles): the caller then counts them and says where they are listed.
std::optional<QString> fittingSourcesFootnote(const Dataset &dataset, const CitedParagraphs &cited,
                                              const QLocale &locale,
                                              const std::function<bool(const QString &)> &fits);

// A title cut to at most about `length` characters at a word boundary, with "…"; whole when it is short.
QString shortenedTitle(const QString &title, int length);

} // namespace at
