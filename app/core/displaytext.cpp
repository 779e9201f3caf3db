// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/displaytext.h"

namespace at {

QString DisplayText::fallbackMark(TextLanguage shownIn)
{
    //: Put before dataset text that has no Chinese, so that it is never taken for a translation.
    return shownIn == TextLanguage::English ? tr("[in English] ")
                                            //: Put before dataset text that has no English.
                                            : tr("[in Chinese] ");
}

QString DisplayText::marked(const ShownText &shown)
{
    if (!shown.fellBack || shown.text.isEmpty())
        return shown.text;
    return fallbackMark(shown.language) + shown.text;
}

QString DisplayText::translationLabel()
{
    //: Before our Chinese translation of a quote printed in English: it is ours, not the speaker's words.
    return tr("Our translation:");
}

QString displayText(const Dataset &d, TextRef text, const QLocale &locale)
{
    return DisplayText::marked(d.text(text, textLanguage(locale)));
}

QString displayText(const LocalText &text, const QLocale &locale)
{
    return DisplayText::marked(text.in(textLanguage(locale)));
}

QString localName(const LocalText &name, const QLocale &locale)
{
    return name.in(textLanguage(locale)).text;
}

QString displayCitations(const Dataset &d, std::span<const Citation> citations, const QLocale &locale)
{
    const TextLanguage language = textLanguage(locale);
    const QString text = d.citationText(citations, language);
    for (const Citation &c : citations) {
        if (c.source < d.sources.size()) {
            if (const ShownText title = d.sources[c.source].title.in(language); title.fellBack)
                return DisplayText::fallbackMark(title.language) + text;
        }
    }
    return text;
}

QString displayCitations(const Dataset &d, const Citations &citations, const QLocale &locale)
{
    return displayCitations(d, citations.span(), locale);
}

QString displayCitations(const Dataset &d, const QList<Citation> &citations, const QLocale &locale)
{
    return displayCitations(d, std::span<const Citation>(citations.constData(), size_t(citations.size())),
                            locale);
}

namespace {
bool fullWidth(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese;
}
} // namespace

QString clauseSeparator(const QLocale &locale)
{
    return fullWidth(locale) ? QStringLiteral("，") : QStringLiteral(", ");
}

QString listSeparator(const QLocale &locale)
{
    return fullWidth(locale) ? QStringLiteral("、") : QStringLiteral(", ");
}

QString parenthesised(const QString &text, const QLocale &locale)
{
    if (fullWidth(locale))
        return QStringLiteral("（") + text + QStringLiteral("）");
    return QStringLiteral(" (") + text + u')';
}

} // namespace at
