// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/dataset.h"
#include "app/core/localtext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace at {

// Dataset text as the views write it: in the UI's language. Descriptive text (titles, summaries, claims,
// notes, roles, paraphrases, source titles) that a record lacks in that language is shown in the other one
// behind a mark in the UI's language ("［英文］" in a Chinese UI, "[in Chinese] " in an English one), so that
// the two languages are never silently mixed. Names are shown as the record gives them in the UI's
// language, else as printed, unmarked: a name is not translated. Every view takes dataset text through
// these functions.
class DisplayText {
    Q_DECLARE_TR_FUNCTIONS(at::DisplayText)
public:
    // The mark before a text in `shownIn` where the UI asked for the other language.
    static QString fallbackMark(TextLanguage shownIn);
    static QString marked(const ShownText &shown);
    // The label of our Chinese translation of a quote, which is never the speaker's words.
    static QString translationLabel();
};

// A pooled field (an event's title, summary or date note; a point's claim or date note).
QString displayText(const Dataset &d, TextRef text, const QLocale &locale);
// A field held in both languages (sources' titles and notes, entities' and markets' notes, quotes' roles,
// date notes and paraphrases).
QString displayText(const LocalText &text, const QLocale &locale);
// A name (a speaker, an organisation): the UI's language where the record gives it, else as printed.
QString localName(const LocalText &name, const QLocale &locale);
// "Title, ¶5–6; Other title, ¶3" with the sources' titles in the UI's language, marked when one of them
// is not.
QString displayCitations(const Dataset &d, std::span<const Citation> citations, const QLocale &locale);
QString displayCitations(const Dataset &d, const Citations &citations, const QLocale &locale);
QString displayCitations(const Dataset &d, const QList<Citation> &citations, const QLocale &locale);

// The punctuation that joins dataset text, in the UI's language: Chinese takes the full-width forms
// ("谢文，前雅虎中国总经理，搜狐"; "新浪、腾讯"; "（中国新闻网，2013年）"), other languages the ASCII ones.
QString clauseSeparator(const QLocale &locale);                    // ", " or "，"
QString listSeparator(const QLocale &locale);                      // ", " or "、"
QString parenthesised(const QString &text, const QLocale &locale); // " (text)" or "（text）"

} // namespace at
