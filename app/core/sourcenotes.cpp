// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/sourcenotes.h"

#include "app/core/displaytext.h"

#include <QCoreApplication>
#include <algorithm>

namespace at {

void addCitation(CitedParagraphs &cited, int source, int paragraph)
{
    QList<int> &paragraphs = cited[source];
    const auto it = std::lower_bound(paragraphs.begin(), paragraphs.end(), paragraph);
    if (it == paragraphs.end() || *it != paragraph)
        paragraphs.insert(it, paragraph);
}

void addCitations(CitedParagraphs &cited, const Citations &citations)
{
    for (const Citation &c : citations)
        addCitation(cited, c.source, c.paragraph);
}

void addCitations(CitedParagraphs &cited, const QList<Citation> &citations, int source, int paragraph)
{
    if (citations.isEmpty())
        addCitation(cited, source, paragraph);
    for (const Citation &c : citations)
        addCitation(cited, c.source, c.paragraph);
}

void addSource(CitedParagraphs &cited, int source)
{
    cited[source];
}

QString shortenedTitle(const QString &title, int length)
{
    if (length <= 0 || title.size() <= length)
        return title;
    // The last space before the limit, unless that leaves too little (a title of long words, or Chinese,
    // which has no spaces): then the limit itself.
    qsizetype cut = title.lastIndexOf(u' ', length - 1);
    if (cut < length / 2)
        cut = length - 1;
    QString shortened = title.left(cut).trimmed();
    while (!shortened.isEmpty() && QStringView(u",;:–—-([").contains(shortened.back()))
        shortened.chop(1);
    return shortened + u'…';
}

QString sourcesFootnote(const Dataset &d, const CitedParagraphs &cited, const QLocale &locale,
                        int titleLength)
{
    QStringList parts;
    for (auto it = cited.cbegin(); it != cited.cend(); ++it) {
        if (it.key() < 0 || it.key() >= d.sources.size())
            continue;
        const Source &s = d.sources[it.key()];
        QStringList about;
        if (!s.publisher.isEmpty())
            about << localName(s.publisher, locale);
        if (!s.published.isNull())
            about << s.published.toDisplayString(locale);
        QString part = shortenedTitle(displayText(s.title, locale), titleLength);
        if (!about.isEmpty())
            part += QStringLiteral(" — ") + about.join(QCoreApplication::translate("at::Charts", ", "));
        for (int paragraph : it.value())
            part += QCoreApplication::translate("at::Charts", ", ¶%1").arg(paragraph);
        parts << part;
    }
    if (parts.isEmpty())
        return {};
    const QString list = parts.join(QCoreApplication::translate("at::Charts", "; "));
    return parts.size() == 1 ? QCoreApplication::translate("at::Charts", "Source: %1.").arg(list)
                             : QCoreApplication::translate("at::Charts", "Sources: %1.").arg(list);
}

std::optional<QString> fittingSourcesFootnote(const Dataset &dataset, const CitedParagraphs &cited,
                                              const QLocale &locale,
                                              const std::function<bool(const QString &)> &fits)
{
    for (int titleLength : {0, 60, 32}) {
        QString note = sourcesFootnote(dataset, cited, locale, titleLength);
        if (fits(note))
            return note;
    }
    // Long lists of paragraphs go before the titles do.
    CitedParagraphs sourcesOnly;
    for (auto it = cited.cbegin(); it != cited.cend(); ++it)
        addSource(sourcesOnly, it.key());
    for (int titleLength : {0, 32}) {
        QString note = sourcesFootnote(dataset, sourcesOnly, locale, titleLength);
        if (fits(note))
            return note;
    }
    return std::nullopt;
}

} // namespace at
